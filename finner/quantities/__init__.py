"""Typed quantities from Chinese text: money, percentages and counts.

``find_quantities(text)`` returns every amount in ``text`` as a
:class:`Quantity` with exact ``Decimal`` values and character offsets into the
original text.  ``parse_quantity(text)`` reads a text that is one amount.

How it works, in time linear in the text:

1. :func:`finner.normalize.normalize` makes a normalised copy with an index map.
2. A pre-pass reads the forms that are not "number + unit": fractions
   (``三分之一``, ``百分之五``, ``千分之二``) and discounts (``七五折``, ``打对折``),
   then marks idioms (``一成不变``) and web addresses as taken.
3. The fast pass finds the common shape, a numeral followed by a unit word
   (``1800亿元``, ``12.3%``, ``三成``, ``5.72万户``), with one compiled regex,
   and reads its numeral without tokens (``_arabic``, a cached ``_cn_numeral``).
4. The main pass reads everything else (currency words before the number,
   vague and paired numerals, sub-units, spaces inside numerals): a regex
   picks the numeral runs that can be amounts, :func:`finner.numerals.tokenize`
   and :class:`finner.numerals.NumeralReader` read them.  Both passes decide
   with the same function, :meth:`~finner.quantities.atoms.AtomReader._decide`
   (value, unit, qualifier, exclusions; the words around a numeral come from
   ``finner/data``).  The fast pass only saves time: where an amount the main
   pass reads first, left to right, could reach into a match or change what
   stands around it (a numeral after 成 or 块, a currency word that may end
   the amount before, a range connector before a qualifier, a run of numeral
   characters going on past it) it leaves the match to the main pass, which
   looks for its candidates in a copy with what was read blanked out; with or
   without the fast pass the results are the same
   (``tests/test_two_passes_agree.py``: every case-table text, the benchmark
   text and 60,000 random strings).
5. A last pass joins ``A 至 B`` into ranges, the unit shared by both ends
   (``3至5亿元``).

Nothing here imports spaCy.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from finner import lexicon

from finner.normalize import check_text, normalize
from finner.normalize import _replacement
from finner.quantities.compiled import MAGNITUDES, PERCENT_SUFFIXES, clear_memos
from finner.quantities.model import KINDS, Qualifier, Quantity
from finner.quantities.patterns import _alternation
from finner.quantities.scanner import _Scanner
from finner.quantities.values import _arabic, _cn_numeral, _denominator

__all__ = ["Quantity", "Qualifier", "find_quantities", "parse_quantity", "KINDS", "clear_caches"]
# also importable from here, for the modules and tools that use them
_SHARED = (MAGNITUDES, PERCENT_SUFFIXES, _alternation, _arabic, _cn_numeral, _denominator, _Scanner)


# ---------------------------------------------------------------------------
# public functions
# ---------------------------------------------------------------------------
def find_quantities(text: str, *, currencies: Sequence[lexicon.Currency] = ()) -> List[Quantity]:
    """Every money amount, percentage and count in ``text``, in order.
    ``currencies``: currency words or symbols to read besides those of
    finner/data/currencies.tsv (``lexicon.Currency(surface, code, scale,
    position, form)``; ``finner_quantities.add_currency`` makes them).

    >>> [q.text for q in find_quantities("贷款余额超1800亿元，同比增长12.3%")]
    ['超1800亿元', '12.3%']
    """
    return _find(check_text(text), fast=True, currencies=tuple(currencies))


def _find(raw: str, *, fast: bool, currencies: Tuple[lexicon.Currency, ...] = ()) -> List[Quantity]:
    """``fast=False`` skips the fast pass, so that the main pass reads every
    form; tests compare both ways on every case-table text."""
    if not raw or raw.isspace():
        return []
    norm, imap = normalize(raw)
    sc = _Scanner(norm, currencies)
    sc.prepass()
    if fast:
        sc.fast()
    sc.scan()
    return sc.results(raw, imap)



def clear_caches() -> None:
    """Empty every cache that :func:`find_quantities` fills as it reads: the
    Chinese numerals and denominators read, the decisions remembered for
    numerals in plain contexts, the characters normalised.  The next call reads
    its text as new (``benchmarks/bench_quantities.py`` calls this before each
    round); the compiled word tables and patterns are kept."""
    _cn_numeral.cache_clear()
    _denominator.cache_clear()
    _replacement.cache_clear()
    clear_memos()


def parse_quantity(text: str) -> Optional[Quantity]:
    """Read ``text`` as one amount (``"超1800亿元"``); None when it is not
    exactly one money amount, percentage or count."""
    raw = check_text(text)
    found = find_quantities(raw)
    stripped = raw.strip()
    if len(found) != 1 or not stripped:
        return None
    q = found[0]
    lead = len(raw) - len(raw.lstrip())
    if q.start != lead or q.end != lead + len(stripped):
        return None
    return q
