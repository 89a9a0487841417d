"""What a gateway request needs beyond itself: settings, Redis, the store, the queue, the extractor."""

from __future__ import annotations

from dataclasses import dataclass

import redis
from flask import current_app
from rq import Queue

from services.api.extractor_client import ExtractorClient
from shared.settings import Settings
from shared.storage import Store


@dataclass
class Context:
    """Long-lived collaborators of one gateway process."""

    settings: Settings
    redis: redis.Redis
    store: Store
    queue: Queue
    extractor: ExtractorClient

    @classmethod
    def build(cls, settings: Settings) -> Context:
        connection = settings.connect()
        return cls(
            settings=settings,
            redis=connection,
            store=Store(connection),
            queue=Queue(settings.queue, connection=connection),
            extractor=ExtractorClient(settings.extractor_url, settings.extractor_timeout),
        )


def context() -> Context:
    """The context of the app handling the current request."""
    return current_app.extensions["claimcheck"]
