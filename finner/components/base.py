"""What finner's span-writing components share: the SpanRuler-style output
options and serialisation."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Union

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from finner import extensions


def _occupied(n_tokens: int, spans: Iterable[Span]) -> bytearray:
    """Token positions covered by ``spans`` (linear, for overlap tests on long documents)."""
    mask = bytearray(n_tokens)
    for sp in spans:
        mask[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)
    return mask


class SpanWriter:
    """Writes spans into ``doc.spans[spans_key]`` (unless it is None) and, with
    ``annotate_ents``, into ``doc.ents``: entities already there are kept and
    overlapping new ones dropped, unless ``overwrite``."""

    factory = ""
    LABELS: Sequence[str] = ()

    def __init__(self, nlp: Language, name: str, *, spans_key: Optional[str] = "finner",
                 annotate_ents: bool = True, overwrite: bool = False):
        self.name = name
        self.spans_key = spans_key
        self.annotate_ents = annotate_ents
        self.overwrite = overwrite
        extensions.register()

    @property
    def labels(self) -> List[str]:
        return list(self.LABELS)

    def write(self, doc: Doc, spans: List[Span]) -> Doc:
        if self.spans_key is not None:
            group = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
            doc.spans[self.spans_key] = group + spans
        if self.annotate_ents:
            old = list(doc.ents)
            if self.overwrite:
                mine = _occupied(len(doc), spans)
                doc.ents = filter_spans([e for e in old if mine.find(1, e.start, e.end) < 0] + spans)
            else:
                theirs = _occupied(len(doc), old)
                doc.ents = filter_spans(old + [s for s in spans if theirs.find(1, s.start, s.end) < 0])
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)  # type: ignore[operator]

    def initialize(self, get_examples: Optional[Callable[[], Iterable[Any]]] = None, *,
                   nlp: Optional[Language] = None) -> None:
        """Nothing to learn: the knowledge is packaged with finner (finner/data)."""

    # The options live in the config and the knowledge in the package; what is
    # written is which finner made the pipeline.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self._meta()).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "SpanWriter":
        json.loads(data.decode("utf-8"))
        return self

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "finner.json").write_text(json.dumps(self._meta()), encoding="utf-8")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "SpanWriter":
        json.loads((Path(path) / "finner.json").read_text(encoding="utf-8"))
        return self

    def _meta(self) -> Dict[str, Any]:
        from finner import __version__
        return {"component": self.factory, "finner_version": __version__}
