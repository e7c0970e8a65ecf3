"""Train the NER model shipped with finner (finner/models/ner) from corpus/train.jsonl.

    python scripts/train_default_model.py [--epochs 40] [--patience 5] [--from-dir DIR]

Early stopping and the choice of epoch use corpus/dev.jsonl; corpus/test.jsonl is
never read here.  Also writes finner/models/rehearsal.jsonl (a fixed sample of
the training sentences, mixed into fine-tuning so old labels are kept) and
finner/models/ner/training.json (the per-epoch log).  ``--from-dir`` installs a
model trained earlier with the same settings instead of training again.
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

from finner.training.train import DEFAULT_MODEL, MODEL_LABELS, REHEARSAL, score_names, train  # noqa: E402

REHEARSAL_SIZE = 300


def read(name):
    return [json.loads(line) for line in (ROOT / "corpus" / name).read_text(encoding="utf-8").splitlines() if line]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--patience", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--from-dir", default=None)
    ap.add_argument("--size", default="128,4,64", help="encoder width, depth, parser hidden width")
    ap.add_argument("--out", default=None, help="write the model here instead of installing it")
    args = ap.parse_args(argv)
    train_recs, dev_recs = read("train.jsonl"), read("dev.jsonl")
    if args.from_dir:
        import spacy
        nlp = spacy.load(args.from_dir)
        report = json.loads((Path(args.from_dir) / "training.json").read_text()) \
            if (Path(args.from_dir) / "training.json").exists() else {}
    else:
        size = tuple(int(x) for x in args.size.split(","))
        nlp, report = train(train_recs, dev_recs, labels=MODEL_LABELS, epochs=args.epochs, patience=args.patience,
                            seed=args.seed, size=size)
        report["size"] = {"width": size[0], "depth": size[1], "hidden": size[2]}
    if args.out:
        nlp.to_disk(args.out)
        (Path(args.out) / "training.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
        print(f"written to {args.out}; best dev F {report.get('best_dev_f')}")
        return 0
    if DEFAULT_MODEL.exists():
        shutil.rmtree(DEFAULT_MODEL)
    nlp.to_disk(DEFAULT_MODEL)
    report["dev_scores"] = score_names(nlp, dev_recs, MODEL_LABELS)
    (DEFAULT_MODEL / "training.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    sample = random.Random(args.seed).sample(train_recs, min(REHEARSAL_SIZE, len(train_recs)))
    REHEARSAL.write_text("".join(json.dumps({"text": r["text"], "spans": [
        {k: s[k] for k in ("start", "end", "label")} for s in r["spans"] if s["label"] in MODEL_LABELS]},
        ensure_ascii=False) + "\n" for r in sample), encoding="utf-8")
    size = sum(f.stat().st_size for f in DEFAULT_MODEL.rglob("*") if f.is_file())
    print(f"model written to {DEFAULT_MODEL} ({size / 1e6:.1f} MB); dev F (model alone) "
          f"{report['dev_scores']['ALL']['f']:.3f}; rehearsal sample {len(sample)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
