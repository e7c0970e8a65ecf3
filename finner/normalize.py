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
are kept too: they are list markers and exponents, never amounts; so are
characters whose compatibility form is longer (``㍿``, ``㎡``), which no
numeral grammar needs.  Only dropped zero-width characters change offsets.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Dict, List, Optional, Tuple

from finner.gcpause import gc_paused

__all__ = ["check_text", "normalize", "to_original"]

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
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
    try:
        s.encode("utf-8")                # fails on a surrogate code point, in C
    except UnicodeEncodeError as e:
        raise ValueError(f"finner expects valid Unicode text: lone surrogate {s[e.start]!r} "
                         f"at position {e.start}; decode with errors='replace' first") from None
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
    if c in "\u3000\u00a0\u2002\u2003\u2009\u202f":   # ideographic, no-break (&nbsp;) and thin spaces
        return " "
    table = variants()
    if c in table:
        return table[c]
    dec = unicodedata.decomposition(c)
    if dec.startswith(_EXPAND_TAGS) or (0xF900 <= ord(c) <= 0xFAFF):
        out = unicodedata.normalize("NFKC", c)
        out = "".join(table.get(ch, ch) for ch in out)
        if len(out) != 1:
            return None     # ㍿, ㎡, Ⅻ: kept as they are (no numeral grammar needs their long forms)
        return out if out != c else None
    return None


@functools.lru_cache(maxsize=1)
@gc_paused
def _tables() -> Tuple[Dict[int, str], "re.Pattern[str]", "re.Pattern[str]", "re.Pattern[str]"]:
    """A ``str.translate`` table for every one-to-one replacement, a pattern
    for the characters whose replacement changes the length (dropped
    zero-width characters, ``㍿`` -> ``株式会社``), one for the one-to-one
    characters and one for both."""
    from finner.lexicon import variants
    candidates = set(variants()) | set(ZERO_WIDTH) | set("\u3000\u00a0\u2002\u2003\u2009\u202f\u2212\u2013")
    for lo, hi in ((0xFF00, 0xFFEF), (0x2100, 0x218F), (0x3300, 0x33FF), (0xF900, 0xFAFF)):
        candidates.update(chr(o) for o in range(lo, hi + 1))
    one_to_one: Dict[int, str] = {}
    other = []
    for c in sorted(candidates):
        rep = _replacement(c, 0)
        if rep is None:
            continue
        if len(rep) == 1:
            one_to_one[ord(c)] = rep
        else:
            other.append(c)
    other_cls = re.escape("".join(other))
    one_cls = re.escape("".join(map(chr, sorted(one_to_one))))
    return (one_to_one, re.compile("[" + other_cls + "]"), re.compile("[" + one_cls + "]"),
            re.compile("[" + other_cls + one_cls + "]"))


def normalize(text: str) -> Tuple[str, Optional[Tuple[List[int], List[int]]]]:
    """Return ``(copy, index_map)``.  ``index_map`` is None when every character
    of the copy stands at the same offset as in the text; otherwise
    ``(starts, ends)`` give for each character of the copy the original span it
    came from.

    >>> normalize("１２．３４亿元")          # full width to ASCII, one to one
    ('12.34亿元', None)
    """
    table, resizing, one, either = _tables()
    first = either.search(text)
    if first is None:
        return text, None                # most texts: nothing to replace, one pass
    if resizing.search(text, first.start()) is None:
        # one-to-one: offsets unchanged; replace match by match (most texts have few)
        i = first.start()
        return text[:i] + one.sub(lambda m: table[ord(m.group())], text[i:]), None
    pieces: List[str] = []
    starts: List[int] = []
    ends: List[int] = []
    pos = 0
    for m in resizing.finditer(text):
        i = m.start()
        rep = _replacement(text[i], 0) or ""
        if i > pos:
            pieces.append(text[pos:i].translate(table))
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        pieces.append(rep)
        starts.extend([i] * len(rep))
        ends.extend([i + 1] * len(rep))
        pos = i + 1
    if pos < len(text):
        pieces.append(text[pos:].translate(table))
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return "".join(pieces), (starts, ends)


def to_original(index_map: Optional[Tuple[List[int], List[int]]], a: int, b: int) -> Tuple[int, int]:
    """Map the copy's span ``[a, b)`` (``a < b``) back to the original text."""
    if index_map is None:
        return a, b
    starts, ends = index_map
    return starts[a], ends[b - 1]
