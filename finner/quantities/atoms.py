"""The main pass's decisions: one numeral with what touches it becomes an atom."""
from __future__ import annotations

import decimal
from decimal import Decimal
from typing import NamedTuple, Optional, Sequence, Tuple

from finner import lexicon
from finner.charsets import DIGITS, LATIN, NOT_CHENG, NOT_ZHE, ORDINAL_PREFIXES, isdigit
from finner.numerals import EXACT, Numeral, NumeralReader, Token, _clean
from finner.quantities.compiled import PERCENT_SUFFIXES
from finner.quantities.values import _ONE, _ALL_DIGITS, _digit_pair, _units_only_after, _trailing_magnitude
from finner.quantities.context import _sign_before, _money_end, _sub_units
from finner.quantities.words import _match_ahead, _skip_spaces
from finner.quantities.state import ScanState


class _Atom(NamedTuple):
    """One amount (or a bare number) read from the normalised copy; immutable."""

    start: int                 # span in the normalised copy
    end: int
    kind: Optional[str]        # None: a bare number, kept only to join ranges (3至5亿元)
    value: Optional[Decimal]
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    low: Optional[Decimal] = None
    high: Optional[Decimal] = None
    scale: Decimal = Decimal(1)     # what the suffix multiplied (亿 -> 1e8, 成 -> 10): shared in ranges
    has_scale_word: bool = False    # the numeral holds 万/亿 or took a 成/k suffix
    mag: Decimal = Decimal(1)       # the big units the numeral ends with (亿 -> 1e8, 万亿 -> 1e12)


class _Reading:
    """One numeral being read by :meth:`AtomReader._atom`: each step fills in
    what it finds around the numeral."""

    __slots__ = ("num", "ns", "ne", "value", "low", "high", "qualifier", "sign", "start", "currency", "q",
                 "pre_qual", "qstart", "end", "kind", "unit", "scale", "has_scale", "latin_scale", "has_cheng")

    def __init__(self, num: Numeral):
        self.num = num
        self.ns, self.ne = num.start, num.end
        self.low, self.high = num.low, num.high
        self.qualifier = "several" if num.low is not None else ("over" if num.over else None)
        self.value: Optional[Decimal] = None if self.qualifier == "several" else num.value
        self.currency: Optional[lexicon.Currency] = None
        self.q: Optional[Tuple[str, int]] = None       # a qualifier before: (word, start)
        self.pre_qual: Optional[str] = None
        self.kind: Optional[str] = None
        self.unit: Optional[str] = None
        self.latin_scale: Optional[str] = None
        self.sign, self.start, self.qstart, self.end = 1, self.ns, self.ns, self.ne
        self.scale = Decimal(1)
        self.has_scale = num.has_big_unit
        self.has_cheng = False


