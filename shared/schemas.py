"""Marshmallow schemas: the JSON contract of the API, validated on the way in and documented.

Input schemas refuse unknown fields (``RAISE``) so a typo in a field name is an error that
names the field instead of being silently dropped.
"""

from __future__ import annotations

import re
from datetime import UTC, date
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, post_load, validate, validates_schema

from shared.model import VENUE_FIELDS, Attribute, EventType, ReferenceEvent, VerdictStatus

REFERENCE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
REFERENCE_TYPES = [t.value for t in EventType if t is not EventType.OTHER]


def _not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("Must not be blank.")


class StrictSchema(Schema):
    """Base for request bodies: unknown fields are errors."""

    class Meta:
        unknown = RAISE


class ReportCreateSchema(StrictSchema):
    """Body of ``POST /v1/reports`` and ``POST /v1/extract``."""

    text = fields.String(required=True, validate=_not_blank, metadata={"description": "The report body."})
    title = fields.String(load_default=None, allow_none=True)
    published_at = fields.AwareDateTime(
        load_default=None,
        allow_none=True,
        default_timezone=UTC,
        metadata={"description": "ISO 8601 date-time anchoring relative dates; default: now (UTC)."},
    )
    source_url = fields.Url(load_default=None, allow_none=True)


class SourceSchema(StrictSchema):
    url = fields.Url(required=True)
    title = fields.String(required=True, validate=_not_blank)
    confirms = fields.List(fields.String(validate=validate.OneOf([a.value for a in Attribute])), load_default=[])


class ParticipantSchema(StrictSchema):
    name = fields.String(required=True, validate=_not_blank)
    aliases = fields.List(fields.String(validate=_not_blank), load_default=[])


class VenueSchema(StrictSchema):
    name = fields.String()
    city = fields.String()
    region = fields.String()
    country = fields.String()
    country_code = fields.String(validate=validate.Regexp(r"^[A-Z]{2}$", error="Must be ISO 3166 alpha-2."))


class ReferenceEventSchema(StrictSchema):
    """One reference event in exactly the ``references.jsonl`` format (plus ``planned``)."""

    id = fields.String(required=True, validate=validate.Regexp(REFERENCE_ID, error="Must match [A-Za-z0-9._-]."))
    event_type = fields.String(required=True, validate=validate.OneOf(REFERENCE_TYPES))
    title = fields.String(required=True, validate=_not_blank)
    participants = fields.List(fields.Nested(ParticipantSchema), required=True, validate=validate.Length(min=1))
    start = fields.Date(required=True)
    end = fields.Date(load_default=None, allow_none=True)
    duration_minutes = fields.Float(
        load_default=None, allow_none=True, validate=validate.Range(min=0, min_inclusive=False)
    )
    duration_note = fields.String(load_default=None, allow_none=True)
    venue = fields.Nested(VenueSchema, load_default=None, allow_none=True)
    notes = fields.String(load_default=None, allow_none=True)
    sources = fields.List(fields.Nested(SourceSchema), required=True, validate=validate.Length(min=1))
    planned = fields.Boolean(load_default=False, metadata={"description": "An announced event yet to happen."})

    rank = fields.String(load_default="normal", validate=validate.OneOf(["normal", "deprecated"]))
    version = fields.Integer(load_only=True, metadata={"description": "Ignored on input: the store assigns it."})
    updated_at = fields.String(load_only=True, metadata={"description": "Ignored on input: the store assigns it."})

    @validates_schema
    def _end_not_before_start(self, data: dict[str, Any], **_: Any) -> None:
        end: date | None = data.get("end")
        if end is not None and end < data["start"]:
            raise ValidationError("Must not be before start.", field_name="end")

    @post_load
    def _make(self, data: dict[str, Any], **_: Any) -> ReferenceEvent:
        doc = {k: v for k, v in data.items() if k not in ("version", "updated_at")}
        doc["start"] = data["start"].isoformat()
        doc["end"] = data["end"].isoformat() if data.get("end") else None
        return ReferenceEvent.from_dict(doc)


