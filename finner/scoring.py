"""Scores of finner's components for spaCy's ``nlp.evaluate``.

``finner.scorer.v1`` (registered through the ``spacy_scorers`` entry point)
returns what spaCy's own NER scorer returns, from ``spacy.scorer.get_ner_prf``
(exact span and label):

* ``ents_p``, ``ents_r``, ``ents_f`` and ``ents_per_type`` (``{"MONEY": {"p", "r", "f"}, ...}``);

and finner's quantity score:

* ``quantity_acc``: of the gold MONEY, PERCENT and QUANTITY entities whose
  reference doc carries their quantity (``span._.quantity``), the share that the
  prediction has as an entity with the same offsets and label and the same kind,
  value, bounds, unit and qualifier (values compared as decimals); None when no
  gold entity carries a quantity.

:func:`examples_from_records` turns finner's corpus records (``{"text",
"spans"}``, as :func:`finner.training.readers.read` gives them) into spaCy
Examples whose reference docs carry those values.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence

from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import filter_spans, registry

from finner import extensions
from finner.quantities import Quantity

__all__ = ["QUANTITY_LABELS", "score", "score_quantities", "make_scorer", "examples_from_records"]

QUANTITY_LABELS = ("MONEY", "PERCENT", "QUANTITY")
_FIELDS = ("kind", "value", "low", "high", "unit", "qualifier")


def _same(gold: Quantity, pred: Optional[Quantity]) -> bool:
    return pred is not None and all(getattr(gold, f) == getattr(pred, f) for f in _FIELDS)


def score_quantities(examples: Iterable[Example]) -> Dict[str, Optional[float]]:
    """``{"quantity_acc": share or None}`` (see the module doc)."""
    extensions.register()
    gold_n = right = 0
    for eg in examples:
        found = {(e.start_char, e.end_char, e.label_): e for e in eg.predicted.ents}
        for g in eg.reference.ents:
            if g.label_ not in QUANTITY_LABELS:
                continue
            gq = g._.quantity
            if gq is None:
                continue                      # the reference says nothing about this amount's value
            gold_n += 1
            p = found.get((g.start_char, g.end_char, g.label_))
            right += p is not None and _same(gq, p._.quantity)
    return {"quantity_acc": right / gold_n if gold_n else None}


def score(examples: Iterable[Example], **kwargs: Any) -> Dict[str, Any]:
    """spaCy's entity scores plus ``quantity_acc``; the scorer of every finner component."""
    examples = list(examples)
    return {**get_ner_prf(examples, **kwargs), **score_quantities(examples)}


@registry.scorers("finner.scorer.v1")
def make_scorer() -> Callable[..., Dict[str, Any]]:
    return score


def _reference(nlp: Language, record: Dict[str, Any]) -> Doc:
    doc = nlp.make_doc(record["text"])
    ents = []
    for sp in record.get("spans", []):
        span = doc.char_span(sp["start"], sp["end"], label=sp["label"], alignment_mode="expand")
        if span is None:
            continue
        if sp["label"] in QUANTITY_LABELS and sp.get("kind") is not None:
            q = {f: sp.get(f) for f in _FIELDS}
            q.update(text=record["text"][sp["start"]:sp["end"]], start=sp["start"], end=sp["end"])
            extensions.store_span_data(doc, span, "quantity", q)
        for field in ("canonical", "title", "org"):
            if sp.get(field) is not None:
                extensions.store_span_data(doc, span, field, sp[field])
        ents.append(span)
    doc.ents = filter_spans(ents)
    return doc


def examples_from_records(nlp: Language, records: Sequence[Dict[str, Any]]) -> List[Example]:
    """One Example per record: the predicted side is ``nlp.make_doc(text)``, the
    reference carries the record's spans as entities, with their quantities
    (``kind``, ``value``... on MONEY/PERCENT/QUANTITY), canonical names, titles
    and organisations as finner's extension values."""
    extensions.register()
    return [Example(nlp.make_doc(r["text"]), _reference(nlp, r)) for r in records]

