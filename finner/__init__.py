"""finner: financial entities and exact typed amounts from Chinese text.

The number core (``parse_number``, ``parse_quantity``, ``find_quantities``,
``Quantity``, ``Qualifier``) is plain Python and does not import spaCy.  The
spaCy side (``load``, ``render``, ``to_records``, ``extract_many``,
``iter_extract``, ``to_dataframe``) imports spaCy on first call, so
``import finner`` stays light.

>>> import finner
>>> finner.parse_number("一千二百五十万")
Decimal('12500000')
>>> q = finner.parse_quantity("超1800亿元")
>>> q.kind, q.value, q.unit, q.qualifier == "over"      # Qualifier is a str enum
('money', Decimal('180000000000'), 'CNY', True)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Optional, Union

from finner.numerals import parse_number
from finner.quantities import KINDS, Qualifier, Quantity, find_quantities, parse_quantity

if TYPE_CHECKING:  # only for type checkers and IDEs: importing spaCy or pandas here would make `import finner` slow
    from pathlib import Path

    import pandas
    from spacy.language import Language
    from spacy.tokens import Doc

__version__ = "0.1.0"

__all__ = ["parse_number", "parse_quantity", "find_quantities", "Quantity", "Qualifier", "KINDS", "load",
           "render", "to_records", "extract_many", "iter_extract", "to_dataframe", "__version__"]

# The wrappers below repeat the parameters of the functions they call, so that
# help(), IDEs and type checkers see them; tests/test_core_api.py checks that
# each wrapper's signature matches its target.


def load(path: Optional[Union[str, Path]] = None, *, segmenter: str = "char",
         pkuseg_model: Optional[Union[str, Path]] = None, ner: bool = True) -> Language:
    """The default pipeline, or a pipeline saved with ``nlp.to_disk(path)``
    (see :func:`finner.pipeline.load`); imports spaCy on first use.

    ``segmenter`` is ``"char"`` (default, no model), ``"jieba"`` (``pip install
    'finner[jieba]'``) or ``"pkuseg"`` with a local ``pkuseg_model``;
    ``ner=False`` leaves out the statistical NER and keeps the rules."""
    from finner.pipeline import load as _load
    return _load(path, segmenter=segmenter, pkuseg_model=pkuseg_model, ner=ner)


def render(doc: Doc, *, jupyter: Optional[bool] = None, **options: Any) -> Optional[str]:
    """displaCy picture of ``doc`` with finner's colours: HTML outside notebooks
    (see :func:`finner.pipeline.render`)."""
    from finner.pipeline import render as _render
    return _render(doc, jupyter=jupyter, **options)


def to_records(doc: Doc) -> List[Dict[str, Any]]:
    """The entities of ``doc`` as plain JSON-ready dicts, one per entity, numbers as
    exact decimal strings (see :func:`finner.records.to_records`)."""
    from finner.records import to_records as _to_records
    return _to_records(doc)


def extract_many(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256,
                 nlp: Optional[Language] = None, ner: bool = True, piece_size: Optional[int] = None,
                 max_chars: Optional[int] = None) -> List[Dict[str, Any]]:
    """One ``{"records": [...], "error": None | str}`` per text, in order
    (see :func:`finner.batch.extract_many`)."""
    from finner.batch import extract_many as _extract_many
    return _extract_many(texts, n_process=n_process, batch_size=batch_size, nlp=nlp, ner=ner,
                         piece_size=piece_size, max_chars=max_chars)


def iter_extract(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256,
                 nlp: Optional[Language] = None, ner: bool = True, piece_size: Optional[int] = None,
                 max_chars: Optional[int] = None) -> Iterator[Dict[str, Any]]:
    """Lazy :func:`extract_many`: results in input order while input is read
    (see :func:`finner.batch.iter_extract`)."""
    from finner.batch import iter_extract as _iter_extract
    return _iter_extract(texts, n_process=n_process, batch_size=batch_size, nlp=nlp, ner=ner,
                         piece_size=piece_size, max_chars=max_chars)


def to_dataframe(data: Any, *, n_process: int = 1, batch_size: int = 256, nlp: Optional[Language] = None,
                 on_missing: str = "error", ner: bool = True) -> pandas.DataFrame:
    """One pandas row per mention, for a Doc, Docs or texts; ``on_missing`` is
    ``"error"``, ``"skip"`` or ``"raise"`` (see :func:`finner.batch.to_dataframe`).
    Needs pandas (``pip install 'finner[pandas]'``)."""
    from finner.batch import to_dataframe as _to_dataframe
    return _to_dataframe(data, n_process=n_process, batch_size=batch_size, nlp=nlp,
                         on_missing=on_missing, ner=ner)
