"""The one place where finner registers its spaCy extension attributes.

Values live in ``doc.user_data`` as plain JSON-ready data, keyed by the span's
character offsets, and the getters build objects from them.  This is what lets
them survive ``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=2)``,
which copy plain data but not Python objects.

* ``Span._.quantity``: a :class:`finner.Quantity` for MONEY, PERCENT and QUANTITY spans.
* ``Span._.canonical``: a canonical full name (BANK, ORG), else None.
* ``Span._.title`` / ``Span._.org``: a PERSON's title and organisation, else None.
* ``Doc._.officials``: ``[{"name", "title", "org"}]`` for every PERSON entity.
"""
from __future__ import annotations

from typing import Any, Optional

from spacy.tokens import Doc, Span

from finner.quantities import Quantity

__all__ = ["register", "USER_DATA_KEY", "store_span_data", "span_data"]

USER_DATA_KEY = "finner"


def _key(span: Span) -> str:
    return f"{span.start_char}:{span.end_char}:{span.label_}"


def store_span_data(doc: Doc, span: Span, field: str, value: Any) -> None:
    """Attach plain data to ``span`` (no objects: it must serialise with msgpack)."""
    doc.user_data.setdefault(USER_DATA_KEY, {}).setdefault(field, {})[_key(span)] = value


def span_data(span: Span, field: str) -> Optional[Any]:
    return span.doc.user_data.get(USER_DATA_KEY, {}).get(field, {}).get(_key(span))


def _get_quantity(span: Span) -> Optional[Quantity]:
    data = span_data(span, "quantity")
    return None if data is None else Quantity.from_dict(data)


def _get_canonical(span: Span) -> Optional[str]:
    return span_data(span, "canonical")


def _get_title(span: Span) -> Optional[str]:
    return span_data(span, "title")


def _get_org(span: Span) -> Optional[str]:
    return span_data(span, "org")


_GETTERS = {"quantity": _get_quantity, "canonical": _get_canonical, "title": _get_title, "org": _get_org}


def _get_officials(doc: Doc) -> list:
    from finner.components.base import entities
    return [{"name": e.text, "title": _get_title(e), "org": _get_org(e)} for e in entities(doc) if e.label_ == "PERSON"]


def register() -> None:
    """Register finner's Span extensions; idempotent.  Raises ValueError when
    another package already uses one of the names (finner never overwrites
    someone else's attribute)."""
    for name, getter in _GETTERS.items():
        if Span.has_extension(name):
            _, _, existing, _ = Span.get_extension(name)
            if existing is getter:
                continue
            raise ValueError(f"Span._.{name} is already registered by another package; finner needs it "
                             f"for its values. Remove the other extension (Span.remove_extension({name!r})) "
                             f"before adding finner's components.")
        Span.set_extension(name, getter=getter)
    if Doc.has_extension("officials"):
        if Doc.get_extension("officials")[2] is not _get_officials:
            raise ValueError("Doc._.officials is already registered by another package; finner needs it.")
    else:
        Doc.set_extension("officials", getter=_get_officials)

