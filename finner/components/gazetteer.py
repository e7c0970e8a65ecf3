"""``finner_gazetteer``: BANK, ORG, PRODUCT and TITLE spans from finner's data
files, with ``Span._.canonical`` (工行 -> 中国工商银行).  It matches ``doc.text``
(see :mod:`finner.gazetteer`), so it works with any segmenter."""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from finner import extensions
from finner.components.base import SpanWriter, doc_text
from finner.gazetteer import find_names


@Language.factory(
    "finner_gazetteer",
    assigns=["doc.ents", "doc.spans", "span._.canonical"],
    default_config={"spans_key": "finner", "annotate_ents": True, "overwrite": False},
)
def make_gazetteer(nlp: Language, name: str, *, spans_key: Optional[str], annotate_ents: bool,
                   overwrite: bool) -> "Gazetteer":
    return Gazetteer(nlp, name, spans_key=spans_key, annotate_ents=annotate_ents, overwrite=overwrite)


class Gazetteer(SpanWriter):
    factory = "finner_gazetteer"
    LABELS = ("BANK", "ORG", "PRODUCT", "TITLE")

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for found in find_names(doc_text(doc)):
            span = doc.char_span(found.start, found.end, label=found.label, alignment_mode="expand")
            if span is None:
                continue
            if found.canonical is not None and found.label in ("BANK", "ORG"):
                extensions.store_span_data(doc, span, "canonical", found.canonical)
            spans.append(span)
        return self.write(doc, spans)
