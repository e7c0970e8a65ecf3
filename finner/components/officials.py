"""``finner_officials``: PERSON spans found from context, with ``Span._.title``,
``Span._.org`` and ``Doc._.officials`` (see :mod:`finner.officials`).  It reads
the BANK, ORG and TITLE entities already in the document, so it goes after
``finner_gazetteer`` (or a model that finds them)."""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from finner import extensions
from finner.components.base import SpanWriter
from finner.officials import find_officials


@Language.factory(
    "finner_officials",
    assigns=["doc.ents", "doc.spans", "span._.title", "span._.org", "doc._.officials"],
    default_config={"spans_key": "finner", "annotate_ents": True, "overwrite": False},
)
def make_officials(nlp: Language, name: str, *, spans_key: Optional[str], annotate_ents: bool,
                   overwrite: bool) -> "Officials":
    return Officials(nlp, name, spans_key=spans_key, annotate_ents=annotate_ents, overwrite=overwrite)


class Officials(SpanWriter):
    factory = "finner_officials"
    LABELS = ("PERSON",)

    def __call__(self, doc: Doc) -> Doc:
        entities = [(e.label_, e.start_char, e.end_char, e.text) for e in doc.ents
                    if e.label_ in ("BANK", "ORG", "TITLE")]
        spans = []
        for person in find_officials(doc.text, entities):
            span = doc.char_span(person.start, person.end, label="PERSON", alignment_mode="expand")
            if span is None:
                continue
            extensions.store_span_data(doc, span, "title", person.title)
            extensions.store_span_data(doc, span, "org", person.org)
            spans.append(span)
        return self.write(doc, spans)
