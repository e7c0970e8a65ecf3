"""The scanner: the state the passes share (the text, what is taken, the atoms) and the main pass."""
from __future__ import annotations

import codecs
import re
from typing import List, Tuple

from finner import lexicon

from finner.charsets import HARD_NUMERAL_CHARS, NUMERAL_CHARS
from finner.compat import compile_possessive
from finner.numerals import NumeralReader, tokenize
from finner.quantities.atoms import AtomReader, _Atom
from finner.quantities.compiled import _lex
from finner.quantities.fast import FastPass
from finner.quantities.prepass import PrePass
from finner.quantities.ranges import RangeJoiner
from finner.quantities.values import _run_goes_on




# web addresses and e-mail: their digits and %xx escapes are not amounts
_URL = re.compile(r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+")
# what a run of numeral characters is made of, and what no numeral starts right after (patterns._NOT_AFTER)
_RUN = frozenset("0123456789" + NUMERAL_CHARS)
_HARD_RUN = frozenset("0123456789" + HARD_NUMERAL_CHARS)
_EMAIL = compile_possessive(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]++@[A-Za-z0-9.\-]++")
# the UTF-32 codec's own functions: str.encode and bytes.decode look the codec up by name on every call
_UTF32_ENCODE, _UTF32_DECODE = codecs.utf_32_le_encode, codecs.utf_32_le_decode


class _Scanner(PrePass, FastPass, AtomReader, RangeJoiner):
    def __init__(self, s: str, currencies: Tuple[lexicon.Currency, ...] = ()):
        self.s = s
        self.lex = _lex(currencies)
        self.atoms: List[_Atom] = []
        self.taken = bytearray(len(s))        # characters already inside an atom or an idiom
        # the text in UTF-32 (4 bytes a character) with the taken characters zeroed as
        # they are taken: the main pass looks for candidates in it (no text is rebuilt)
        self.masked = bytearray(_UTF32_ENCODE(s)[0])
        if "://" in s or "www." in s:
            for m in _URL.finditer(s):
                self._take(m.start(), m.end())
        if "@" in s:
            for m in _EMAIL.finditer(s):
                self._take(m.start(), m.end())

    # -- helpers ------------------------------------------------------------
    def _free(self, a: int, b: int) -> bool:
        return self.taken.find(1, a, b) < 0

    def _take(self, a: int, b: int) -> None:
        self.taken[a:b] = b"\x01" * (b - a)
        self.masked[4 * a:4 * b] = bytes(4 * (b - a))

    def _add(self, atom: _Atom) -> None:
        self.atoms.append(atom)
        self._take(atom.start, atom.end)

    # -- main pass: every other form ----------------------------------------------
    def scan(self) -> None:
        s = self.s
        taken = self.taken
        done = 0
        # look for candidates only where nothing was read yet: mask what was (the
        # fast pass leaves to this pass every amount whose context the mask would hide)
        masked = _UTF32_DECODE(self.masked, "strict", True)[0] if 1 in taken else s
        for m in self.lex.candidate_re.finditer(masked):
            i, b = m.span()
            if b <= done:
                continue
            if i < done:
                i = self._resume(done, b)     # the run began inside what was read already
            while i < b:
                i = self._next_numeral(self._scan_from(i), b)
            done = i

    def _resume(self, done: int, b: int) -> int:
        """Where to go on reading a candidate run that ends at ``b`` and began
        before ``done``, inside what was read already: at the next numeral after
        it (7成叁，7个), but not inside a run of numeral characters that the
        amount read ends in the middle of (一成三仟人: never from inside a run)."""
        s = self.s
        i = done
        if 0 < i < b and s[i - 1] in _HARD_RUN and s[i] in _RUN:
            while i < b and s[i] in _RUN:
                i += 1
        return self._next_numeral(i, b)

    def _next_numeral(self, i: int, b: int) -> int:
        """The first numeral character not read yet from ``i`` on, or ``b``."""
        s = self.s
        taken = self.taken
        while i < b and (not ("0" <= s[i] <= "9" or s[i] in NUMERAL_CHARS) or taken[i]):
            i += 1
        return i

    def _scan_from(self, i: int) -> int:
        """Read the numerals of the stretch starting at ``i``; return where reading stopped."""
        s = self.s
        taken = self.taken
        wide = not (i > 0 and s[i - 1] in self.lex.symbol_last)   # $1，000 is not one number
        toks = tokenize(s, i, wide_commas=wide)
        if not toks:
            return i + 1
        for x, t in enumerate(toks):
            if t.kind in "TB" and x and self.lex.mag_unit_words.match(s, t.start):
                toks = toks[:x]                  # 100千瓦时: 千 starts the measure word
                break
        reader = NumeralReader(toks)
        k = 0
        furthest = toks[-1].end
        read_to = i                              # the end of the last atom read from these tokens
        while k < len(toks):
            t = toks[k]
            if t.kind in "SPM" or taken[t.start]:
                k += 1
                continue
            if k and toks[k - 1].end == t.start and toks[k - 1].kind in "ADTB" and toks[k - 1].end > read_to:
                k += 1                           # never start inside a run of numeral characters
                continue
            num = reader.read(k)
            if num is None:
                k += 1
                continue
            if not self._free(num.start, num.end):
                k = num.last
                continue
            atom = self._atom(toks, k, num)
            if atom is not None and not self._free(atom.start, atom.end):
                atom = None                      # its context reaches into an amount read already
            if atom is not None and _run_goes_on(toks, atom.end):
                atom = None                      # 九九…亿亿亿亿: a run is read whole or not at all
            if atom is not None:
                self._add(atom)
                read_to = atom.end
                furthest = max(furthest, atom.end)
                while k < len(toks) and toks[k].start < atom.end:
                    k += 1
            else:
                k = max(num.last, k + 1)
        return max(furthest, i + 1)
