"""Run finner on Dask: one pipeline per worker process, the same records as ``extract_many``.

    import dask.bag as db
    from finner.scale import extract_bag, extract_dataframe

    results = extract_bag(db.from_sequence(texts, npartitions=8)).compute()
    # == finner.extract_many(texts)

    mentions = extract_dataframe(ddf, text_column="text", id_column="id").compute()
    # one row per mention, columns finner.batch.ROW_FIELDS (== finner.to_dataframe)

Each worker process loads finner's default pipeline once, on its first
partition, and keeps it (a module global), so a cluster of N worker processes
loads it N times whatever the number of partitions.  Needs
``pip install 'finner[dask]'``.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

__all__ = ["extract_bag", "extract_dataframe"]


def _results(texts) -> List[Dict[str, Any]]:
    from finner.batch import _batch
    return _batch(list(texts))


def extract_bag(bag):
    """A Dask bag of results, ``{"records": [...], "error": ...}`` per item of
    ``bag`` and in its order."""
    return bag.map_partitions(_results)


def _meta():
    from finner.batch import frame
    return frame([])


def _rows(part, text_column: str, id_column: Optional[str], on_missing: str):
    import pandas as pd

    from finner.batch import _pipeline, to_dataframe
    texts = part[text_column]
    if id_column is not None:
        texts = pd.Series(list(texts), index=list(part[id_column]))
    df = to_dataframe(texts, nlp=_pipeline(), on_missing=on_missing)
    return df.reset_index(drop=True)


def extract_dataframe(ddf, text_column: str = "text", id_column: Optional[str] = None,
                      on_missing: str = "error"):
    """A Dask DataFrame with one row per mention (columns ``ROW_FIELDS``);
    ``doc_id`` is the ``id_column`` value, or the index of ``ddf``."""
    if text_column not in ddf.columns:
        raise KeyError(f"no column {text_column!r} in the DataFrame (columns: {list(ddf.columns)})")
    if id_column is not None and id_column not in ddf.columns:
        raise KeyError(f"no column {id_column!r} in the DataFrame (columns: {list(ddf.columns)})")
    return ddf.map_partitions(_rows, text_column, id_column, on_missing, meta=_meta(),
                              enforce_metadata=False)
