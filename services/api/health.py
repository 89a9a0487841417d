"""Liveness and readiness: ``/healthz`` (the process answers), ``/readyz`` (Redis and extractor too)."""

from __future__ import annotations

import redis
from flask_smorest import Blueprint

from services.api.context import context

blp = Blueprint("health", __name__, description="Liveness and readiness")


@blp.route("/healthz")
@blp.response(200)
def healthz():
    """The gateway process is up."""
    return {"status": "ok"}


@blp.route("/readyz")
@blp.response(200)
def readyz():
    """Redis answers PING and the extractor answers its health check."""
    ctx = context()
    try:
        redis_ok = bool(ctx.redis.ping())
    except redis.RedisError:
        redis_ok = False
    checks = {"redis": redis_ok, "extractor": ctx.extractor.healthy()}
    ready = all(checks.values())
    return {"status": "ready" if ready else "not ready", "checks": checks}, 200 if ready else 503
