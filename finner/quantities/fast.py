"""The fast pass: the common shape, a numeral + a unit word, read with one regex."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Optional, Tuple

from finner.charsets import CONNECTOR_CHARS, DIGIT_CHARS, DIGITS, LATIN, NOT_CHENG, NUMERAL_CHARS, SIGNS, SPACES, isdigit
from finner.numerals import EXACT, _clean
from finner.quantities.atoms import _Atom
from finner.quantities.compiled import MAGNITUDES, _MAG_EXP
from finner.quantities.values import _ONE, _arabic, _cn_numeral
from finner.quantities.context import _sign_before
from finner.quantities.words import _GAP
from finner.quantities.state import ScanState


_ONES = [b"\x01" * k for k in range(64)]     # marks for a span of k characters
_BLANKS = [bytes(4 * k) for k in range(64)]     # k characters zeroed in UTF-32
_NEXT_NUMERAL = frozenset("0123456789" + NUMERAL_CHARS + SPACES)   # what may start a numeral after an amount
# a numeral read by the fast pass: (numeral text, over mark, unit word, post qualifier,
# value, has a big unit, is one lone digit, magnitude, numeral end, unit end)
_Read = Tuple[str, Optional[str], str, Optional[str], Decimal, bool, bool, Decimal, int, int]


class FastPass(ScanState):
    """Mixin of :class:`finner.quantities.scanner._Scanner`."""

    # -- fast pass: a numeral [+ magnitude] + unit, the common shape -------------
    def fast(self) -> None:
        """Reads the common shape, a numeral + a unit word ("1800亿元", "12.3%",
        "600人", "三成", "五百万股", "人民币258.6亿元") with one compiled regex
        and no tokenising: Arabic numbers are converted directly, Chinese
        numerals through a cache.  Wherever a match's neighbours could change
        its reading, the match is left to :meth:`scan`, which reads every form:
        the fast pass only saves time (``tests/test_two_passes_agree.py``)."""
        s = self.s
        taken = self.taken
        atoms = self.atoms
        masked = self.masked
        for m in self.lex.fast_re.finditer(s):
            i = m.start()
            if taken[i]:
                continue
            n, over, mag_word, u, post, alone, alone_post, cn, cn_over, cn_u, cn_post = m.groups()
            if n is not None:                # an Arabic number: 1800亿元, 46万, the 3 of 3至5亿元
                n = s[i:m.end(1)]
                if over and ("." in n or len(n) < 2 or n[-1] != "0"):
                    continue                 # 15多: not how Chinese writes "over"; see scan()
                if mag_word is None:
                    mag, has_big = _ONE, False
                    value = _arabic(n, 0) if "," in n or n[-1] == "0" and "." in n else Decimal(n)
                else:
                    mag, has_big = MAGNITUDES[mag_word], mag_word[-1] in "万亿兆"
                    value = _arabic(n, _MAG_EXP[mag_word])
                if u is not None:
                    read = n, over, u, post, value, has_big, False, mag, m.start(4), m.end(4)
                elif alone is None:
                    if not has_big and not over:
                        self._fast_bare(i, m.end(), value, has_big, mag)
                    continue                 # 3亿至…, 90多--: a magnitude alone, an over mark: see scan()
                elif has_big:                # 46万, 超7000万: a magnitude alone
                    read = n, over, "", alone_post, value, has_big, False, mag, m.end(3), m.end(3)
                else:
                    continue                 # 5千 alone: a number, see scan()
            else:                            # a Chinese numeral: 三成, 五百万股
                n = s[i:m.end(8)]
                if cn_over and n[-1] not in "十百千万亿拾佰仟":
                    continue
                cn_read = _cn_numeral(n)
                if cn_read is None:
                    continue
                value, has_big, lone, mag = cn_read
                read = n, cn_over, cn_u, cn_post, value, has_big, lone, mag, m.start(10), m.end(10)
            atom = self._fast_atom(m, i, read)
            if atom is None:
                continue
            atoms.append(atom)
            start, end = atom[0], atom[1]
            if end - start < 64:
                taken[start:end] = _ONES[end - start]
                masked[4 * start:4 * end] = _BLANKS[end - start]
            else:
                self._take(start, end)

    def _fast_atom(self, m: "re.Match[str]", i: int, read: _Read) -> Optional[_Atom]:
        """The amount of a match, or None where its neighbours may change its
        reading (the main pass reads it then).  Most amounts stand between
        ordinary characters: the characters just before and after are first
        tested against the sets of characters that can matter there
        (``lex.fast_before``, ``lex.fast_after``)."""
        s = self.s
        lex = self.lex
        n, over, u, post, value, has_big, lone, mag, ne, e = read
        kind, unit, scale, cur = lex.fast_units[u]
        c = s[i - 1] if i else ""
        nxt = s[e] if e < len(s) else ""
        after = nxt in lex.fast_after
        if after or c in lex.fast_before:
            left = self._fast_left(i, c, ne, nxt, after, u)
            if left is None:
                return None
            sign, start, prev = left
        else:
            sign, start, prev = 1, i, c      # most amounts: between ordinary characters
        if prev in lex.prev_trigger:
            named = self._fast_currency_before(start, kind, cur)
            if named is False:
                return None                  # 人民币100美元, 人民币5%, 100亿元人民币2亿元: see scan()
            if named is not None:
                unit, scale, start = named
                prev = "" if start == 0 else s[start - 1]
        if kind == "cheng" or u == "个" or (after or lone) and kind != "percent" or \
                kind == "money" and cur is not None and cur.position == "sub":
            decided = self._fast_kind(kind, u, cur, value, lone, n, c, nxt, after, e, i, ne, prev)
            if decided is None:
                return None
            kind = decided
        if post is not None or prev in lex.qual_pre_last:
            quals = self._fast_qualifiers(m, kind, u, over, post, prev, start, e)
            if quals is None:
                return None
            qualifier, start, end = quals
        else:
            qualifier, end = ("over" if over else None), e
        if self.taken.find(1, start, end) >= 0:
            return None
        if start < i and self._after_connector(start):
            return None                      # 3至超5亿元, 3—负2基点: no range, see scan()
        if end < len(s) and s[end] in _NEXT_NUMERAL and (s[end - 1] in lex.prev_trigger or s[end - 1] in NUMERAL_CHARS) \
                and self._context_after(end):
            return None
        if scale is not _ONE:
            value = _clean(EXACT.multiply(value, scale * sign))
        elif sign != 1:
            value = -value
        # _Atom(...) without its Python-level __new__
        return tuple.__new__(_Atom, (start, end, kind, value, unit, qualifier, None, None, scale, has_big or u == "成", mag))

    def _fast_left(self, i: int, c: str, ne: int, nxt: str, after: bool, u: str) -> Optional[Tuple[int, int, str]]:
        """What stands before the numeral at ``i`` (``c``): ``(sign, start, the
        character before start)``, or None to leave the match to the main pass."""
        s = self.s
        before = c in self.lex.fast_before      # 第, 成, 块, 钱, 点, a space, a sign
        if before and c in "第成块钱点":
            if c == "第":
                self._take(i, ne)            # 第3季度, 第1名: ordinals, never quantities
                return None
            if c != "点" or i > 1 and s[i - 2] in SPACES:
                return None                  # 一成三, 3块弍, 贰 点9: the numeral may end the amount before
        if before and c in self.lex.sub_last and s[i] in DIGITS:
            return None                      # 1块5分壹: the digit may end the amount before
        if after and LATIN.match(nxt) and LATIN.match(u[-1:]):
            return None                      # 1BPa: letters run on
        if after and nxt in SPACES:
            return None                      # 2.4 个百分 点: words written with spaces
        if not before:
            return 1, i, c
        if c in SPACES and self._numeral_before_spaces(i):
            return None                      # 四点 五个百分点: a numeral written with spaces
        sign, start = _sign_before(s, i, self.lex) if c in SIGNS else (1, i)
        if start < i and start and (isdigit(s[start - 1]) or s[start - 1] in "._/\\#@第" or LATIN.match(s[start - 1])):
            return None                      # k负1亿, 5负4亿: a code; 第-3: an ordinal
        p = start - 1
        while p >= 0 and s[p] in SPACES and start - p <= _GAP:
            p -= 1
        return sign, start, (s[p] if p >= 0 else "")

    def _fast_currency_before(self, start: int, kind: str, cur: Any) -> Any:
        """A currency word ending at ``start`` (人民币258.6亿元, 港币2960元: it names
        the yuan): ``(unit, scale, new start)``; None when there is none; False
        when the main pass must decide."""
        lex = self.lex
        hit = lex.pre_currency_behind.match(self.s, start)
        if hit is None:
            return None
        pre_cur = lex.pre_currency[hit[0]]
        if kind != "money" or not cur.generic or pre_cur.generic or \
                self.taken.find(1, hit[1], start) >= 0 or self._shared_currency_word(hit[0], hit[1]):
            return False
        return pre_cur.code, (_ONE if pre_cur.scale == 1 else pre_cur.scale), hit[1]

    def _fast_kind(self, kind: str, u: str, cur: Any, value: Decimal, lone: bool, n: str, c: str, nxt: str,
                   after: bool, e: int, i: int, ne: int, prev: str) -> Optional[str]:
        """The kind of the amount, or None where the word after it (``nxt``) or a
        rule of its unit leaves it to the main pass."""
        s = self.s
        lex = self.lex
        if kind == "money":
            if after and ((nxt in DIGIT_CHARS and (u in ("块", "块钱") or s[e + 1:e + 2] in lex.sub_first))
                          or nxt in "又零整正" or
                          (nxt in lex.currency_first and lex.post_currency_words.match(s, e) is not None)):
                return None                  # 5000万元人民币, 5元3角, 5元零3分, 三块五
            if lone and value == 1 and u == "块":
                return None
            if cur.position == "sub" and c and (c in "又零" or c in lex.post_last or c in lex.sub_first):
                return None                  # 两美元又三美分: the sub-unit belongs to the amount before
        elif kind == "cheng":
            if after and (nxt in NOT_CHENG or nxt == "半" or nxt in DIGIT_CHARS) or value > 10:
                return None                  # 三成半, 七成六, 成为
            return "percent"
        elif kind == "quantity":
            if u == "个" and (nxt in "多余" or self._duration_after(e, nxt, i)):
                return None                  # 3个多月, 两个半月: durations; 1个多百分点
            if after and (nxt in DIGIT_CHARS or LATIN.match(nxt) or nxt in "万亿" or
                          (nxt in lex.money_pct_first and (lex.pct_words.match(s, e) is not None or
                                                           lex.post_currency_words.match(s, e) is not None))):
                return None                  # 2.4个百分 点, 两个亿
            if lone and n in "一壹零〇":
                if prev not in lex.prev_trigger:
                    self._take(i, ne)
                return None                  # 一家银行: an article; 零部件: never quantities
        return kind

    def _fast_qualifiers(self, m: "re.Match[str]", kind: str, u: str, over: Optional[str], post: Optional[str],
                         prev: str, start: int, end: int) -> Optional[Tuple[Optional[str], int, int]]:
        """The qualifiers around the amount: ``(qualifier, start, end)``, or None
        where the main pass must decide (3至超5亿元 is no range)."""
        s = self.s
        lex = self.lex
        qualifier = "over" if over else None
        if post is not None:
            pe = m.end()
            if lex.post_qualifier_ok(post, s, pe, kind, True, u == "成", bool(over)):
                if not (over and lex.qual_post[post] == "over"):
                    qualifier = lex.qual_post[post]
                end = pe
        if prev in lex.qual_pre_last:
            q = lex.qual_pre_behind.match(s, start)
            if q is not None:
                qualifier, start = lex.qual_pre[q[0]], q[1]
                if self._after_connector(start):
                    return None
        return qualifier, start, end

    def _shared_currency_word(self, word: str, a: int) -> bool:
        """The currency word at ``a`` may belong to what stands before it: the
        amount it ends (100亿元人民币), the other end of a range (5至RMB 12元),
        or letters it continues (ABCRMB).  The main pass decides those."""
        s = self.s
        p = a - 1
        while p >= 0 and s[p] in SPACES and a - p <= _GAP:
            p -= 1
        if p < 0:
            return False
        c = s[p]
        return (isdigit(c) or c in NUMERAL_CHARS or c in self.lex.amount_last or c in "多余" or c in CONNECTOR_CHARS or
                (p == a - 1 and LATIN.match(c) is not None and LATIN.match(word[0]) is not None))

    def _context_after(self, end: int) -> bool:
        """The amount ending at ``end`` is context the main pass needs for the
        numeral after it, which the mask would hide: a currency word before a
        numeral (贰人民币贰), a numeral character before 几数半点 (基点点2)."""
        s = self.s
        last = s[end - 1]
        if last in NUMERAL_CHARS and s[end] in "几数半点":
            return True
        j = end
        while j < len(s) and s[j] in SPACES and j - end < 2:
            j += 1
        return j < len(s) and last in self.lex.prev_trigger and (isdigit(s[j]) or s[j] in NUMERAL_CHARS)

    def _after_connector(self, i: int) -> bool:
        """A range connector stands before ``i`` (spaces between)."""
        s = self.s
        p = i - 1
        while p >= 0 and s[p] in SPACES and i - p <= _GAP:
            p -= 1
        return p >= 0 and s[p] in CONNECTOR_CHARS

    def _numeral_before_spaces(self, i: int) -> bool:
        s = self.s
        p = i - 1
        while p > 0 and s[p] in SPACES:
            p -= 1
        return s[p] in NUMERAL_CHARS or isdigit(s[p])

    def _duration_after(self, e: int, nxt: str, i: int) -> bool:
        """个 starts a duration (3个多月, 两个半月): mark it read and say so."""
        if self.lex.post_currency_words.match(self.s, e) is not None:
            return True                      # 一拾个日元: money, see scan()
        after = e + 1 if nxt and nxt in "多余半" else e
        later = self.lex.measure_words.match(self.s, after)
        if later is not None and self.lex.measures[later[0]] != "count":
            self._take(i, later[2])
            return True
        return False

    def _fast_bare(self, i: int, end: int, value: Decimal, has_big: bool, mag: Decimal) -> None:
        """The first end of a range (3 in 3至5亿元): kept so that results() can
        give it the other end's unit."""
        c = self.s[i - 1] if i else ""
        if c in SIGNS:
            if _sign_before(self.s, i, self.lex) != (1, i):
                return                       # a sign: see scan(); 400-986-4236 has none
        elif c and (c in SPACES or c == "第" or c in self.lex.prev_trigger):
            return                           # a currency word: see scan()
        self._add(_Atom(i, end, None, value, None, None, None, None, _ONE, has_big, mag))
