"""Names on real text: finner.load() beside LAC on finner's dev split, accuracy and speed in one run.

    python benchmarks/bench_names.py [--data ../shared/ner-data] [--pipeline PATH] [--no-lac] [--json OUT]

The dev split is the fixed rule of ``finner.training.public.is_dev`` over
CLUENER2020 train and ResumeNER train/dev, plus ``corpus/dev.jsonl``.  Scores
are per source and label, exact-boundary F1 and overlap F1 (a predicted span
that shares a character with a gold span of its label).  LAC (Baidu, run in
its own Python 3.8 environment made by ``../shared/tools/lac_env.sh``; set
FINNER_LAC_VENV to use another) is scored on PERSON, ORG and BANK (its ORG
spans are split into BANK and ORG by the rule the gold data uses); it has no
TITLE or PRODUCT.  Speed: characters per second over the same dev sentences,
batched, model loading excluded, for both; the ratio is finner / LAC.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from finner.training.evaluate import span_scores  # noqa: E402
from finner.training.public import bank_or_org, load_public  # noqa: E402

LABELS = ("PERSON", "TITLE", "ORG", "BANK", "PRODUCT")
LAC_LABELS = ("PERSON", "ORG", "BANK")          # LAC has no titles or products
LAC_SCRIPT = r"""
import json, sys, time
from LAC import LAC
texts = json.load(open(sys.argv[1], encoding="utf-8"))
lac = LAC(mode="lac")
lac.run(texts[:64])
t0 = time.perf_counter()
out = []
for i in range(0, len(texts), 128):
    out.extend(lac.run(texts[i:i + 128]))
sec = time.perf_counter() - t0
spans = []
for words, tags in out:
    pos, mine = 0, []
    for w, t in zip(words, tags):
        if t in ("PER", "ORG"):
            mine.append([pos, pos + len(w), t])
        pos += len(w)
    spans.append(mine)
json.dump({"seconds": sec, "spans": spans}, open(sys.argv[2], "w", encoding="utf-8"))
"""


def lac_python() -> Path:
    venv = Path(os.environ.get("FINNER_LAC_VENV", Path.home() / ".cache" / "finner-lac" / "venv"))
    return venv / "bin" / "python"


def run_lac(texts):
    py = lac_python()
    if not py.exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.json", Path(tmp) / "out.json"
        src.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        subprocess.run([str(py), "-c", LAC_SCRIPT, str(src), str(dst)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        res = json.loads(dst.read_text(encoding="utf-8"))
    spans = []
    for text, found in zip(texts, res["spans"]):
        spans.append([(a, b, "PERSON" if t == "PER" else bank_or_org(text[a:b])) for a, b, t in found])
    return res["seconds"], spans


def run_finner(texts, pipeline=None, model=None):
    import finner
    nlp = finner.load(pipeline) if pipeline else finner.load()
    if model:
        from finner.training.train import load_model
        nlp.get_pipe("finner_ner").model = load_model(model)
    list(nlp.pipe(texts[:64]))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=256))
    sec = time.perf_counter() - t0
    return sec, [[(e.start_char, e.end_char, e.label_) for e in d.ents if e.label_ in LABELS] for d in docs]


def groups(dev):
    """(name, sentence indices): each source, then the corpus's customers' comments
    (topics customer_comments*; a part of the corpus rows, shown apart because
    products and bank short names in customers' words have their own target)."""
    out = []
    for source in sorted({r["meta"]["source"] for r in dev}):
        out.append((source, [i for i, r in enumerate(dev) if r["meta"]["source"] == source]))
    customers = [i for i, r in enumerate(dev) if str(r["meta"].get("topic", "")).startswith("customer_comments")]
    if customers:
        out.append(("customers", customers))
    return out


def table(dev, results):
    lines = []
    head = "source    label    n    " + "".join(f"{name:>9} exact/overlap  " for name in results)
    lines.append(head)
    for source, idx in groups(dev):
        gold = [[(s["start"], s["end"], s["label"]) for s in dev[i]["spans"]] for i in idx]
        scored = {name: span_scores(gold, [pred[i] for i in idx], LABELS) for name, (_, pred) in results.items()}
        for label in LABELS:
            n = next(iter(scored.values()))["exact"][label].gold
            if not n:
                continue
            row = f"{source:9} {label:8} {n:<5}"
            for name, sc in scored.items():
                e, o = sc["exact"][label].f1, sc["overlap"][label].f1
                row += (f"      {e:.3f} / {o:.3f}     " if name != "LAC" or label in LAC_LABELS
                        else f"{'-':^29}")
            lines.append(row)
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "ner-data"))
    ap.add_argument("--pipeline", default=None, help="a saved finner pipeline instead of finner.load()")
    ap.add_argument("--model", default=None, help="a model directory (finner train's or the training "
                                                "script's --out) in finner.load() instead of the shipped one")
    ap.add_argument("--no-lac", action="store_true")
    ap.add_argument("--json", default=None, help="also write the figures here")
    args = ap.parse_args(argv)
    data = Path(args.data)
    _, dev = load_public([data / "cluener" / "train.json"],
                         [data / "resume" / "train.char.bmes", data / "resume" / "dev.char.bmes"], ROOT / "corpus")
    texts = [r["text"] for r in dev]
    chars = sum(len(t) for t in texts)
    results = {}
    sec, pred = run_finner(texts, args.pipeline, args.model)
    results["finner"] = (sec, pred)
    if not args.no_lac:
        lac = run_lac(texts)
        if lac is None:
            print(f"LAC not found at {lac_python()} (run ../shared/tools/lac_env.sh); finner alone")
        else:
            results["LAC"] = lac
    print(f"dev split: {len(texts)} sentences, {chars} characters")
    print(table(dev, results))
    speeds = {name: chars / sec for name, (sec, _) in results.items()}
    print("speed: " + ", ".join(f"{name} {v / 1000:.1f}k chars/s" for name, v in speeds.items()))
    if "LAC" in speeds:
        print(f"ratio finner / LAC: {speeds['finner'] / speeds['LAC']:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"speeds": speeds}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
