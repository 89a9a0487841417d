"""docker-compose.yml stays true to the repo: real entry points, healthy-gated, AOF, secrets required."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]


def test_every_app_service_runs_a_real_entry_point_of_this_repo():
    for name in ("api", "extractor", "checker"):
        command = SERVICES[name]["command"]
        assert command[:2] == ["python", "-m"], name
        assert importlib.util.find_spec(command[2] + ".__main__") is not None, command[2]
        assert (ROOT / SERVICES[name]["build"]["dockerfile"]).exists()


def test_dockerfile_default_command_matches_compose():
    for name in ("api", "extractor", "checker"):
        dockerfile = (ROOT / SERVICES[name]["build"]["dockerfile"]).read_text()
        assert f'"-m", "{SERVICES[name]["command"][2]}"' in dockerfile


def test_redis_persists_with_aof_on_a_named_volume_behind_a_password_and_healthcheck():
    redis = SERVICES["redis"]
    assert "--appendonly" in redis["command"] and "yes" in redis["command"]
    assert "--requirepass" in redis["command"]
    assert "ports" not in redis
    assert redis["volumes"][0].split(":")[0] in COMPOSE["volumes"]
    assert "ping" in redis["healthcheck"]["test"]


def test_dependents_wait_for_healthy_services_and_checkers_are_replicated():
    for name in ("api", "checker"):
        assert SERVICES[name]["depends_on"]["redis"]["condition"] == "service_healthy"
    assert SERVICES["api"]["depends_on"]["extractor"]["condition"] == "service_healthy"
    assert SERVICES["checker"]["deploy"]["replicas"] >= 2
    assert "${CLAIMCHECK_CURATOR_TOKEN:?" in (ROOT / "docker-compose.yml").read_text()
