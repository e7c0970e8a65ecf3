"""Build corpus/{train,dev,test}.jsonl from the markup in corpus/raw/*.txt.

    python scripts/build_corpus.py            # check, build, split, write statistics
    python scripts/build_corpus.py --check corpus/raw/banks.txt [--review]

Each raw line is one sentence in the inline markup of docs/annotation.md;
lines starting with ``#`` and blank lines are skipped.  Every line is parsed and
validated; any problem stops the build with ``file:line: message``.  The split
is by a hash of the text (70 % train, 15 % dev, 15 % test), so adding
sentences never moves old ones between splits.  ``--review`` prints each
sentence's spans with the quantity values finner filled in, for a person to read.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from finner.training.corpus import LABELS, parse_markup, validate_records, write_jsonl  # noqa: E402

RAW = ROOT / "corpus" / "raw"
SPLITS = (("train", 70), ("dev", 15), ("test", 15))


def split_of(text: str) -> str:
    h = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) % 100
    acc = 0
    for name, share in SPLITS:
        acc += share
        if h < acc:
            return name
    return SPLITS[-1][0]


def read_raw(path: Path):
    """(where, record or None, error or None) for every sentence line of ``path``."""
    topic = path.stem
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{n}"
        try:
            rec = parse_markup(line, meta={"source": "written for finner", "topic": topic})
        except ValueError as exc:
            yield where, None, str(exc)
            continue
        yield where, rec, None


def review(rec) -> str:
    parts = []
    for s in rec["spans"]:
        extra = ""
        if "kind" in s:
            v = s["value"] if s["value"] is not None else f"{s['low']}~{s['high']}"
            extra = f" = {v} {s['unit'] or ''} {s['qualifier'] or ''}".rstrip()
        elif s["label"] == "PERSON":
            extra = f" title={s.get('title')} org={s.get('org')}"
        parts.append(f"  {s['label']:<8} {s['text']}{extra}")
    return rec["text"] + "\n" + "\n".join(parts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", nargs="*", help="only check these raw files")
    ap.add_argument("--review", action="store_true", help="print every sentence with its spans")
    ap.add_argument("--extra-label", action="append", default=[], help="accept this label too (fine-tuning data)")
    args = ap.parse_args(argv)
    files = [Path(p).resolve() for p in args.check] if args.check else sorted(RAW.glob("*.txt"))
    pairs, errors = [], []
    for f in files:
        for where, rec, err in read_raw(f):
            if err:
                errors.append(f"{where}: {err}")
                continue
            pairs.append((where, rec))
            if args.review:
                print(where, review(rec), sep="\n")
    errors.extend(str(p) for p in validate_records(pairs, labels=LABELS + tuple(args.extra_label)))
    for e in errors:
        print(e, file=sys.stderr)
    print(f"{len(pairs)} sentences, {len(errors)} problems", file=sys.stderr)
    if errors:
        return 1
    if args.check is not None:
        return 0
    out = {name: [] for name, _ in SPLITS}
    for _, rec in pairs:
        out[split_of(rec["text"])].append(rec)
    for name, recs in out.items():
        write_jsonl(recs, ROOT / "corpus" / f"{name}.jsonl")
    write_stats(out)
    return 0


def write_stats(out) -> None:
    lines = ["# finner corpus", "",
             "Sentences written for this project in financial-news style; every person is fictional.",
             "Built from `raw/*.txt` (inline markup, see `docs/annotation.md`) by `python scripts/build_corpus.py`,",
             "which validates every sentence and splits by a hash of the text. The test split is never used for tuning.",
             "", "## Sentences and spans", "",
             "| split | sentences | " + " | ".join(LABELS) + " |",
             "|---|---|" + "---|" * len(LABELS)]
    total = collections.Counter()
    for name, recs in out.items():
        c = collections.Counter(s["label"] for r in recs for s in r["spans"])
        total.update(c)
        total["_n"] += len(recs)
        lines.append(f"| {name} | {len(recs)} | " + " | ".join(str(c[label]) for label in LABELS) + " |")
    lines.append(f"| all | {total['_n']} | " + " | ".join(str(total[label]) for label in LABELS) + " |")
    topics = collections.Counter(r["meta"]["topic"] for recs in out.values() for r in recs)
    lines += ["", "## Sentences by raw file", "", "| file | sentences |", "|---|---|"]
    lines += [f"| raw/{t}.txt | {n} |" for t, n in sorted(topics.items())]
    (ROOT / "corpus" / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
