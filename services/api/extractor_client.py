"""HTTP client of the extractor service: the gateway's only way to get claims."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import requests


class ExtractorUnavailable(RuntimeError):
    """The extractor could not be reached or answered with an error."""


class ExtractorClient:
    """Calls ``POST /v1/extract`` on the extractor; one pooled session per process."""

    def __init__(self, base_url: str, timeout: float):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()

    def extract(self, text: str, published_at: datetime, lexicon: dict[str, Any]) -> list[dict[str, Any]]:
        """The claims (JSON dicts) the extractor finds in ``text``."""
        body = {"text": text, "published_at": published_at.isoformat(), "lexicon": lexicon}
        try:
            response = self.session.post(f"{self.base_url}/v1/extract", json=body, timeout=self.timeout)
        except requests.RequestException as exc:
            raise ExtractorUnavailable(f"extractor unreachable: {exc.__class__.__name__}") from exc
        if response.status_code != 200:
            raise ExtractorUnavailable(f"extractor answered {response.status_code}")
        try:
            return list(response.json()["claims"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ExtractorUnavailable("extractor answered malformed JSON") from exc

    def healthy(self) -> bool:
        try:
            return self.session.get(f"{self.base_url}/healthz", timeout=2).status_code == 200
        except requests.RequestException:
            return False
