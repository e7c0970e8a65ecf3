"""The state the scanner's passes share, declared for the type checker.

:class:`finner.quantities.scanner._Scanner` sets these attributes and defines the
helpers; its mixins (:class:`~finner.quantities.prepass.PrePass`,
:class:`~finner.quantities.fast.FastPass`, :class:`~finner.quantities.atoms.AtomReader`,
:class:`~finner.quantities.ranges.RangeJoiner`) use them through ``self``.  This base
class only declares them: at run time it has no attributes and no methods.
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple

if TYPE_CHECKING:
    from finner.numerals import Numeral, Token
    from finner.quantities.atoms import _Atom, _Reading
    from finner.quantities.compiled import _Lex


class ScanState:
    """Base of the scanner's mixins: the shared attributes and helpers, typed."""

    s: str                      # the normalised text
    lex: _Lex                   # the compiled word tables and patterns
    atoms: List[_Atom]          # the atoms read so far
    taken: bytearray            # 1 where a character is inside an atom or an idiom
    masked: bytearray           # the text in UTF-32 with the taken characters zeroed

    if TYPE_CHECKING:
        def _free(self, a: int, b: int) -> bool: ...

        def _take(self, a: int, b: int) -> None: ...

        def _add(self, atom: _Atom) -> None: ...

        def _atom(self, toks: Sequence[Token], k: int, num: Numeral) -> Optional[_Atom]: ...

        def _decide(self, r: _Reading) -> Optional[_Atom]: ...

        def _shared_currency_word(self, word: str, a: int) -> bool: ...

        def _plain_atom(self, ns: int, ne: int, value: Decimal, over: bool, has_big: bool, mag: Decimal, lone: bool,
                        w: str, us: int, ue: int) -> Optional[_Atom]: ...
