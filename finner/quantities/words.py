"""Word tables looked up at a position of the normalised text, ahead of it or behind it."""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

from finner.charsets import SPACES
from finner.quantities.patterns import _alternation


_GAP = 4   # at most this many spaces between two parts of one amount


def _skip_spaces(s: str, i: int) -> int:
    j = i
    while j < len(s) and s[j] in SPACES and j - i < _GAP:
        j += 1
    return j if j < len(s) and s[j] not in SPACES else i


_NOSPACE = {ord(c): None for c in SPACES}


class _Words:
    """Longest-match lookup of a word table at a position, in C: one compiled
    alternation, longest words first.  A word may be written with spaces
    between its characters (个 百 分 点), as Recognizers-Text's cases do."""

    __slots__ = ("table", "pattern", "gate")

    def __init__(self, table: Mapping[str, Any]):
        self.table = table
        # the characters a match can start with, spaces included (what _match_ahead skips)
        self.gate = frozenset(w[0] for w in table) | frozenset(SPACES)
        # the text is normalised (finner.normalize): ideographic, no-break and thin spaces are
        # plain spaces there, and a class of two ASCII characters compiles fast (this table's
        # pattern holds one gap between every two characters of every word)
        gap = "[ \t]{0,%d}" % _GAP
        self.pattern = re.compile(_alternation(table, gap)) if table else None

    def match(self, s: str, i: int) -> Optional[Tuple[str, int, int]]:
        if self.pattern is None:
            return None
        m = self.pattern.match(s, i)
        if m is None:
            return None
        w = m.group()
        return (w if w in self.table else w.translate(_NOSPACE)), i, m.end()


def _match_ahead(s: str, i: int, words: "_Words", spaces: bool = True) -> Optional[Tuple[str, int, int]]:
    """Longest word of ``words`` starting at ``i`` (after up to _GAP spaces when
    ``spaces``).  Returns ``(word, start, end)``."""
    if i >= len(s) or s[i] not in words.gate:
        return None                     # no word of the table can start here
    j = i
    if spaces:
        while j < len(s) and s[j] in SPACES and j - i < _GAP:
            j += 1
    return words.match(s, j)


class _Behind:
    """Longest-match lookup of a word table ending at a position (before up
    to _GAP spaces): the words are indexed by their last character, so a
    position costs one dict lookup."""

    __slots__ = ("by_last",)

    def __init__(self, table: Iterable[str]):
        by_last: Dict[str, List[str]] = {}
        for w in sorted(table, key=len, reverse=True):
            by_last.setdefault(w[-1], []).append(w)
        self.by_last = {c: tuple(ws) for c, ws in by_last.items()}

    def match(self, s: str, i: int) -> Optional[Tuple[str, int]]:
        """``(word, start)`` of the longest word ending at ``i``, or None."""
        if not i:
            return None
        j = i
        c = s[j - 1]
        if c in SPACES:
            while j > 0 and s[j - 1] in SPACES and i - j < _GAP:
                j -= 1
            if j == 0:
                return None
            c = s[j - 1]
        words = self.by_last.get(c)
        if words is not None:
            for w in words:
                if s.endswith(w, 0, j):
                    return w, j - len(w)
        return None
