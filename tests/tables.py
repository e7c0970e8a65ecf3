"""Shapes for the case tables in ``tests/cases/``.

A table is a module-level list named ``FROM_<SOURCE>`` (positives),
``NOT_<WHAT>`` (negatives) or ``KNOWN_GAPS`` (strict xfails) in a module of
``tests/cases``.  Each row is one test item; the input text is the test id.

* ``C(text, kind, value, unit=None, qualifier=None, low=None, high=None)``:
  ``text`` is exactly one quantity (the whole text is its surface).
* ``S(text, Q(surface, kind, value, unit, qualifier, low, high), ...)``:
  a sentence and *all* the quantities it holds, in order.
* ``N(text)``: nothing may be found; ``N(text, kinds=("money",))``: nothing of
  these kinds may be found.
* ``gap(row, reason)`` wraps any row of ``KNOWN_GAPS``.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional, Sequence, Tuple

import finner


@dataclass(frozen=True)
class Q:
    surface: str
    kind: str
    value: Optional[str] = None
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    low: Optional[str] = None
    high: Optional[str] = None


@dataclass(frozen=True)
class Row:
    text: str
    expected: Tuple[Q, ...] = ()
    negative_kinds: Optional[Tuple[str, ...]] = None   # N rows: kinds that must not appear
    reason: str = ""

    @property
    def id(self) -> str:
        return self.text if len(self.text) <= 40 else self.text[:37] + "..."


def C(text: str, kind: str, value: Optional[str] = None, unit: Optional[str] = None,
      qualifier: Optional[str] = None, low: Optional[str] = None, high: Optional[str] = None) -> Row:
    return Row(text, (Q(text, kind, value, unit, qualifier, low, high),))


def S(text: str, *expected: Q) -> Row:
    return Row(text, tuple(expected))


def N(text: str, kinds: Sequence[str] = ("money", "percent", "quantity")) -> Row:
    return Row(text, (), tuple(kinds))


def gap(row: Row, reason: str) -> Row:
    return Row(row.text, row.expected, row.negative_kinds, reason)


def _dec(v: Optional[str]) -> Optional[Decimal]:
    return None if v is None else Decimal(v)


def check(row: Row) -> None:
    found = finner.find_quantities(row.text)
    for q in found:                      # the offset invariant holds for every row
        assert row.text[q.start:q.end] == q.text
    if row.negative_kinds is not None:
        bad = [(q.text, q.kind) for q in found if q.kind in row.negative_kinds]
        assert not bad, f"{row.text!r}: expected no {row.negative_kinds}, found {bad}"
        return
    got = [(q.text, q.kind, q.value, q.unit, None if q.qualifier is None else q.qualifier.value, q.low, q.high)
           for q in found]
    want = [(e.surface, e.kind, _dec(e.value), e.unit, e.qualifier, _dec(e.low), _dec(e.high))
            for e in row.expected]
    assert got == want, f"{row.text!r}\n got:  {got}\n want: {want}"
