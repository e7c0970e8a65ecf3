"""``finner_dates``: DATE spans for dates and reporting periods (see :mod:`finner.dates`)."""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from finner.components.base import SpanWriter, register_component, doc_text
from finner.dates import find_dates


class DateRecognizer(SpanWriter):
    factory = "finner_dates"
    LABELS = ("DATE",)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for d in find_dates(doc_text(doc)):
            span = doc.char_span(d.start, d.end, label="DATE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return self.write(doc, spans)


make_dates = register_component("finner_dates", DateRecognizer, assigns=["doc.ents", "doc.spans"])
