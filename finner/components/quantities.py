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

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Union

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from finner import extensions, lexicon
from finner.components.base import SpanWriter, register_component, doc_text
from finner.quantities import find_quantities

LABELS = {"money": "MONEY", "percent": "PERCENT", "quantity": "QUANTITY"}


class QuantityRecognizer(SpanWriter):
    """Options are named as spaCy's SpanRuler names them: ``spans_key`` (None to
    write no span group), ``annotate_ents``, and ``overwrite``.

    ``add_currency(word, code)`` teaches it a currency word or symbol besides
    finner/data/currencies.tsv; ``nlp.to_disk`` writes the additions
    (``currencies.jsonl``) and ``spacy.load`` reads them back."""

    factory = "finner_quantities"
    LABELS = tuple(LABELS.values())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._currencies: Dict[str, lexicon.Currency] = {}

    @property
    def currencies(self) -> List[Dict[str, str]]:
        """The currencies added, as ``add_currency``'s arguments."""
        return [{"word": c.surface, "code": c.code, "scale": str(c.scale), "position": c.position, "form": c.form}
                for c in self._currencies.values()]

    def add_currency(self, word: str, code: str, *, scale: Union[str, Decimal] = "1", position: str = "post",
                     form: str = "word") -> None:
        """Read ``word`` as a currency with ISO 4217 ``code`` (BTC and ETH
        stand in for crypto-currencies): ``position`` "post" after the
        number (300星河币), "pre" before it, "both", or "sub" for a sub-unit
        of ``scale`` (0.01); ``form`` "symbol" for a sign written before
        Arabic digits (₮), "code" for Latin letters (XGC).  A word finner
        already knows is overridden."""
        if not isinstance(word, str) or not word.strip() or word != word.strip():
            raise ValueError(f"add_currency: the word must be a non-empty string without outer spaces, got {word!r}")
        if not isinstance(code, str) or not (lexicon._ISO.match(code) or code in lexicon.NON_ISO_CODES):
            raise ValueError(f"add_currency: {code!r} is not an ISO 4217 code (three capital letters)")
        if position not in lexicon.POSITIONS:
            raise ValueError(f"add_currency: position must be one of {lexicon.POSITIONS}, got {position!r}")
        if form not in lexicon.FORMS or form == "generic":
            raise ValueError(f"add_currency: form must be word, symbol or code, got {form!r}")
        try:
            sc = Decimal(str(scale))
        except InvalidOperation:
            raise ValueError(f"add_currency: scale {scale!r} is not a decimal") from None
        if not (0 < sc <= 1):
            raise ValueError(f"add_currency: scale must be in (0, 1], got {scale}")
        self._currencies[word] = lexicon.Currency(word, code, sc, position, form)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for q in find_quantities(doc_text(doc), currencies=tuple(self._currencies.values())):
            span = doc.char_span(q.start, q.end, label=LABELS[q.kind], alignment_mode="expand")
            if span is None:
                continue
            extensions.store_span_data(doc, span, "quantity", q.to_dict())
            spans.append(span)
        return self.write(doc, spans)


    def _load_currencies(self, rows: Iterable[Dict[str, str]]) -> None:
        self._currencies = {}
        for row in rows:
            self.add_currency(row["word"], row["code"], scale=row.get("scale", "1"),
                              position=row.get("position", "post"), form=row.get("form", "word"))

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude=exclude)
        srsly.write_jsonl(Path(path) / "currencies.jsonl", self.currencies)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "QuantityRecognizer":
        super().from_disk(path, exclude=exclude)
        file = Path(path) / "currencies.jsonl"
        self._load_currencies(srsly.read_jsonl(file) if file.exists() else [])
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"meta": self._meta(), "currencies": self.currencies})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "QuantityRecognizer":
        msg = srsly.msgpack_loads(data)
        self._load_currencies(msg.get("currencies", []) if isinstance(msg, dict) else [])
        return self


make_quantities = register_component("finner_quantities", QuantityRecognizer,
                                     assigns=["doc.ents", "doc.spans", "span._.quantity"])
