"""The pre-pass: fractions, discounts, halves and bare magnitudes, read before the other passes."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator, List, Optional, Tuple

from finner.charsets import DIGITS, LATIN, NOT_ZHE, NUMERAL_CHARS, SPACES, isdigit
from finner.numerals import DIVISION, Numeral, NumeralReader, Token, _clean, tokenize
from finner.quantities.atoms import _Atom
from finner.quantities.values import (_ONE, _POWERS_OF_TEN, _denominator, _plain_numeral, _digit_pair, _units_only_after)
from finner.quantities.context import _counted_sub_unit
from finner.quantities.words import _match_ahead, _skip_spaces
from finner.quantities.state import ScanState


def _anchored(pattern: "re.Pattern[str]", s: str, anchor: str, reach: int) -> Iterator["re.Match[str]"]:
    """The matches of ``pattern.finditer(s)``, found by trying the pattern only
    at the positions up to ``reach`` characters before each ``anchor``, a
    character that every match holds within its first ``reach + 1`` (半 in 一半,
    折 in 七 五折): the engine does not start at every numeral of a long text."""
    last = 0
    p = s.find(anchor)
    while p >= 0:
        for x in range(max(last, p - reach), p + 1):
            m = pattern.match(s, x)
            if m is not None:
                yield m
                last = m.end()
                break
        p = s.find(anchor, max(p + 1, last))


def _holds_any(s: str, chars: str) -> bool:
    """Whether ``s`` holds one of ``chars``: a look for each character costs
    less than a regex pass over ``s`` when the characters are few and rare."""
    for c in chars:
        if c in s:
            return True
    return False


class PrePass(ScanState):
    """Mixin of :class:`finner.quantities.scanner._Scanner`."""

    # -- pre-pass: fractions and two-digit discounts -------------------------
    _FRACTION = re.compile(r"分\s{0,2}之")
    _DEN_CHARS = frozenset("0123456789.零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟 \u3000")
    _ZHE_PAIR = re.compile(r"([1-9一二三四五六七八九两])\s?([0-9一二三四五六七八九])\s?折")
    _NOT_BEFORE_ZHE = frozenset("0123456789零〇一二两三四五六七八九十百千万亿点.")
    _DUIZHE = re.compile(r"打(对折)")

    def prepass(self) -> None:
        s = self.s
        if "分" in s:                        # (a look for one character costs less than a regex pass)
            for m in self._FRACTION.finditer(s):
                self._fraction(m)
        # idioms after fractions: 十分之一 is a fraction, 十分重要 an idiom
        if self.lex.idiom_re is not None:
            for m in self.lex.idiom_re.finditer(s):
                self._take(m.start(), m.end())
        for m in self.lex.bare_magnitude_re.finditer(s):
            self._bare_magnitude(m.start())
        if _holds_any(s, self._FORMAL_DIGITS):
            for m in self._FORMAL_SUB.finditer(s):
                self._formal_sub_unit(m.start())
        if "半" in s:
            for m in _anchored(self._HALF, s, "半", 1):
                self._half(m)
        if "折" not in s:
            return
        for m in _anchored(self._ZHE_PAIR, s, "折", 4):
            if not self._free(m.start(), m.end()) or (m.end() < len(s) and s[m.end()] in NOT_ZHE and
                                                      s[m.end():m.end() + 2] != "价格") or \
                    (m.start() > 0 and s[m.start() - 1] in self._NOT_BEFORE_ZHE):
                continue
            d1, d2 = (int(g) if isdigit(g) else DIGITS[g] for g in m.groups())
            v = Decimal(d1 * 10 + d2)
            self._add(_Atom(m.start(), m.end(), "percent", v, "%"))
        for m in self._DUIZHE.finditer(s):
            a, b = m.span(1)
            if self._free(a, b):
                self._add(_Atom(a, b, "percent", Decimal(50), "%"))

    # halves: 一半, 半数, and 半 alone after a qualifier (过半, 近半, 过半的受访者; not 近半年)
    # (the pattern consumes 一 or 半 first, so that the regex engine skips other positions in C)
    _HALF = re.compile("[一半](?<![0-9" + NUMERAL_CHARS + "另].)(?:(?<=一)半|(?<=半)数|(?<=半)(?:(?![\u3400-\u9fff])|(?=的)))"
                       "(?![0-9" + NUMERAL_CHARS + "])")

    def _qualifier_behind(self, i: int, bare: bool) -> Optional[Tuple[str, int]]:
        """The qualifier word ending at ``i`` as ``(qualifier, start)``; ``bare``
        words (上, 过) count too."""
        lex = self.lex
        q = lex.qual_pre_behind.match(self.s, i)
        qb = lex.qual_bare_behind.match(self.s, i) if bare else None
        if qb is not None and (q is None or qb[1] < q[1]):
            return lex.qual_bare[qb[0]], qb[1]
        return None if q is None else (lex.qual_pre[q[0]], q[1])

    def _bare_magnitude(self, i: int) -> None:
        s = self.s
        if self.taken[i]:
            return
        q = self._qualifier_behind(i, True)
        if q is None and not self._magnitude_over(i) or \
                q is not None and s[i] in "百千佰仟" and self.lex.qual_bare_behind.match(s, i) is None:
            return                           # 超百亿 is read by the ordinary passes; 上千 is not
        toks = [Token("D", _ONE, i, i, 1, "")] + tokenize(s, i)    # an implied 一 before the magnitude
        num = NumeralReader(toks).read(0)
        if num is None:
            return
        atom = self._atom(toks, 0, num)
        if atom is not None and atom.kind is not None and self._free(atom.start, atom.end):
            if q is not None and atom.start == i and atom.qualifier is None:
                atom = atom._replace(start=q[1], qualifier=q[0])     # 上千家: at least a thousand
            if atom.start < i or q is None and atom.unit is not None:
                self._add(atom)              # 万余人, not 万余 alone (万余庆, a name)

    # a financial capital digit before a sub-unit: 伍角, 捌角伍分 (no 元 before it), after no
    # Chinese character but a few verbs of amounts (金额为伍角, 计伍角): not 队伍|角落
    _FORMAL_DIGITS = "壹贰叁肆伍陆柒捌玖"
    _FORMAL_SUB = re.compile("[" + _FORMAL_DIGITS + "](?=[角分毛])(?:(?<![\u3400-\u9fff].)|(?<=[为计共付收合].))")

    def _formal_sub_unit(self, i: int) -> None:
        """伍角, 捌角伍分, 伍分整: money in a sub-unit of the yuan, written in the
        capitals that only amounts of money use; not after a numeral, a currency
        word or a sub-unit (壹元伍角, 人民币伍角: the ordinary passes read those),
        nor before a longer measure word (伍分钟)."""
        s = self.s
        lex = self.lex
        if self.taken[i] or i and (s[i - 1] in NUMERAL_CHARS or isdigit(s[i - 1]) or s[i - 1] in lex.post_last or
                                   s[i - 1] in lex.sub_last or lex.pre_currency_behind.match(s, i) is not None):
            return
        found = _counted_sub_unit(s, i + 1, Decimal(DIGITS[s[i]]), "CNY", lex, spaces=False)
        if found is None:
            return
        value, end, _ = found
        if self._free(i, end):
            self._add(_Atom(i, end, "money", value, "CNY"))

    def _magnitude_over(self, i: int) -> bool:
        """万 or 亿 with no numeral before it and 余 after it (万余人, 亿余元: over
        ten thousand, over a hundred million; 千余人 and 百余家 are numerals)."""
        s = self.s
        return s[i] in "万亿" and s.startswith("余", i + 1) and \
            not (i and (s[i - 1] in NUMERAL_CHARS or isdigit(s[i - 1]) or s[i - 1] == "."))

    def _half(self, m: "re.Match[str]") -> None:
        s = self.s
        start, end = m.span()
        q = self._qualifier_behind(start, True)
        if m.group() == "半" and q is None:
            return                           # 半 alone is half of something only after 过, 近, 超
        qual = None
        if q is not None:
            qual, start = q
        post = _match_ahead(s, end, self.lex.qual_post_words)
        if post is not None and self.lex.post_qualifier_ok(post[0], s, post[2], "percent", True, False, False):
            qual = qual or self.lex.qual_post[post[0]]
            end = post[2]
        if self._free(start, end):
            self._add(_Atom(start, end, "percent", Decimal(50), "%", qual))

    def _fraction(self, m: "re.Match[str]") -> None:
        """X分之Y as a percentage: 三分之一, 百分之五, 千分之二, 百分之二三十."""
        found = self._fraction_denominator(m.start())
        if found is None:
            return
        b, den = found
        numerator = self._fraction_numerator(m.end())
        if numerator is None:
            return
        numer, num, toks, end, sign = numerator
        if den not in _POWERS_OF_TEN and (numer != numer.to_integral_value() or num.positional):
            return    # 五百分之2.2 is not how Chinese writes a share
        qual = None
        low: Optional[Decimal] = None
        high: Optional[Decimal] = None
        # 百分之二三十: a range written with two neighbouring digits
        pair = _digit_pair(toks, 0)
        if pair is not None:
            num2 = NumeralReader(toks).read(1)
            if num2 is not None and _units_only_after(toks, 1, num2.last):
                d1, d2 = pair
                low, high = num2.value / d2 * d1, num2.value
                end, qual = num2.end, "range"
        if num.low is not None:
            qual, low, high = "several", num.low, num.high
        # one division, so 三分之二 is 200/3 rounded once, not 2 x (100/3 rounded); in DIVISION's
        # precision, without switching contexts
        mul, div = DIVISION.multiply, DIVISION.divide
        value = None if qual is not None else _clean(div(mul(numer, 100), den))
        if qual is not None:
            assert low is not None and high is not None     # set with the qualifier above
            low, high = _clean(div(mul(low, 100), den)), _clean(div(mul(high, 100), den))
        start = b
        if b > 0 and self.s[b - 1] == "负" and sign == 1:
            start = b - 1                    # 负百分之五
            value = -value if value is not None else None
            if low is not None:
                assert high is not None
                low, high = -high, -low
        if qual is None:
            qual, start, end = self._fraction_qualifiers(b, start, end)
        if self._free(start, end):
            self._add(_Atom(start, end, "percent", value, "%", qual, low, high, has_scale_word=True))

    def _fraction_denominator(self, a: int) -> Optional[Tuple[int, Decimal]]:
        """The denominator written before 分之 at ``a``, as ``(start, value)``."""
        s = self.s
        b = a
        while b > 0 and s[b - 1] in self._DEN_CHARS and a - b < 24:
            b -= 1
        while b < a and s[b] in SPACES:
            b += 1
        den_text = "".join(c for c in s[b:a] if c not in SPACES)
        if not den_text:
            return None
        den = _denominator(den_text)
        if den is None or den <= 0:
            return None
        return b, den

    def _fraction_numerator(self, j: int) -> Optional[Tuple[Decimal, Numeral, List[Token], int, int]]:
        """The numeral right after 分之 (a sign is allowed: 负一), as (signed value,
        numeral, its tokens, end, sign)."""
        s = self.s
        while j < len(s) and s[j] in SPACES:
            j += 1
        sign = 1
        if j < len(s) and s[j] in ("负", "-"):
            sign, j = -1, j + 1
        toks = tokenize(s, j, min(len(s), j + 64))
        if not toks or toks[0].kind == "S":
            return None
        num = _plain_numeral(s, toks) or NumeralReader(toks).read(0)
        if num is None:
            return None
        numer = num.value * sign
        end = num.end
        k = _skip_spaces(s, end)
        if k < len(s) and s[k] in "kK" and isdigit(s[num.start]) and not (k + 1 < len(s) and LATIN.match(s[k + 1])):
            numer, end = numer * 1000, k + 1       # 百分之15K (Recognizers-Text writes these)
        return numer, num, toks, end, sign

    def _fraction_qualifiers(self, b: int, start: int, end: int) -> Tuple[Optional[str], int, int]:
        """约四分之一, 超过三分之一, 三分之一以上, 百分之三左右: (qualifier, start, end)."""
        s = self.s
        lex = self.lex
        qual = None
        q = lex.qual_pre_behind.match(s, b)
        if q is not None:
            qual, start = lex.qual_pre[q[0]], q[1]
        post = _match_ahead(s, end, lex.qual_post_words)
        if post is not None and lex.post_qualifier_ok(post[0], s, post[2], "percent", True, False, False):
            if qual is None:
                qual = lex.qual_post[post[0]]
            end = post[2]
        return qual, start, end
