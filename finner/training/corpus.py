"""Corpus records: reading, writing, validating, and the inline markup used to write them.

A corpus file is JSONL, one record a line::

    {"text": str, "spans": [{"start": int, "end": int, "label": str, ...}], "meta": {...}}

Extra span fields: ``text`` (must equal the slice), on MONEY/PERCENT/QUANTITY the
quantity fields ``kind value low high unit qualifier`` (values as decimal
strings), on PERSON ``title`` and ``org``, on BANK/ORG ``canonical``.

The inline markup is how the corpus sentences were written::

    [微众银行](BANK)[副行长](TITLE)[陈志远](PERSON)表示，[2025年](DATE)贷款余额将超过[1800亿元](MONEY)。

``[surface](LABEL)`` marks a span; a PERSON may name its title and organisation,
``[陈志远](PERSON|副行长|微众银行)`` (either may be empty).  Quantity fields are
filled from :func:`finner.parse_quantity`; a quantity span that finner cannot
read is an error unless the fields are given after the label as
``[...](MONEY|value=1|unit=CNY|qualifier=over)``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

__all__ = ["LABELS", "NAME_LABELS", "QUANTITY_LABELS", "QUANTITY_FIELDS", "Problem", "read_jsonl",
           "write_jsonl", "validate_record", "validate_records", "validate_path", "parse_markup",
           "to_markup"]

LABELS = ("BANK", "ORG", "PRODUCT", "PERSON", "TITLE", "MONEY", "PERCENT", "QUANTITY", "DATE")
NAME_LABELS = ("BANK", "ORG", "PRODUCT", "PERSON", "TITLE")
QUANTITY_LABELS = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}
QUANTITY_FIELDS = ("kind", "value", "low", "high", "unit", "qualifier")
_QUALIFIERS = ("over", "at_least", "under", "at_most", "nearly", "about", "range", "several")
_SPACE = " \t\u3000\n\r"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one record: where (``source:line``), which span, what."""
    where: str
    message: str
    span: Optional[Dict[str, Any]] = None

    def __str__(self) -> str:
        s = f"{self.where}: {self.message}"
        if self.span is not None:
            s += f" {json.dumps({k: self.span.get(k) for k in ('start', 'end', 'label', 'text') if k in self.span}, ensure_ascii=False)}"
        return s


# ---------------------------------------------------------------- JSONL

