"""Batch extraction: many texts in, one plain result per text out, in order.

``extract_many`` returns ``{"records": [...], "error": None | str}`` per input;
``iter_extract`` does the same lazily, for inputs that do not fit in memory;
``to_dataframe`` flattens results into one row per mention (pandas needed).

Results are plain dicts (records, not Docs), so worker processes send back
little data.  A bad item (None, NaN, bytes, a number) gives an error entry in
its result and never stops the batch; a text longer than ``nlp.max_length``
is still processed, because finner's tokenizer segments long texts in chunks.
"""
from __future__ import annotations

import itertools
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

from finner.records import RECORD_FIELDS

__all__ = ["extract_many", "iter_extract", "to_dataframe", "ROW_FIELDS"]

ROW_FIELDS = ("doc_id",) + RECORD_FIELDS + ("error",)

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


def iter_extract(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256,
                 nlp=None) -> Iterator[Dict[str, Any]]:
    """Like :func:`extract_many`, but lazy: results come out in input order while
    the input is still being read, with at most a few batches in flight."""
    if not isinstance(n_process, int) or not isinstance(batch_size, int) or n_process < 1 or batch_size < 1:
        raise ValueError("n_process and batch_size must be integers of at least 1")
    it = iter(texts)
    if nlp is not None or n_process == 1:
        pipe = nlp if nlp is not None else _pipeline()
        for t in it:
            yield _one(pipe, t)
        return
    batches = iter(lambda: list(itertools.islice(it, batch_size)), [])
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        window: deque = deque()
        for b in itertools.islice(batches, 2 * n_process):
            window.append(pool.submit(_batch, b))
        while window:
            done = window.popleft().result()
            nxt = next(batches, None)
            if nxt is not None:
                window.append(pool.submit(_batch, nxt))
            yield from done


def extract_many(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256,
                 nlp=None) -> List[Dict[str, Any]]:
    """One ``{"records": [...], "error": None | str}`` per input, in input order,
    always as many results as inputs.  ``n_process > 1`` runs the default
    pipeline in that many worker processes (each loads it once); ``nlp`` runs a
    pipeline of your own in this process."""
    items = list(texts)
    if len(items) <= batch_size:
        n_process = 1 if nlp is None else n_process
    out = list(iter_extract(items, n_process=n_process, batch_size=batch_size, nlp=nlp))
    assert len(out) == len(items)
    return out


def rows(results: Iterable[Dict[str, Any]], ids: Optional[Iterable[Any]] = None) -> Iterator[Dict[str, Any]]:
    """One flat row per mention (fields ``ROW_FIELDS``); a result with an error
    gives one row that carries it, so no input disappears from the table."""
    ids_it = iter(ids) if ids is not None else itertools.count()
    for res, doc_id in zip(results, ids_it):
        if res["error"] is not None:
            row = dict.fromkeys(ROW_FIELDS)
            row["doc_id"], row["error"] = doc_id, res["error"]
            yield row
        for rec in res["records"]:
            yield {"doc_id": doc_id, **rec, "error": None}


def to_dataframe(data: Any, *, n_process: int = 1, batch_size: int = 256, nlp=None,
                 on_missing: str = "error"):
    """A pandas DataFrame with one row per mention and the columns ``ROW_FIELDS``.

    ``data`` is a spaCy Doc, a list of Docs, or texts (a list, or a pandas
    Series whose index becomes ``doc_id``; otherwise ``doc_id`` is the position).
    Values are exact decimal strings.  ``on_missing`` says what a text that is
    not a string (None, NaN, pd.NA) does: ``"error"`` keeps a row with the
    message in ``error`` (default), ``"skip"`` leaves it out, ``"raise"`` raises
    the TypeError.  Needs pandas (``pip install finner[pandas]``)."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - exercised only without pandas
        raise ImportError("finner.to_dataframe needs pandas: pip install 'finner[pandas]'") from None
    if on_missing not in ("error", "skip", "raise"):
        raise ValueError(f"on_missing must be 'error', 'skip' or 'raise', got {on_missing!r}")
    from finner.records import to_records
    if hasattr(data, "ents") and hasattr(data, "text"):          # one Doc
        data = [data]
    if isinstance(data, pd.Series):
        ids: List[Any] = list(data.index)
        items = list(data)
    else:
        items = list(data)
        ids = list(range(len(items)))
    if items and all(hasattr(d, "ents") and hasattr(d, "text") for d in items):
        results = [{"records": to_records(d), "error": None} for d in items]
    else:
        if on_missing == "raise":
            from finner.normalize import check_text
            for t in items:
                check_text(t)
        results = extract_many(items, n_process=n_process, batch_size=batch_size, nlp=nlp)
        if on_missing == "skip":
            keep = [i for i, r in enumerate(results) if r["error"] is None]
            results, ids = [results[i] for i in keep], [ids[i] for i in keep]
    df = pd.DataFrame(list(rows(results, ids)), columns=list(ROW_FIELDS), dtype=object)
    for col in ("start", "end"):
        df[col] = df[col].astype("Int64")            # integers, <NA> on error rows
    return df
