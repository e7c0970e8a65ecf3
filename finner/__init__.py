"""finner: financial entities and exact typed amounts from Chinese text.

The number core (``parse_number``, ``parse_quantity``, ``find_quantities``,
``Quantity``, ``Qualifier``) is plain Python and does not import spaCy.
"""
from finner.numerals import parse_number
from finner.quantities import KINDS, Qualifier, Quantity, find_quantities, parse_quantity

__version__ = "0.1.0"

__all__ = ["parse_number", "parse_quantity", "find_quantities", "Quantity", "Qualifier", "KINDS", "load",
           "render", "to_records", "extract_many", "iter_extract", "to_dataframe", "__version__"]


def load(*args, **kwargs):
    """The default spaCy pipeline (see :func:`finner.pipeline.load`); imports spaCy on first use."""
    from finner.pipeline import load as _load
    return _load(*args, **kwargs)


def render(doc, **kwargs):
    """displaCy picture of ``doc`` with finner's colours (see :func:`finner.pipeline.render`)."""
    from finner.pipeline import render as _render
    return _render(doc, **kwargs)


def to_records(doc):
    """The entities of ``doc`` as plain JSON-ready dicts (see :func:`finner.records.to_records`)."""
    from finner.records import to_records as _to_records
    return _to_records(doc)


def extract_many(texts, **kwargs):
    """One plain result per text, in order (see :func:`finner.batch.extract_many`)."""
    from finner.batch import extract_many as _extract_many
    return _extract_many(texts, **kwargs)


def iter_extract(texts, **kwargs):
    """Lazy :func:`extract_many`: results in input order while input is read (see :func:`finner.batch.iter_extract`)."""
    from finner.batch import iter_extract as _iter_extract
    return _iter_extract(texts, **kwargs)


def to_dataframe(data, **kwargs):
    """One pandas row per mention, for a Doc, Docs or texts (see :func:`finner.batch.to_dataframe`)."""
    from finner.batch import to_dataframe as _to_dataframe
    return _to_dataframe(data, **kwargs)
