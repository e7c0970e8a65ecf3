"""Train the NER model shipped with finner (finner/models/ner).

The shipped model (real annotated text and finner's corpus)::

    python scripts/train_default_model.py \
        --cluener ../shared/ner-data/cluener/train.json \
        --resume ../shared/ner-data/resume/train.char.bmes --resume ../shared/ner-data/resume/dev.char.bmes

A model from finner's own corpus alone (for users whose terms rule the public
data out)::

    python scripts/train_default_model.py --out DIR

The public files are split into train and dev by the fixed rule of
``finner.training.public.is_dev``; the corpus keeps its own split
(corpus/train.jsonl, corpus/dev.jsonl; corpus/test.jsonl is never read here).
Early stopping and the choice of epoch use the dev part.  Without ``--out``
the model replaces finner/models/ner, with its card (README.md), its
``meta.json`` listing every source and its citation, ``training.json`` (the
per-epoch log) and finner/models/rehearsal.jsonl (a fixed sample of corpus
training sentences, mixed into fine-tuning so old labels are kept; never
public data).  ``--from-dir`` installs a model trained earlier with the same
sources instead of training again.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from finner.training.public import SOURCES, load_public  # noqa: E402
from finner.training.train import DEFAULT_MODEL, MODEL_LABELS, REHEARSAL, score_names, train  # noqa: E402

REHEARSAL_SIZE = 300


def card(sources, report) -> str:
    size = report.get("size", {})
    lines = ["# finner's character NER model", "",
             "A spaCy pipeline of one component, a `tagger` over single characters (spaCy `zh`, `char` "
             "segmenter): a hash embedding of each character, a convolutional encoder "
             f"(width {size.get('width')}, depth {size.get('depth')}, window {size.get('window')}), and a softmax "
             "over BILUO tags for the labels " + ", ".join(MODEL_LABELS) + ". finner's `finner_ner` component "
             "reads the tags with a constrained Viterbi search (finner/tagging.py).", "",
             "## Trained on", ""]
    for key in sources:
        src = SOURCES[key]
        lines.append(f"- **{src['name']}**: {src['citation']} {src['url']} ({src['terms']}).")
    lines += ["", "Label mapping and the dev rule: `finner/training/public.py` and docs/training.md. "
              "`scripts/train_default_model.py` trains this model; without the public files it trains "
              "on finner's corpus alone.", "",
              f"Best epoch {report.get('best_epoch')}, micro-averaged dev F (exact span and label, model alone) "
              f"{report.get('best_dev_f')}; "
              f"{report.get('train_sentences')} training sentences (finner's corpus seen "
              f"{report.get('corpus_weight')} times an epoch; {report.get('swap_names', 0)} cop"
              f"{'y' if report.get('swap_names', 0) == 1 else 'ies'} of every sentence with a person, the persons "
              "replaced by other training names: finner/training/augment.py).", ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cluener", action="append", default=[], help="CLUENER2020 JSON lines (repeatable)")
    ap.add_argument("--resume", action="append", default=[], help="ResumeNER BMES file (repeatable)")
    ap.add_argument("--corpus", default=str(ROOT / "corpus"), help="finner's corpus folder")
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--patience", type=int, default=5)
    ap.add_argument("--max-seconds", type=float, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--size", default="64,3,2,2,10000,0",
                    help="encoder width, depth, window, maxout pieces, character rows, pair rows (0: no pairs)")
    ap.add_argument("--corpus-weight", type=int, default=2,
                    help="how many times finner's own training sentences are seen per epoch")
    ap.add_argument("--swap-names", type=int, default=1,
                    help="add this many copies of every training sentence with a person, the persons "
                         "replaced by other training names (finner.training.augment)")
    ap.add_argument("--checkpoint", default=None, help="write the best model so far here as training goes")
    ap.add_argument("--from-dir", default=None)
    ap.add_argument("--out", default=None, help="write the model here instead of installing it")
    args = ap.parse_args(argv)
    train_recs, dev_recs = load_public(args.cluener, args.resume, args.corpus)
    sources = [k for k, paths in (("cluener", args.cluener), ("resume", args.resume)) if paths] + ["corpus"]
    if args.from_dir:
        from finner.training.train import load_model
        nlp = load_model(args.from_dir)
        report = json.loads((Path(args.from_dir) / "training.json").read_text()) \
            if (Path(args.from_dir) / "training.json").exists() else {}
    else:
        size = tuple(int(x) for x in args.size.split(","))
        extra = [r for r in train_recs if r["meta"]["source"] == "corpus"] * (args.corpus_weight - 1)
        if args.swap_names:
            from finner.training.augment import swap_names
            extra += swap_names(train_recs, random.Random(args.seed), copies=args.swap_names)
        nlp, report = train(train_recs + extra, dev_recs, labels=MODEL_LABELS, epochs=args.epochs,
                            patience=args.patience, seed=args.seed, size=size, max_seconds=args.max_seconds,
                            dropout=args.dropout, checkpoint=args.checkpoint)
        report["size"] = dict(zip(("width", "depth", "window", "pieces", "rows", "pairs"), size))
        report["corpus_weight"] = args.corpus_weight
        report["swap_names"] = args.swap_names
    report["sources"] = sources
    nlp.meta["name"] = "finner_ner"
    nlp.meta["description"] = "finner's character NER (BILUO tagger): " + ", ".join(MODEL_LABELS)
    nlp.meta["sources"] = [{"name": SOURCES[k]["name"], "url": SOURCES[k]["url"], "citation": SOURCES[k]["citation"],
                            "terms": SOURCES[k]["terms"]} for k in sources]
    out = Path(args.out) if args.out else DEFAULT_MODEL
    if not args.out and out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    report["dev_scores"] = score_names(nlp, dev_recs, MODEL_LABELS)
    (out / "training.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "README.md").write_text(card(sources, report), encoding="utf-8")
    if not args.out:
        corpus_train = [r for r in train_recs if r["meta"]["source"] == "corpus"]
        sample = random.Random(args.seed).sample(corpus_train, min(REHEARSAL_SIZE, len(corpus_train)))
        REHEARSAL.write_text("".join(json.dumps({"text": r["text"], "spans": [
            {k: s[k] for k in ("start", "end", "label")} for s in r["spans"] if s["label"] in MODEL_LABELS]},
            ensure_ascii=False) + "\n" for r in sample), encoding="utf-8")
    size_mb = sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 1e6
    print(f"model written to {out} ({size_mb:.1f} MB); sources {', '.join(sources)}; dev F (model alone, exact) "
          f"{report['dev_scores']['ALL']['f']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
