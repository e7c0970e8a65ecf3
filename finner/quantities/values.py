"""Numerals read into exact values: Arabic numbers, cached Chinese numerals, digit pairs, places."""
from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Optional, Sequence, Tuple

from finner.charsets import UNIT_CHARS
from finner.numerals import Numeral, NumeralReader, Token, _clean, _parse_compact, read_plain_chinese, tokenize


_ALL_DIGITS = re.compile("[0-9]+")
_ONE = Decimal(1)
_TEN = Decimal(10)

_POWERS_OF_TEN = frozenset(Decimal(10) ** k for k in range(2, 13))

_ZEROS = ["0" * k for k in range(13)]


def _arabic(n: str, k: int) -> Decimal:
    """The exact value of the Arabic number ``n`` (1,234.56) times 10**k, in
    positional form with no trailing fractional zeros (what ``_clean`` gives):
    the decimal point is moved in the string, so no Decimal arithmetic runs
    (this runs once per amount)."""
    if "," in n:
        n = n.replace(",", "")
    if "." not in n:
        return Decimal(n + _ZEROS[k]) if k else Decimal(n)
    if not k and n[-1] != "0":
        return Decimal(n)
    whole, frac = n.split(".", 1)
    if frac[-1:] == "0":
        frac = frac.rstrip("0")
    if len(frac) <= k:
        return Decimal(whole + frac + _ZEROS[k - len(frac)])
    return Decimal(whole + frac[:k] + "." + frac[k:])


def _arabic_number(n: str) -> Decimal:
    """``_arabic(n, 0)``: ``Decimal(n)`` itself where ``n`` has no comma and no
    trailing fractional zero."""
    return _arabic(n, 0) if "," in n or n[-1] == "0" and "." in n else Decimal(n)


@functools.lru_cache(maxsize=1024)
def _denominator(text: str) -> Optional[Decimal]:
    """The denominator of X分之Y: 百 -> 100, 三 -> 3, 百万 -> 10^6."""
    den = _parse_compact(text)
    if den is None and text[0] in "十百千万亿拾佰仟":
        den = _parse_compact("一" + text)
    return den


@functools.lru_cache(maxsize=8192)
def _cn_numeral(text: str) -> Optional[Tuple[Decimal, bool, bool, Decimal, bool]]:
    """A Chinese numeral that is one plain numeral, as (value in positional
    form, has a big unit, is one lone digit, trailing magnitude, has a digit);
    None for anything the main pass must read (digit pairs 八九, a numeral
    followed by more numerals)."""
    plain = read_plain_chinese(text)
    if plain is not None:
        value, has_big, lone, mag = plain
        return _clean(value), has_big, lone, mag, not set(text) <= UNIT_CHARS
    toks = tokenize(text)
    if not toks or toks[-1].end != len(text):
        return None
    num = NumeralReader(toks).read(0)
    if num is None or num.last != len(toks) or num.low is not None or num.over or _digit_pair(toks, 0):
        return None
    return _clean(num.value), num.has_big_unit, num.lone_digit, _trailing_magnitude(toks, num), num.has_digit


def _plain_numeral(s: str, toks: Sequence[Token]) -> Optional[Numeral]:
    """What ``NumeralReader(toks).read(0)`` gives when the tokens spell a plain
    Chinese numeral (百分之三十点五), read without the reader; else None."""
    text = s[toks[0].start:toks[-1].end]
    plain = read_plain_chinese(text)
    if plain is None:
        return None
    value, has_big, lone, _ = plain
    return Numeral(value, toks[0].start, toks[-1].end, 0, len(toks), chinese=True, has_big_unit=has_big,
                   has_digit=not set(text) <= UNIT_CHARS, lone_digit=lone)


def _run_goes_on(toks: Sequence[Token], end: int) -> bool:
    """A numeral token other than a space starts right at ``end``."""
    for t in toks:
        if t.start == end:
            return t.kind != "S"
        if t.start > end:
            break
    return False


def _big_part(mag: Decimal) -> Decimal:
    """The 万/亿 part of a place: 千万 (1e7) -> 万 (1e4), 千亿 -> 亿, 万亿 -> 万亿."""
    exp = len(str(int(mag))) - 1
    return Decimal(10) ** (exp - exp % 4)


def _trailing_magnitude(toks: Sequence[Token], num: Numeral) -> Decimal:
    """The magnitude the first end of an elliptical range borrows (八到九百亿元 is
    800亿 to 900亿).  When the numeral starts with a digit, it is the place of
    that digit: the small unit right after it times the big units that close
    its group (九百亿 -> 1e10, 三仟 -> 1e3, 5亿 -> 1e8, 3万4000 -> 1e4).
    Otherwise the big units it ends with (十五万 -> 1e4)."""
    ts = [t for t in toks[num.first:num.last] if t.kind != "S"]
    mag = Decimal(1)
    if ts and ts[0].kind in "AD":
        j = 1
        if j < len(ts) and ts[j].kind == "T":
            mag *= ts[j].value
            j += 1
        while j < len(ts) and ts[j].kind != "B":
            j += 1
        while j < len(ts) and ts[j].kind == "B":
            mag *= ts[j].value
            j += 1
        return mag
    for t in reversed(ts):
        if t.kind == "B":
            mag *= t.value
        elif t.kind != "M":
            break
    return mag


def _digit_pair(toks: Sequence[Token], k: int) -> Optional[Tuple[int, int]]:
    """Two neighbouring Chinese digits read as a range: 八九, 三五, 两三, 一两."""
    if k + 1 >= len(toks):
        return None
    t1, t2 = toks[k], toks[k + 1]
    if t1.kind != "D" or t2.kind != "D" or t1.value == 0 or t2.value == 0:
        return None
    if t1.text not in "一二两三四五六七八九" or t2.text not in "一二两三四五六七八九":
        return None
    d1, d2 = int(t1.value), int(t2.value)
    if d2 == d1 + 1 or (d1, d2) == (3, 5):
        return d1, d2
    return None


def _units_only_after(toks: Sequence[Token], k: int, last: int) -> bool:
    """The numeral starting at digit ``k`` is that digit followed only by units (三十, 九亿, 五百万)."""
    return last > k + 1 and all(t.kind in "TBS" for t in toks[k + 1:last])
