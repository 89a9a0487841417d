"""Namesakes a report tells apart only by its date, and the usual English name of each.

"President George Bush" in a report of 1990 is George H. W. Bush; in one of 2003, George W. Bush. Reference
stores and reviewers use the distinguishing names, which the text does not write out. That is knowledge, not
something the text states, so it lives here as a table, like the monarchs and the gazetteer.
"""

from __future__ import annotations

# (name as written, last year it stands for the earlier person, the earlier person, the later person)
_NAMESAKES: dict[str, tuple[int, str, str]] = {
    "George Bush": (1993, "George H. W. Bush", "George W. Bush"),
}


def usual_name(name: str, year: int) -> str | None:
    """The usual English name of the person ``name`` stands for in a report published in ``year``, else ``None``
    when the name is not a namesake's."""
    entry = _NAMESAKES.get(name)
    if entry is None:
        return None
    until, earlier, later = entry
    return earlier if year <= until else later