def read_jsonl(path: Path | str) -> Iterator[Tuple[int, Any]]:
    """``(line_number, object)`` for each non-blank line; a line that is not
    JSON raises ``ValueError`` naming the file and line."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON ({exc.msg})") from None


def write_jsonl(records: Iterable[Dict[str, Any]], path: Path | str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


# ---------------------------------------------------------------- validation

def _decimal(v: Any) -> bool:
    if v is None:
        return True
    if not isinstance(v, str):
        return False
    try:
        return Decimal(v).is_finite()
    except InvalidOperation:
        return False


def validate_record(rec: Any, where: str = "<record>", labels: Optional[Sequence[str]] = None,
                    check_quantities: bool = True) -> List[Problem]:
    """Everything wrong with one record (an empty list when it is sound).

    Checks: the record shape; each span's offsets (integers, inside the text,
    start < end, no surrounding whitespace), its ``text`` against the slice, its
    label (against ``labels``, default finner's), overlaps between spans, and on
    quantity spans the quantity fields (kind agrees with the label, values are
    decimal strings, a known qualifier, a range has low and high)."""
    out: List[Problem] = []
    allowed = set(LABELS if labels is None else labels)
    if not isinstance(rec, dict):
        return [Problem(where, f"a record must be a JSON object, not {type(rec).__name__}")]
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return [Problem(where, "the record has no text (a non-empty string)")]
    spans = rec.get("spans", [])
    if not isinstance(spans, list):
        return [Problem(where, "'spans' must be a list")]
    if "meta" in rec and not isinstance(rec["meta"], dict):
        out.append(Problem(where, "'meta' must be an object"))
    good = []
    for s in spans:
        if not isinstance(s, dict):
            out.append(Problem(where, f"a span must be an object, not {type(s).__name__}"))
            continue
        a, b, label = s.get("start"), s.get("end"), s.get("label")
        if not (type(a) is int and type(b) is int):
            out.append(Problem(where, "start and end must be integers", s))
            continue
        if not (0 <= a < b <= len(text)):
            out.append(Problem(where, f"offsets outside the text of {len(text)} characters or empty", s))
            continue
        if label not in allowed:
            out.append(Problem(where, f"unknown label {label!r}", s))
        if "text" in s and s["text"] != text[a:b]:
            out.append(Problem(where, f"span text {s['text']!r} differs from the slice {text[a:b]!r}", s))
        if text[a] in _SPACE or text[b - 1] in _SPACE:
            out.append(Problem(where, "span starts or ends with whitespace", s))
        if label in QUANTITY_LABELS and check_quantities:
            out.extend(_check_quantity(s, label, where))
        if label == "PERSON":
            for k in ("title", "org"):
                if s.get(k) is not None and not isinstance(s[k], str):
                    out.append(Problem(where, f"PERSON {k} must be a string or null", s))
        good.append(s)
    good.sort(key=lambda s: (s["start"], s["end"]))
    for x, y in zip(good, good[1:]):
        if y["start"] < x["end"]:
            out.append(Problem(where, f"span overlaps {text[x['start']:x['end']]!r} ({x['label']})", y))
    return out


def _check_quantity(s: Dict[str, Any], label: str, where: str) -> List[Problem]:
    out: List[Problem] = []
    if not any(k in s for k in QUANTITY_FIELDS):
        return out           # quantity fields are optional; when present they must be sound
    if s.get("kind") != QUANTITY_LABELS[label]:
        out.append(Problem(where, f"kind {s.get('kind')!r} does not fit label {label}", s))
    for k in ("value", "low", "high"):
        if not _decimal(s.get(k)):
            out.append(Problem(where, f"{k} must be a decimal string or null, not {s.get(k)!r}", s))
    q = s.get("qualifier")
    if q is not None and q not in _QUALIFIERS:
        out.append(Problem(where, f"unknown qualifier {q!r}", s))
    if q == "range" and (s.get("low") is None or s.get("high") is None):
        out.append(Problem(where, "a range needs low and high", s))
    if q not in ("range", "several") and s.get("value") is None:
        out.append(Problem(where, "a quantity that is not a range or vague needs a value", s))
    if s.get("unit") is not None and not isinstance(s.get("unit"), str):
        out.append(Problem(where, "unit must be a string or null", s))
    return out


def validate_records(records: Iterable[Tuple[str, Any]], labels: Optional[Sequence[str]] = None) -> List[Problem]:
    """Problems in ``(where, record)`` pairs, plus texts that occur more than once."""
    out: List[Problem] = []
    seen: Dict[str, str] = {}
    for where, rec in records:
        out.extend(validate_record(rec, where, labels))
        t = rec.get("text") if isinstance(rec, dict) else None
        if isinstance(t, str):
            if t in seen:
                out.append(Problem(where, f"the same text is already at {seen[t]}"))
            else:
                seen[t] = where
    return out


def validate_path(*paths: Path | str, labels: Optional[Sequence[str]] = None) -> Tuple[int, List[Problem]]:
    """Validate JSONL files (or every ``*.jsonl`` in a directory): ``(records, problems)``.
    Duplicate texts are reported across all the files together (a sentence in
    both train and test is a leak)."""
    files: List[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.glob("*.jsonl")))
        elif p.exists():
            files.append(p)
        else:
            raise FileNotFoundError(f"no such file or directory: {p}")
    pairs: List[Tuple[str, Any]] = []
    problems: List[Problem] = []
    for f in files:
        try:
            pairs.extend((f"{f}:{n}", rec) for n, rec in read_jsonl(f))
        except ValueError as exc:
            problems.append(Problem(str(f), str(exc)))
    problems.extend(validate_records(pairs, labels))
    return len(pairs), problems


# ---------------------------------------------------------------- markup

_MARK = re.compile(r"\[([^\[\]]+)\]\(([A-Z_]+)((?:\|[^()\[\]|]*)*)\)")


def parse_markup(line: str, meta: Optional[Dict[str, Any]] = None, fill_quantities: bool = True) -> Dict[str, Any]:
    """A corpus record from one line of inline markup (see the module doc).
    Raises ``ValueError`` on stray brackets or a quantity that cannot be read."""
    out_text: List[str] = []
    spans: List[Dict[str, Any]] = []
    pos = 0
    n = 0
    for m in _MARK.finditer(line):
        plain = line[pos:m.start()]
        if any(c in plain for c in "[]"):
            raise ValueError(f"stray bracket before {m.group(0)!r} in {line!r}")
        out_text.append(plain)
        n += len(plain)
        surface, label, extra = m.group(1), m.group(2), m.group(3)
        span: Dict[str, Any] = {"start": n, "end": n + len(surface), "label": label, "text": surface}
        fields = extra.split("|")[1:] if extra else []
        if label == "PERSON":
            title = fields[0] if len(fields) > 0 and fields[0] else None
            org = fields[1] if len(fields) > 1 and fields[1] else None
            span["title"], span["org"] = title, org
        elif label in QUANTITY_LABELS:
            given = dict(f.split("=", 1) for f in fields if "=" in f)
            if given:
                span["kind"] = QUANTITY_LABELS[label]
                for k in ("value", "low", "high", "unit", "qualifier"):
                    span[k] = given.get(k) or None
            elif fill_quantities:
                span.update(_quantity_fields(surface, label))
        spans.append(span)
        out_text.append(surface)
        n += len(surface)
        pos = m.end()
    rest = line[pos:]
    if any(c in rest for c in "[]"):
        raise ValueError(f"stray bracket after the last span in {line!r}")
    out_text.append(rest)
    return {"text": "".join(out_text), "spans": spans, "meta": dict(meta or {})}


def _quantity_fields(surface: str, label: str) -> Dict[str, Any]:
    from finner.quantities import parse_quantity
    q = parse_quantity(surface)
    if q is None:
        raise ValueError(f"finner cannot read the {label} {surface!r}; give its fields (|value=..|unit=..)")
    d = q.to_dict()
    if d["kind"] != QUANTITY_LABELS[label]:
        raise ValueError(f"{surface!r} reads as {d['kind']}, not {label}")
    return {k: d[k] for k in QUANTITY_FIELDS}


def to_markup(rec: Dict[str, Any]) -> str:
    """The inline markup of a record (person title and org kept; quantity
    fields left to be filled again)."""
    text = rec["text"]
    parts = []
    pos = 0
    for s in sorted(rec.get("spans", []), key=lambda s: s["start"]):
        parts.append(text[pos:s["start"]])
        tail = ""
        if s["label"] == "PERSON" and (s.get("title") or s.get("org")):
            tail = f"|{s.get('title') or ''}|{s.get('org') or ''}"
        parts.append(f"[{text[s['start']:s['end']]}]({s['label']}{tail})")
        pos = s["end"]
    parts.append(text[pos:])
    return "".join(parts)
