"""What finner's span-writing components share: the SpanRuler-style output
options, the scorer, serialisation, and :func:`register_component`, the one way
a finner component is declared."""
from __future__ import annotations

import inspect
import json
import weakref
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from finner import extensions, scoring  # noqa: F401  (scoring registers finner.scorer.v1)


_TEXTS: Dict[int, Any] = {}     # id(doc) -> (weak reference to the doc, token count, text)


def _forget(key: int) -> Callable[[Any], None]:
    """The weak reference's callback: drop the copy of a Doc that is gone."""
    def drop(_: Any) -> None:
        _TEXTS.pop(key, None)
    return drop


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc.  spaCy builds ``doc.text`` from a
    Token object per token on every access; finner's components each need it.
    The copy is kept beside the Doc (not in it: nothing is added to what
    spaCy serialises), under a weak reference, and dropped with the Doc."""
    key = id(doc)
    hit = _TEXTS.get(key)
    if hit is not None and hit[0]() is doc and hit[1] == len(doc):
        return hit[2]
    text = doc.text
    _TEXTS[key] = (weakref.ref(doc, _forget(key)), len(doc), text)
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Tell :func:`doc_text` the text ``doc`` was made from (finner's tokenizer
    does, so that no component has to rebuild it from the tokens)."""
    key = id(doc)
    _TEXTS[key] = (weakref.ref(doc, _forget(key)), len(doc), text)
    return doc


def entities(doc: Doc) -> List[Span]:
    """``list(doc.ents)``: spaCy's getter walks the tokens in C and builds a
    Span for each entity only (measured 40 times faster than reading the IOB
    columns into Python on a sentence)."""
    return list(doc.ents)


def _occupied(n_tokens: int, spans: Iterable[Span]) -> bytearray:
    """Token positions covered by ``spans`` (linear, for overlap tests on long documents)."""
    mask = bytearray(n_tokens)
    for sp in spans:
        mask[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)
    return mask


class SpanWriter(Pipe):
    """A finner component: a spaCy ``Pipe`` that writes spans into
    ``doc.spans[spans_key]`` (unless it is None) and, with ``annotate_ents``,
    into ``doc.ents``: entities already there are kept and overlapping new ones
    dropped, unless ``overwrite``.  ``scorer`` is what ``nlp.evaluate`` calls
    (``finner.scorer.v1``: entity P/R/F per type and ``quantity_acc``)."""

    factory = ""
    LABELS: Sequence[str] = ()

    def __init__(self, nlp: Language, name: str, *, spans_key: Optional[str] = "finner",
                 annotate_ents: bool = True, overwrite: bool = False,
                 scorer: Optional[Callable[..., Dict[str, Any]]] = None):
        self.name = name
        self.spans_key = spans_key
        self.annotate_ents = annotate_ents
        self.overwrite = overwrite
        self.scorer = scoring.score if scorer is None else scorer
        extensions.register()

    @property
    def labels(self) -> Tuple[str, ...]:
        return tuple(self.LABELS)

    def _group(self, doc: Doc, spans: List[Span]) -> None:
        """Add ``spans`` to the span group ``spans_key`` (unless it is None)."""
        key = self.spans_key
        if key is None:
            return
        if key not in doc.spans:
            doc.spans[key] = spans
        elif spans:
            doc.spans[key].extend(spans)

    def write(self, doc: Doc, spans: List[Span]) -> Doc:
        self._group(doc, spans)
        if self.annotate_ents and spans:              # no spans: doc.ents stay as they are
            old = entities(doc)
            if not old:
                doc.ents = filter_spans(spans)
                return doc
            if self.overwrite:
                mine = _occupied(len(doc), spans)
                doc.ents = filter_spans([e for e in old if mine.find(1, e.start, e.end) < 0] + spans)
            else:
                theirs = _occupied(len(doc), old)
                doc.ents = filter_spans(old + [s for s in spans if theirs.find(1, s.start, s.end) < 0])
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

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


# --------------------------------------------------------------- declaring a component

#: what every finner component's config holds, named as spaCy's SpanRuler names
#: them; ``overwrite`` only where the component merges by that rule
BASE_CONFIG: Dict[str, Any] = {"spans_key": "finner", "annotate_ents": True,
                               "scorer": {"@scorers": "finner.scorer.v1"}}
_TYPES: Dict[str, Any] = {"spans_key": Optional[str], "scorer": Optional[Callable],
                          "model": Optional[str], "labels": Optional[List[str]]}


def register_component(factory: str, cls: Callable[..., Any], *, assigns: Sequence[str],
                       config: Optional[Dict[str, Any]] = None, overwrite: bool = True) -> Callable[..., Any]:
    """Register ``cls`` as the spaCy factory ``factory`` with ``BASE_CONFIG``,
    ``"overwrite": False`` (unless ``overwrite`` is False) and ``config``, and
    return the factory function (what the ``spacy_factories`` entry point names).

    The factory's signature is built from type objects, not from annotations:
    spaCy validates the config against it, and on Python 3.9 it cannot read the
    postponed annotations (``nlp: "Language"``) of a module with
    ``from __future__ import annotations``."""
    default = dict(BASE_CONFIG)
    if overwrite:
        default["overwrite"] = False
    default.update(config or {})

    def make(nlp: Language, name: str, **cfg: Any) -> Any:
        return cls(nlp, name, **cfg)

    kind = inspect.Parameter
    params = [kind("nlp", kind.POSITIONAL_OR_KEYWORD, annotation=Language),
              kind("name", kind.POSITIONAL_OR_KEYWORD, annotation=str)]
    params += [kind(k, kind.KEYWORD_ONLY, annotation=_TYPES.get(k, type(v))) for k, v in default.items()]
    make.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    make.__name__ = make.__qualname__ = "make_" + factory[len("finner_"):]
    make.__module__ = getattr(cls, "__module__", __name__)
    make.__doc__ = f"The spaCy factory {factory!r}: {getattr(cls, '__name__', cls)} with the config's options."
    Language.factory(factory, assigns=list(assigns), default_config=default)(make)
    return make
