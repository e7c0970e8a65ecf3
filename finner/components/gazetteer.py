"""``finner_gazetteer``: BANK, ORG, PRODUCT and TITLE spans from finner's data
files, with ``Span._.canonical`` (工行 -> 中国工商银行), and PERSON spans of the
public figures of ``persons.tsv`` (潘功胜, 巴菲特).  It matches ``doc.text``
(see :mod:`finner.gazetteer`), so it works with any segmenter."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

import srsly

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from finner import extensions
from finner.components.base import SpanWriter, register_component, doc_text
from finner.gazetteer import find_names
from finner.patterns import PatternSet


class Gazetteer(SpanWriter):
    """finner's lists, plus the patterns a user adds with :meth:`add_patterns`
    (SpanRuler's format).  Added patterns win where they overlap a list match;
    ``nlp.to_disk`` writes them (``patterns.jsonl``) and ``spacy.load`` reads
    them back, so a customised pipeline is self-contained."""

    factory = "finner_gazetteer"
    LABELS = ("BANK", "ORG", "PRODUCT", "TITLE", "PERSON")

    def __init__(self, nlp: Language, name: str = "finner_gazetteer", **kwargs: Any) -> None:
        super().__init__(nlp, name, **kwargs)
        self.vocab = nlp.vocab
        self._added = PatternSet()
        self._matcher: Optional[Matcher] = None

    @property
    def labels(self) -> Tuple[str, ...]:
        return tuple(sorted(set(self.LABELS) | {p["label"] for p in self._added.patterns}))

    @property
    def patterns(self) -> List[Dict[str, Any]]:
        """The patterns added to this component (not finner's packaged lists)."""
        return self._added.patterns

    def add_patterns(self, patterns: Iterable[Dict[str, Any]]) -> None:
        """Add patterns in spaCy SpanRuler's format:
        ``{"label": "BANK", "pattern": "星河湾银行", "id": "星河湾商业银行"}``.
        A string pattern matches the characters of ``doc.text`` (any segmenter);
        a list of token dicts is a spaCy Matcher pattern.  ``id`` becomes
        ``span._.canonical``.  A wrong pattern raises ValueError and adds nothing."""
        self._added.add(patterns)
        self._matcher = None

    def clear(self) -> None:
        """Remove the added patterns (finner's lists stay)."""
        self._added.clear()
        self._matcher = None

    def _added_matches(self, doc: Doc, text: str) -> List[Tuple[int, int, str, Optional[str]]]:
        found = self._added.find_phrases(text)
        tokens = self._added.token_patterns
        if tokens:
            if self._matcher is None:
                self._matcher = Matcher(self.vocab)
                for i, p in enumerate(tokens):
                    self._matcher.add(str(i), [p["pattern"]])
            for key, a, b in self._matcher(doc):
                p = tokens[int(self.vocab.strings[key])]
                found.append((doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), p["label"], p.get("id")))
        return found

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        canonical: Dict[Tuple[int, int, str], Optional[str]] = {}
        added = []
        for start, end, label, pid in self._added_matches(doc, text) if len(self._added) else []:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                added.append(span)
                canonical[(span.start, span.end, label)] = pid
        spans = filter_spans(added)          # longest first, as SpanRuler does
        for sp in spans:
            if canonical[(sp.start, sp.end, sp.label_)] is not None:
                extensions.store_span_data(doc, sp, "canonical", canonical[(sp.start, sp.end, sp.label_)])
        taken = bytearray(len(doc))
        for sp in spans:
            taken[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)
        for found in find_names(text):
            span = doc.char_span(found.start, found.end, label=found.label, alignment_mode="expand")
            if span is None or taken.find(1, span.start, span.end) >= 0:
                continue                     # an added pattern wins where they overlap
            if found.canonical is not None and found.label in ("BANK", "ORG"):
                extensions.store_span_data(doc, span, "canonical", found.canonical)
            spans.append(span)
        spans.sort(key=lambda sp: sp.start)
        return self.write(doc, spans)

    # what the user added travels with the pipeline, as SpanRuler's patterns do
    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude=exclude)
        srsly.write_jsonl(Path(path) / "patterns.jsonl", self._added.patterns)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "Gazetteer":
        super().from_disk(path, exclude=exclude)
        self.clear()
        file = Path(path) / "patterns.jsonl"
        if file.exists():                    # pipelines saved before patterns could be added have none
            self.add_patterns(srsly.read_jsonl(file))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"meta": self._meta(), "patterns": self._added.patterns})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "Gazetteer":
        msg = srsly.msgpack_loads(data)
        self.clear()
        if isinstance(msg, dict):
            self.add_patterns(msg.get("patterns", []))
        return self


make_gazetteer = register_component("finner_gazetteer", Gazetteer,
                                    assigns=["doc.ents", "doc.spans", "span._.canonical"])
