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

_NLP: Dict[bool, Any] = {}


def _pipeline(ner: bool = True):
    """finner's default pipeline (rules only with ``ner=False``), loaded once per process."""
    if ner not in _NLP:
        from finner.pipeline import load
        _NLP[ner] = load(ner=ner)
    return _NLP[ner]


def _batch(texts: Sequence[Any], ner: bool = True) -> List[Dict[str, Any]]:
    """Results for a batch of texts: the good ones go through ``nlp.pipe``
    together (the NER is much faster on batches), the bad ones get errors."""
    return _run(_pipeline(ner), texts)


def _run(nlp, texts: Sequence[Any]) -> List[Dict[str, Any]]:
    from finner.normalize import check_text
    from finner.records import to_records
    out: List[Optional[Dict[str, Any]]] = [None] * len(texts)
    good: List[int] = []
    clean: List[str] = []
    for k, t in enumerate(texts):
        try:
            t = check_text(t)
        except (TypeError, ValueError) as e:
            out[k] = {"records": [], "error": f"{type(e).__name__}: {e}"}
            continue
        if len(t) >= nlp.max_length:
            nlp.max_length = len(t) + 1          # the chunked tokenizer keeps this linear
        good.append(k)
        clean.append(t)
    for k, doc in zip(good, nlp.pipe(clean, batch_size=max(1, len(clean)))):
        out[k] = {"records": to_records(doc), "error": None}
    return out  # type: ignore[return-value]


def iter_extract(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256,
                 nlp=None, ner: bool = True) -> Iterator[Dict[str, Any]]:
    """Like :func:`extract_many`, but lazy: results come out in input order while
    the input is still being read, with at most a few batches in flight."""
    if not isinstance(n_process, int) or not isinstance(batch_size, int) or n_process < 1 or batch_size < 1:
        raise ValueError("n_process and batch_size must be integers of at least 1")
    it = iter(texts)
    batches = iter(lambda: list(itertools.islice(it, batch_size)), [])
    if nlp is not None or n_process == 1:
        pipe = nlp if nlp is not None else _pipeline(ner)
        for b in batches:
            yield from _run(pipe, b)
        return
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        window: deque = deque()
        for b in itertools.islice(batches, 2 * n_process):
            window.append(pool.submit(_batch, b, ner))
        while window:
            done = window.popleft().result()
            nxt = next(batches, None)
            if nxt is not None:
                window.append(pool.submit(_batch, nxt, ner))
            yield from done


def extract_many(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256,
                 nlp=None, ner: bool = True) -> List[Dict[str, Any]]:
    """One ``{"records": [...], "error": None | str}`` per input, in input order,
    always as many results as inputs.  ``n_process > 1`` runs the default
    pipeline in that many worker processes (each loads it once); ``nlp`` runs a
    pipeline of your own in this process; ``ner=False`` runs the rules only."""
    items = list(texts)
    if len(items) <= batch_size:
        n_process = 1                        # one batch: worker processes would only add their start-up
    out = list(iter_extract(items, n_process=n_process, batch_size=batch_size, nlp=nlp, ner=ner))
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
                 on_missing: str = "error", ner: bool = True):
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
        results = extract_many(items, n_process=n_process, batch_size=batch_size, nlp=nlp, ner=ner)
        if on_missing == "skip":
            keep = [i for i, r in enumerate(results) if r["error"] is None]
            results, ids = [results[i] for i in keep], [ids[i] for i in keep]
    return frame(rows(results, ids))


def frame(row_dicts: Iterable[Dict[str, Any]]):
    """The DataFrame of ``rows``: columns ``ROW_FIELDS``, ``start``/``end`` as
    nullable integers (<NA> on error rows), everything else as objects."""
    import pandas as pd
    df = pd.DataFrame(list(row_dicts), columns=list(ROW_FIELDS), dtype=object)
    for col in ("start", "end"):
        df[col] = df[col].astype("Int64")
    return df
