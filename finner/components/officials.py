"""``finner_officials``: PERSON spans found from context, with ``Span._.title``,
``Span._.org`` and ``Doc._.officials`` (see :mod:`finner.officials`).  It reads
the BANK, ORG and TITLE entities already in the document, so it goes after
``finner_gazetteer`` (or a model that finds them).  A TITLE is any job title
or position, also where no person is named beside it (该行行长表示 has the
TITLE 行长, as CLUENER and ResumeNER annotate); ``keep_lone_titles=False``
removes the TITLE entities that no person is linked to from ``doc.ents`` (they
stay in the span group).  ``read_names=False`` links the PERSON entities
already found (by finner_ner) and reads no name by rule: ``finner.load()``
sets it when it has the model."""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from finner import extensions
from finner.components.base import SpanWriter, register_component, doc_text, entities
from finner.officials import find_officials


class Officials(SpanWriter):
    factory = "finner_officials"
    LABELS = ("PERSON",)

    def __init__(self, nlp: Language, name: str = "finner_officials", *, keep_lone_titles: bool = True,
                 read_names: bool = True, **kwargs) -> None:
        super().__init__(nlp, name, **kwargs)
        self.keep_lone_titles = keep_lone_titles
        self.read_names = read_names

    def __call__(self, doc: Doc) -> Doc:
        ents = entities(doc)
        known = [(e.label_, e.start_char, e.end_char, e.text) for e in ents if e.label_ in ("BANK", "ORG", "TITLE", "PERSON")]
        persons = find_officials(doc_text(doc), known, read_names=self.read_names)
        if not self.keep_lone_titles:
            # only the titles of named persons (the reading of finner < 0.2)
            linked = {p.title_start for p in persons}
            doc.ents = [e for e in ents if e.label_ != "TITLE" or e.start_char in linked]
        spans = []
        for person in persons:
            span = doc.char_span(person.start, person.end, label="PERSON", alignment_mode="expand")
            if span is None:
                continue
            extensions.store_span_data(doc, span, "title", person.title)
            extensions.store_span_data(doc, span, "org", person.org)
            spans.append(span)
        # a person read whole where a model found only part of the name (任家国，男: 家国) replaces that part
        parts = [e for e in entities(doc) if e.label_ == "PERSON" and any(
            s.start <= e.start and e.end <= s.end and (s.start, s.end) != (e.start, e.end) for s in spans)]
        if parts:
            doc.ents = [e for e in entities(doc) if e not in parts]
        return self.write(doc, spans)


make_officials = register_component(
    "finner_officials", Officials, config={"keep_lone_titles": True, "read_names": True},
    assigns=["doc.ents", "doc.spans", "span._.title", "span._.org", "doc._.officials"])
