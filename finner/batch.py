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
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from finner.records import RECORD_FIELDS

__all__ = ["extract_many", "iter_extract", "iter_pieces", "pieces", "to_dataframe", "rows", "ROW_FIELDS"]

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


def pieces(text: str, size: int, align: int = 2000) -> Iterator[Tuple[int, str]]:
    """``(offset, piece)`` for a long ``text``: pieces of about ``size``
    characters that join back to ``text``, cut after a line or sentence end
    (。！？；!?; or a newline).  The cuts fall on the cuts the NER makes on the
    whole text (pieces of ``align`` characters, ``finner.tokenizer.chunks``), so
    the model reads the same windows either way.  Where a text runs for four
    times ``size`` without a line or sentence end, it is cut at one of the
    model's own cuts.  A text of ``size`` characters or less is one piece."""
    if size < 1 or align < 1:
        raise ValueError("size and align must be at least 1")
    n = len(text)
    if n <= size:
        yield 0, text
        return
    from finner.tokenizer import _CUT, chunks
    start = pos = 0
    good: Optional[int] = None         # the last window end after start that is a line or sentence end
    for chunk in chunks(text, align):
        end = pos + len(chunk)
        if end - start > size and pos > start:
            cut = good if good is not None else (pos if pos - start >= 4 * size else None)
            if cut is not None:
                yield start, text[start:cut]
                start, good = cut, None
        if end < n and _CUT.match(text, end - 1):
            good = end
        pos = end
    yield start, text[start:]


def _ner_window(nlp=None) -> int:
    """The size of the windows the NER reads (2,000 characters in finner's default pipeline)."""
    if nlp is not None:
        return getattr(nlp.get_pipe("finner_ner"), "chunk_size", 2000) if "finner_ner" in nlp.pipe_names else 2000
    from spacy.language import Language

    from finner.components import ner  # noqa: F401  (registers the factory)
    return int((Language.get_factory_meta("finner_ner").default_config or {}).get("chunk_size", 2000))


def _batches(it: Iterator[Any], batch_size: int, max_chars: Optional[int]) -> Iterator[List[Any]]:
    """Lists of at most ``batch_size`` items, closed early once they hold ``max_chars`` characters."""
    batch: List[Any] = []
    chars = 0
    for t in it:
        batch.append(t)
        chars += len(t) if isinstance(t, str) else 0
        if len(batch) >= batch_size or (max_chars is not None and chars >= max_chars):
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _quiet_worker() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent handles it and stops the pool
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _results(texts: Iterable[Any], n_process: int, batch_size: int, nlp, ner: bool,
             max_chars: Optional[int]) -> Iterator[Dict[str, Any]]:
    """One result per item of ``texts``, in order, with at most a few batches in flight."""
    batches = _batches(iter(texts), batch_size, max_chars)
    if nlp is not None or n_process == 1:
        pipe = nlp if nlp is not None else _pipeline(ner)
        for b in batches:
            yield from _run(pipe, b)
        return
    pool = ProcessPoolExecutor(max_workers=n_process, initializer=_quiet_worker)
    try:
        window: deque = deque()
        for b in itertools.islice(batches, 2 * n_process):
            window.append(pool.submit(_batch, b, ner))
        while window:
            done = window.popleft().result()
            nxt = next(batches, None)
            if nxt is not None:
                window.append(pool.submit(_batch, nxt, ner))
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def iter_pieces(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256, nlp=None, ner: bool = True,
                piece_size: Optional[int] = None,
                max_chars: Optional[int] = None) -> Iterator[Tuple[int, Dict[str, Any], bool]]:
    """``(index, result, last)`` for every piece of every text, in order.

    A text longer than ``piece_size`` characters is cut by :func:`pieces` and
    each piece is run as a document of its own, so memory follows the piece
    and not the text; the records of a piece carry offsets into the whole
    text.  ``last`` is True for the last piece of a text (and for every text
    that is not cut).  ``max_chars`` closes a batch once it holds that many
    characters, so a batch of long pieces stays small."""
    if not isinstance(n_process, int) or not isinstance(batch_size, int) or n_process < 1 or batch_size < 1:
        raise ValueError("n_process and batch_size must be integers of at least 1")
    if piece_size is not None and (not isinstance(piece_size, int) or piece_size < 100):
        raise ValueError("piece_size must be an integer of at least 100")
    meta: deque = deque()                 # (index, offset, last) of the pieces sent, not yet answered
    align = _ner_window(nlp) if piece_size is not None else 0

    def items() -> Iterator[Any]:
        for k, t in enumerate(texts):
            if piece_size is not None and isinstance(t, str) and len(t) > piece_size:
                cut = list(pieces(t, piece_size, align))
                for j, (offset, piece) in enumerate(cut):
                    meta.append((k, offset, j == len(cut) - 1))
                    yield piece
            else:
                meta.append((k, 0, True))
                yield t

    for res in _results(items(), n_process, batch_size, nlp, ner, max_chars):
        k, offset, last = meta.popleft()
        if offset:
            res = {"records": [{**r, "start": r["start"] + offset, "end": r["end"] + offset} for r in res["records"]],
                   "error": res["error"]}
        yield k, res, last


def iter_extract(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256,
                 nlp=None, ner: bool = True, piece_size: Optional[int] = None,
                 max_chars: Optional[int] = None) -> Iterator[Dict[str, Any]]:
    """Like :func:`extract_many`, but lazy: results come out in input order while
    the input is still being read, with at most a few batches in flight.
    ``piece_size`` and ``max_chars`` bound the memory a long text takes (see
    :func:`iter_pieces`); offsets stay offsets into the whole text."""
    records: List[Dict[str, Any]] = []
    for _, res, last in iter_pieces(texts, n_process=n_process, batch_size=batch_size, nlp=nlp, ner=ner,
                                    piece_size=piece_size, max_chars=max_chars):
        if last and not records:
            yield res
            continue
        records.extend(res["records"])
        if last:
            yield {"records": records, "error": res["error"]}
            records = []


def extract_many(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 256,
                 nlp=None, ner: bool = True, piece_size: Optional[int] = None,
                 max_chars: Optional[int] = None) -> List[Dict[str, Any]]:
    """One ``{"records": [...], "error": None | str}`` per input, in input order,
    always as many results as inputs.  ``n_process > 1`` runs the default
    pipeline in that many worker processes (each loads it once); ``nlp`` runs a
    pipeline of your own in this process; ``ner=False`` runs the rules only;
    ``piece_size`` and ``max_chars`` bound memory on long texts (:func:`iter_pieces`)."""
    items = list(texts)
    if len(items) <= batch_size:
        n_process = 1                        # one batch: worker processes would only add their start-up
    out = list(iter_extract(items, n_process=n_process, batch_size=batch_size, nlp=nlp, ner=ner,
                            piece_size=piece_size, max_chars=max_chars))
    assert len(out) == len(items)
    return out


def rows(results: Iterable[Dict[str, Any]], ids: Optional[Iterable[Any]] = None, *,
         keep_empty: bool = False) -> Iterator[Dict[str, Any]]:
    """One flat row per mention (fields ``ROW_FIELDS``); a result with an error
    gives one row that carries it, so no input disappears from the table.  With
    ``keep_empty`` a result with no mention gives one row too, with only its
    ``doc_id`` filled in."""
    ids_it = iter(ids) if ids is not None else itertools.count()
    for res, doc_id in zip(results, ids_it):
        if res["error"] is not None or (keep_empty and not res["records"]):
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
