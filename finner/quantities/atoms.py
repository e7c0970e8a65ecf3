"""The main pass's decisions: one numeral with what touches it becomes an atom."""
from __future__ import annotations

import decimal
import string
from decimal import Decimal
from typing import Any, Dict, NamedTuple, Optional, Sequence, Tuple

from finner import lexicon
from finner.charsets import DIGITS, LATIN, NOT_CHENG, NOT_ZHE, ORDINAL_PREFIXES, SIGNS, SPACES, isdigit
from finner.numerals import EXACT, Numeral, NumeralReader, Token, _clean
from finner.quantities.compiled import MONEY_TAIL_FIRST, PERCENT_SUFFIXES
from finner.quantities.values import _ONE, _ALL_DIGITS, _digit_pair, _units_only_after, _trailing_magnitude
from finner.quantities.context import _counted_sub_unit, _sign_before, _money_end, _sub_units
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


# the numerals and separators of a list of ordinals (第1、2名)
_LIST_CHARS = frozenset("、" + "".join(DIGITS) + "十百千万亿拾佰仟" + SPACES)
# what stands before a numeral (AtomReader._left): sign, start, currency, currency word, qualifier word
_Left = Tuple[int, int, Optional[lexicon.Currency], Optional[Tuple[str, int]], Optional[Tuple[str, int]]]


class _Reading:
    """One numeral being read: each decision step of :class:`AtomReader` fills
    in what it finds around it.  Both routes make one: the main pass from a
    :class:`~finner.numerals.Numeral` and its tokens (:meth:`of_numeral`), the
    fast pass from a numeral it read without tokens (the constructor)."""

    __slots__ = ("ns", "ne", "value", "low", "high", "has_big", "has_digit", "lone", "clean", "num", "toks", "mag",
                 "start", "end", "qstart", "qualifier", "currency", "pre_word", "q", "pre_qual", "kind", "unit",
                 "latin_scale", "sign", "scale", "has_scale", "has_cheng", "word")

    def __init__(self, start: int, end: int, value: Optional[Decimal], over: bool, has_big: bool,
                 mag: Optional[Decimal], clean: bool = True):
        """A numeral over ``start:end`` with one exact value (in positional form
        when ``clean``) and ``mag``, its trailing magnitude (None: see :meth:`magnitude`)."""
        # the numeral
        self.ns = self.start = self.qstart = start      # its span, and the span of the amount so far
        self.ne = self.end = end
        self.value = value
        self.low: Optional[Decimal] = None
        self.high: Optional[Decimal] = None
        self.has_big = self.has_scale = has_big          # it holds 万/亿/兆; the amount holds a scale word
        self.has_digit = True                            # it holds a digit, not only units
        self.lone = False                                # it is one Chinese digit (一, 两)
        self.clean = clean                               # value is in the positional form _clean gives
        self.num: Optional[Numeral] = None               # the main pass's numeral and its tokens
        self.toks: Optional[Sequence[Token]] = None
        self.mag = mag
        # the unit word right after the numeral, (word, start, end), when the finder found it
        self.word: Optional[Tuple[str, int, int]] = None
        # what the steps find
        self.qualifier: Optional[str] = "over" if over else None
        self.currency: Optional[lexicon.Currency] = None
        self.pre_word: Optional[Tuple[str, int]] = None  # a currency word before the numeral, (word, start),
        #                                                  whether or not the amount takes it
        self.q: Optional[Tuple[str, int]] = None         # a qualifier word before: (word, start)
        self.pre_qual: Optional[str] = None
        self.kind: Optional[str] = None
        self.unit: Optional[str] = None
        self.latin_scale: Optional[str] = None
        self.sign = 1
        self.scale = _ONE
        self.has_cheng = False

    @classmethod
    def of_numeral(cls, num: Numeral, toks: Sequence[Token]) -> "_Reading":
        r = cls(num.start, num.end, None, num.over, num.has_big_unit, None, clean=False)
        r.num, r.toks = num, toks
        if num.low is not None:
            r.low, r.high = num.low, num.high
            r.qualifier = "several"
        else:
            r.value = num.value
        r.has_digit, r.lone = num.has_digit, num.lone_digit
        return r

    def whole(self, s: str) -> str:
        """The numeral's characters, spaces left out."""
        if self.num is None or self.toks is None:
            return s[self.ns:self.ne]
        return "".join(t.text for t in self.toks[self.num.first:self.num.last] if t.kind != "S")

    def magnitude(self) -> Decimal:
        """The magnitude the first end of an elliptical range borrows (八到九百亿元)."""
        if self.mag is not None:
            return self.mag
        assert self.toks is not None and self.num is not None     # a reading has its tokens or its magnitude
        return _trailing_magnitude(self.toks, self.num)


