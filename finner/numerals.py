"""Numeral strings to exact ``Decimal`` values.

This module reads every numeral form that occurs in Chinese financial text:
Arabic digits with thousands separators (``1,234.56``, ``82，225``), full-width
digits (``１２．３４``), Chinese numerals (``一千二百五十万``, ``两千六``,
``十五点八万``), financial capitals (``壹仟捌佰``), and mixtures
(``1.8万亿``, ``3万4000``, ``2千零30万``).

It works on *tokens*: :func:`tokenize` cuts a normalised string into numeral
tokens and :class:`NumeralReader` reads the longest valid numeral starting at a
token, left to right, in time linear in the tokens it consumes.  Both
``parse_number`` and ``finner.quantities.find_quantities`` are built on these
two pieces, so the grammar lives in one place.

Nothing here imports spaCy, and no value ever passes through ``float``.
"""
from __future__ import annotations

import decimal
import re
from decimal import Decimal
from typing import List, NamedTuple, Optional, Sequence, Tuple

# the character classes live in finner/charsets.py, shared with the quantity scanner;
# they stay importable from here
from finner.charsets import (AMBIGUOUS_CAPITALS, BIG_UNITS, COMPOSITES, DIGITS, HALF, HARD_NUMERAL_CHARS,  # noqa: F401
                             NUMERAL_CHARS, OVER_MARKS, POINT, SMALL_UNITS, SPACES, VAGUE)
from finner.normalize import check_text, normalize

__all__ = ["parse_number", "tokenize", "Token", "NumeralReader", "Numeral", "EXACT", "DIVISION"]

# Exact arithmetic: additions and multiplications by powers of ten never round.
EXACT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN,
                        traps=[decimal.InvalidOperation, decimal.Overflow])
# Division (fractions such as 三分之一) cannot be exact; 34 significant digits
# (IEEE 754 decimal128) is far beyond what any financial text states.
DIVISION = decimal.Context(prec=34, traps=[decimal.InvalidOperation, decimal.DivisionByZero])


# the tokens that are one character and nothing else: kind and value
_ONE_CHAR = {**{c: ("D", Decimal(v)) for c, v in DIGITS.items()},
             **{c: ("T", Decimal(v)) for c, v in SMALL_UNITS.items()},
             **{c: ("B", Decimal(v)) for c, v in BIG_UNITS.items()},
             POINT: ("P", Decimal(0)), HALF: ("H", Decimal("0.5"))}

_ARABIC = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?"   # 1,234,567.89
    r"|[0-9]+(?:\.[0-9]+)?"                                # 1234.5
    r"|\.[0-9]+"                                           # .5 (parse_number only)
)
_ARABIC_WIDE_SEP = re.compile(r"[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9])(?:\.[0-9]+)?")


class Token(NamedTuple):
    """One numeral token of a normalised string: ``kind`` is one of

    ``A`` Arabic number (``value`` exact, ``digits`` = count of integer digits),
    ``D`` Chinese digit, ``T`` 十/百/千, ``B`` 万/亿/兆, ``P`` 点, ``H`` 半,
    ``V`` 几/数 (vague digit), ``M`` 多/余 (over mark), ``S`` a space run.
    """

    kind: str
    value: Decimal
    start: int
    end: int
    digits: int = 1
    text: str = ""


def _arabic_value(s: str) -> Tuple[Decimal, int]:
    digits = s.replace(",", "").replace("，", "")
    if digits.startswith("."):
        digits = "0" + digits
    intpart = digits.split(".")[0]
    return Decimal(digits), len(intpart)


