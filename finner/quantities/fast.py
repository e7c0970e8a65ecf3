"""The fast pass: finds the common shape, a numeral + a unit word, with one regex.

It only finds candidates and reads their numerals: every decision about them
(value, unit, qualifier, exclusions) is taken by
:meth:`finner.quantities.atoms.AtomReader._decide`, the function the main pass
decides with.  What it adds is *where* to look and *when not to*: a candidate
whose reading could depend on an amount the main pass has not read yet (an
amount before it that may reach into it, a range connector before it, an
amount after it that needs it as context) is left to the main pass, which
reads the text left to right.
"""
from __future__ import annotations

import re
import string
from decimal import Decimal
from typing import Optional, Tuple

from finner.charsets import CONNECTOR_CHARS, DIGITS, LATIN, NUMERAL_CHARS, SPACES, isdigit
from finner.numerals import EXACT, _clean, round_whole
from finner.quantities.atoms import _Atom, _Reading
from finner.quantities.compiled import MAGNITUDES, NEXT_AFTER, NEXT_NUMERAL, RIGHT_GATE, RUN_CHARS, _MAG_EXP
from finner.quantities.values import _ONE, _arabic, _arabic_number, _cn_numeral
from finner.quantities.words import _GAP
from finner.quantities.state import ScanState


# the numbers of the groups of lex.fast_re that are read by number
_NR, _O, _M, _U, _CR, _CO, _CU = 1, 2, 3, 5, 8, 9, 10
_ONES = [b"\x01" * k for k in range(64)]     # marks for a span of k characters
_BLANKS = [bytes(4 * k) for k in range(64)]     # k characters zeroed in UTF-32
_OVER_AFTER = frozenset("十百千万亿拾佰仟")      # 三百多, 五千余: an over mark follows a unit
# a magnitude word after an Arabic number: (power of ten, holds 万/亿/兆, its value)
_MAG_INFO = {w: (_MAG_EXP[w], w[-1] in "万亿兆", v) for w, v in MAGNITUDES.items()}
# a numeral read by the fast pass: start, end, value, over mark, holds 万/亿, trailing magnitude,
# lone digit, has a digit, the unit word after it (word, start, end) or None
_Num = Tuple[int, int, Decimal, bool, bool, Decimal, bool, bool, Optional[Tuple[str, int, int]]]


