"""Range joining: two ends with a connector between them become one range (3至5亿元)."""
from __future__ import annotations

import decimal
import operator
from typing import List, Optional, Tuple

from finner.charsets import RANGE_CONNECTORS, RANGE_GAP_FIRST
from finner.numerals import EXACT, _clean
from finner.quantities.atoms import _Atom
from finner.quantities.model import QUALIFIERS, Quantity
from finner.quantities.values import _ONE, _big_part
from finner.quantities.words import _GAP
from finner.quantities.state import ScanState

_START = operator.itemgetter(0)
_JOIN_GAP = 2 * _GAP + 1        # the widest gap between two ends of a range: spaces, a connector, spaces


class RangeJoiner(ScanState):
    """Mixin of :class:`finner.quantities.scanner._Scanner`."""

    # -- ranges ------------------------------------------------------------------
    def results(self, raw: str, index_map: Optional[Tuple[List[int], List[int]]]) -> List[Quantity]:
        """The quantities of the atoms in text order, two ends joined into one
        range where a range connector stands between them (3至5亿元), bare
        numbers dropped, spans mapped back to ``raw``."""
        atoms = self._ranges(sorted(self.atoms, key=_START))
        # ends is read only where starts is not None
        starts, ends = index_map if index_map is not None else (None, [])
        out: List[Quantity] = []
        append = out.append
        new = object.__new__
        for start, end, kind, value, unit, qualifier, low, high, _, _, _ in atoms:
            if kind is None:
                continue
            if starts is not None:
                start, end = starts[start], ends[end - 1]
            # built field by field: the values were checked where they were made
            q = new(Quantity)
            d = q.__dict__
            d["kind"] = kind
            d["value"] = value
            d["low"] = low
            d["high"] = high
            d["unit"] = unit
            d["qualifier"] = QUALIFIERS[qualifier]
            d["text"] = raw[start:end]
            d["start"] = start
            d["end"] = end
            append(q)
        return out

    def _ranges(self, atoms: List[_Atom]) -> List[_Atom]:
        """``atoms`` (in text order) with every two neighbours that a range
        connector joins (:meth:`_join`) made one, read left to right: an atom
        joined as the second end is not the first end of another range.  Only
        the atoms followed by what a gap begins with are looked at."""
        s = self.s
        size = len(s)
        n = len(atoms)
        joined: List[Tuple[int, _Atom]] = []
        taken_as_second = -1
        for x in [x for x, a in enumerate(atoms) if a[1] < size and s[a[1]] in RANGE_GAP_FIRST]:
            if x == taken_as_second or x + 1 >= n:
                continue
            a, b = atoms[x], atoms[x + 1]
            e = a[1]
            if b[0] - e <= _JOIN_GAP and s[e:b[0]].strip(" \u3000") in RANGE_CONNECTORS:
                j = self._join(a, b)
                if j is not None:
                    joined.append((x, j))
                    taken_as_second = x + 1
        if not joined:
            return atoms
        out: List[_Atom] = []
        pos = 0
        for x, j in joined:
            out.extend(atoms[pos:x])
            out.append(j)
            pos = x + 2
        out.extend(atoms[pos:])
        return out

    def _join(self, a: _Atom, b: _Atom) -> Optional[_Atom]:
        s = self.s
        if a.kind == "quantity" and a.unit is None and a.qualifier is None and (b.kind != "quantity" or b.unit):
            a = _Atom(a.start, a.end, None, a.value, None, None, None, None, _ONE, True, a.mag)       # 2亿至3亿美元: 2亿 shares the unit of the other end
        if b.kind is None or b.value is None or a.qualifier in ("range", "several") or b.qualifier in ("range", "several"):
            return None
        gap = s[a.end:b.start].strip(" \u3000")
        if gap not in RANGE_CONNECTORS:
            return None
        if a.kind is not None and b.kind != "percent" and gap == "至" and \
                self.lex.change_behind.match(s, a.start) is not None:
            return None                      # 上涨5元至30元: a change of 5元, to 30元
        if a.kind is None:
            if a.value is None:
                return None
            # 3至5亿元: the bare end takes the other end's magnitude and unit scale
            with decimal.localcontext(EXACT):
                low = a.value * b.scale
                if not a.has_scale_word:
                    # 八到九百亿元 borrows 百亿; 5千至8千万元, whose first end has its own 千, only 万
                    low = low * (b.mag if a.mag == 1 else _big_part(b.mag))
            low = _clean(low)
        else:
            if a.kind != b.kind or a.unit != b.unit or a.value is None:
                return None
            low = a.value
        high = b.value
        if low > high:
            if high > 0:
                return None                  # 5至3亿元: not a range
            low, high = high, low            # -3至-5: low is never above high
        start, end = a.start, b.end
        if start > 0 and s[start - 1] == "从" and gap in ("至", "到"):
            start -= 1
        elif start > 0 and s[start - 1] == "在" and s[end:end + 2] == "之间":
            start, end = start - 1, end + 2   # 在5%至10%之间: the frame belongs to the span, as 从…到…
        return _Atom(start, end, b.kind, None, b.unit, "range", low, high, b.scale)
