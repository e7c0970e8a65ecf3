"""Input checks and offset-preserving normalisation.

finner never rewrites the caller's text.  It reads a *normalised copy* in
which full-width forms are half width (``１２．３４`` -> ``12.34``), traditional
numeral and unit characters are simplified (``億`` -> ``亿``), and zero-width
characters are dropped (``18\\u200b00`` -> ``1800``), and keeps an index map
from every normalised character back to the original characters it came from.
A span ``[a, b)`` of the copy is the span ``[starts[a], ends[b-1])`` of the
original, so ``source[q.start:q.end] == q.text`` always holds.

The full-width comma ``，`` is kept as it is: in Chinese it separates clauses
(``1807亿元，近``), and only the quantity grammar may read it as a thousands
separator (``82，225``).  Enclosed numerals (``①``, ``㈠``) and super/subscripts
are kept too: they are list markers and exponents, never amounts.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import List, Optional, Tuple

__all__ = ["check_text", "normalize", "Normalized"]

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_SURROGATE = re.compile("[\ud800-\udfff]")
_KEEP = frozenset("，、。；：")
_EXPAND_TAGS = ("<wide>", "<narrow>", "<compat>", "<square>", "<font>", "<small>")


def check_text(text: object) -> str:
    """Return ``text`` as a plain ``str`` or raise the error DESIGN section 7 names."""
    if isinstance(text, str):
        s = str(text) if type(text) is not str else text
    elif isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(f"finner expects str, got {type(text).__name__}: decode first, "
                        f"for example text.decode('utf-8')")
    else:
        raise TypeError(f"finner expects str, got {type(text).__name__}")
    m = _SURROGATE.search(s)
    if m:
        raise ValueError(f"finner expects valid Unicode text: lone surrogate {s[m.start()]!r} "
                         f"at position {m.start()}; decode with errors='replace' first")
    return s


def _enclosed(c: str) -> bool:
    o = ord(c)
    return (0x2460 <= o <= 0x24FF or 0x2776 <= o <= 0x2793 or 0x3200 <= o <= 0x32FF
            or 0x1F100 <= o <= 0x1F1FF)


@functools.lru_cache(maxsize=4096)
def _replacement(c: str, variants_key: int) -> Optional[str]:
    """What ``c`` becomes in the normalised copy, or None when it stays."""
    from finner.lexicon import variants
    if c in ZERO_WIDTH:
        return ""
    if c in _KEEP or _enclosed(c):
        return None
    if c == "\u2212" or c == "\u2013":   # minus sign, en dash
        return "-"
    if c == "\u3000":
        return " "
    table = variants()
    if c in table:
        return table[c]
    dec = unicodedata.decomposition(c)
    if dec.startswith(_EXPAND_TAGS) or (0xF900 <= ord(c) <= 0xFAFF):
        out = unicodedata.normalize("NFKC", c)
        out = "".join(table.get(ch, ch) for ch in out)
        return out if out != c else None
    return None


@functools.lru_cache(maxsize=1)
def _candidates() -> "re.Pattern[str]":
    from finner.lexicon import variants
    extra = "".join(sorted(variants()))
    return re.compile("[" + re.escape(ZERO_WIDTH + extra) +
                      "\uff00-\uffef\u3000\u2212\u2013\u2100-\u218f\u3300-\u33ff\uf900-\ufaff]")


Normalized = Tuple[str, Optional[List[int]], Optional[List[int]]]


def normalize(text: str) -> Tuple[str, Optional[Tuple[List[int], List[int]]]]:
    """Return ``(copy, index_map)``.  ``index_map`` is None when the copy equals
    the text; otherwise ``(starts, ends)`` give for each character of the copy
    the original span it came from."""
    pattern = _candidates()
    m = pattern.search(text)
    if m is None:
        return text, None
    pieces: List[str] = []
    starts: List[int] = []
    ends: List[int] = []
    pos = 0
    changed = False
    n_out = 0
    for m in pattern.finditer(text):
        i = m.start()
        rep = _replacement(text[i], 0)
        if rep is None:
            continue
        changed = True
        if i > pos:
            pieces.append(text[pos:i])
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        pieces.append(rep)
        for _ in rep:
            starts.append(i)
            ends.append(i + 1)
        pos = i + 1
    if not changed:
        return text, None
    if pos < len(text):
        pieces.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return "".join(pieces), (starts, ends)


def to_original(index_map: Optional[Tuple[List[int], List[int]]], a: int, b: int) -> Tuple[int, int]:
    """Map the copy's span ``[a, b)`` (``a < b``) back to the original text."""
    if index_map is None:
        return a, b
    starts, ends = index_map
    return starts[a], ends[b - 1]
