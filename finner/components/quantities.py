"""``finner_quantities``: MONEY, PERCENT and QUANTITY spans with ``Span._.quantity``.

    nlp = spacy.blank("zh")
    nlp.add_pipe("finner_quantities")        # no ``import finner`` needed after pip install

The component runs :func:`finner.find_quantities` on ``doc.text`` and maps each
amount onto the document's tokens with ``Doc.char_span(alignment_mode="expand")``,
so it works with any segmenter (char, jieba, pkuseg).  When a segmenter puts
an amount inside a longer token, the span grows to whole tokens; the exact
amount is still in ``span._.quantity`` (``.text``, ``.start``, ``.end``).
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from finner import extensions
from finner.components.base import SpanWriter, register_component, doc_text
from finner.quantities import find_quantities

LABELS = {"money": "MONEY", "percent": "PERCENT", "quantity": "QUANTITY"}


class QuantityRecognizer(SpanWriter):
    """Options are named as spaCy's SpanRuler names them: ``spans_key`` (None to
    write no span group), ``annotate_ents``, and ``overwrite``."""

    factory = "finner_quantities"
    LABELS = tuple(LABELS.values())

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for q in find_quantities(doc_text(doc)):
            span = doc.char_span(q.start, q.end, label=LABELS[q.kind], alignment_mode="expand")
            if span is None:
                continue
            extensions.store_span_data(doc, span, "quantity", q.to_dict())
            spans.append(span)
        return self.write(doc, spans)


make_quantities = register_component("finner_quantities", QuantityRecognizer,
                                     assigns=["doc.ents", "doc.spans", "span._.quantity"])