class AtomReader(ScanState):
    """Mixin of :class:`finner.quantities.scanner._Scanner`: every decision
    about a numeral (value, unit, qualifier, exclusions), in one place.  The
    main pass (:meth:`_atom`) and the fast pass
    (:class:`~finner.quantities.fast.FastPass`) both decide with :meth:`_decide`;
    they differ only in how they find and read the numeral.

    Each step first looks at the one character that could start what it looks
    for (``lex.left_chars`` before the numeral, a word table's ``gate`` after
    it), so that an amount between ordinary characters costs few lookups."""

    def _atom(self, toks: Sequence[Token], k: int, num: Numeral) -> Optional[_Atom]:
        """The amount (or bare number) that the numeral ``num`` of ``toks``
        starts, or None when it is no amount (a date, a code, an ordinal …)."""
        r = _Reading.of_numeral(num, toks)
        self._digit_pair_range(r, toks, k)
        return self._decide(r)

    def _decide(self, r: _Reading) -> Optional[_Atom]:
        """The amount (or bare number) of the reading ``r``, or None.  The unit
        word ``r.word`` that a finder found (the fast pass's regex) is used
        where ``lex.unit_hints`` says that the lookups would find it too.  A
        step runs only where the character it starts from can start what it reads."""
        s = self.s
        lex = self.lex
        if r.ns and s[r.ns - 1] in lex.left_chars and not self._left_context(r):
            return None
        c = s[r.end] if r.end < len(s) else ""
        if c in lex.scale_first:
            self._latin_scale(r)
            c = s[r.end] if r.end < len(s) else ""
        hint = None
        word = r.word
        if word is not None and word[1] == r.end and r.currency is None:
            hint = lex.unit_hints.get(word[0])
            if hint is not None and word[2] < len(s) and s[word[2]] in hint[1]:
                hint = None                 # a longer word may start here (人民币 after 人)
        if hint is None or word is None:
            ok = self._unit_after(r, c)
        elif hint[0] == "money":            # the step that would have found the word reads it
            ok = self._money_word_after(r, word)
        elif hint[0] == "percent":
            ok = self._percent_word(r, word)
        else:
            ok = self._count_word(r, word)
        return self._finish(r) if ok else None

    def _plain_atom(self, ns: int, ne: int, value: Decimal, over: bool, has_big: bool, mag: Decimal, lone: bool,
                    w: str, us: int, ue: int) -> Optional[_Atom]:
        """What :meth:`_decide` gives for the numeral over ``ns:ne`` (its value
        in positional form, its over mark, whether it holds 万/亿, its trailing
        magnitude, whether it is one lone digit) with the unit word ``w`` over
        ``us:ue`` after it, when it stands in a plain context: not a lone 一 or
        零 (一块, 一家, 零部件), nothing before it but a qualifier and either a
        currency word or a minus sign (:meth:`_plain_left`), a word of
        ``lex.plain_stops`` right after it and after that none of its stop
        characters (what a step reads there) but a post qualifier
        (:meth:`_plain_post`).  There the decision depends on nothing but the
        word, the over mark, whether the numeral holds 万/亿, the qualifiers
        before and after, the currency word before, the sign and, after 成,
        whether the value is at most 10: it is made once by :meth:`_decide` and
        remembered (``lex.plain``); the value is scaled and signed as
        :meth:`_finish` does it.  None where the context is not plain, or
        where a currency word before may belong to what stands before it (the
        fast pass leaves those to the main pass:
        :meth:`FastPass._shared_currency_word`)."""
        if lone and value <= 1:
            return None                         # 一块, 一家, 零部件: a lone 一 or 零 depends on more
        lex = self.lex
        stops = lex.plain_stops.get(w)
        if stops is None or us != ne:
            return None
        s = self.s
        post = None
        end = ue
        if ue < len(s) and s[ue] in stops:
            if s[ue] not in lex.plain_quals[w]:
                return None
            found = self._plain_post(ue)
            if found is None:
                return None
            post, end = found
        pre_qual = cur_word = None
        qstart = cstart = ns
        sign = 1
        if ns and s[ns - 1] in lex.left_chars:
            if s[ns - 1] in lex.qual_only:      # 超, 约: what _left gives there, read directly
                q = lex.qual_pre_behind.match(s, ns)
                if q is not None:
                    pre_qual, qstart = lex.qual_pre[q[0]], q[1]
            else:
                left = self._plain_left(ns)
                if left is None:
                    return None
                pre_qual, qstart, cur_word, cstart, sign = left
        # 成 makes tenths only of a value up to 10 (AtomReader._cheng_or_zhe)
        key = (w, over, has_big, pre_qual, post, cur_word, w == "成" and value <= 10, sign)
        outcome = lex.plain.get(key)
        if outcome is None:
            return self._remember_plain(ns, ne, value, over, has_big, mag, (w, us, ue), key, (ns, qstart, cstart), end)
        if outcome is False:
            return None
        kind, unit, qualifier, scale, has_scale, at, at_post = outcome
        if scale is not _ONE or sign != 1:      # as _scaled does it
            value = _clean(EXACT.multiply(EXACT.multiply(value, scale), sign))
        return tuple.__new__(_Atom, ((ns, qstart, cstart)[at], end if at_post else ue, kind, value, unit,
                                     qualifier, None, None, scale, has_scale, mag))

    def _plain_left(self, ns: int) -> Optional[Tuple[Optional[str], int, Optional[str], int, int]]:
        """What stands before the numeral at ``ns`` in a plain context, as
        ``(qualifier, its start, currency word, where the currency word or the
        minus sign starts, sign)``; None where it is no plain context: an
        ordinal or a code, a plus sign, a sign after a currency word, a
        currency word that may belong to what stands before it
        (:meth:`_plain_atom`).  A minus sign changes nothing but the start and
        the sign of the amount where no currency word stands before it (the
        steps after :meth:`_left` read the sign only with a currency word)."""
        s = self.s
        left = self._left(ns)
        if left is None:
            return None                         # an ordinal or a code
        sign = left[0]
        cur_word, cstart = None, ns
        if left[3] is not None:                 # a currency word before (人民币100亿元)
            if left[2] is None or s[ns - 1] in SIGNS or self._shared_currency_word(*left[3]):
                return None
            cur_word, cstart = left[3]
        elif left[1] != ns:
            if sign == 1:
                return None                     # a plus sign
            cstart = left[1]                    # a minus sign: -3.33亿元, 负5%
        q = left[4]
        if q is None:
            return None, ns, cur_word, cstart, sign
        return self.lex.qual_pre[q[0]], q[1], cur_word, cstart, sign

    def _plain_post(self, i: int) -> Optional[Tuple[Optional[Tuple[str, bool]], int]]:
        """What the steps read at ``i``, right after a unit word, where a
        character of ``lex.plain_quals`` stands: ``((the post qualifier word,
        whether the character after it is one the word may not stand before
        (上下游)), its end)``, or ``(None, i)`` where no qualifier word starts
        there; None where a currency word does (以太币)."""
        s = self.s
        lex = self.lex
        if s[i] in lex.post_currency_words.gate and lex.post_currency_words.match(s, i) is not None:
            return None
        pq = lex.qual_post_words.match(s, i)
        if pq is None:
            return None, i
        w, _, end = pq
        limit = lex.qual_post_limits.get(w)
        return (w, limit is not None and end < len(s) and s[end] in limit[0]), end

    def _remember_plain(self, ns: int, ne: int, value: Decimal, over: bool, has_big: bool, mag: Decimal,
                        word: Tuple[str, int, int], key: Tuple[Any, ...], starts: Tuple[int, int, int],
                        end: int) -> Optional[_Atom]:
        """Decide a numeral in a plain context and remember the decision under
        ``key`` (:meth:`_plain_atom`), with where the amount starts: at the
        numeral, the qualifier or the currency word or minus sign before it
        (``starts``; a currency word or a sign before the numeral must belong
        to the amount); a sub-unit alone is not remembered (the fast pass looks
        at what stands before it)."""
        r = _Reading(ns, ne, value, over, has_big, mag)
        r.word = word
        atom = self._decide(r)
        plain = atom is not None and atom.kind is not None and atom.end in (word[2], end) and \
            atom.start in starts and not (r.currency is not None and r.currency.position == "sub") and \
            not ((key[5] is not None or key[7] != 1) and atom.start == ns)
        self.lex.plain[key] = (atom.kind, atom.unit, atom.qualifier, atom.scale, atom.has_scale_word,
                               starts.index(atom.start), atom.end != word[2]) if plain and atom else False
        return atom if plain else None

    def _unit_after(self, r: _Reading, c: str) -> bool:
        """What follows the numeral (``c`` is its first character), looked up in
        order: a percent word, 成 or 折, a currency word, a measure word."""
        lex = self.lex
        if c in lex.pct_words.gate:
            self._percent_after(r)
        if r.kind is not None:
            return True
        if c in _CHENG_GATE and not self._cheng_or_zhe(r):
            return False
        if r.kind is None and (r.currency is not None or c in lex.post_currency_words.gate or c in "个枚") and \
                not self._currency_after(r):
            return False
        return r.kind is not None or self._measure_after(r)

    def _digit_pair_range(self, r: _Reading, toks: Sequence[Token], k: int) -> None:
        """Neighbouring digits as a range: 八九亿, 三五百, 两三个."""
        num = r.num
        assert num is not None
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
            r.has_scale = r.has_big = num2.has_big_unit
            r.has_digit, r.lone = True, False

    def _left_context(self, r: _Reading) -> bool:
        """The sign, a currency word and a qualifier before the numeral
        (:meth:`_left`); False for ordinals and codes."""
        left = self._left(r.ns)
        if left is None:
            return False
        r.sign, r.start, r.currency, r.pre_word, q = left
        if q is not None:
            r.pre_qual, r.qstart, r.q = self.lex.qual_pre[q[0]], q[1], q
        return True

    def _ordinal_list(self, k: int) -> bool:
        """The 、 at ``k`` follows a list of numerals that 第 begins (第1、2名,
        第三、四季度): the numeral after it is an ordinal too.  The look back
        stops after 24 characters (linear time on long lists)."""
        s = self.s
        j = k
        while j > 0 and k - j < 24 and (s[j - 1] in _LIST_CHARS or isdigit(s[j - 1])):
            j -= 1
        return j > 0 and s[j - 1] in ORDINAL_PREFIXES and j < k

    def _left(self, ns: int) -> Optional[_Left]:
        """What stands before the numeral at ``ns``: ``(sign, start, currency,
        the currency word (word, start), the qualifier word (word, start))``;
        None for ordinals and codes (第三十九条, A202107…, 600036.SH).  Each word
        table is looked up only where the character before can end one of its
        words (``by_last``) or is a space."""
        s = self.s
        lex = self.lex
        if ns and s[ns - 1] in lex.qual_only:  # 超, 约: only a qualifier word can stand there
            return 1, ns, None, None, lex.qual_pre_behind.match(s, ns)
        sign, start = _sign_before(s, ns, lex) if ns and s[ns - 1] in SIGNS else (1, ns)
        if not start:
            return sign, 0, None, None, None
        b = s[start - 1]                # what stands right before the amount so far
        if b in ORDINAL_PREFIXES or b == "、" and self._ordinal_list(start - 1):
            return None
        currency: Optional[lexicon.Currency] = None
        pre_word = None
        if b in lex.pre_currency_behind.by_last or b in SPACES:
            hit = lex.pre_currency_behind.match(s, start)
            if hit is not None and self._free(hit[1], start):      # 10日元5…: not when 日元 ends the amount before
                currency, pre_word = lex.pre_currency[hit[0]], hit
                start = hit[1]
                if start and s[start - 1] in _LATIN_CHARS and hit[0][0] in _LATIN_CHARS:
                    currency, start = None, ns if sign == 1 else ns - 1
                if not start:
                    return sign, 0, currency, pre_word, None
                b = s[start - 1]
        if currency is None and ((b in _LATIN_CHARS or b in "._/\\#@") and "0" <= s[ns] <= "9" or "0" <= b <= "9"):
            return None
        q = None
        if b in lex.qual_pre_behind.by_last or b in SPACES:
            q = lex.qual_pre_behind.match(s, start)
        return sign, start, currency, pre_word, q

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
            self._percent_word(r, pct)

    def _percent_word(self, r: _Reading, pct: Tuple[str, int, int]) -> bool:
        r.kind = "percent"
        r.unit, mult = PERCENT_SUFFIXES[pct[0]]
        if mult != 1:
            r.scale *= mult
        r.end = pct[2]
        return True

    def _cheng_or_zhe(self, r: _Reading) -> bool:
        """成 (三成, 三成半, 七成六) and 折 (八折, 半折, 75折) after the numeral;
        False when 折 follows a numeral that is no discount."""
        s = self.s
        if r.end >= len(s) or s[r.end] not in _CHENG_GATE:
            return True
        j = _skip_spaces(s, r.end)
        c = s[j] if j < len(s) else ""
        r.has_cheng = c == "成"
        if c == "成" and not (j + 1 < len(s) and s[j + 1] in NOT_CHENG) and r.value is not None or \
                (c == "成" and r.qualifier == "range"):
            if r.value is None or r.value <= 10:
                self._cheng(r, j)
        elif c == "折" and r.value is not None and not (j + 1 < len(s) and s[j + 1] in NOT_ZHE
                                                        and s[j + 1:j + 3] != "价格"):   # 八折价格
            return self._zhe(r, j)
        return True

    def _cheng(self, r: _Reading, j: int) -> None:
        """成 at ``j``: tenths (三成 = 30%), with 半 or one digit after it (三成半, 七成六)."""
        s = self.s
        value = r.value
        r.kind, r.unit = "percent", "%"
        r.scale *= 10
        r.end = j + 1
        r.has_scale = True
        j2 = _skip_spaces(s, r.end)
        if value is not None and j2 < len(s) and s[j2] == "半":
            r.value, r.clean = value + Decimal("0.5"), False
            r.end = j2 + 1
        elif value is not None and j2 < len(s) and s[j2] in DIGITS and DIGITS[s[j2]] > 0 and \
                not (j2 + 1 < len(s) and (s[j2 + 1] in "十百千万亿成" or s[j2 + 1] in DIGITS)):
            r.value, r.clean = value + Decimal(DIGITS[s[j2]]) / 10, False
            r.end = j2 + 1

    def _zhe(self, r: _Reading, j: int) -> bool:
        """折 at ``j``: a discount (八折 = 80%, 75折, 半折), or False for a numeral that is none."""
        value = r.value
        assert value is not None
        whole = r.whole(self.s)
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
            return self._money_word_after(r, cur)
        if r.currency is not None and self._sub_unit_counted(r):
            return True                         # 人民币伍角: the numeral counts 角
        if r.currency is not None:
            mw = _match_ahead(s, r.end, lex.measure_words)
            if mw is not None and lex.measures[mw[0]] not in ("count", "noun"):
                return False                    # 人民币 … 3年: a duration after a currency word
            r.kind = "money"
            if not isdigit(s[r.ns]) and r.currency.symbol:
                return False                    # a sign stands before Arabic digits only
            _money_unit(r, r.currency)
        return True

    def _money_word_after(self, r: _Reading, cur: Tuple[str, int, int]) -> bool:
        """The currency word ``cur`` after the numeral makes it money."""
        s = self.s
        lex = self.lex
        c2 = lex.post_currency[cur[0]]
        r.kind = "money"
        r.end = cur[2]
        post_generic = False
        generic = c2.form == "generic"
        if generic and r.currency is not None:
            pass                                # 港币2960元: the named currency wins
        elif generic:
            r.currency, post_generic = c2, True
        else:
            if r.currency is not None and not r.currency.generic and r.currency.code != c2.code:
                r.start = r.ns if r.sign == 1 else r.ns - 1      # 人民币100美元: the suffix wins
                if r.q is not None:
                    r.q = lex.qual_pre_behind.match(s, r.start)
                    r.pre_qual = lex.qual_pre[r.q[0]] if r.q else None
                    r.qstart = r.q[1] if r.q else r.start
            r.currency = c2
        end = cur[2]
        if cur[0] == "块" and (r.lone and r.value == 1 and not _money_end(s, end) or
                              lex.kuai_nouns.match(s, end) is not None):
            return False                        # 一块蛋糕, 三块金牌: 块 counts pieces
        if end >= len(s):
            _money_unit(r, r.currency)
            return True
        # a second currency word: 5000万元人民币, 9000元日币
        if (post_generic or generic) and s[end] in lex.post_currency_words.gate:
            nxt = lex.post_currency_words.match(s, end)
            if nxt is not None and not lex.post_currency[nxt[0]].generic:
                r.currency = lex.post_currency[nxt[0]]
                r.end = end = nxt[2]
        if end < len(s) and s[end] in MONEY_TAIL_FIRST:
            self._money_tail(r, cur[0])
        _money_unit(r, r.currency)
        return True

    def _money_tail(self, r: _Reading, word: str) -> None:
        """What may follow a currency word: sub-units (五元三毛, 50元6角三分,
        两美元又三美分), 块's 角 digit (三块五) and 整 (壹拾壹元整)."""
        s = self.s
        lex = self.lex
        value = r.value
        r.value, r.end = _sub_units(s, r.end, r.value, r.currency, lex)
        if word in ("块", "块钱") and r.value is not None:
            jiao = self._jiao_digit(r.end)
            if jiao:
                r.value += Decimal(jiao) / 10               # 三块五, 3块5
                r.end += 1
        if r.value is not value:
            r.clean = False
        if r.end < len(s) and s[r.end] in "整正" and r.currency is not None:
            r.end += 1

    def _jiao_digit(self, j: int) -> int:
        """The digit of 角 right after 块 at ``j`` (三块五, 3块5, 三块五一斤), or 0:
        not where the digit begins a numeral or an amount of its own (3块四块,
        3块钱壹%, 3块50, 3块5.5元)."""
        s = self.s
        lex = self.lex
        if j >= len(s):
            return 0
        c = s[j]
        arabic = c in "123456789"
        if not (arabic or c in DIGITS and DIGITS[c] > 0):
            return 0
        nxt = s[j + 1] if j + 1 < len(s) else ""
        if nxt and (nxt in DIGITS and not arabic and not self._per_piece(j + 1) or nxt in "十百千万亿角毛分" or
                    arabic and (nxt in "0123456789.,，%‰" or nxt.isascii() and nxt.isalpha())):
            return 0
        if lex.post_currency_words.match(s, j + 1) is not None or lex.pct_words.match(s, j + 1) is not None:
            return 0                                    # 3块四块, 3块钱壹%: two amounts
        return int(c) if arabic else DIGITS[c]

    def _per_piece(self, i: int) -> bool:
        """一 and a measure word of count at ``i`` (三块五一斤): a price per piece
        after 块's 角 digit, not a run of numerals."""
        s = self.s
        if s[i] != "一":
            return False
        mw = self.lex.measure_words.match(s, i + 1)
        return mw is not None and self.lex.measures[mw[0]] == "count"

    def _sub_unit_counted(self, r: _Reading) -> bool:
        """A sub-unit of the currency written before the numeral follows it
        (人民币伍角, ¥5角伍分, 人民币伍角整): the numeral counts that sub-unit; not
        where a longer measure word starts there (人民币 … 3分钟)."""
        if r.value is None or r.has_big or r.currency is None:
            return False
        found = _counted_sub_unit(self.s, r.end, r.value, r.currency.code, self.lex, spaces=True)
        if found is None:
            return False
        r.value, r.end, sub = found
        r.kind, r.unit, r.clean = "money", sub.code, False
        return True

    def _measure_after(self, r: _Reading) -> bool:
        """A measure word after the numeral (600人, 3家); a magnitude alone (46万);
        False for dates and durations (2025年, 3个月), 一家 and 零部件."""
        s = self.s
        lex = self.lex
        mw = _match_ahead(s, r.end, lex.measure_words)
        if mw is not None and lex.measures[mw[0]] != "noun":    # 5000万|个人客户: the number alone
            return lex.measures[mw[0]] == "count" and self._count_word(r, mw)    # not 2025年, 3个月, 2号线
        if r.has_big and (r.has_digit or s[r.ns] in "十拾") or r.latin_scale == "any" or \
                r.latin_scale == "unit" and (r.pre_qual is not None or _match_ahead(s, r.end, lex.qual_post_words)):
            r.kind = "quantity"                 # 46万, 超7000万: a magnitude alone
        return True

    def _count_word(self, r: _Reading, mw: Tuple[str, int, int]) -> bool:
        """The count measure word ``mw`` after the numeral makes it a quantity;
        False for durations (3个 交易日, 3个多月), 一家 and 零部件."""
        s = self.s
        if mw[0] == "个":
            after = mw[2] + 1 if mw[2] < len(s) and s[mw[2]] in "多余半" else mw[2]
            nxt_mw = _match_ahead(s, after, self.lex.measure_words)
            if nxt_mw is not None and self.lex.measures[nxt_mw[0]] != "count":
                return False                # 3个 交易日, 3个多月, 两个半月: durations
        if r.lone and (s[r.ns] in "一壹" and r.value == 1 or r.value == 0):
            return False                    # 一家银行: an article, not a count; 零部件, 〇号
        r.kind, r.unit, r.end = "quantity", mw[0], mw[2]
        return True

    def _finish(self, r: _Reading) -> Optional[_Atom]:
        """The qualifier after the amount (以上, 左右, 多), the last exclusions
        (codes: 5G, 600036.SH), and the atom with its value scaled and signed."""
        s = self.s
        kind = r.kind
        post_qual = None
        if kind is not None and r.end < len(s) and s[r.end] in self.lex.qual_post_words.gate:
            post_qual = self._post_qualifier(r)
        end = r.end
        if kind is None or kind == "quantity" and r.unit is None:
            if end < len(s) and (LATIN.match(s[end]) or (s[end] == "." and end + 1 < len(s)
                                                         and LATIN.match(s[end + 1]))):
                return None
            if kind is None:
                return self._bare(r)
        qualifier, start = r.qualifier, r.start
        if r.pre_qual is not None and qualifier not in ("range", "several"):
            qualifier, start = r.pre_qual, r.qstart
        elif post_qual is not None and qualifier not in ("range", "several"):
            qualifier = post_qual if qualifier is None or post_qual != "over" else qualifier
        elif r.pre_qual is not None and qualifier == "several":
            start = r.qstart
        scale = r.scale
        if r.clean and scale is _ONE and r.sign == 1 and r.low is None:
            value, low, high = r.value, None, None      # what _scaled would give
        else:
            value, low, high = _scaled(r)
        if kind == "money" and value is None and qualifier not in ("range", "several"):
            return None
        mag = r.mag
        return tuple.__new__(_Atom, (start, end, kind, value, r.unit, qualifier, low, high, scale,
                                     r.has_scale, mag if mag is not None else r.magnitude()))

    def _bare(self, r: _Reading) -> Optional[_Atom]:
        """A bare number: kept for 3至5亿元 (the first end takes the unit of the
        other), never reported; not a lone 一."""
        if r.lone and self.s[r.ns] in "一壹":
            return None
        value = -r.value if r.sign != 1 and r.value is not None else r.value   # -3至-5亿元
        return tuple.__new__(_Atom, (r.start, r.ne, None, value, None, None, r.low, r.high, _ONE,
                                     r.has_big, r.magnitude()))

    def _post_qualifier(self, r: _Reading) -> Optional[str]:
        """The qualifier word after the amount (以上, 左右, 多), when it qualifies it."""
        if r.kind is None:
            return None
        lex = self.lex
        post_q = _match_ahead(self.s, r.end, lex.qual_post_words)
        if post_q is None:
            return None
        w = post_q[0]
        if not lex.post_qualifier_ok(w, self.s, post_q[2], r.kind, r.value is not None, r.has_cheng,
                                     r.qualifier == "over"):
            return None
        r.end = post_q[2]
        return lex.qual_post[w]


def _money_unit(r: _Reading, currency: Optional[lexicon.Currency]) -> None:
    """The unit and scale of money in ``currency`` (万元 multiplies by 10,000)."""
    if currency is not None:
        r.unit = currency.code
        if currency.scale != 1:
            r.scale *= currency.scale


def _scaled(r: _Reading) -> Tuple[Optional[Decimal], Optional[Decimal], Optional[Decimal]]:
    """The value and bounds of ``r`` times its scale and sign, in positional form;
    low is never above high (负八九十亿元)."""
    value, low, high, scale, sign = r.value, r.low, r.high, r.scale, r.sign
    mul = EXACT.multiply                            # exact products, without switching contexts
    if value is not None:
        value = _clean(mul(mul(value, scale), sign))
    if low is not None:
        assert high is not None                     # a numeral has both ends or neither
        low, high = _clean(mul(mul(low, scale), sign)), _clean(mul(mul(high, scale), sign))
        if low > high:
            low, high = high, low
    return value, low, high


# what may start the steps' words: 成 or 折 (after spaces) and what follows a currency word
_CHENG_GATE = frozenset("成折" + SPACES)
_LATIN_CHARS = frozenset(string.ascii_letters)          # what LATIN matches
