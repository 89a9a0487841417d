"""The gateway: accepts reports, calls the extractor, queues checks, serves verdicts and the store."""
