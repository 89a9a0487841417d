"""The extractor: pull checkable event claims (date, duration, participants, venue) out of report text."""

from services.extractor.lexicon import Lexicon
from services.extractor.pipeline import extract

__all__ = ["Lexicon", "extract"]