def tokenize(s: str, start: int = 0, end: Optional[int] = None, *, wide_commas: bool = True) -> List[Token]:
    """Cut ``s[start:end]`` into numeral tokens, stopping at the first character
    that belongs to no numeral.  ``s`` must already be normalised
    (:func:`finner.normalize.normalize`).  Linear in the characters read."""
    if end is None:
        end = len(s)
    out: List[Token] = []
    i = start
    while i < end:
        c = s[i]
        if "0" <= c <= "9" or (c == "." and i + 1 < end and "0" <= s[i + 1] <= "9"
                                and not (out and out[-1].kind == "A")):
            m = (_ARABIC_WIDE_SEP if wide_commas else _ARABIC).match(s, i, end) or _ARABIC.match(s, i, end)
            assert m is not None              # _ARABIC matches any digit, and a point before a digit
            text = m.group()
            value, ndig = _arabic_value(text)
            out.append(Token("A", value, i, m.end(), ndig, text))
            i = m.end()
            continue
        one = _ONE_CHAR.get(c)
        if one is not None:
            out.append(Token(one[0], one[1], i, i + 1, 1, c))
        elif c in COMPOSITES:
            out.append(Token("D", Decimal(COMPOSITES[c] // 10), i, i + 1, 1, c))
            out.append(Token("T", Decimal(10), i, i + 1, 1, c))
        elif c == VAGUE or (c == "数" and i + 1 < end and (s[i + 1] in SMALL_UNITS or s[i + 1] in BIG_UNITS)):
            out.append(Token("V", Decimal(0), i, i + 1, 1, c))
        elif c in OVER_MARKS:
            out.append(Token("M", Decimal(0), i, i + 1, 1, c))
        elif c == "个" and i + 1 < end and s[i + 1] in "万亿" and out and out[-1].kind in "AD":
            out.append(Token("S", Decimal(0), i, i + 1, 1, c))      # 两个亿 = 2亿
        elif c in SPACES:
            j = i + 1
            while j < end and s[j] in SPACES:
                j += 1
            out.append(Token("S", Decimal(0), i, j, 1, s[i:j]))
            i = j
            continue
        else:
            break
        i += 1
    return out


def round_whole(arabic: str) -> bool:
    """An over mark (多, 余) may follow the Arabic number ``arabic``: a whole
    number of two digits or more that ends in 0 (7000多, 20余; not 15多, 2.0多)."""
    return "." not in arabic and arabic[-1] == "0" and len(arabic) - arabic.count(",") - arabic.count("，") > 1


class Numeral(NamedTuple):
    """What :class:`NumeralReader` read: exact value, the vague bounds when the
    numeral holds 几/数, whether it carried an over mark (多/余), and the token
    range ``[first, last)`` it consumed with its character span."""

    value: Decimal
    start: int
    end: int
    first: int
    last: int
    low: Optional[Decimal] = None     # set when the numeral is vague (十几万)
    high: Optional[Decimal] = None
    over: bool = False                # 7000多万, 2000余万
    chinese: bool = False             # contains a Chinese numeral character
    has_big_unit: bool = False        # contains 万/亿/兆
    has_digit: bool = False           # contains a digit (Arabic, Chinese or 几), not only units
    lone_digit: bool = False          # exactly one Chinese digit and nothing else (一, 两)
    positional: bool = False          # read digit by digit (一七二零)


class _Invalid(Exception):
    pass


class NumeralReader:
    """Reads the longest valid numeral starting at a token.

    The grammar, left to right (``parts`` holds groups already closed by a big
    unit, largest first):

    * a digit (Arabic or Chinese) becomes the pending number;
    * 十/百/千 multiply the pending number (1 when there is none: 十五, 一百十一)
      into the current section; a small unit must be smaller than the previous one;
    * 万/亿/兆 close the section: everything below them is multiplied
      (一千一百一十一万一千一百一十一亿 multiplies both groups by 亿); two big units
      in a row compound (万亿 = 10^12, 四万万 = 4×10^8);
    * 点 turns the pending number into a decimal (十五点八万 = 158000);
    * a lone digit after a unit abbreviates the next lower unit (两千六 = 2600,
      九万四 = 94000), but not after 零 and not for a multi-digit Arabic number
      (3万4000 = 34000).
    """

    MAX_BIG_UNITS = 6   # 一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一 has 3

    def __init__(self, tokens: Sequence[Token], *, allow_positional: bool = False,
                 allow_spaces: bool = True, vague_low_lead: int = 2, vague_low_tail: int = 1):
        self.tokens = tokens
        self.allow_positional = allow_positional
        self.allow_spaces = allow_spaces
        self.vague_low_lead = vague_low_lead
        self.vague_low_tail = vague_low_tail

    # -- public ---------------------------------------------------------
    def read(self, k: int) -> Optional[Numeral]:
        """The longest numeral starting at token ``k``, or None."""
        toks = self.tokens
        if k >= len(toks) or toks[k].kind in "SPM":
            return None
        if self.allow_positional:
            pos = self._read_positional(k)
            if pos is not None:
                return pos
        last = self._extent(k)
        while last > k:
            try:
                return self._evaluate(k, last)
            except _Invalid:
                last = self._shrink(k, last)
        return None

    # -- extent: how far the grammar can reach, in one linear pass ------
    def _extent(self, k: int) -> int:
        """Index after the last token that can belong to a numeral starting at
        ``k``, by local rules only (what may follow what: :class:`_Extent`).
        :meth:`_evaluate` checks the whole and :meth:`_shrink` backs off when it fails."""
        toks = self.tokens
        state = _Extent(toks, self.allow_spaces, self.MAX_BIG_UNITS)
        end = j = k
        while j < len(toks):
            t = toks[j]
            if t.kind == "S":
                if not self.allow_spaces:
                    break
                j += 1
                continue
            if not state.accepts(j, t):
                break
            j += 1
            end = j
        return end

    def _shrink(self, k: int, last: int) -> int:
        last -= 1
        while last > k and self.tokens[last - 1].kind in "SPM":
            last -= 1
        return last

    # -- positional reading: 一七二零, 一二三 (parse_number only) ------------
    def _read_positional(self, k: int) -> Optional[Numeral]:
        toks = self.tokens
        j = k
        digits = []
        while j < len(toks) and toks[j].kind == "D" and toks[j].text not in COMPOSITES and toks[j].text not in "两俩":
            digits.append(int(toks[j].value))
            j += 1
        if len(digits) < 2 or (j < len(toks) and toks[j].kind in "TBV"):
            return None
        frac = []
        if j + 1 < len(toks) and toks[j].kind == "P" and toks[j + 1].kind == "D":
            j += 1
            while j < len(toks) and toks[j].kind == "D":
                frac.append(str(int(toks[j].value)))
                j += 1
        if j < len(toks) and toks[j].kind not in "S":
            return None
        text = "".join(map(str, digits)) + ("." + "".join(frac) if frac else "")
        return Numeral(Decimal(text), toks[k].start, toks[j - 1].end, k, j, chinese=True,
                       has_digit=True, positional=True)

    # -- evaluation -----------------------------------------------------
    def _evaluate(self, k: int, last: int) -> Numeral:
        toks = [t for t in self.tokens[k:last] if t.kind != "S"]
        if not toks or toks[-1].kind == "P":
            raise _Invalid
        if len(toks) == 1 and toks[0].kind in "AD":
            t = toks[0]                         # one number alone (3, 一, 零): its value is its own
            return Numeral(t.value, t.start, t.end, k, last, None, None, False, t.kind == "D", False, True,
                           t.kind == "D")
        kinds = frozenset([t.kind for t in toks])
        vague = "V" in kinds
        over = "M" in kinds
        low: Optional[Decimal]
        high: Optional[Decimal]
        if vague:
            low = self._value(toks, Decimal(self.vague_low_lead), Decimal(self.vague_low_tail))
            high = self._value(toks, Decimal(9), Decimal(9))
            value = self._value(toks, Decimal(0), Decimal(0))
        else:
            value = self._value(toks, None, None)
            low = high = None
        chinese = not kinds.isdisjoint("DTBHVP")
        has_digit = not kinds.isdisjoint("ADV")
        lone = len(toks) == 1 and toks[0].kind == "D"
        return Numeral(value, toks[0].start, toks[-1].end, k, last, low, high, over, chinese,
                       "B" in kinds, has_digit, lone)

    @staticmethod
    def _value(toks: Sequence[Token], vague_lead: Optional[Decimal], vague_tail: Optional[Decimal]) -> Decimal:
        with decimal.localcontext(EXACT):
            v = _Value(toks, vague_lead, vague_tail)
            n = len(toks)
            i = 0
            while i < n:
                i = v.step(i)
            return v.total()


class _Extent:
    """What may follow what in a numeral, token by token (spaces left out):
    :meth:`NumeralReader._extent` feeds it the tokens while it accepts them."""

    def __init__(self, toks: Sequence[Token], allow_spaces: bool, max_bigs: int):
        self.toks, self.allow_spaces, self.max_bigs = toks, allow_spaces, max_bigs
        self.prev: Optional[str] = None        # kind of the previous token; "Z" for 零
        self.prev_tok: Optional[Token] = None
        self.small: Optional[Decimal] = None   # last small unit in the current section
        self.bigs = 0
        self.after_point = False

    def accepts(self, j: int, t: Token) -> bool:
        """Whether the token ``t`` (at ``j``) may follow what was accepted so far."""
        kind = t.kind
        if kind == "D" and t.value == 0 and not self.after_point:
            kind = "Z"
        ok = self._may_follow(j, t, kind)
        if ok:
            self.prev, self.prev_tok = kind, t
        return ok

    def _may_follow(self, j: int, t: Token, kind: str) -> bool:
        prev, after_point = self.prev, self.after_point
        if prev == "M":
            return kind == "B"
        if kind == "A":
            if after_point:
                return prev == "P" and "." not in t.text and "," not in t.text
            return prev in (None, "T", "B", "Z")
        if kind == "D":
            return prev in ("P", "D") if after_point else prev in (None, "T", "B", "Z")
        if kind == "Z":
            return prev in (None, "T", "B")
        if kind == "V":
            return not after_point and prev in (None, "T", "B", "Z")
        if kind == "T":
            return self._small_unit(t)
        if kind == "B":
            return self._big_unit()
        if kind == "P":
            return self._point(j)
        if kind == "M":
            return not after_point and (prev in ("T", "B") or (
                prev == "A" and self.prev_tok is not None and round_whole(self.prev_tok.text)))
        return kind == "H" and prev is None

    def _small_unit(self, t: Token) -> bool:
        """十/百/千: each smaller than the one before in the section."""
        ok = not self.after_point and self.prev in (None, "A", "D", "V", "H", "T", "B", "Z") \
            and (self.small is None or t.value < self.small)
        if ok:
            self.small = t.value
        return ok

    def _big_unit(self) -> bool:
        """万/亿/兆: after a number or a unit, at most ``max_bigs`` of them."""
        ok = self.prev in ("A", "D", "V", "T", "B", "M", "H") and self.bigs < self.max_bigs
        if ok:
            self.bigs += 1
            self.small = None
            self.after_point = False
        return ok

    def _point(self, j: int) -> bool:
        """点: after a number or unit (not after 1.5), and before a digit."""
        prev, prev_tok, toks = self.prev, self.prev_tok, self.toks
        if self.after_point or prev not in ("A", "D", "T", "B", "Z") or \
                prev == "A" and prev_tok is not None and "." in prev_tok.text:
            return False
        jj = j + 1
        while jj < len(toks) and toks[jj].kind == "S" and self.allow_spaces:
            jj += 1
        ok = jj < len(toks) and (toks[jj].kind == "D" or (
            toks[jj].kind == "A" and "." not in toks[jj].text and "," not in toks[jj].text))
        self.after_point = ok
        return ok


class _Value:
    """The value of a numeral's tokens (spaces left out), read left to right by
    :meth:`NumeralReader._value`; raises :class:`_Invalid` where the tokens are
    not one numeral.  ``parts`` holds the groups closed by a big unit, as
    ``[unit, value]``, largest unit first; ``section`` what stands below the
    current big unit; ``cur`` the pending number."""

    def __init__(self, toks: Sequence[Token], vague_lead: Optional[Decimal], vague_tail: Optional[Decimal]):
        self.toks = toks
        self.vague_lead, self.vague_tail = vague_lead, vague_tail
        self.parts: List[List[Decimal]] = []
        self.section = Decimal(0)
        self.cur: Optional[Decimal] = None
        self.cur_single = False                # pending number is one digit (abbreviation allowed)
        self.last_small: Optional[Decimal] = None
        self.prev_kind: Optional[str] = None
        self.after_zero = False
        self.seen_number = False
        self.cur_after: Optional[str] = None   # what stood before the pending digit

    def step(self, i: int) -> int:
        """Read the token at ``i``; return the index of the next one to read."""
        kind = self.toks[i].kind
        if kind in "AD":
            if not self._digit(self.toks[i]):
                return i + 1                   # 零: nothing pending
        elif kind in "VH":
            self._vague_or_half(i)
        elif kind == "P":
            return self._point(i)
        elif kind == "T":
            self._small_unit(self.toks[i])
        elif kind == "B":
            if self._big_unit(self.toks[i]):
                return i + 1                   # compounded with the group before (万亿): prev_kind stays B
        self.prev_kind = kind
        return i + 1

    def _pending(self, value: Decimal, single: bool) -> None:
        if self.cur is not None:
            raise _Invalid                     # two numbers in a row
        self.cur, self.cur_single, self.seen_number = value, single, True

    def _digit(self, t: Token) -> bool:
        """An Arabic number or a Chinese digit; False for 零, which only marks a gap."""
        self._pending(t.value, t.kind == "D" or (t.digits == 1 and "." not in t.text and "," not in t.text))
        if t.kind == "D" and t.value == 0:
            self.cur = None
            self.after_zero = True
            self.prev_kind = "Z"
            return False
        self.cur_after = self.prev_kind
        return True

    def _vague_or_half(self, i: int) -> None:
        """几/数 (a vague digit) or 半 (a half)."""
        toks = self.toks
        if toks[i].kind == "H":
            self._pending(Decimal("0.5"), False)
            return
        # 几十, 数万: 几 multiplies a unit (2..9); 十几, 二十几万: it is the last digit (1..9)
        nxt = toks[i + 1].kind if i + 1 < len(toks) else None
        lead = nxt == "T" or (i == 0 and nxt in ("B", None))   # 几家: a few, 2..9
        value = self.vague_lead if lead else self.vague_tail
        assert value is not None               # a vague numeral is read with its bounds
        self._pending(value, False)

    def _point(self, i: int) -> int:
        """点: the integer part is the current section plus the pending digit;
        the digits after it are decimals.  Returns the index after them."""
        toks = self.toks
        cur = self.cur
        if cur is not None and self.cur_single and not self.after_zero and self.cur_after == "T" and self.last_small:
            cur = cur * self.last_small / 10        # 两千三点一 = 2300.1
        intpart = self.section + (cur if cur is not None else Decimal(0))
        j = i + 1
        frac = []
        while j < len(toks) and toks[j].kind in "AD":
            frac.append(toks[j].text if toks[j].kind == "A" else str(int(toks[j].value)))
            j += 1
        if not frac:
            raise _Invalid
        self.cur = intpart + Decimal("0." + "".join(frac))
        self.section = Decimal(0)
        self.last_small = None
        self.cur_single = False
        self.seen_number = True
        self.prev_kind = "A"
        return j

    def _small_unit(self, t: Token) -> None:
        """十/百/千 multiply the pending number (1 when there is none) into the section."""
        if self.last_small is not None and t.value >= self.last_small:
            raise _Invalid
        self.section += (self.cur if self.cur is not None else Decimal(1)) * t.value
        self.last_small = t.value
        self.cur = None
        self.seen_number = True

    def _big_unit(self, t: Token) -> bool:
        """万/亿/兆 close the section into a group; True when it compounds with
        the group just closed instead (万亿, 四万万)."""
        parts = self.parts
        if self.prev_kind == "B" and self.cur is None and self.section == 0 and parts:
            parts[-1][1] *= t.value
            parts[-1][0] *= t.value
            while len(parts) > 1 and parts[-2][0] <= parts[-1][0]:
                u, v = parts.pop()
                parts[-1][1] += v
                parts[-1][0] = max(parts[-1][0], u)
            return True
        cur = self.cur
        if cur is not None and self.cur_single and self.cur_after == "T" and not self.after_zero and self.last_small:
            # a lone digit after a small unit abbreviates the next lower one here too:
            # 两千六万 is 2600万, 一百五万 is 150万 (两千零六万 is 2006万)
            self.section += cur * self.last_small / 10
        elif cur is not None:
            self.section += cur
        group = self.section
        while parts and parts[-1][0] < t.value:
            group += parts.pop()[1]
        if not self.seen_number or parts and parts[-1][0] == t.value:
            raise _Invalid
        parts.append([t.value, group * t.value])
        self.section = Decimal(0)
        self.cur = None
        self.last_small = None
        self.after_zero = False
        return False

    def total(self) -> Decimal:
        """The value of everything read."""
        if not self.seen_number:
            raise _Invalid
        total = sum((v for _, v in self.parts), Decimal(0))
        cur = self.cur
        if cur is None:
            return total + self.section
        if self.cur_single and not self.after_zero and self.prev_kind in ("A", "D") and self.cur_after in ("T", "B"):
            unit = self.last_small if self.cur_after == "T" else self.parts[-1][0]
            assert unit is not None             # a small unit stood before the pending digit
            cur = cur * unit / 10
        return total + self.section + cur


# --- the plain shape, read without tokens ----------------------------------
_PLAIN_DIGITS = {c: v for c, v in DIGITS.items() if c not in "弍弎幺"}
_PLAIN_BIG = {"万": 10 ** 4, "亿": 10 ** 8}
_ONE_DEC = Decimal(1)


def read_plain_chinese(text: str) -> Optional[Tuple[Decimal, bool, bool, Decimal]]:
    """The value of a Chinese numeral of the plain shape (五百, 两千六, 一千零六,
    三万四千五百, 十二点五, 一亿二千万) as ``(value, has 万/亿, is one lone digit,
    trailing magnitude)``, computed with integers; None when ``text`` is anything
    else (vague, paired digits, compounded big units, Arabic digits, ...) and
    needs :class:`NumeralReader`.  Where it answers it gives exactly what the
    reader gives (``tests/test_properties.py`` compares the two); it only saves
    time, since most Chinese numerals in running text have this shape."""
    frac = ""
    if "点" in text:
        text, _, decimals = text.partition("点")
        if not decimals or any(c not in _PLAIN_DIGITS for c in decimals):
            return None
        frac = "".join(str(_PLAIN_DIGITS[c]) for c in decimals)
    read = _plain_integer(text, bool(frac))
    if read is None:
        return None
    value, last_big, prev = read
    if frac:
        if prev == "":
            return None                              # 点五: the full grammar
        return Decimal(f"{value}.{frac}"), last_big != 0, False, _ONE_DEC
    return Decimal(value), last_big != 0, len(text) == 1 and prev == "D", _place_of_lead(text, prev, last_big)


def _plain_integer(text: str, has_frac: bool) -> Optional[Tuple[int, int, str]]:
    """The integer part of a plain numeral (what stands before 点), as ``(value,
    the last big unit or 0, the kind of its last character)``; None for
    anything but the plain shape.  ``has_frac``: decimals follow (九万四 is 94000,
    九万四点五 is not 90000 + 4.5 abbreviated)."""
    total = 0          # groups closed by 万/亿
    section = 0        # below the current big unit
    digit = None       # the pending digit
    digit_after = ""   # what stood before it: T (a small unit), B (a big unit) or ""
    last_small = 0     # the last small unit of the section (0: none yet)
    last_big = 0       # the last big unit (0: none yet)
    after_zero = False
    prev = ""          # D (digit), Z (零), T (十百千), B (万亿)
    for c in text:
        d = _PLAIN_DIGITS.get(c)
        if d is not None:
            if prev == "D" or d == 0 and prev in ("", "Z"):
                return None                          # 二三, 零五: the full grammar
            if d == 0:
                after_zero, prev = True, "Z"
            else:
                digit, digit_after, prev = d, ("" if after_zero else prev), "D"
            continue
        u = SMALL_UNITS.get(c)
        if u is not None:
            if prev == "Z" or last_small and u >= last_small:
                return None
            section += (1 if digit is None else digit) * u
            last_small, digit, prev = u, None, "T"
            continue
        b = _PLAIN_BIG.get(c)
        if b is None or prev in ("", "Z", "B") or last_big and b >= last_big:
            return None                              # 万亿, 三万四千亿, 兆, letters: the full grammar
        if digit is not None:
            if digit_after == "T":
                digit = digit * last_small // 10     # 两千六万 = 2600万
            section += digit
        total += section * b
        section, digit, last_small, last_big, after_zero, prev = 0, None, 0, b, False, "B"
    if prev == "Z" or prev == "" and not has_frac:
        return None
    if digit is not None:
        if digit_after == "T":
            digit = digit * last_small // 10         # 两千六 = 2600, 两千三点一 = 2300.1
        elif digit_after == "B" and not has_frac:
            digit = digit * last_big // 10           # 九万四 = 94000
        section += digit
    return total + section, last_big, prev


def _place_of_lead(text: str, prev: str, last_big: int) -> Decimal:
    """The place of the leading digit of a plain numeral (九百亿 -> 1e10), or the
    big unit it ends with when it starts with a unit (十五万 -> 1e4); the same
    as ``finner.quantities.values._trailing_magnitude`` over the reader's tokens."""
    if text[0] not in _PLAIN_DIGITS:
        return Decimal(last_big) if prev == "B" else _ONE_DEC
    mag, j = 1, 1
    if j < len(text) and text[j] in SMALL_UNITS:
        mag *= SMALL_UNITS[text[j]]
        j += 1
    while j < len(text) and text[j] not in _PLAIN_BIG:
        j += 1
    if j < len(text):
        mag *= _PLAIN_BIG[text[j]]
    return Decimal(mag)


# --- parse_number ---------------------------------------------------------
_SCI = re.compile(r"^([+-]?)([0-9]*\.?[0-9]+)(?:[eE]([+-]?[0-9]+)|\^([+-]*)([0-9]+))$")
_LATIN_MAGNITUDE = {"k": Decimal(1000), "K": Decimal(1000), "M": Decimal(10) ** 6,
                    "w": Decimal(10) ** 4, "W": Decimal(10) ** 4, "B": Decimal(10) ** 9}
_MONEY_CAPITALS = re.compile(r"^(?P<int>.*?)(?:[元圆])(?:(?P<jiao>.)角)?(?:(?P<fen>.)分)?[整正]?$")
_SIGNS = "-负"
_MIXED_FRACTION = re.compile(r"^([0-9]+)[ \t\u3000]+([0-9]+/[0-9]+)$")


def parse_number(text: str) -> Decimal:
    """Read a numeral written in any of the forms finner knows and return its
    exact value.

    >>> parse_number("一千二百五十万")
    Decimal('12500000')
    >>> parse_number("１２．３４")
    Decimal('12.34')

    Raises ``TypeError`` for non-``str`` input and ``ValueError`` when the text
    is not one whole numeral (``"一切"``, ``"万"``, ``""``).
    """
    raw = check_text(text)
    norm, _ = normalize(raw)
    mixed = _MIXED_FRACTION.match(norm.strip())
    if mixed:
        # 1 ３/5: a whole number, a space, a slash fraction
        whole = _parse_compact(mixed.group(1))
        frac = _parse_compact(mixed.group(2))
        if whole is None or frac is None:
            raise ValueError(f"not a numeral: {raw!r}")
        return _clean(whole + frac if whole >= 0 else whole - frac)
    s = "".join(ch for ch in norm if ch not in SPACES and ch not in "\r\n")
    if not s:
        raise ValueError("not a numeral: empty text")
    value = _parse_compact(s)
    if value is None:
        raise ValueError(f"not a numeral: {raw!r}")
    return _clean(value)


def _parse_compact(s: str) -> Optional[Decimal]:
    """The value of ``s`` (no spaces) in any form :func:`parse_number` reads, or None."""
    if not s:
        return None
    neg = s[0] in _SIGNS
    if neg:
        s = s[1:]
        if not s:
            return None
    sci = _SCI.match(s)
    capitals = _MONEY_CAPITALS.match(s)
    if "又" in s:
        v = _mixed_fraction(s)               # 三百五又三分之一, 3又一千分之23
    elif "分之" in s:
        v = _chinese_fraction(s)             # X分之Y
    elif "/" in s:
        v = _slash_fraction(s)               # 3/5
    elif sci and (sci.group(3) is not None or sci.group(5) is not None):
        v = _scientific(sci)                 # 1.5e3, 2.5^-1
    elif s.endswith("打") and len(s) > 1:
        dozens = _parse_compact(s[:-1])      # 一打, 五十打
        v = None if dozens is None else dozens * 12
    elif s[-1] in _LATIN_MAGNITUDE and len(s) > 1 and s[-2].isdigit():
        mantissa = _parse_compact(s[:-1])    # 40k, 2.5M
        v = None if mantissa is None else mantissa * _LATIN_MAGNITUDE[s[-1]]
    elif capitals and capitals.group("int"):
        v = _money_capitals(capitals)        # 玖仟陆佰陆拾伍圆壹角捌分, 壹拾壹元整
    else:
        v = _whole_numeral(s)
    if v is None:
        return None
    return -v if neg else v


def _mixed_fraction(s: str) -> Optional[Decimal]:
    whole, _, frac = s.partition("又")
    w = _parse_compact(whole)
    f = _parse_compact(frac)
    if w is None or f is None:
        return None
    return w + f if w >= 0 else w - f


def _chinese_fraction(s: str) -> Optional[Decimal]:
    den_s, _, num_s = s.partition("分之")
    den = _parse_compact(den_s) if den_s else None
    num = _parse_compact(num_s)
    if den is None or num is None or den == 0:
        return None
    with decimal.localcontext(DIVISION):
        return num / den


def _slash_fraction(s: str) -> Optional[Decimal]:
    """3/5 (spaces already removed: "13/5" is ambiguous, so parse_number keeps
    the whole-part form only via 又)."""
    a, _, b = s.partition("/")
    num = _parse_compact(a)
    den = _parse_compact(b)
    if num is None or den is None or den == 0:
        return None
    with decimal.localcontext(DIVISION):
        return num / den


def _scientific(m: "re.Match[str]") -> Optional[Decimal]:
    """1.5e3, and Recognizers-Text's powers: 2.5^-1 = 0.4, a doubled sign (^--23) cancels out."""
    base = Decimal(m.group(2))
    if m.group(1) == "-":
        base = -base
    if m.group(3) is not None:
        return base.scaleb(int(m.group(3)), EXACT)
    exp = int(m.group(5))
    if m.group(4).count("-") % 2 == 1 and m.group(4) not in ("", "+"):
        with decimal.localcontext(DIVISION):
            return Decimal(1) / (base ** exp)
    if exp > 4096:
        return None
    with decimal.localcontext(DIVISION):
        return base ** exp


def _money_capitals(m: "re.Match[str]") -> Optional[Decimal]:
    """An amount in capitals with 元/圆 and its 角 and 分."""
    v = _parse_compact(m.group("int"))
    if v is None:
        return None
    for key, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
        ch = m.group(key)
        if ch is not None:
            if ch not in DIGITS:
                return None
            v += DIGITS[ch] * scale
    return v


def _whole_numeral(s: str) -> Optional[Decimal]:
    """``s`` read as one numeral by :class:`NumeralReader` (digit by digit too: 一七二零)."""
    toks = tokenize(s, wide_commas=True)
    if not toks or toks[-1].end != len(s):
        return None
    numeral = NumeralReader(toks, allow_positional=True, vague_low_lead=0, vague_low_tail=0).read(0)
    if numeral is None or numeral.last != len(toks):
        # a second sign inside a fraction part (负３分之负一百五十七) is handled above
        return None
    return numeral.value


def _clean(d: Decimal) -> Decimal:
    """Positional form: no exponent, no trailing fractional zeros (Decimal('1E+7') -> 10000000).
    A whole number is quantized to exponent 0 (what normalising and then
    quantizing an exponent above 0 gives); any other number is normalised,
    which leaves it an exponent below 0 (no digits tuple is built to look)."""
    if d == 0:
        return Decimal(0)
    whole = d.quantize(_ONE_DEC, context=EXACT)
    return whole if whole == d else d.normalize(EXACT)
