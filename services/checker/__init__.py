"""The checker: an RQ worker that matches claims to reference events and gives verdicts."""
