"""``finner.extract_many``: many texts in, one plain result per text out, in order.

Results are plain dicts (records, not Docs), so worker processes send back
little data.  A bad item (None, bytes, a number) gives an error entry in its
result and never stops the batch; a text longer than ``nlp.max_length`` is
still processed, because finner's tokenizer segments long texts in chunks.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Any, Dict, Iterable, List, Sequence

__all__ = ["extract_many"]

_NLP = None


def _pipeline():
    global _NLP          # one pipeline per process, loaded on first use
    if _NLP is None:
        from finner.pipeline import load
        _NLP = load()
    return _NLP


def _one(nlp, text: Any) -> Dict[str, Any]:
    from finner.normalize import check_text
    from finner.records import to_records
    try:
        text = check_text(text)
    except (TypeError, ValueError) as e:
        return {"records": [], "error": f"{type(e).__name__}: {e}"}
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1          # the chunked tokenizer keeps this linear
    return {"records": to_records(nlp(text)), "error": None}


def _batch(texts: Sequence[Any]) -> List[Dict[str, Any]]:
    nlp = _pipeline()
    return [_one(nlp, t) for t in texts]


def extract_many(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256,
                 nlp=None) -> List[Dict[str, Any]]:
    """One ``{"records": [...], "error": None | str}`` per input, in input order,
    always as many results as inputs.  ``n_process > 1`` runs the default
    pipeline in that many worker processes (each loads it once); ``nlp`` runs a
    pipeline of your own in this process."""
    items = list(texts)
    if n_process < 1 or batch_size < 1:
        raise ValueError("n_process and batch_size must be at least 1")
    if nlp is not None or n_process == 1 or len(items) <= batch_size:
        pipe = nlp if nlp is not None else _pipeline()
        return [_one(pipe, t) for t in items]
    batches = [items[i:i + batch_size] for i in range(0, len(items), batch_size)]
    out: List[Dict[str, Any]] = []
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        for result in pool.map(_batch, batches):
            out.extend(result)
    assert len(out) == len(items)
    return out
