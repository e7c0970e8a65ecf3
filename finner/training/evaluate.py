"""Per-label precision, recall and F1 of a finner pipeline on annotated JSONL.

    finner evaluate [PIPELINE] FILE... [--errors N] [--json]
    python benchmarks/evaluate_pipeline.py [FILE] [--pipeline PATH] [--errors N] [--json]

FILE is JSONL in the corpus format of DESIGN section 5 (default
``tests/cases/pipeline.jsonl``): one ``{"text", "spans", "meta"}`` object a
line, spans with ``start``, ``end`` (character offsets, end-exclusive) and
``label``, plus ``kind``/``value``/``low``/``high``/``unit``/``qualifier`` on
MONEY, PERCENT and QUANTITY, ``title``/``org`` on PERSON and ``canonical`` on
BANK and ORG.

A predicted span counts as correct when its start, end and label equal a gold
span's (exact match).  For the matched spans the script also reports how many
carry the right values: for MONEY/PERCENT/QUANTITY the value, bounds, unit and
qualifier (values compared as decimals, so ``4.50`` equals ``4.5``); for PERSON
the title and organisation; for BANK/ORG the canonical name.  A label with no
gold span and no prediction is shown as n/a; totals are micro-averaged over
all labels (and once more without DATE, which finner does not tag yet).

The pipeline is ``finner.load()`` unless ``--pipeline`` names a directory
written by ``nlp.to_disk``.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence

DEFAULT_CASES = Path(__file__).resolve().parent.parent.parent / "tests" / "cases" / "pipeline.jsonl"

LABELS = ("BANK", "ORG", "PRODUCT", "PERSON", "TITLE", "MONEY", "PERCENT", "QUANTITY", "DATE")
QUANTITY_LABELS = ("MONEY", "PERCENT", "QUANTITY")
QUANTITY_FIELDS = ("kind", "value", "low", "high", "unit", "qualifier")
NAME_LABELS = ("BANK", "ORG")

__all__ = ["LABELS", "QUANTITY_LABELS", "QUANTITY_FIELDS", "LabelScore", "Evaluation",
           "load_cases", "predict", "evaluate", "format_report", "run", "main"]


# ---------------------------------------------------------------- data

def load_cases(path: Path | str = DEFAULT_CASES) -> List[Dict[str, Any]]:
    """The JSONL records of ``path``, in order (blank lines skipped)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc})") from None
    return out


def _ext(span, name: str) -> Any:
    """``span._.<name>``, or None when the pipeline never registered it."""
    from spacy.tokens import Span
    return getattr(span._, name) if Span.has_extension(name) else None


def span_record(ent) -> Dict[str, Any]:
    """A predicted entity as a span dict of the corpus format."""
    rec: Dict[str, Any] = {"start": ent.start_char, "end": ent.end_char, "label": ent.label_, "text": ent.text}
    if ent.label_ in QUANTITY_LABELS:
        q = _ext(ent, "quantity")
        d = q.to_dict() if q is not None else {}
        rec.update({f: d.get(f) for f in QUANTITY_FIELDS})
    elif ent.label_ == "PERSON":
        rec.update(title=_ext(ent, "title"), org=_ext(ent, "org"))
    elif ent.label_ in NAME_LABELS:
        rec["canonical"] = _ext(ent, "canonical")
    return rec


def predict(nlp, cases: Sequence[Dict[str, Any]]) -> List[List[Dict[str, Any]]]:
    """The pipeline's entities for every case, as span dicts."""
    return [[span_record(e) for e in doc.ents] for doc in nlp.pipe(c["text"] for c in cases)]


# ---------------------------------------------------------------- scoring

def _dec(v: Any) -> Any:
    if v is None:
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return v


def attributes_agree(gold: Dict[str, Any], pred: Dict[str, Any]) -> Optional[bool]:
    """Whether a matched span carries the right values; None for labels without any."""
    label = gold["label"]
    if label in QUANTITY_LABELS:
        return (all(_dec(gold.get(f)) == _dec(pred.get(f)) for f in ("value", "low", "high"))
                and gold.get("unit") == pred.get("unit") and gold.get("qualifier") == pred.get("qualifier"))
    if label == "PERSON":
        if "title" not in gold and "org" not in gold:
            return None
        return gold.get("title") == pred.get("title") and gold.get("org") == pred.get("org")
    if label in NAME_LABELS:
        if "canonical" not in gold:           # the corpus does not record canonical names
            return None
        return gold.get("canonical") == pred.get("canonical")
    return None


