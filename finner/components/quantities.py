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

import json
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from finner import extensions
from finner.quantities import find_quantities

LABELS = {"money": "MONEY", "percent": "PERCENT", "quantity": "QUANTITY"}


@Language.factory(
    "finner_quantities",
    assigns=["doc.ents", "doc.spans", "span._.quantity"],
    default_config={"spans_key": "finner", "annotate_ents": True, "overwrite": False},
)
def make_quantities(nlp: Language, name: str, *, spans_key: Optional[str], annotate_ents: bool,
                    overwrite: bool) -> "QuantityRecognizer":
    return QuantityRecognizer(nlp, name, spans_key=spans_key, annotate_ents=annotate_ents, overwrite=overwrite)


class QuantityRecognizer:
    """Options are named as spaCy's SpanRuler names them: ``spans_key`` (None to
    write no span group), ``annotate_ents``, and ``overwrite`` (replace
    overlapping entities already in ``doc.ents`` instead of keeping them)."""

    def __init__(self, nlp: Language, name: str = "finner_quantities", *, spans_key: Optional[str] = "finner",
                 annotate_ents: bool = True, overwrite: bool = False):
        self.name = name
        self.spans_key = spans_key
        self.annotate_ents = annotate_ents
        self.overwrite = overwrite
        extensions.register()

    @property
    def labels(self) -> List[str]:
        return list(LABELS.values())

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for q in find_quantities(doc.text):
            span = doc.char_span(q.start, q.end, label=LABELS[q.kind], alignment_mode="expand")
            if span is None:
                continue
            extensions.store_span_data(doc, span, "quantity", q.to_dict())
            spans.append(span)
        if self.spans_key is not None:
            group = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
            doc.spans[self.spans_key] = group + spans
        if self.annotate_ents:
            if self.overwrite:
                kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
                doc.ents = filter_spans(kept + spans)
            else:
                new = [s for s in spans if not any(e.start < s.end and s.start < e.end for e in doc.ents)]
                doc.ents = filter_spans(list(doc.ents) + new)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def initialize(self, get_examples: Optional[Callable[[], Iterable[Any]]] = None, *,
                   nlp: Optional[Language] = None) -> None:
        """Nothing to learn: the knowledge is packaged with finner."""

    # serialisation: the options live in the config; only the finner version is written,
    # so that a pipeline saved with one finner can say which finner made it
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self._meta()).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "QuantityRecognizer":
        json.loads(data.decode("utf-8"))
        return self

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "finner.json").write_text(json.dumps(self._meta()), encoding="utf-8")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "QuantityRecognizer":
        json.loads((Path(path) / "finner.json").read_text(encoding="utf-8"))
        return self

    def _meta(self) -> Dict[str, Any]:
        from finner import __version__
        return {"component": "finner_quantities", "finner_version": __version__}
