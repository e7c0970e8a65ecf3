"""finner: financial entities and exact typed amounts from Chinese text.

The number core (``parse_number``, ``parse_quantity``, ``find_quantities``,
``Quantity``, ``Qualifier``) is plain Python and does not import spaCy.
"""
from finner.numerals import parse_number
from finner.quantities import KINDS, Qualifier, Quantity, find_quantities, parse_quantity

__version__ = "0.1.0"

__all__ = ["parse_number", "parse_quantity", "find_quantities", "Quantity", "Qualifier", "KINDS", "load",
           "render", "to_records", "extract_many", "__version__"]


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