class AtomReader(ScanState):
    """Mixin of :class:`finner.quantities.scanner._Scanner`: every decision the
    main pass makes about a numeral (value, unit, qualifier, exclusions)."""

    def _atom(self, toks: Sequence[Token], k: int, num: Numeral) -> Optional[_Atom]:
        """The amount (or bare number) that the numeral ``num`` of ``toks``
        starts, or None when it is no amount (a date, a code, an ordinal …)."""
        r = _Reading(num)
        self._digit_pair_range(r, toks, k)
        if not self._left_context(r):
            return None
        self._latin_scale(r)
        self._percent_after(r)
        if r.kind is None and not self._cheng_or_zhe(r, toks):
            return None
        if r.kind is None and not self._currency_after(r):
            return None
        if r.kind is None and not self._measure_after(r, toks):
            return None
        return self._finish(r, toks)

    def _digit_pair_range(self, r: _Reading, toks: Sequence[Token], k: int) -> None:
        """Neighbouring digits as a range: 八九亿, 三五百, 两三个."""
        num = r.num
        pair = _digit_pair(toks, k)
        if pair is None or num.last != k + 1:
            return
        num2 = NumeralReader(toks).read(k + 1)
        if num2 is not None and (num2.last == k + 2 or _units_only_after(toks, k + 1, num2.last)) and \
                num2.value % pair[1] == 0:       # 二三万佰 (30100) is no pair: 2/3 of it never ends
            d1, d2 = pair
            with decimal.localcontext(EXACT):
                r.low, r.high = num2.value / d2 * d1, num2.value
            r.value, r.qualifier, r.ne = None, "range", num2.end
            r.end = r.ne
            r.num = num2._replace(start=r.ns, first=k, has_digit=True, lone_digit=False)
            r.has_scale = r.num.has_big_unit

    def _left_context(self, r: _Reading) -> bool:
        """The sign, a currency word and a qualifier before the numeral; False
        for ordinals and codes (第三十九条, A202107…, 600036.SH)."""
        s = self.s
        lex = self.lex
        ns = r.ns
        sign, start = _sign_before(s, ns, self.lex)
        if start > 0 and s[start - 1] in ORDINAL_PREFIXES:
            return False
        currency: Optional[lexicon.Currency] = None
        hit = lex.pre_currency_behind.match(s, start)
        if hit is not None and not self._free(hit[1], start):
            hit = None                      # 10日元5…: 日元 already ends the amount before
        if hit is not None:
            currency = lex.pre_currency[hit[0]]
            start = hit[1]
            if start > 0 and LATIN.match(s[start - 1]) and LATIN.match(hit[0][0]):
                currency, start = None, ns if sign == 1 else ns - 1
        if currency is None and start > 0 and (LATIN.match(s[start - 1]) or s[start - 1] in "._/\\#@"):
            if r.num.start == ns and isdigit(s[ns]):
                return False
        if currency is None and start > 0 and isdigit(s[start - 1]):
            return False
        q = lex.qual_pre_behind.match(s, start)
        if q is not None:
            r.pre_qual, r.qstart = lex.qual_pre[q[0]], q[1]
        r.sign, r.start, r.currency, r.q = sign, start, currency, q
        return True

    def _latin_scale(self, r: _Reading) -> None:
        """Latin scale words: US$3 million, 2 bn, 15k (not 3M, which is a company)."""
        s = self.s
        lex = self.lex
        end = r.end
        sw = lex.scale_re.match(s, end) if end < len(s) and s[end] in lex.scale_first and isdigit(s[r.ne - 1]) else None
        if sw is None:
            return
        factor, latin_scale = lex.scale_words[sw.group(1)]
        if latin_scale != "currency" or r.currency is not None:
            r.scale *= factor
            r.end = sw.end()
            r.has_scale = True
            r.latin_scale = latin_scale

    def _percent_after(self, r: _Reading) -> None:
        """A percent word after the numeral: %, 个百分点, 基点; 1个多百分点 is over 1 pp."""
        s = self.s
        lex = self.lex
        end = r.end
        pct = _match_ahead(s, end, lex.pct_words)
        if pct is None and s.startswith("个多", end) and r.qualifier is None:
            pct = lex.pct_words.match(s, end + 2)
            if pct is not None and PERCENT_SUFFIXES[pct[0]][0] in ("pp", "bp") and pct[0][0] != "个":
                r.qualifier = "over"
            else:
                pct = None
        if pct is not None:
            r.kind = "percent"
            r.unit, mult = PERCENT_SUFFIXES[pct[0]]
            r.scale *= mult
            r.end = pct[2]

    def _cheng_or_zhe(self, r: _Reading, toks: Sequence[Token]) -> bool:
        """成 (三成, 三成半, 七成六) and 折 (八折, 半折, 75折) after the numeral;
        False when 折 follows a numeral that is no discount."""
        s = self.s
        value = r.value
        j = _skip_spaces(s, r.end)
        c = s[j] if j < len(s) else ""
        r.has_cheng = c == "成"
        if c == "成" and not (j + 1 < len(s) and s[j + 1] in NOT_CHENG) and value is not None or \
                (c == "成" and r.qualifier == "range"):
            if value is None or value <= 10:
                r.kind, r.unit = "percent", "%"
                r.scale *= 10
                r.end = j + 1
                r.has_scale = True
                j2 = _skip_spaces(s, r.end)
                if value is not None and j2 < len(s) and s[j2] == "半":
                    r.value = value + Decimal("0.5")
                    r.end = j2 + 1
                elif value is not None and j2 < len(s) and s[j2] in DIGITS and DIGITS[s[j2]] > 0 and \
                        not (j2 + 1 < len(s) and (s[j2 + 1] in "十百千万亿成" or s[j2 + 1] in DIGITS)):
                    r.value = value + Decimal(DIGITS[s[j2]]) / 10
                    r.end = j2 + 1
        elif c == "折" and value is not None and not (j + 1 < len(s) and s[j + 1] in NOT_ZHE
                                                      and s[j + 1:j + 3] != "价格"):   # 八折价格
            whole = "".join(t.text for t in toks[r.num.first:r.num.last] if t.kind != "S")
            if whole == "半":
                r.kind, r.unit, r.value, r.end = "percent", "%", Decimal(50), j + 1   # 半折: half price
            elif 0 < value < 10:
                r.kind, r.unit, r.scale, r.end = "percent", "%", Decimal(10), j + 1
            elif 10 <= value < 100 and _ALL_DIGITS.fullmatch(whole) and len(whole) == 2:
                r.kind, r.unit, r.end = "percent", "%", j + 1
            else:
                return False
        return True

    def _currency_after(self, r: _Reading) -> bool:
        """A currency word after the numeral (or before it: 人民币100), with a
        second currency word, sub-units and 块's 角 digit; False for 一块蛋糕,
        a duration after a currency word, or a sign before Chinese digits."""
        s = self.s
        lex = self.lex
        cur = _match_ahead(s, r.end, lex.post_currency_words)
        if cur is None and r.end < len(s) and s[r.end] in "个枚":
            cur = lex.post_currency_words.match(s, r.end + 1)    # 20个比特币: money, not a count of 个
            if cur is not None and (lex.post_currency[cur[0]].generic or lex.post_currency[cur[0]].scale != 1):
                cur = None
        if cur is not None:
            if not self._money_word_after(r, cur):
                return False
        elif r.currency is not None:
            mw = _match_ahead(s, r.end, lex.measure_words)
            if mw is not None and lex.measures[mw[0]] != "count":
                return False                    # 人民币 … 3年: a duration after a currency word
            r.kind = "money"
            if not isdigit(s[r.ns]) and r.currency.symbol:
                return False                    # a sign stands before Arabic digits only
        if r.kind == "money" and r.currency is not None:
            r.unit = r.currency.code
            if r.currency.scale != 1:
                r.scale *= r.currency.scale
        return True

    def _money_word_after(self, r: _Reading, cur: Tuple[str, int, int]) -> bool:
        """The currency word ``cur`` after the numeral makes it money."""
        s = self.s
        lex = self.lex
        c2 = lex.post_currency[cur[0]]
        r.kind = "money"
        r.end = cur[2]
        post_generic = False
        if c2.generic and r.currency is not None:
            pass                                # 港币2960元: the named currency wins
        elif c2.generic:
            r.currency, post_generic = c2, True
        else:
            if r.currency is not None and not r.currency.generic and r.currency.code != c2.code:
                r.start = r.ns if r.sign == 1 else r.ns - 1      # 人民币100美元: the suffix wins
                if r.q is not None:
                    r.q = lex.qual_pre_behind.match(s, r.start)
                    r.pre_qual = lex.qual_pre[r.q[0]] if r.q else None
                    r.qstart = r.q[1] if r.q else r.start
            r.currency = c2
        if cur[0] == "块" and r.num.lone_digit and r.value == 1 and not _money_end(s, r.end):
            return False                        # 一块蛋糕
        # a second currency word: 5000万元人民币, 9000元日币
        if post_generic or c2.generic:
            nxt = _match_ahead(s, r.end, lex.post_currency_words, spaces=False)
            if nxt is not None and not lex.post_currency[nxt[0]].generic:
                r.currency = lex.post_currency[nxt[0]]
                r.end = nxt[2]
        # sub-units: 五元三毛, 50元6角三分, 两美元又三美分, 壹拾壹元整
        r.value, r.end = _sub_units(s, r.end, r.value, r.currency, lex)
        if cur[0] in ("块", "块钱") and r.value is not None:
            j2 = r.end
            if j2 < len(s) and s[j2] in DIGITS and DIGITS[s[j2]] > 0 and \
                    not (j2 + 1 < len(s) and (s[j2 + 1] in DIGITS or s[j2 + 1] in "十百千万亿角毛分")) and \
                    lex.post_currency_words.match(s, j2 + 1) is None and \
                    lex.pct_words.match(s, j2 + 1) is None:              # 3块四块, 3块钱壹%: two amounts
                r.value += Decimal(DIGITS[s[j2]]) / 10      # 三块五
                r.end = j2 + 1
        if r.end < len(s) and s[r.end] in "整正" and r.currency is not None:
            r.end += 1
        return True

    def _measure_after(self, r: _Reading, toks: Sequence[Token]) -> bool:
        """A measure word after the numeral (600人, 3家); a magnitude alone (46万);
        False for dates and durations (2025年, 3个月), 一家 and 零部件."""
        s = self.s
        lex = self.lex
        num = r.num
        mw = _match_ahead(s, r.end, lex.measure_words)
        if mw is not None:
            if lex.measures[mw[0]] != "count":
                return False                    # 2025年, 3个月, 近5年, 2号线
            after = mw[2] + 1 if mw[2] < len(s) and s[mw[2]] in "多余半" else mw[2]
            nxt_mw = _match_ahead(s, after, lex.measure_words)
            if mw[0] == "个" and nxt_mw is not None and lex.measures[nxt_mw[0]] != "count":
                return False                    # 3个 交易日, 3个多月, 两个半月: durations
            if num.lone_digit and s[r.ns] in "一壹" and r.value == 1:
                return False                    # 一家银行: an article, not a count
            if num.lone_digit and r.value == 0:
                return False                    # 零部件, 〇号
            r.kind, r.unit, r.end = "quantity", mw[0], mw[2]
        elif num.has_big_unit and (num.has_digit or toks[num.first].text in "十拾") or r.latin_scale == "any" or \
                r.latin_scale == "unit" and (r.pre_qual is not None or _match_ahead(s, r.end, lex.qual_post_words)):
            r.kind = "quantity"                 # 46万, 超7000万: a magnitude alone
        return True

    def _finish(self, r: _Reading, toks: Sequence[Token]) -> Optional[_Atom]:
        """The qualifier after the amount (以上, 左右, 多), the last exclusions
        (codes: 5G, 600036.SH), and the atom with its value scaled and signed."""
        s = self.s
        lex = self.lex
        num = r.num
        post_q = _match_ahead(s, r.end, lex.qual_post_words)
        post_qual = None
        if post_q is not None and r.kind is not None:
            w = post_q[0]
            if lex.post_qualifier_ok(w, s, post_q[2], r.kind, r.value is not None, r.has_cheng, r.qualifier == "over"):
                post_qual = lex.qual_post[w]
                r.end = post_q[2]
        end = r.end
        if r.kind is None or r.kind == "quantity" and r.unit is None:
            if end < len(s) and (LATIN.match(s[end]) or (s[end] == "." and end + 1 < len(s)
                                                         and LATIN.match(s[end + 1]))):
                return None
        if r.kind is None:
            # a bare number: kept for 3至5亿元, never reported
            if num.lone_digit and s[r.ns] in "一壹":
                return None
            value = -r.value if r.sign != 1 and r.value is not None else r.value   # -3至-5亿元
            return _Atom(r.start, r.ne, None, value, None, None, r.low, r.high, _ONE,
                         num.has_big_unit, _trailing_magnitude(toks, num))
        qualifier, start = r.qualifier, r.start
        if r.pre_qual is not None and qualifier not in ("range", "several"):
            qualifier, start = r.pre_qual, r.qstart
        elif post_qual is not None and qualifier not in ("range", "several"):
            qualifier = post_qual if qualifier is None or post_qual != "over" else qualifier
        elif r.pre_qual is not None and qualifier == "several":
            start = r.qstart
        value, low, high, scale, sign = r.value, r.low, r.high, r.scale, r.sign
        with decimal.localcontext(EXACT):
            if value is not None:
                value = _clean(value * scale * sign)
            if low is not None:
                assert high is not None                 # a numeral has both ends or neither
                low, high = _clean(low * scale * sign), _clean(high * scale * sign)
                if low > high:
                    low, high = high, low        # 负八九十亿元: low is never above high
        if r.kind == "money" and value is None and qualifier not in ("range", "several"):
            return None
        return _Atom(start, end, r.kind, value, r.unit, qualifier, low, high, scale,
                     r.has_scale, _trailing_magnitude(toks, num))
