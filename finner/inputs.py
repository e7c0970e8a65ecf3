"""Documents for ``finner extract``: ``(doc_id, text)`` pairs from .txt, .jsonl and .csv files.

- ``.txt``: the whole file is one document whose id is the file name; with
  ``lines=True`` every non-blank line is a document with id ``name:line``.
- ``.jsonl``: one JSON object a line; the text is ``text_field``, the id is
  ``id_field`` (``name:line`` when the object has none).
- ``.csv``: a header row; the same fields by column name (``name:row`` ids).

:func:`iter_items` yields a :class:`Document` for every good document and a
:class:`BadLine` for every line finner cannot use: not UTF-8, not JSON, not a
JSON object, a text field that is missing or not a string, a lone surrogate in
the text.  :func:`iter_documents` gives the plain pairs and raises
:class:`InputError` on the first bad line (or skips bad lines on request).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any, Iterator, NamedTuple, Optional, Sequence, Tuple, Union

__all__ = ["InputError", "BadLine", "Document", "iter_items", "iter_documents", "check_paths", "SUFFIXES"]

SUFFIXES = (".txt", ".jsonl", ".csv")


class InputError(ValueError):
    """A file finner cannot read, with the place: ``file:line: message``."""


class Document(NamedTuple):
    id: Any
    text: str
    path: Path
    line: int                 # the line the document starts on (1 for a whole .txt file)


class BadLine(NamedTuple):
    path: Path
    line: Optional[int]       # None: the whole file (a .txt document that is not UTF-8)
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line is not None else f"{self.path}: {self.message}"


Item = Union[Document, BadLine]


def check_paths(paths: Sequence[Path]) -> None:
    """Raise :class:`InputError` for a path that is missing, a directory, or of an unknown type."""
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file")
        if p.is_dir():
            raise InputError(f"{p}: is a directory; give the files")
        if p.suffix.lower() not in SUFFIXES:
            raise InputError(f"{p}: unknown file type {p.suffix!r}; finner reads {', '.join(SUFFIXES)}")


def iter_items(paths: Sequence[Union[Path, str]], *, text_field: str = "text", id_field: Optional[str] = "id",
               lines: bool = False) -> Iterator[Item]:
    """A :class:`Document` or a :class:`BadLine` for every document of ``paths``,
    in order.  All paths are checked before the first one is read.  A file that
    cannot be read at all (a CSV without the text column, broken CSV quoting)
    raises :class:`InputError`."""
    ps = [Path(p) for p in paths]
    check_paths(ps)
    for p in ps:
        suffix = p.suffix.lower()
        if suffix == ".txt":
            yield from _txt(p, lines)
        elif suffix == ".jsonl":
            yield from _jsonl(p, text_field, id_field)
        else:
            yield from _csv(p, text_field, id_field)


def iter_documents(paths: Sequence[Union[Path, str]], *, text_field: str = "text", id_field: Optional[str] = "id",
                   lines: bool = False, on_bad_lines: str = "error") -> Iterator[Tuple[Any, str]]:
    """``(doc_id, text)`` for every good document of ``paths``, in order.  A bad
    line raises :class:`InputError` naming its file and line (``on_bad_lines="error"``)
    or is left out (``"skip"``)."""
    if on_bad_lines not in ("error", "skip"):
        raise ValueError(f"on_bad_lines must be 'error' or 'skip', got {on_bad_lines!r}")
    for item in iter_items(paths, text_field=text_field, id_field=id_field, lines=lines):
        if isinstance(item, BadLine):
            if on_bad_lines == "error":
                raise InputError(str(item))
            continue
        yield item.id, item.text


def _lines(p: Path) -> Iterator[Tuple[int, bytes]]:
    """``(line number, raw line)`` of a file read as bytes (a UTF-8 BOM dropped),
    so that one line that is not UTF-8 spoils only itself."""
    with open(p, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            yield n, raw


def _decode(raw: bytes) -> Union[str, UnicodeDecodeError]:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc


def _not_utf8(exc: UnicodeDecodeError) -> str:
    return f"not UTF-8 text ({exc.reason} at byte {exc.start})"


def _surrogate(text: str) -> Optional[int]:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _txt(p: Path, lines: bool) -> Iterator[Item]:
    if not lines:
        raw = p.read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        text = _decode(raw)
        if isinstance(text, UnicodeDecodeError):
            yield BadLine(p, None, _not_utf8(text))
        else:
            yield Document(p.name, text, p, 1)
        return
    for n, raw in _lines(p):
        line = _decode(raw)
        if isinstance(line, UnicodeDecodeError):
            yield BadLine(p, n, _not_utf8(line))
            continue
        line = line.rstrip("\r\n")
        if line.strip():
            yield Document(f"{p.name}:{n}", line, p, n)


def _text_problem(obj: dict, text_field: str) -> Optional[str]:
    if text_field not in obj:
        return f"no field {text_field!r} (fields: {', '.join(map(repr, obj)) or 'none'})"
    text = obj[text_field]
    if text is None:
        return f"field {text_field!r} is null, not a string"
    if not isinstance(text, str):
        return f"field {text_field!r} is a {_json_type(text)}, not a string"
    at = _surrogate(text)
    if at is not None:
        return f"field {text_field!r} holds a lone surrogate at character {at}"
    return None


def _json_type(v: Any) -> str:
    return {bool: "boolean", int: "number", float: "number", list: "list", dict: "object"}.get(type(v),
                                                                                               type(v).__name__)


def _jsonl(p: Path, text_field: str, id_field: Optional[str]) -> Iterator[Item]:
    for n, raw in _lines(p):
        line = _decode(raw)
        if isinstance(line, UnicodeDecodeError):
            yield BadLine(p, n, _not_utf8(line))
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadLine(p, n, f"not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield BadLine(p, n, f"expected a JSON object, got {_json_type(obj)}")
            continue
        problem = _text_problem(obj, text_field)
        if problem is not None:
            yield BadLine(p, n, problem)
            continue
        doc_id = obj.get(id_field) if id_field else None
        yield Document(doc_id if doc_id is not None else f"{p.name}:{n}", obj[text_field], p, n)


def _csv(p: Path, text_field: str, id_field: Optional[str]) -> Iterator[Item]:
    csv.field_size_limit(min(sys.maxsize, 2 ** 31 - 1))
    try:
        with open(p, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames is None or text_field not in reader.fieldnames:
                raise InputError(f"{p}:1: no column {text_field!r} (columns: {reader.fieldnames})")
            line = reader.line_num + 1                  # where the next record starts
            for n, row in enumerate(reader, 2):
                start, line = line, reader.line_num + 1
                text = row.get(text_field)
                if text is None:
                    yield BadLine(p, start, f"no cell for column {text_field!r} (the row is shorter than the "
                                            f"header)")
                    continue
                at = _surrogate(text)
                if at is not None:                      # pragma: no cover - a decoded file holds none
                    yield BadLine(p, start, f"column {text_field!r} holds a lone surrogate at character {at}")
                    continue
                doc_id = row.get(id_field) if id_field else None
                yield Document(doc_id if doc_id not in (None, "") else f"{p.name}:{n}", text, p, start)
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: {_not_utf8(exc)}") from None
    except csv.Error as exc:
        raise InputError(f"{p}: bad CSV ({exc})") from None
