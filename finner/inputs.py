"""Documents for ``finner extract``: ``(doc_id, text)`` pairs from .txt, .jsonl and .csv files.

- ``.txt``: the whole file is one document whose id is the file name; with
  ``lines=True`` every non-blank line is a document with id ``name:line``.
- ``.jsonl``: one JSON object a line; the text is ``text_field``, the id is
  ``id_field`` (``name:line`` when the object has none).  A line that is not
  JSON, or not an object, stops reading with an :class:`InputError` naming the
  file and line.  A missing or non-string text is passed on as it is, so the
  document gets an error row instead of vanishing.
- ``.csv``: a header row; the same fields by column name (``name:row`` ids).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence, Tuple

__all__ = ["InputError", "iter_documents", "SUFFIXES"]

SUFFIXES = (".txt", ".jsonl", ".csv")


class InputError(ValueError):
    """A file finner cannot read, with the place: ``file:line: message``."""


def _check(paths: Sequence[Path]) -> None:
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file")
        if p.is_dir():
            raise InputError(f"{p}: is a directory; give the files")
        if p.suffix.lower() not in SUFFIXES:
            raise InputError(f"{p}: unknown file type {p.suffix!r}; finner reads {', '.join(SUFFIXES)}")


def iter_documents(paths: Sequence[Path | str], *, text_field: str = "text", id_field: Optional[str] = "id",
                   lines: bool = False) -> Iterator[Tuple[Any, Any]]:
    """``(doc_id, text)`` for every document in ``paths``, in order.  All paths
    are checked before the first document is read."""
    ps = [Path(p) for p in paths]
    _check(ps)
    for p in ps:
        suffix = p.suffix.lower()
        if suffix == ".txt":
            yield from _txt(p, lines)
        elif suffix == ".jsonl":
            yield from _jsonl(p, text_field, id_field)
        else:
            yield from _csv(p, text_field, id_field)


def _open(p: Path):
    return open(p, encoding="utf-8-sig", newline="")


def _txt(p: Path, lines: bool):
    try:
        with _open(p) as fh:
            if not lines:
                yield p.name, fh.read()
                return
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\r\n")
                if line.strip():
                    yield f"{p.name}:{n}", line
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _jsonl(p: Path, text_field: str, id_field: Optional[str]):
    try:
        with _open(p) as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{p}:{n}: not valid JSON ({exc.msg}, column {exc.colno})") from None
                if not isinstance(obj, dict):
                    raise InputError(f"{p}:{n}: expected a JSON object, got {type(obj).__name__}")
                doc_id = obj.get(id_field) if id_field else None
                yield (doc_id if doc_id is not None else f"{p.name}:{n}"), obj.get(text_field)
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _csv(p: Path, text_field: str, id_field: Optional[str]):
    csv.field_size_limit(min(sys.maxsize, 2 ** 31 - 1))
    try:
        with _open(p) as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames is None or text_field not in reader.fieldnames:
                raise InputError(f"{p}:1: no column {text_field!r} (columns: {reader.fieldnames})")
            for n, row in enumerate(reader, 2):
                doc_id = row.get(id_field) if id_field else None
                yield (doc_id if doc_id not in (None, "") else f"{p.name}:{n}"), row.get(text_field)
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise InputError(f"{p}: bad CSV ({exc})") from None