class FastPass(ScanState):
    """Mixin of :class:`finner.quantities.scanner._Scanner`."""

    def fast(self) -> None:
        """Finds the common shape, a numeral + a unit word ("1800亿元", "12.3%",
        "600人", "三成", "五百万股", "人民币258.6亿元"), with one compiled regex
        (``lex.fast_re``) and no tokenising, and reads each numeral directly
        (Arabic numbers converted in place, Chinese numerals through a cache);
        :meth:`_decide` makes the amount.  The pass only saves time
        (``tests/test_two_passes_agree.py``)."""
        s = self.s
        n = len(s)
        taken = self.taken
        atoms = self.atoms
        masked = self.masked
        read = self._fast_atom
        context_last = self.lex.context_last
        for m in self.lex.fast_re.finditer(s):
            i = m.start()
            if taken[i]:
                continue
            atom = read(m, i)
            if atom is None:
                continue
            start = atom[0]
            end = atom[1]
            if taken.find(1, start, end) >= 0 or start < i and not self._qualifier_alone(start):
                continue
            if end < n and s[end] in NEXT_AFTER and s[end - 1] in context_last and \
                    (s[end] in NEXT_NUMERAL or s[end - 1] in RUN_CHARS) and self._context_after(end):
                continue
            atoms.append(atom)
            k = end - start
            if k < 64:
                taken[start:end] = _ONES[k]
                masked[4 * start:4 * end] = _BLANKS[k]
            else:
                self._take(start, end)

    def _fast_atom(self, m: "re.Match[str]", i: int) -> Optional[_Atom]:
        """The amount of the match at ``i``: its numeral read (an Arabic number
        and its unit word here, the other shapes by :meth:`_fast_other`), then
        decided by :meth:`_plain_atom` or :meth:`_fast_decide`; None where the
        match is not a candidate the fast pass reads: a numeral the regex cannot
        delimit, a shape the main pass's candidates leave out, or an amount the
        main pass may read differently.  Where the regex found the number and
        its unit word followed by a clean context (group ``rc``: nothing that
        any of those steps or :meth:`fast`'s checks look at), and nothing
        stands before it that they look at but a qualifier word
        (``lex.qual_left``), the memo's decision (the unit word, whether the
        number holds 万/亿, the qualifier) is what :meth:`_plain_atom` would
        give, and it is taken at once (a Chinese numeral: :meth:`_plain_chinese`)."""
        n, over, mag_word, _, u, clean, alone, _, cn_over, cn_u, cn_clean = m.groups()
        if u is None:
            if cn_clean is not None:
                atom = self._plain_chinese(m, i, cn_u)
                if atom is not None:
                    return atom
            return self._fast_other(m, i, n, over, mag_word, alone, cn_over, cn_u)
        s = self.s                           # an Arabic number and its unit word: 1800亿元, 12.3%
        ne = m.end(_NR)
        n = s[i:ne]
        if mag_word is None:
            value = _arabic_number(n)
            has_big = False
            mag = _ONE
        else:
            exp, has_big, mag = _MAG_INFO[mag_word]
            value = _arabic(n, exp)
        lex = self.lex
        c = s[i - 1] if i else ""
        if clean is not None and (c not in lex.fast_left or c in lex.qual_left):
            pre_qual, qstart = self._qualifier_word(i, c) if c in lex.qual_left else (None, i)
            outcome = lex.plain.get((u, False, has_big, pre_qual, None, None, False, 1))
            if outcome:                      # decided before, in a plain context: an amount
                kind, unit, qualifier, scale, has_scale, at, _ = outcome
                if scale is not _ONE:
                    value = _clean(EXACT.multiply(value, scale))
                return tuple.__new__(_Atom, (qstart if at == 1 else i, m.end(), kind, value, unit, qualifier, None,
                                             None, scale, has_scale, mag))
        return self._fast_arabic(m, i, n, ne, value, over, has_big, mag, mag_word, u)

    def _plain_chinese(self, m: "re.Match[str]", i: int, w: Optional[str]) -> Optional[_Atom]:
        """:meth:`_fast_atom`'s memo lane for a Chinese numeral and its unit
        word ``w`` followed by a clean context (group ``cc``), with nothing
        before it that a step looks at but a qualifier word (三成, 五百万股,
        近九成): the memo's decision is what :meth:`_fast_other` would get from
        :meth:`_plain_atom`.  None where the memo has no decision yet or the
        numeral is no plain one (a lone 一 or 零, what the cache does not read):
        :meth:`_fast_other` reads those."""
        assert w is not None                 # a Chinese numeral has its unit word
        s = self.s
        lex = self.lex
        c = s[i - 1] if i else ""
        if c in lex.fast_left and c not in lex.qual_left:
            return None
        read = _cn_numeral(s[i:m.end(_CR)])
        if read is None:
            return None
        value, has_big, lone, mag, _ = read
        if lone and value <= 1:
            return None                      # 一家, 一块, 零部件: a lone 一 or 零 depends on more
        pre_qual, qstart = self._qualifier_word(i, c) if c in lex.qual_left else (None, i)
        # 成 makes tenths only of a value up to 10, as in AtomReader._plain_atom's key
        outcome = lex.plain.get((w, False, has_big, pre_qual, None, None, w == "成" and value <= 10, 1))
        if not outcome:
            return None
        kind, unit, qualifier, scale, has_scale, at, _ = outcome
        if scale is not _ONE:
            value = _clean(EXACT.multiply(value, scale))
        return tuple.__new__(_Atom, (qstart if at == 1 else i, m.end(), kind, value, unit, qualifier, None, None,
                                     scale, has_scale, mag))

    def _qualifier_word(self, i: int, c: str) -> Tuple[Optional[str], int]:
        """What :meth:`_left` reads before a numeral at ``i`` where the character
        before it, ``c``, is one of ``lex.qual_left`` (超, 约为): the qualifier
        word that ends there, as ``(qualifier, start)``, or ``(None, i)``."""
        lex = self.lex
        for w in lex.qual_pre_behind.by_last[c]:
            if self.s.endswith(w, 0, i):
                return lex.qual_pre[w], i - len(w)
        return None, i

    def _fast_arabic(self, m: "re.Match[str]", i: int, n: str, ne: int, value: Decimal, over: Optional[str],
                     has_big: bool, mag: Decimal, mag_word: Optional[str], u: str) -> Optional[_Atom]:
        """:meth:`_fast_atom` for an Arabic number ``n`` over ``i:ne`` and its
        unit word ``u``, where the memo has no decision for a clean context."""
        s = self.s
        if over:
            if not round_whole(n):
                return None                  # 15多: no over mark after it (the numeral grammar)
            ne += 1
        us, e = m.span(_U)
        if mag_word is not None:
            ne = m.end(_M)
        if e < len(s) and s[e] in RIGHT_GATE and not self._alone_right(e):
            return None
        if i and s[i - 1] in self.lex.fast_before and not self._alone_before(i):
            return None
        over_mark = over is not None
        return self._plain_atom(i, ne, value, over_mark, has_big, mag, False, u, us, e) or \
            self._fast_decide((i, ne, value, over_mark, has_big, mag, False, True, (u, us, e)))

    def _fast_decide(self, num: _Num) -> Optional[_Atom]:
        """The amount of a numeral that :meth:`_plain_atom` does not give, by
        :meth:`_decide`; None where there is none (and the numeral is marked
        read when the main pass would decide the same: 3个月, 零部件), or where
        what stands before the amount may belong to an amount before it."""
        ns, ne, value, over, has_big, mag, lone, has_digit, word = num
        r = _Reading(ns, ne, value, over, has_big, mag)
        r.lone, r.has_digit, r.word = lone, has_digit, word
        atom = self._decide(r)
        if atom is None:
            if word is not None:
                self._take(ns, ne)
            return None
        if (atom[0] < ns or r.pre_word is not None or r.currency is not None and r.currency.position == "sub") \
                and not self._alone_after(r, atom):
            return None
        return atom

    # -- finding and reading the numeral --------------------------------------
    def _fast_other(self, m: "re.Match[str]", i: int, n: Optional[str], over: Optional[str],
                    mag_word: Optional[str], alone: Optional[str], cn_over: Optional[str],
                    cn_u: Optional[str]) -> Optional[_Atom]:
        """:meth:`_fast_atom` for a Chinese numeral and its unit word (三成,
        五百万股) and for an Arabic number with no unit word after it (the 3 of
        3至5亿元, 46万 alone)."""
        s = self.s
        num: Optional[_Num]
        if n is None:
            assert cn_u is not None              # a Chinese numeral has its unit word
            num = self._fast_chinese(m, i, cn_over, cn_u)
            if num is None:
                return None
            e = num[8][2]                    # type: ignore[index]
        else:
            num = self._fast_bare(m, i, over, mag_word, alone)
            if num is None:
                return None
            e = num[1]
        if e < len(s) and s[e] in RIGHT_GATE and not self._alone_right(e):
            return None
        if i and s[i - 1] in self.lex.fast_before and not self._alone_before(i):
            return None
        word = num[8]
        if word is not None:
            atom = self._plain_atom(i, num[1], num[2], num[3], num[4], num[5], num[6], word[0], word[1], word[2])
            if atom is not None:
                return atom
        return self._fast_decide(num)

    def _fast_bare(self, m: "re.Match[str]", i: int, over: Optional[str], mag_word: Optional[str],
                   alone: Optional[str]) -> Optional[_Num]:
        """An Arabic number with no unit word after it: the first end of a range
        (3至5亿元) or a magnitude alone (46万); None for the shapes the main pass reads."""
        n = self.s[i:m.end(_NR)]
        if over and not round_whole(n):
            return None                      # 15多: no over mark after it (the numeral grammar)
        if alone is None and (over or mag_word is not None and mag_word[-1] in "万亿兆") \
                or alone is not None and (mag_word is None or mag_word[-1] not in "万亿兆"):
            return None                      # 3亿至…, 90多--, 5千 alone: read by the main pass
        if alone is None and not self._bare_first_end(i):
            return None
        if mag_word is None:
            return i, m.end(_O) if over else m.end(_NR), _arabic_number(n), bool(over), False, _ONE, False, True, None
        exp, has_big, mag = _MAG_INFO[mag_word]
        return i, m.end(_M), _arabic(n, exp), bool(over), has_big, mag, False, True, None

    def _fast_chinese(self, m: "re.Match[str]", i: int, cn_over: Optional[str], cn_u: str) -> Optional[_Num]:
        """A Chinese numeral and its unit word (三成, 五百万股), read through the
        cache; None for vague, paired or run-on numerals and a lone 一 before a
        measure word."""
        n = self.s[i:m.end(_CR)]
        if cn_over and n[-1] not in _OVER_AFTER:
            return None                      # 五多: no over mark after a digit (the numeral grammar)
        read = _cn_numeral(n)
        if read is None:
            return None                      # vague, paired or run-on numerals: the main pass
        value, has_big, lone, mag, has_digit = read
        if lone and n in "一壹" and cn_u in self.lex.measures:
            return None                      # 一家, 一个: a lone 一 is a candidate before money and percent words only
        return (i, m.end(_CO) if cn_over else m.end(_CR), value, bool(cn_over), has_big, mag, lone, has_digit,
                (cn_u,) + m.span(_CU))

    def _bare_first_end(self, i: int) -> bool:
        """The number at ``i`` may be read here as the first end of a range (3 in
        3至5亿元): no space, 第 or currency word before it."""
        c = self.s[i - 1] if i else ""
        return not (c and (c in SPACES or c == "第" or c in self.lex.prev_trigger))

    # -- when not to read it here ------------------------------------------------
    def _alone_right(self, unit_end: int) -> bool:
        """Nothing after the unit word makes the regex's reach uncertain: letters
        running on (1BPa), a word written with spaces (2.4 个百分 点), 个 before
        万/亿 (两个亿 is one numeral)."""
        s = self.s
        nxt = s[unit_end] if unit_end < len(s) else ""
        if not nxt:
            return True
        if nxt in SPACES or LATIN.match(nxt) and LATIN.match(s[unit_end - 1]):
            return False
        return not (nxt in "万亿" and s[unit_end - 1] == "个")

    def _alone_before(self, i: int) -> bool:
        """Nothing before the numeral can be an amount the main pass would read
        first and that may take the numeral (一成三, 3块四, 贰 点9, 1块5分壹,
        四点 五, 0块 二户, 幺成 弍人), and the numeral does not continue a run of
        numeral characters that the main pass may have begun reading before it
        (六成半9成, 二余 十，7个: the main pass never reads from inside a run).
        数 before an Arabic number is a word (户数769万户): the regex starts no
        match after a numeral and 数, and :func:`finner.numerals.tokenize`
        reads 数 as a numeral only before a unit."""
        s = self.s
        c = s[i - 1] if i else ""
        if not c:
            return True
        if c in "成块钱几数半":
            return c == "数" and "0" <= s[i] <= "9"
        if c in ".,，":
            return not self._run_before_spaces(i - 1)
        if c == "点":
            return not (i > 1 and s[i - 2] in SPACES)
        if c in self.lex.sub_last and s[i] in DIGITS:
            return False
        return not (c in SPACES and self._amount_before_spaces(i))

    def _alone_after(self, r: _Reading, atom: _Atom) -> bool:
        """The amount ``atom`` decided for ``r`` can be taken now, as far as what
        stands before it goes: no range connector (3至超5亿元), no numeral
        character at its start (几近8BP), no currency word before it that may
        end the amount before (100亿元人民币2亿元, 仟块钱人民币九佰美元), and no
        amount before a sub-unit alone (两美元又三美分).  What stands after it:
        :meth:`_context_after`."""
        s = self.s
        start = atom[0]
        if start < r.ns and not self._qualifier_alone(start):
            return False
        if r.pre_word is not None and self._shared_currency_word(r.pre_word[0], r.pre_word[1]):
            return False
        cur = r.currency
        if r.kind == "money" and cur is not None and cur.position == "sub" and r.ns:
            c = s[r.ns - 1]
            if c in "又零" or c in self.lex.post_last or c in self.lex.sub_first:
                return False
        return True

    def _qualifier_alone(self, start: int) -> bool:
        """What an amount starts with before its numeral (a qualifier, a currency
        word, a sign at ``start``) belongs to it alone: no range connector before
        it (3至超5亿元), no numeral character in it (人民币几近8BP: 几 may be read
        as a numeral first)."""
        return not (self._after_connector(start) or self.s[start] in NUMERAL_CHARS)

    def _shared_currency_word(self, word: str, a: int) -> bool:
        """The currency word at ``a`` may belong to what stands before it: the
        amount it ends (100亿元人民币, 2bn欧元), the other end of a range (5至RMB 12元),
        or letters it continues (ABCRMB).  The main pass decides those."""
        s = self.s
        p = a - 1
        while p >= 0 and s[p] in SPACES and a - p <= _GAP:
            p -= 1
        if p < 0:
            return False
        c = s[p]
        return (isdigit(c) or c in NUMERAL_CHARS or c in self.lex.amount_last or c in "多余" or c in CONNECTOR_CHARS or
                LATIN.match(c) is not None)

    def _context_after(self, end: int) -> bool:
        """The amount ending at ``end`` is context the main pass needs for the
        numeral after it, which the mask would hide: a currency word before a
        numeral (贰人民币贰), or a run of numeral characters going on after it
        (基点点2, 一成三仟人, 七块七 二股)."""
        s = self.s
        last = s[end - 1]
        if (last in NUMERAL_CHARS or isdigit(last)) and self._run_goes_on(end):
            return True                      # 一成三仟人, 七块七 二股: the main pass reads no run from inside
        j = end
        while j < len(s) and s[j] in SPACES and j - end < 2:
            j += 1
        return j < len(s) and last in self.lex.prev_trigger and (isdigit(s[j]) or s[j] in NUMERAL_CHARS)

    def _run_goes_on(self, end: int) -> bool:
        """The run of numeral characters that ends the amount at ``end`` goes on
        after it, as the main pass's candidates do: over up to four spaces, to a
        numeral character, or to a point or comma before a digit (叁，2million)."""
        s = self.s
        j = end
        while j < len(s) and s[j] in " \u3000" and j - end < _GAP:
            j += 1
        if j >= len(s):
            return False
        c = s[j]
        return c in NUMERAL_CHARS or isdigit(c) or c in ".,，" and j + 1 < len(s) and isdigit(s[j + 1])

    def _after_connector(self, i: int) -> bool:
        """A range connector stands before ``i`` (spaces between)."""
        s = self.s
        p = i - 1
        while p >= 0 and s[p] in SPACES and i - p <= _GAP:
            p -= 1
        return p >= 0 and s[p] in CONNECTOR_CHARS

    def _run_before_spaces(self, i: int) -> bool:
        """A numeral character or a digit stands before ``i``, spaces between
        (十，7: a run of the main pass's candidates goes on over a comma)."""
        s = self.s
        p = i - 1
        while p > 0 and s[p] in SPACES:
            p -= 1
        return p >= 0 and s[p] in RUN_CHARS

    def _amount_before_spaces(self, i: int) -> bool:
        """Spaces before ``i`` follow what an amount can end with (四点 五, 0块 二户):
        the main pass may read that amount over the spaces."""
        s = self.s
        p = i - 1
        while p > 0 and s[p] in SPACES:
            p -= 1
        return s[p] in self.lex.amount_last or s[p] in "成折"