class ReferenceOutSchema(Schema):
    """A stored reference event: the input format plus ``version``, ``updated_at``, ``rank``."""

    id = fields.String()
    event_type = fields.String()
    title = fields.String()
    participants = fields.List(fields.Dict())
    start = fields.String()
    end = fields.String()
    duration_minutes = fields.Float()
    duration_note = fields.String()
    venue = fields.Dict()
    notes = fields.String()
    sources = fields.List(fields.Dict())
    planned = fields.Boolean()
    rank = fields.String(metadata={"description": "normal, or deprecated (readable, never matched)"})
    version = fields.Integer()
    updated_at = fields.String()


class ReferenceListSchema(Schema):
    items = fields.List(fields.Nested(ReferenceOutSchema))
    total = fields.Integer()
    offset = fields.Integer()
    limit = fields.Integer()
    next_offset = fields.Integer(allow_none=True)


class ReferenceQuerySchema(StrictSchema):
    """Query string of ``GET /v1/references``."""

    participant = fields.String()
    type = fields.String(validate=validate.OneOf(REFERENCE_TYPES))
    from_ = fields.Date(data_key="from")
    to = fields.Date()
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))


class SourceOutSchema(Schema):
    url = fields.String()
    title = fields.String()


class VerdictSchema(Schema):
    status = fields.String(validate=validate.OneOf([s.value for s in VerdictStatus]))
    reference_id = fields.String(allow_none=True)
    reference_version = fields.Integer(allow_none=True)
    expected = fields.Raw(allow_none=True, metadata={"description": "The reference's value, in the claim's shape."})
    explanation = fields.String()
    sources = fields.List(fields.Nested(SourceOutSchema))
    checked_at = fields.String(allow_none=True)


class HistoryEntrySchema(Schema):
    status = fields.String()
    reference_id = fields.String(allow_none=True)
    reference_version = fields.Integer(allow_none=True)
    checked_at = fields.String()


class EventMentionSchema(Schema):
    id = fields.String()
    type = fields.String(validate=validate.OneOf([t.value for t in EventType]))
    participants = fields.List(fields.String())
    modality = fields.String(metadata={"description": "asserted or planned"})


class ClaimSchema(Schema):
    id = fields.String()
    attribute = fields.String(validate=validate.OneOf([a.value for a in Attribute]))
    mention = fields.String(metadata={"description": "Verbatim text; text[span[0]:span[1]] == mention."})
    span = fields.List(fields.Integer())
    event = fields.Nested(EventMentionSchema)
    value = fields.Raw(
        metadata={
            "description": "date {value, precision}; duration {seconds, approximate}; "
            f"participants [names]; venue with any of {', '.join(VENUE_FIELDS)}."
        }
    )
    verdict = fields.Nested(VerdictSchema)
    history = fields.List(fields.Nested(HistoryEntrySchema))


class SummarySchema(Schema):
    supported = fields.Integer()
    contradicted = fields.Integer()
    unverifiable = fields.Integer()
    pending = fields.Integer()


class ReportSchema(Schema):
    id = fields.String()
    status = fields.String(metadata={"description": "checking, done or failed"})
    title = fields.String(allow_none=True)
    source_url = fields.String(allow_none=True)
    published_at = fields.String()
    created_at = fields.String(allow_none=True)
    checked_at = fields.String(allow_none=True)
    error = fields.String(allow_none=True)
    text = fields.String()
    claims = fields.List(fields.Nested(ClaimSchema))
    summary = fields.Nested(SummarySchema)


class ExtractionSchema(Schema):
    published_at = fields.String()
    claims = fields.List(fields.Nested(ClaimSchema))


class ErrorEnvelopeSchema(Schema):
    """The one error envelope of every 4xx/5xx answer."""

    code = fields.Integer(metadata={"description": "HTTP status code"})
    status = fields.String(metadata={"description": "HTTP status name"})
    message = fields.String(metadata={"description": "What went wrong, naming the field"})
    errors = fields.Dict(metadata={"description": "Per-field messages, by location then field"})


class ImportResultSchema(Schema):
    stored = fields.Integer()
    failed = fields.Integer()
    errors = fields.List(fields.Dict(), metadata={"description": "{line, field, message} per bad line"})
