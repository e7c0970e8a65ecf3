"""Readers and writers for the files that annotation tools make.

Every reader turns a file into finner's corpus records (``corpus.py``)::

    {"text": str, "spans": [{"start": int, "end": int, "label": str, "text": str, ...}], "meta": {...}}

with character offsets (Python ``str`` indices, end-exclusive), and reports
everything it had to change or leave out as :class:`~finner.training.corpus.Problem`
items whose ``where`` is ``file:line`` (``file:task N`` for Label Studio,
``file:doc N`` for ``.spacy``; N counts from 1)::

    result = read("export.json")                    # format guessed
    result = read("train.bio", labels=LABELS)       # unknown labels reported
    write(result.records, "train.spacy", "spacy")
    convert("admin.jsonl", "corpus.jsonl")          # doccano to finner

Formats (``FORMATS``): ``finner`` (the corpus JSONL), ``doccano`` (JSONL, the
``"label": [[s, e, L]]`` and the ``"entities": [{start_offset, ...}]`` forms),
``labelstudio`` (a JSON export: a list of tasks), ``prodigy`` (JSONL with
``tokens``/``spans``/``answer``), ``cluener`` (JSON lines with
``"label": {L: {surface: [[s, e]]}}``, ends inclusive), ``bio`` (one character
and its tag a line; BIO, BIOES/BILOU or BMES, detected from the tags) and
``spacy`` (a ``DocBin`` file).

Policy, the same for every reader -- no span is ever dropped silently:

* A span that is misaligned but can be repaired unambiguously is repaired and
  reported: whitespace at its edges is trimmed; a span whose offsets disagree
  with the text the tool recorded for it (Label Studio's ``value.text``,
  CLUENER's surface key, Prodigy's span ``text``) is moved to the occurrence of
  that text nearest to the given start (Label Studio offsets counted in UTF-16
  code units are converted first; a CLUENER end that was written end-exclusive
  is recognised as such).
* A span that cannot be repaired (offsets outside the text or empty with no
  recorded text to find, recorded text not in the text or found at two
  places equally near, off the Prodigy tokens with nothing to tell which
  offsets are right, no label) is left out of the record and reported.
* Overlapping spans: the span that starts first is kept (the longer one when
  two start together, the earlier in the file when they are the same length)
  and the other is reported and left out.
* A label not in ``labels`` (when ``labels`` is given) is reported and kept.
* A record with no text is reported and left out; so is a Prodigy record whose
  answer is ``reject`` or ``ignore``, and a Label Studio task with no
  annotation that was not cancelled.

What is kept passes :func:`~finner.training.corpus.validate_record` (apart from
unknown labels); anything it still finds (e.g. unsound quantity fields in a
finner file) is reported too.

Each record's ``meta`` gets ``source_format`` and ``source`` (``file:line``)
plus what identified the record in the tool (``id``, ``annotation_id``,
``_input_hash``...).  When the input already had a ``source`` (a finner file
read again) the first one is kept as ``original_source``.

BIO files and spaces.  A line is ``CHAR<TAB>TAG`` (the writer always uses one
TAB).  A space cannot be told from a separator when fields are separated by
spaces, so the reader splits each line at its *last* TAB when it has one, and
otherwise at its last run of ASCII spaces; everything before that is the
character.  So ``" \\tO"`` and ``"  O"`` (space, separator, tag) both read as a
space tagged O, and U+3000 (the ideographic space) is an ordinary character.
A line with a tag and no character at all (``"\\tO"``, ``"O"``) is read as a
space and reported.  A character field longer than one character is reported
and kept as it is (the text holds it whole).  A blank line ends a sentence;
``-DOCSTART-`` lines are skipped.  Text with a line break cannot be written as
BIO, and the writer raises ``ValueError`` for it.

Tag decoding: ``B-X`` opens a span, ``I-X``/``M-X`` continues it, ``E-X``/``L-X``
closes it, ``S-X``/``U-X`` is a one-character span.  An ``I-X`` with no open span,
or after a span of another label, is reported with its line and starts a new
span (the BIO convention); under BIOES/BMES a span not closed by ``E-X`` is
reported and ends where the next tag says.

Guessing (``format=None``): ``.spacy`` is spacy; ``.bio .bioes .bilou .bmes .iob
.conll`` are bio, and so is ``.txt`` when its lines look like ``CHAR TAG``; JSON
files (``.json``, ``.jsonl``, ``.ndjson``, or any content starting with ``{`` or
``[``) are told by content: a JSON list of tasks with ``data``/``annotations``
is labelstudio; JSON lines with a ``label`` object are cluener; with
``entities`` or a ``label`` list of ``[s, e, L]`` doccano; with ``tokens``,
``_input_hash``, ``answer`` or spans carrying ``token_start`` prodigy; with
``spans`` and none of those finner; a ``.json`` file of lines with text only is
CLUENER's unlabelled test set.  Lines that point at different formats, or
nothing to go on, raise ``ValueError`` naming the file.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, cast

from finner.training.corpus import Problem, validate_record, write_jsonl

if TYPE_CHECKING:
    from typing_extensions import TypeGuard      # typing.TypeGuard needs Python 3.10

__all__ = ["FORMATS", "ReadResult", "read", "write", "convert", "guess_format"]

FORMATS = ("finner", "doccano", "labelstudio", "prodigy", "cluener", "bio", "spacy")

_ALIASES = {
    "jsonl": "finner", "corpus": "finner",
    "label-studio": "labelstudio", "label_studio": "labelstudio", "ls": "labelstudio",
    "clue": "cluener", "bioes": "bio", "bilou": "bio", "bmes": "bio", "iob": "bio", "conll": "bio",
    "docbin": "spacy",
}
_BIO_SUFFIXES = (".bio", ".bioes", ".bilou", ".bmes", ".iob", ".conll")
_JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
_SCHEMES = ("BIO", "BIOES", "BMES")


@dataclass
class ReadResult:
    """The records read and the problems found on the way."""
    records: List[Dict[str, Any]] = field(default_factory=list)
    problems: List[Problem] = field(default_factory=list)


# ---------------------------------------------------------------- public API

def read(path: Path | str, format: Optional[str] = None, *, labels: Optional[Sequence[str]] = None,
         label_map: Optional[Dict[str, str]] = None, spans_key: Optional[str] = None) -> ReadResult:
    """Read an annotation file into finner records (see the module doc).

    ``labels``: report labels outside it (the spans are kept). ``label_map``:
    rename labels as they are read (``{"company": "ORG"}``), before the check.
    ``spans_key``: for ``.spacy`` files whose docs have no ``ents``, read
    ``doc.spans[spans_key]`` instead."""
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"no such file: {path}")
    if p.is_dir():
        raise IsADirectoryError(f"a directory, not a file: {path}")
    fmt = guess_format(p) if format is None else _format_name(format)
    ctx = _Ctx(labels=None if labels is None else tuple(labels), label_map=dict(label_map or {}))
    reader = _READERS[fmt]
    if fmt == "spacy":
        _read_spacy(p, ctx, spans_key)
    else:
        reader(p, ctx)
    return ReadResult(ctx.records, ctx.problems)


def write(records: Iterable[Dict[str, Any]], path: Path | str, format: str, *,
          doccano_form: str = "entities", scheme: str = "BIO") -> int:
    """Write finner records in ``format``; returns the number of records.

    ``doccano_form``: ``"entities"`` (default) or ``"label"``. ``scheme`` (bio):
    ``"BIO"``, ``"BIOES"`` or ``"BMES"``. Raises ``ValueError`` for records the
    format cannot hold (spans outside the text; overlapping spans for bio and
    spacy; line breaks for bio)."""
    fmt = _format_name(format)
    recs = list(records)
    for i, r in enumerate(recs, 1):
        _check_writable(r, i, fmt)
    if fmt == "finner":
        return write_jsonl(recs, path)
    if fmt == "doccano":
        if doccano_form not in ("entities", "label"):
            raise ValueError(f"doccano_form must be 'entities' or 'label', not {doccano_form!r}")
        return write_jsonl((_to_doccano(r, i, doccano_form) for i, r in enumerate(recs, 1)), path)
    if fmt == "labelstudio":
        tasks = [_to_labelstudio(r, i) for i, r in enumerate(recs, 1)]
        Path(path).write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return len(tasks)
    if fmt == "prodigy":
        return write_jsonl((_to_prodigy(r) for r in recs), path)
    if fmt == "cluener":
        return write_jsonl((_to_cluener(r) for r in recs), path)
    if fmt == "bio":
        return _write_bio(recs, path, scheme)
    return _write_spacy(recs, path)


def convert(in_path: Path | str, out_path: Path | str, in_format: Optional[str] = None,
            out_format: str = "finner", *, labels: Optional[Sequence[str]] = None,
            label_map: Optional[Dict[str, str]] = None, spans_key: Optional[str] = None,
            doccano_form: str = "entities", scheme: str = "BIO") -> ReadResult:
    """Read ``in_path`` and write what was kept to ``out_path``; returns what was read."""
    res = read(in_path, in_format, labels=labels, label_map=label_map, spans_key=spans_key)
    write(res.records, out_path, out_format, doccano_form=doccano_form, scheme=scheme)
    return res


def guess_format(path: Path | str) -> str:
    """The format of ``path`` from its suffix and content; ``ValueError`` naming
    the path when it cannot tell."""
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"no such file: {path}")
    suffix = p.suffix.lower()
    if suffix == ".spacy":
        return "spacy"
    if suffix in _BIO_SUFFIXES:
        return "bio"
    try:
        content = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"cannot guess the format of {path}: not UTF-8 text (a .spacy file? pass format=)") from None
    head = content.lstrip()
    if not head:
        raise ValueError(f"cannot guess the format of {path}: the file is empty")
    if suffix in _JSON_SUFFIXES or head[0] in "{[":
        return _sniff_json(p, content)
    if _looks_bio(content):
        return "bio"
    raise ValueError(f"cannot guess the format of {path}: neither JSON nor one character and tag a line; pass format=")


def _format_name(name: str) -> str:
    n = _ALIASES.get(name.lower(), name.lower())
    if n not in FORMATS:
        raise ValueError(f"unknown format {name!r}; one of {', '.join(FORMATS)}")
    return n


# ---------------------------------------------------------------- guessing

def _json_kind(o: Any) -> Optional[str]:
    """What one JSON object looks like: a format name, None (text only), or '?'."""
    if not isinstance(o, dict):
        return "?"
    if isinstance(o.get("data"), dict) and ("annotations" in o or "completions" in o):
        return "labelstudio"
    lab = o.get("label", o.get("labels"))
    if isinstance(o.get("label"), dict):
        return "cluener"
    if isinstance(o.get("entities"), list):
        return "doccano"
    if isinstance(lab, list) and all(isinstance(x, (list, tuple)) for x in lab):
        return "doccano"
    if any(k in o for k in ("tokens", "_input_hash", "_task_hash", "answer", "_view_id", "_session_id")):
        return "prodigy"
    spans = o.get("spans")
    if isinstance(spans, list):
        if any(isinstance(s, dict) and ("token_start" in s or "token_end" in s) for s in spans):
            return "prodigy"
        return "finner"
    if isinstance(o.get("text"), str):
        return None
    return "?"


def _sniff_json(p: Path, content: str) -> str:
    try:
        whole: Any = json.loads(content)
        parsed = True
    except json.JSONDecodeError:
        parsed = False
    if parsed and isinstance(whole, list):
        if not whole:
            return "labelstudio"      # an export with no tasks
        dicts = [x for x in whole if isinstance(x, dict)]
        if dicts and all(_json_kind(x) == "labelstudio" or "data" in x for x in dicts):
            return "labelstudio"
        raise ValueError(f"cannot guess the format of {p}: a JSON list, but not of Label Studio tasks")
    objs: List[Tuple[int, Any]] = []
    bad: List[int] = []
    if parsed:
        objs = [(1, whole)]
    else:
        for n, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            try:
                objs.append((n, json.loads(line)))
            except json.JSONDecodeError:
                bad.append(n)                # the reader reports it; the other lines decide
            if len(objs) >= 200:
                break
        if not objs:
            raise ValueError(f"cannot guess the format of {p}: neither JSON nor JSON lines"
                             + (f" (line {bad[0]} is not JSON)" if bad else ""))
    kinds: Dict[str, int] = {}
    for n, o in objs:
        k = _json_kind(o)
        if k == "?":
            raise ValueError(f"cannot guess the format of {p}: line {n} is not an annotation record")
        if k is not None:
            kinds.setdefault(k, n)
    if set(kinds) == {"prodigy", "finner"}:
        return "prodigy"
    if len(kinds) == 1:
        return next(iter(kinds))
    if not kinds:
        if p.suffix.lower() == ".json":
            return "cluener"          # CLUENER's test set: {"id", "text"} lines
        raise ValueError(f"cannot guess the format of {p}: the records have text but no annotations; pass format=")
    seen = ", ".join(f"{k} (line {n})" for k, n in sorted(kinds.items(), key=lambda kv: kv[1]))
    raise ValueError(f"cannot guess the format of {p}: its lines look like different formats: {seen}")


def _looks_bio(content: str) -> bool:
    lines = [ln for ln in content.splitlines() if ln.strip(" \t\r") and not ln.startswith("-DOCSTART-")][:50]
    if not lines:
        return False
    good = 0
    for ln in lines:
        tok, tag, _ = _split_bio_line(ln)
        if _parse_tag(tag) is not None and tok is not None and len(tok) == 1:
            good += 1
    return good >= 0.8 * len(lines)


# ---------------------------------------------------------------- shared span handling

@dataclass
class _Ctx:
    labels: Optional[Tuple[str, ...]]
    label_map: Dict[str, str]
    records: List[Dict[str, Any]] = field(default_factory=list)
    problems: List[Problem] = field(default_factory=list)

    def report(self, where: str, message: str, span: Optional[Dict[str, Any]] = None) -> None:
        self.problems.append(Problem(where, message, span))


@dataclass
class _Cand:
    """A span as the tool gave it, before it is checked."""
    start: Any
    end: Any
    label: Any
    surface: Optional[str] = None        # the text the tool recorded for the span
    extra: Dict[str, Any] = field(default_factory=dict)
    where: Optional[str] = None          # a more precise place than the record's

    def shown(self) -> Dict[str, Any]:
        d = {"start": self.start, "end": self.end, "label": self.label}
        if self.surface is not None:
            d["text"] = self.surface
        return d


def _is_int(v: Any) -> TypeGuard[int]:
    return type(v) is int


def _nearest(text: str, surface: str, start: Any) -> Tuple[Optional[int], int]:
    """The occurrence of ``surface`` nearest to ``start`` and how many were equally near."""
    anchor = start if _is_int(start) else 0
    best: Optional[int] = None
    best_d = -1
    ties = 0
    i = text.find(surface)
    while i != -1:
        d = abs(i - anchor)
        if best is None or d < best_d:
            best, best_d, ties = i, d, 1
        elif d == best_d:
            ties += 1
        i = text.find(surface, i + 1)
    return best, ties


def _settle(text: str, cands: Sequence[_Cand], where: str, ctx: _Ctx) -> List[Dict[str, Any]]:
    """Check, repair, de-overlap: the spans to keep (sorted), problems reported on ``ctx``."""
    kept: List[Tuple[int, Dict[str, Any], str, Dict[str, Any]]] = []
    n = len(text)
    for idx, c in enumerate(cands):
        w = c.where or where
        shown = c.shown()
        label = c.label
        if isinstance(label, str) and label in ctx.label_map:
            label = ctx.label_map[label]
        if not isinstance(label, str) or not label.strip():
            ctx.report(w, "span has no label; left out", shown)
            continue
        a, b = c.start, c.end
        for name, v in (("start", a), ("end", b)):
            if isinstance(v, float) and v.is_integer():
                ctx.report(w, f"{name} offset {v!r} is a float; read as {int(v)}", shown)
        a = int(a) if isinstance(a, float) and a.is_integer() else a
        b = int(b) if isinstance(b, float) and b.is_integer() else b
        sound = _is_int(a) and _is_int(b) and 0 <= a < b <= n
        if sound and (c.surface is None or text[a:b] == c.surface):
            pass
        else:
            if not (_is_int(a) and _is_int(b)):
                what = f"offsets {a!r}..{b!r} are not integers"
            elif not sound:
                what = f"offsets {a}..{b} are outside the text of {n} characters or empty"
            else:
                what = f"span text {c.surface!r} differs from the slice {text[a:b]!r} at {a}..{b}"
            if isinstance(c.surface, str) and c.surface:
                at, ties = _nearest(text, c.surface, a)
                if at is None:
                    ctx.report(w, f"{what}, and {c.surface!r} is not in the text; left out", shown)
                    continue
                if ties > 1:
                    ctx.report(w, f"{what}; {c.surface!r} occurs at {ties} places equally near; left out", shown)
                    continue
                a, b = at, at + len(c.surface)
                ctx.report(w, f"{what}; moved to {a}..{b} where the text is", shown)
            else:
                ctx.report(w, f"{what}; left out", shown)
                continue
        s = text[a:b]
        if s.strip() != s:
            if not s.strip():
                ctx.report(w, f"span {s!r} at {a}..{b} is only whitespace; left out", shown)
                continue
            a2 = a + (len(s) - len(s.lstrip()))
            b2 = b - (len(s) - len(s.rstrip()))
            ctx.report(w, f"span {s!r} at {a}..{b} has whitespace at its edge; trimmed to {a2}..{b2}", shown)
            a, b = a2, b2
        if ctx.labels is not None and label not in ctx.labels:
            ctx.report(w, f"unknown label {label!r} (kept)", shown)
        span = {k: v for k, v in c.extra.items() if k not in ("start", "end", "label", "text")}
        span = {"start": a, "end": b, "label": label, "text": text[a:b], **span}
        kept.append((idx, span, w, shown))
    kept.sort(key=lambda t: (t[1]["start"], -(t[1]["end"] - t[1]["start"]), t[0]))
    out: List[Dict[str, Any]] = []
    for idx, span, w, shown in kept:
        if out and span["start"] < out[-1]["end"]:
            prev = out[-1]
            if (prev["start"], prev["end"], prev["label"]) == (span["start"], span["end"], span["label"]):
                ctx.report(w, f"duplicate span {span['text']!r} ({span['label']}) at {span['start']}..{span['end']}; "
                              "left out", shown)
            else:
                ctx.report(w, f"span {span['text']!r} ({span['label']}) at {span['start']}..{span['end']} overlaps "
                              f"{prev['text']!r} ({prev['label']}) at {prev['start']}..{prev['end']}; "
                              "kept the first, left this one out", shown)
            continue
        out.append(span)
    return out


def _meta(fmt: str, where: str, extra: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    m: Dict[str, Any] = {}
    for k, v in (extra or {}).items():
        if k in ("source", "source_format"):
            m.setdefault("original_" + k, v)
        else:
            m[k] = v
    m["source_format"] = fmt
    m["source"] = where
    return m


def _emit(ctx: _Ctx, text: Any, cands: Sequence[_Cand], where: str, fmt: str,
          meta_extra: Optional[Dict[str, Any]] = None) -> None:
    """Make one record from a text and its candidate spans."""
    if not isinstance(text, str) or not text.strip():
        n = len(cands)
        ctx.report(where, "record has no text (a non-empty string); left out"
                          + (f" with its {n} span{'s' if n != 1 else ''}" if n else ""))
        return
    spans = _settle(text, cands, where, ctx)
    rec = {"text": text, "spans": spans, "meta": _meta(fmt, where, meta_extra)}
    allowed = set(ctx.labels or ()) | {s["label"] for s in spans}
    ctx.problems.extend(validate_record(rec, where, labels=sorted(allowed)))
    ctx.records.append(rec)


def _jsonl(p: Path, ctx: _Ctx) -> Iterator[Tuple[str, Any]]:
    """(where, object) for each non-blank line; a line that is not JSON is reported."""
    with open(p, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{p}:{n}"
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as exc:
                ctx.report(where, f"not valid JSON ({exc.msg}); line left out")


def _object(where: str, obj: Any, ctx: _Ctx) -> bool:
    if isinstance(obj, dict):
        return True
    ctx.report(where, f"a record must be a JSON object, not {type(obj).__name__}; left out")
    return False


# ---------------------------------------------------------------- finner

def _read_finner(p: Path, ctx: _Ctx) -> None:
    for where, rec in _jsonl(p, ctx):
        if not _object(where, rec, ctx):
            continue
        spans = rec.get("spans", [])
        cands: List[_Cand] = []
        if not isinstance(spans, list):
            ctx.report(where, "'spans' must be a list; none read", {"spans": spans})
            spans = []
        for s in spans:
            if not isinstance(s, dict):
                ctx.report(where, f"a span must be an object, not {type(s).__name__}; left out")
                continue
            cands.append(_Cand(s.get("start"), s.get("end"), s.get("label"), s.get("text"),
                               {k: v for k, v in s.items() if k not in ("start", "end", "label", "text")}))
        meta = rec.get("meta", {})
        if not isinstance(meta, dict):
            ctx.report(where, "'meta' must be an object; kept as meta['meta']")
            meta = {"meta": meta}
        extra = {k: v for k, v in rec.items() if k not in ("text", "spans", "meta")}
        _emit(ctx, rec.get("text"), cands, where, "finner", {**extra, **meta})


# ---------------------------------------------------------------- doccano

def _read_doccano(p: Path, ctx: _Ctx) -> None:
    for where, rec in _jsonl(p, ctx):
        if not _object(where, rec, ctx):
            continue
        text = rec.get("text", rec.get("data"))
        cands: List[_Cand] = []
        for key in ("label", "labels"):
            items = rec.get(key)
            if items is None:
                continue
            if not isinstance(items, list):
                ctx.report(where, f"'{key}' must be a list of [start, end, label]; none read", {key: items})
                continue
            for it in items:
                if isinstance(it, (list, tuple)) and len(it) >= 3:
                    cands.append(_Cand(it[0], it[1], it[2]))
                elif isinstance(it, dict):
                    cands.append(_Cand(it.get("start_offset", it.get("start")), it.get("end_offset", it.get("end")),
                                       it.get("label")))
                else:
                    ctx.report(where, f"'{key}' item {it!r} is not [start, end, label]; left out")
        ents = rec.get("entities")
        if ents is not None:
            if not isinstance(ents, list):
                ctx.report(where, "'entities' must be a list; none read", {"entities": ents})
                ents = []
            for e in ents:
                if not isinstance(e, dict):
                    ctx.report(where, f"entity {e!r} is not an object; left out")
                    continue
                extra = {"id": e["id"]} if "id" in e else {}
                cands.append(_Cand(e.get("start_offset", e.get("start")), e.get("end_offset", e.get("end")),
                                   e.get("label"), extra=extra))
        meta = {k: v for k, v in rec.items() if k not in ("text", "data", "label", "labels", "entities", "meta")}
        if isinstance(rec.get("meta"), dict):
            meta.update(rec["meta"])
        elif "meta" in rec:
            meta["meta"] = rec["meta"]
        _emit(ctx, text, cands, where, "doccano", meta)


def _to_doccano(r: Dict[str, Any], i: int, form: str) -> Dict[str, Any]:
    meta = r.get("meta") or {}
    out: Dict[str, Any] = {"id": meta.get("id", i), "text": r["text"]}
    spans = r.get("spans", [])
    if form == "label":
        out["label"] = [[s["start"], s["end"], s["label"]] for s in spans]
    else:
        out["entities"] = [{"id": s.get("id", k), "label": s["label"], "start_offset": s["start"],
                            "end_offset": s["end"]} for k, s in enumerate(spans, 1)]
        out["relations"] = meta.get("relations", [])
    return out


# ---------------------------------------------------------------- Label Studio

def _utf16_to_py(text: str) -> Dict[int, int]:
    """UTF-16 code-unit offset -> Python index, for every index that starts a character (and the end)."""
    m: Dict[int, int] = {}
    u = 0
    for i, ch in enumerate(text):
        m[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    m[u] = len(text)
    return m


def _read_labelstudio(p: Path, ctx: _Ctx) -> None:
    content = p.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(content)
        tasks: List[Tuple[str, Any]] = ([(f"{p}:task {i}", t) for i, t in enumerate(data, 1)]
                                        if isinstance(data, list) else [(f"{p}:task 1", data)])
    except json.JSONDecodeError:
        tasks = [(f"{p}:task {i}", t) for i, (_, t) in enumerate(_jsonl(p, ctx), 1)]
    for where, task in tasks:
        if _object(where, task, ctx):
            _labelstudio_task(task, where, ctx)


def _labelstudio_task(task: Dict[str, Any], where: str, ctx: _Ctx) -> None:
    anns = task.get("annotations")
    if anns is None:
        anns = task.get("completions")
    anns = anns if isinstance(anns, list) else []
    usable = [a for a in anns if isinstance(a, dict) and not a.get("was_cancelled") and not a.get("skipped")]
    if not usable:
        why = "all its annotations were cancelled" if anns else "it has no annotations"
        ctx.report(where, f"task left out: {why}")
        return
    ann = usable[0]
    result = ann.get("result") or []
    if not isinstance(result, list):
        ctx.report(where, "annotation 'result' is not a list; task left out")
        return
    given = task.get("data")
    data: Dict[str, Any] = given if isinstance(given, dict) else {}
    regions = [r for r in result if isinstance(r, dict) and r.get("type") in ("labels", "hypertextlabels")]
    others = [r for r in result if not (isinstance(r, dict) and r.get("type") in ("labels", "hypertextlabels"))]
    key = next((r["to_name"] for r in regions
                if isinstance(r.get("to_name"), str) and isinstance(data.get(r["to_name"]), str)), None)
    if key is None:
        key = next((k for k, v in data.items() if isinstance(v, str)), None)
    text = data.get(key) if key is not None else None
    meta: Dict[str, Any] = {}
    if "id" in task:
        meta["id"] = task["id"]
    if "id" in ann:
        meta["annotation_id"] = ann["id"]
    if len(usable) > 1:
        meta["annotations_not_read"] = len(usable) - 1
    rest = {k: v for k, v in data.items() if k != key}
    if rest:
        meta["data"] = rest
    if others:
        meta["other_results"] = others
    if not isinstance(text, str):
        ctx.report(where, f"task has no text in data; left out with its {len(regions)} regions")
        return
    u2p: Optional[Dict[int, int]] = None
    cands: List[_Cand] = []
    for r in regions:
        v = r.get("value")
        if not isinstance(v, dict):
            ctx.report(where, "region has no value; left out", r)
            continue
        labs = v.get("labels", v.get("hypertextlabels"))
        labs = labs if isinstance(labs, list) else [labs]
        a, b, vt = v.get("start"), v.get("end"), v.get("text")
        extra = {"id": r["id"]} if "id" in r else {}
        if (_is_int(a) and _is_int(b) and isinstance(vt, str) and text[a:b] != vt):
            if u2p is None:
                u2p = _utf16_to_py(text)
            pa, pb = u2p.get(a), u2p.get(b)
            if pa is not None and pb is not None and pa < pb and text[pa:pb] == vt:
                for lab in labs[:1]:
                    ctx.report(where, f"offsets {a}..{b} count UTF-16 code units (the text has characters beyond "
                                      f"U+FFFF); converted to {pa}..{pb}", {"start": a, "end": b, "label": lab,
                                                                           "text": vt})
                a, b = pa, pb
        if len(labs) > 1:
            ctx.report(where, f"region {vt!r} has {len(labs)} labels {labs}; each is read as its own span")
        for lab in labs:
            cands.append(_Cand(a, b, lab, vt if isinstance(vt, str) else None, dict(extra)))
    _emit(ctx, text, cands, where, "labelstudio", meta)


def _to_labelstudio(r: Dict[str, Any], i: int) -> Dict[str, Any]:
    text = r["text"]
    result = [{"id": f"s{k}", "from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": s["start"], "end": s["end"], "text": text[s["start"]:s["end"]],
                         "labels": [s["label"]]}}
              for k, s in enumerate(r.get("spans", []), 1)]
    meta = r.get("meta") or {}
    return {"id": meta.get("id", i), "data": {"text": text}, "annotations": [{"id": i, "result": result}]}


# ---------------------------------------------------------------- Prodigy

_PRODIGY_META = ("_input_hash", "_task_hash", "_view_id", "_session_id", "_annotator_id", "_timestamp", "answer")


def _read_prodigy(p: Path, ctx: _Ctx) -> None:
    for where, rec in _jsonl(p, ctx):
        if not _object(where, rec, ctx):
            continue
        spans = rec.get("spans") or []
        if not isinstance(spans, list):
            ctx.report(where, "'spans' must be a list; none read", {"spans": spans})
            spans = []
        answer = rec.get("answer")
        if answer in ("reject", "ignore"):
            ctx.report(where, f"answer is {answer!r}; record left out with its {len(spans)} spans")
            continue
        text = rec.get("text")
        tokens = rec.get("tokens")
        tok_ok = (isinstance(tokens, list) and tokens
                  and all(isinstance(t, dict) and _is_int(t.get("start")) and _is_int(t.get("end")) for t in tokens))
        if tokens and not tok_ok:
            ctx.report(where, "tokens without integer start/end; spans not checked against them")
        starts = {t["start"] for t in tokens} if tok_ok else set()
        ends = {t["end"] for t in tokens} if tok_ok else set()
        cands: List[_Cand] = []
        for s in spans:
            if not isinstance(s, dict):
                ctx.report(where, f"a span must be an object, not {type(s).__name__}; left out")
                continue
            a, b, lab, st = s.get("start"), s.get("end"), s.get("label"), s.get("text")
            st = st if isinstance(st, str) else None
            extra = {k: v for k, v in s.items()
                     if k not in ("start", "end", "label", "text", "token_start", "token_end", "input_hash")}
            shown = {"start": a, "end": b, "label": lab, **({"text": st} if st is not None else {})}
            ts, te = s.get("token_start"), s.get("token_end")
            by_tok = None
            if tok_ok and _is_int(ts) and _is_int(te) and 0 <= ts <= te < len(tokens):
                by_tok = (tokens[ts]["start"], tokens[te]["end"])
            if tok_ok and isinstance(text, str) and _is_int(a) and _is_int(b) and 0 <= a < b <= len(text):
                if a not in starts or b not in ends:
                    chars_ok = st is None or text[a:b] == st
                    toks_ok = by_tok is not None and by_tok[0] < by_tok[1] and (
                        st is not None and text[by_tok[0]:by_tok[1]] == st)
                    if st is not None and chars_ok:
                        ctx.report(where, f"span {a}..{b} is not on token boundaries; kept its character offsets, "
                                          "which match its text", shown)
                    elif toks_ok:
                        assert by_tok is not None              # toks_ok: by_tok was read
                        ctx.report(where, f"span {a}..{b} is not on token boundaries; moved to tokens "
                                          f"{ts}..{te} ({by_tok[0]}..{by_tok[1]}), which match its text", shown)
                        a, b = by_tok
                    else:
                        ctx.report(where, f"span {a}..{b} is not on token boundaries and nothing tells which "
                                          "offsets are right; left out", shown)
                        continue
                elif by_tok is not None and by_tok != (a, b):
                    ctx.report(where, f"token_start/token_end {ts}..{te} ({by_tok[0]}..{by_tok[1]}) disagree with "
                                      f"the character offsets {a}..{b}; kept the character offsets", shown)
            cands.append(_Cand(a, b, lab, st, extra))
        meta = {k: rec[k] for k in _PRODIGY_META if k in rec}
        if "meta" in rec:
            meta["prodigy_meta"] = rec["meta"]
        for k in ("id",):
            if k in rec:
                meta[k] = rec[k]
        _emit(ctx, text, cands, where, "prodigy", meta)


def _to_prodigy(r: Dict[str, Any]) -> Dict[str, Any]:
    text = r["text"]
    tokens = [{"text": ch, "start": i, "end": i + 1, "id": i, "ws": False} for i, ch in enumerate(text)]
    spans = [{"start": s["start"], "end": s["end"], "label": s["label"], "text": text[s["start"]:s["end"]],
              "token_start": s["start"], "token_end": s["end"] - 1} for s in r.get("spans", [])]
    return {"text": text, "tokens": tokens, "spans": spans, "answer": "accept"}


# ---------------------------------------------------------------- CLUENER

def _read_cluener(p: Path, ctx: _Ctx) -> None:
    for where, rec in _jsonl(p, ctx):
        if not _object(where, rec, ctx):
            continue
        text = rec.get("text")
        label = rec.get("label")
        label = {} if label is None else label
        cands: List[_Cand] = []
        if not isinstance(label, dict):
            ctx.report(where, "'label' must be an object {label: {surface: [[start, end], ...]}}; none read",
                       {"label": label})
            label = {}
        for lab, surfaces in label.items():
            if not isinstance(surfaces, dict):
                ctx.report(where, f"label {lab!r}: expected {{surface: [[start, end], ...]}}; left out")
                continue
            for surface, pairs in surfaces.items():
                if not isinstance(pairs, list) or (len(pairs) == 2 and all(_is_int(x) for x in pairs)):
                    pairs = [pairs]                  # a lone [s, e]
                for pr in pairs:
                    shown = {"label": lab, "text": surface, "offsets": pr}
                    if not (isinstance(pr, (list, tuple)) and len(pr) == 2 and all(_is_int(x) for x in pr)):
                        ctx.report(where, f"{lab} {surface!r}: offsets {pr!r} are not [start, end]; left out", shown)
                        continue
                    a, b = pr[0], pr[1] + 1
                    if isinstance(text, str) and text[a:b] != surface and 0 <= a < pr[1] <= len(text) \
                            and text[a:pr[1]] == surface:
                        ctx.report(where, f"{lab} {surface!r}: end {pr[1]} looks end-exclusive (CLUENER ends are "
                                          f"inclusive); read as {a}..{pr[1]}", shown)
                        b = pr[1]
                    cands.append(_Cand(a, b, lab, surface))
        meta = {k: v for k, v in rec.items() if k not in ("text", "label")}
        _emit(ctx, text, cands, where, "cluener", meta)


def _to_cluener(r: Dict[str, Any]) -> Dict[str, Any]:
    text = r["text"]
    label: Dict[str, Dict[str, List[List[int]]]] = {}
    for s in r.get("spans", []):
        label.setdefault(s["label"], {}).setdefault(text[s["start"]:s["end"]], []).append([s["start"], s["end"] - 1])
    return {"text": text, "label": label}


# ---------------------------------------------------------------- BIO / BIOES / BMES

_TAG = re.compile(r"^([BIMESLU])[-_](\S+)$")
_NO_SEP = re.compile(r"^(.+?) +(\S+) *$")


def _parse_tag(tag: Optional[str]) -> Optional[Tuple[str, Optional[str]]]:
    """('O', None), (prefix, label), or None when it is not a tag."""
    if tag is None:
        return None
    if tag == "O":
        return ("O", None)
    m = _TAG.match(tag)
    return (m.group(1), m.group(2)) if m else None


def _split_bio_line(line: str) -> Tuple[str, Optional[str], bool]:
    """(character field, tag, the character was missing). See the module doc."""
    line = line.rstrip("\r\n")
    if "\t" in line:
        tok, tag = line.rsplit("\t", 1)
        tag = tag.strip(" ")
        return (tok, tag, False) if tok else (" ", tag, True)
    m = _NO_SEP.match(line)
    if m:
        return m.group(1), m.group(2), False
    bare = line.strip(" ")
    if _parse_tag(bare) is not None:
        return " ", bare, True
    return bare, None, False


def _read_bio(p: Path, ctx: _Ctx) -> None:
    sents: List[List[Tuple[int, str, str]]] = []
    cur: List[Tuple[int, str, str]] = []
    with open(p, encoding="utf-8-sig") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if not line.strip(" \t"):
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        tok, tag, missing = _split_bio_line(line)
        where = f"{p}:{n}"
        if missing:
            ctx.report(where, f"line {line!r} has a tag and no character; read as a space")
        if tag is None:
            ctx.report(where, f"line {line!r} has no tag; read as O")
            tag = "O"
        elif _parse_tag(tag) is None:
            ctx.report(where, f"{tag!r} is not a tag (O, B-X, I-X, E-X, S-X, M-X, L-X, U-X); read as O")
            tag = "O"
        if len(tok) != 1:
            ctx.report(where, f"token {tok!r} is {len(tok)} characters, not one; kept as it is")
        cur.append((n, tok, tag))
    if cur:
        sents.append(cur)
    prefixes = {t[0] for s in sents for _, _, t in s if t != "O"}
    scheme = "BMES" if "M" in prefixes else "BIOES" if prefixes & set("ESLU") else "BIO"
    for sent in sents:
        _bio_sentence(sent, p, scheme, ctx)


def _bio_sentence(sent: List[Tuple[int, str, str]], p: Path, scheme: str, ctx: _Ctx) -> None:
    text = "".join(tok for _, tok, _ in sent)
    cands: List[_Cand] = []
    openspan: Optional[List[Any]] = None       # [label, start, end, first line, last line]
    closing = scheme != "BIO"                   # spans must end with E-X

    def close(n: int, why: str) -> None:
        nonlocal openspan
        if openspan is None:
            return
        lab, a, b, ln, _ = openspan
        if closing and why:
            ctx.report(f"{p}:{n}", f"span {text[a:b]!r} ({lab}) from line {ln} is not closed by E-{lab}; {why}",
                       {"start": a, "end": b, "label": lab})
        cands.append(_Cand(a, b, lab, where=f"{p}:{ln}"))
        openspan = None

    pos = 0
    for n, tok, tag in sent:
        a, b = pos, pos + len(tok)
        pos = b
        prefix, lab = _parse_tag(tag) or ("O", None)
        if prefix == "O":
            close(n, f"it ends before line {n}")
        elif prefix == "B":
            close(n, f"it ends before line {n}")
            openspan = [lab, a, b, n, n]
        elif prefix in ("S", "U"):
            close(n, f"it ends before line {n}")
            cands.append(_Cand(a, b, lab, where=f"{p}:{n}"))
        else:                                   # I, M continue; E, L continue and close
            if openspan is not None and openspan[0] == lab:
                openspan[2], openspan[4] = b, n
            else:
                if openspan is None:
                    ctx.report(f"{p}:{n}", f"{tag} without a preceding B-{lab}; a new span starts here")
                else:
                    ctx.report(f"{p}:{n}", f"label changes inside a span ({openspan[0]} then {tag}); "
                                           "a new span starts here")
                    close(n, "")
                openspan = [lab, a, b, n, n]
            if prefix in ("E", "L"):
                close(n, "")
    close(sent[-1][0], "the sentence ends")
    _emit(ctx, text, cands, f"{p}:{sent[0][0]}", "bio", {"scheme": scheme})


def _write_bio(recs: List[Dict[str, Any]], path: Path | str, scheme: str) -> int:
    scheme = scheme.upper()
    if scheme not in _SCHEMES:
        raise ValueError(f"scheme must be one of {', '.join(_SCHEMES)}, not {scheme!r}")
    mid = "M" if scheme == "BMES" else "I"
    with open(path, "w", encoding="utf-8") as fh:
        for r in recs:
            text = r["text"]
            tags = ["O"] * len(text)
            for s in r.get("spans", []):
                a, b, lab = s["start"], s["end"], s["label"]
                if scheme == "BIO":
                    tags[a] = f"B-{lab}"
                    for i in range(a + 1, b):
                        tags[i] = f"I-{lab}"
                elif b - a == 1:
                    tags[a] = f"S-{lab}"
                else:
                    tags[a] = f"B-{lab}"
                    for i in range(a + 1, b - 1):
                        tags[i] = f"{mid}-{lab}"
                    tags[b - 1] = f"E-{lab}"
            for ch, tag in zip(text, tags):
                fh.write(f"{ch}\t{tag}\n")
            fh.write("\n")
    return len(recs)


# ---------------------------------------------------------------- spaCy DocBin

_NLP = None


def _blank_zh():
    global _NLP
    if _NLP is None:
        import spacy
        _NLP = spacy.blank("zh")            # the "char" segmenter, no model needed
    return _NLP


def _read_spacy(p: Path, ctx: _Ctx, spans_key: Optional[str] = None) -> None:
    from spacy.tokens import DocBin
    nlp = _blank_zh()
    try:
        db = DocBin().from_disk(p)
    except Exception as exc:              # msgpack/zlib errors: not a DocBin
        raise ValueError(f"{p}: not a spaCy DocBin file ({exc})") from None
    for i, doc in enumerate(db.get_docs(nlp.vocab), 1):
        where = f"{p}:doc {i}"
        spans = list(doc.ents)
        if not spans and spans_key is not None and spans_key in doc.spans:
            spans = list(doc.spans[spans_key])
        ud = doc.user_data if isinstance(doc.user_data, dict) else {}
        given = {}
        for s in ud.get("finner_spans") or []:
            if isinstance(s, dict):
                given[(s.get("start"), s.get("end"), s.get("label"))] = s
        cands = []
        for sp in spans:
            extra = given.get((sp.start_char, sp.end_char, sp.label_), {})
            cands.append(_Cand(sp.start_char, sp.end_char, sp.label_,
                               extra={k: v for k, v in extra.items() if k not in ("start", "end", "label", "text")}))
        meta = dict(ud.get("finner_meta") or {}) if isinstance(ud.get("finner_meta"), dict) else {}
        if doc.cats:
            meta["cats"] = dict(doc.cats)
        _emit(ctx, doc.text, cands, where, "spacy", meta)


def _write_spacy(recs: List[Dict[str, Any]], path: Path | str) -> int:
    from spacy.tokens import Doc, DocBin, Span
    nlp = _blank_zh()
    db = DocBin(store_user_data=True)
    for r in recs:
        text = r["text"]
        doc = Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))
        spans = sorted(r.get("spans", []), key=lambda s: s["start"])
        # one token per character: char_span finds a Span for any offsets in the text
        doc.ents = [cast(Span, doc.char_span(s["start"], s["end"], label=s["label"])) for s in spans]
        doc.user_data["finner_meta"] = _plain(r.get("meta") or {})
        doc.user_data["finner_spans"] = _plain(spans)
        db.add(doc)
    db.to_disk(path)
    return len(recs)


def _plain(v: Any) -> Any:
    """A JSON round trip, so that user_data holds only what msgpack can store."""
    return json.loads(json.dumps(v, ensure_ascii=False, default=str))


# ---------------------------------------------------------------- writer checks

def _check_writable(r: Any, i: int, fmt: str) -> None:
    if not isinstance(r, dict) or not isinstance(r.get("text"), str):
        raise ValueError(f"record {i}: not a record with text")
    text = r["text"]
    spans = r.get("spans", [])
    for s in spans:
        a, b = s.get("start"), s.get("end")
        if not (_is_int(a) and _is_int(b) and 0 <= a < b <= len(text)) or not isinstance(s.get("label"), str):
            raise ValueError(f"record {i}: span {s!r} is not inside the text of {len(text)} characters")
    if fmt in ("bio", "spacy"):
        ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
        for x, y in zip(ordered, ordered[1:]):
            if y["start"] < x["end"]:
                raise ValueError(f"record {i}: spans {x['start']}..{x['end']} and {y['start']}..{y['end']} overlap; "
                                 f"{fmt} cannot hold overlapping spans")
    if fmt == "bio" and ("\n" in text or "\r" in text):
        raise ValueError(f"record {i}: the text has a line break, which a BIO file cannot hold")


_READERS = {
    "finner": _read_finner,
    "doccano": _read_doccano,
    "labelstudio": _read_labelstudio,
    "prodigy": _read_prodigy,
    "cluener": _read_cluener,
    "bio": _read_bio,
    "spacy": _read_spacy,
}
