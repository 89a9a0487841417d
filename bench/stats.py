"""Small timing helpers shared by the benchmarks (medians of nanosecond samples)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def median_ms(samples_ns: Sequence[int]) -> float:
    """Median of nanosecond samples, in milliseconds."""
    return statistics.median(samples_ns) / 1e6


def median_us(samples_ns: Sequence[float]) -> float:
    """Median of nanosecond samples, in microseconds."""
    return statistics.median(samples_ns) / 1e3


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator``, or ``None`` when either side is missing or the denominator is zero."""
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def rotated(items: Sequence, shift: int) -> list:
    """``items`` rotated left by ``shift``, so each contender takes every position in turn."""
    if not items:
        return []
    k = shift % len(items)
    return [*items[k:], *items[:k]]
