"""Reference events in JSON Lines: validated line by line, for the loader and the bulk API."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from marshmallow import ValidationError

from shared.model import ReferenceEvent
from shared.schemas import ReferenceEventSchema

SCHEMA = ReferenceEventSchema()


@dataclass
class ParsedLines:
    """The good references of a JSONL document and one error per bad line.

    :ivar references: valid records in file order (a later duplicate id wins).
    :ivar errors: ``{"line", "field", "message"}`` per problem, lines counted from 1.
    """

    references: list[ReferenceEvent] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)


def _field_errors(messages: Any, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(messages, dict):
        return [pair for k, v in messages.items() for pair in _field_errors(v, f"{prefix}{k}.")]
    text = " ".join(str(m) for m in messages) if isinstance(messages, list) else str(messages)
    return [(prefix.rstrip(".") or "line", text)]


def parse_jsonl(lines: Iterable[str]) -> ParsedLines:
    """Validate every non-blank line; keep the good ones, report the bad ones by number and field."""
    parsed = ParsedLines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            if not isinstance(doc, dict):
                raise ValidationError("Each line must be a JSON object.")
            parsed.references.append(SCHEMA.load(doc))
        except json.JSONDecodeError as exc:
            parsed.errors.append({"line": number, "field": "line", "message": f"Malformed JSON: {exc.msg}."})
        except ValidationError as exc:
            for name, message in _field_errors(exc.messages):
                parsed.errors.append({"line": number, "field": name, "message": message})
    return parsed


def to_jsonl(references: Iterable[ReferenceEvent]) -> str:
    """One JSON object per line, in the import format plus version metadata."""
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in references)