@dataclass
class LabelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attr_ok: int = 0      # matched spans whose values agree
    attr_n: int = 0       # matched spans that carry values

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def pred(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> Optional[float]:
        return self.tp / self.pred if self.pred else None

    @property
    def recall(self) -> Optional[float]:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> Optional[float]:
        """None (n/a) when there is neither gold nor prediction; 0 when one side is empty."""
        if not self.gold and not self.pred:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attr_share(self) -> Optional[float]:
        return self.attr_ok / self.attr_n if self.attr_n else None

    def add(self, other: "LabelScore") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.attr_ok += other.attr_ok
        self.attr_n += other.attr_n


@dataclass
class Error:
    kind: str                      # "fp", "fn" or "value"
    label: str
    text: str                      # the sentence
    span: Dict[str, Any]           # the predicted (fp, value) or gold (fn) span
    other: Optional[Dict[str, Any]] = None   # for "value": the gold span


@dataclass
class Evaluation:
    labels: Dict[str, LabelScore]
    errors: List[Error] = field(default_factory=list)
    n_cases: int = 0

    def total(self, exclude: Iterable[str] = ()) -> LabelScore:
        out = LabelScore()
        for label, score in self.labels.items():
            if label not in exclude:
                out.add(score)
        return out

    @property
    def micro(self) -> LabelScore:
        return self.total()


def evaluate(cases: Sequence[Dict[str, Any]], predictions: Sequence[Sequence[Dict[str, Any]]]) -> Evaluation:
    """Exact-match scores of ``predictions`` against the gold spans of ``cases``."""
    if len(cases) != len(predictions):
        raise ValueError(f"{len(cases)} cases but {len(predictions)} predictions")
    labels = {label: LabelScore() for label in LABELS}
    errors: List[Error] = []
    for case, preds in zip(cases, predictions):
        gold = {(s["start"], s["end"], s["label"]): s for s in case["spans"]}
        pred = {(s["start"], s["end"], s["label"]): s for s in preds}
        for key in set(gold) | set(pred):
            label = key[2]
            score = labels.setdefault(label, LabelScore())
            if key in gold and key in pred:
                score.tp += 1
                ok = attributes_agree(gold[key], pred[key])
                if ok is not None:
                    score.attr_n += 1
                    score.attr_ok += ok
                    if not ok:
                        errors.append(Error("value", label, case["text"], pred[key], gold[key]))
            elif key in pred:
                score.fp += 1
                errors.append(Error("fp", label, case["text"], pred[key]))
            else:
                score.fn += 1
                errors.append(Error("fn", label, case["text"], gold[key]))
    errors.sort(key=lambda e: (e.label, e.kind))
    return Evaluation(labels, errors, len(cases))


def run(path: Path | str = DEFAULT_CASES, pipeline: Optional[str] = None, *, nlp=None,
        label_map: Optional[Dict[str, str]] = None, ner: bool = True) -> Evaluation:
    """Load the cases and the pipeline (``nlp``, or ``finner.load(pipeline)``,
    rules only with ``ner=False``), predict, score.  ``label_map`` renames
    predicted labels before scoring (``{"INSURER": "ORG"}`` scores a model with
    a finer label on a corpus that does not know it)."""
    import finner
    cases = load_cases(path)
    if nlp is None:
        nlp = finner.load(pipeline) if pipeline else finner.load(ner=ner)
    preds = predict(nlp, cases)
    if label_map:
        preds = [[{**s, "label": label_map.get(s["label"], s["label"])} for s in p] for p in preds]
    return evaluate(cases, preds)


# ---------------------------------------------------------------- report

VALUE_CHECK = {**{label: "value+unit+qualifier" for label in QUANTITY_LABELS},
               "PERSON": "title+org", "BANK": "canonical", "ORG": "canonical"}


def _fmt(x: Optional[float]) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def format_report(ev: Evaluation) -> str:
    head = f"{'label':<10}{'gold':>6}{'pred':>6}{'tp':>6}{'prec':>8}{'recall':>8}{'f1':>8}   values right among matched"
    lines = [f"{ev.n_cases} sentences"]
    lines += [head, "-" * len(head)]

    def row(name: str, s: LabelScore, check: Optional[str]) -> str:
        r = f"{name:<10}{s.gold:>6}{s.pred:>6}{s.tp:>6}{_fmt(s.precision):>8}{_fmt(s.recall):>8}{_fmt(s.f1):>8}"
        if check:
            share = "n/a" if s.attr_n == 0 else f"{s.attr_ok}/{s.attr_n} = {s.attr_share:.3f}"
            r += f"   {check}: {share}"
        return r

    for label, score in ev.labels.items():
        lines.append(row(label, score, VALUE_CHECK.get(label)))
    lines.append("-" * len(head))
    lines.append(row("micro", ev.micro, None))
    lines.append(row("micro-DATE", ev.total(exclude=("DATE",)), None))
    return "\n".join(lines)


def _show(span: Dict[str, Any]) -> str:
    extra = {k: v for k, v in span.items() if k not in ("start", "end", "label", "text") and v is not None}
    return f"{span['text']}[{span['start']}:{span['end']}]" + (f" {extra}" if extra else "")


def format_errors(ev: Evaluation, per_kind: int) -> str:
    lines = []
    for label in ev.labels:
        for kind, name in (("fn", "missed"), ("fp", "spurious"), ("value", "wrong values")):
            errs = [e for e in ev.errors if e.label == label and e.kind == kind]
            if not errs:
                continue
            lines.append(f"{label} {name} ({len(errs)}):")
            for e in errs[:per_kind]:
                tail = f"   gold: {_show(e.other)}" if e.other else ""
                lines.append(f"  {_show(e.span)}{tail}   | {e.text}")
    return "\n".join(lines)


def to_json(ev: Evaluation) -> Dict[str, Any]:
    def one(s: LabelScore) -> Dict[str, Any]:
        return {"gold": s.gold, "pred": s.pred, "tp": s.tp, "precision": s.precision, "recall": s.recall,
                "f1": s.f1, "values_right": s.attr_ok, "values_checked": s.attr_n}
    return {"labels": {k: one(v) for k, v in ev.labels.items()}, "micro": one(ev.micro),
            "micro_without_date": one(ev.total(exclude=("DATE",)))}


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="?", default=str(DEFAULT_CASES), help="JSONL file (default: %(default)s)")
    ap.add_argument("--pipeline", default=None, help="a pipeline directory for finner.load(PATH)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="also list up to N missed, spurious and wrongly valued spans per label")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    ap.add_argument("--rules-only", action="store_true", help="the default pipeline without the statistical NER")
    args = ap.parse_args(argv)
    ev = run(args.cases, args.pipeline, ner=not args.rules_only)
    if args.json:
        print(json.dumps(to_json(ev), ensure_ascii=False, indent=2))
    else:
        print(format_report(ev))
        if args.errors:
            print()
            print(format_errors(ev, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())


# ---------------------------------------------------------------- exact and overlap F1 of names

def span_scores(gold: Sequence[Sequence[Any]], pred: Sequence[Sequence[Any]],
                labels: Sequence[str]) -> Dict[str, Dict[str, LabelScore]]:
    """``{"exact": {label: LabelScore}, "overlap": {...}}`` for spans given as
    ``(start, end, label)`` per text.  Exact: same start, end and label.
    Overlap (the lenient measure): a predicted span matches at most one gold
    span of its label that shares a character with it, and each gold span is
    matched at most once."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold texts but {len(pred)} predicted")
    out: Dict[str, Dict[str, LabelScore]] = {"exact": {}, "overlap": {}}
    for kind in out:
        for label in list(labels) + ["ALL"]:
            out[kind][label] = LabelScore()
    for g_spans, p_spans in zip(gold, pred):
        g = [tuple(s) for s in g_spans if s[2] in labels]
        p = [tuple(s) for s in p_spans if s[2] in labels]
        exact = set(g) & set(p)
        for label in labels:
            gl = [s for s in g if s[2] == label]
            pl = [s for s in p if s[2] == label]
            e = sum(1 for s in exact if s[2] == label)
            used = set()
            o = 0
            for a, b, _ in sorted(pl):
                for k, (c, d, _) in enumerate(gl):
                    if k not in used and a < d and c < b:
                        used.add(k)
                        o += 1
                        break
            for kind, tp in (("exact", e), ("overlap", o)):
                for key in (label, "ALL"):
                    sc = out[kind][key]
                    sc.tp += tp
                    sc.fp += len(pl) - tp
                    sc.fn += len(gl) - tp
    return out
