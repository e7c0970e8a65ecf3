"""``finner.to_records(doc)``: the entities of a Doc as plain, JSON-ready dicts."""
from __future__ import annotations

from typing import Any, Dict, List

__all__ = ["to_records", "RECORD_FIELDS"]

RECORD_FIELDS = ("label", "text", "start", "end", "kind", "value", "low", "high", "unit", "qualifier",
                 "canonical", "title", "org")


def to_records(doc) -> List[Dict[str, Any]]:
    """One dict per entity, in order, with every field of RECORD_FIELDS; numbers
    are exact decimal strings (``"180000000000"``), absent fields None."""
    from finner import extensions
    from finner.components.base import doc_text, entities
    extensions.register()
    out = []
    text = doc_text(doc)
    for e in entities(doc):
        q = e._.quantity
        d = q.to_dict() if q is not None else {}
        out.append({"label": e.label_, "text": text[e.start_char:e.end_char], "start": e.start_char, "end": e.end_char,
                    "kind": d.get("kind"), "value": d.get("value"), "low": d.get("low"), "high": d.get("high"),
                    "unit": d.get("unit"), "qualifier": d.get("qualifier"), "canonical": e._.canonical,
                    "title": e._.title, "org": e._.org})
    return out
