"""Name swapping: copies of training sentences with their persons replaced by
other persons' names from the same training data.

A character tagger learns a name partly by heart: a footballer's name seen in
training is found again, an unseen one is missed.  A copy of a sentence with
another name in the same place teaches the context (主教练X表示, X的远射, 记者X)
rather than the name, and shows transliterated, Chinese and Latin-script names
in each other's contexts.  Only training sentences are copied and only names
from training sentences go in, so the dev split stays unseen.
"""
from __future__ import annotations

import random
from typing import Any, Dict, List, Sequence

__all__ = ["swap_names"]


def _names(records: Sequence[Dict[str, Any]], label: str) -> List[str]:
    found = {r["text"][s["start"]:s["end"]] for r in records for s in r.get("spans", []) if s["label"] == label}
    return sorted(n for n in found if n.strip() == n and n)


def swap_names(records: Sequence[Dict[str, Any]], rng: random.Random, *, copies: int = 1,
               label: str = "PERSON") -> List[Dict[str, Any]]:
    """``copies`` new records for every record of ``records`` that has a
    ``label`` span, each with every such span replaced by a name drawn from all
    the ``label`` spans of ``records``; the other spans keep their labels and
    move with the text.  Span fields other than start, end and label are
    dropped (a linked title or organisation may no longer read right)."""
    pool = _names(records, label)
    out: List[Dict[str, Any]] = []
    if not pool:
        return out
    for rec in records:
        spans = sorted(rec.get("spans", []), key=lambda s: s["start"])
        if not any(s["label"] == label for s in spans):
            continue
        for _ in range(copies):
            text, new_spans, pos, shift = [], [], 0, 0
            for s in spans:
                a, b = s["start"], s["end"]
                text.append(rec["text"][pos:a])
                surface = rng.choice(pool) if s["label"] == label else rec["text"][a:b]
                new_spans.append({"start": a + shift, "end": a + shift + len(surface), "label": s["label"]})
                text.append(surface)
                shift += len(surface) - (b - a)
                pos = b
            text.append(rec["text"][pos:])
            meta = dict(rec.get("meta", {}), augmented="swap_names")
            out.append({"text": "".join(text), "spans": new_spans, "meta": meta})
    return out
