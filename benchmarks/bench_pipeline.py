"""The whole default pipeline against spaCy zh + pkuseg segmentation alone, on
the same text, in one run; finner.load() time; peak memory.

    python scripts/fetch_pkuseg_model.py            # once: a pkuseg model for the reference
    python benchmarks/bench_pipeline.py [--repeat 3]

Each paragraph of benchmarks/data/news.txt is one document (nlp.pipe).  Speeds
are characters per second, best of --repeat rounds, interleaved.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

PKUSEG_MODEL = Path(os.environ.get("FINNER_PKUSEG_MODEL", Path.home() / ".cache" / "finner" / "pkuseg" / "default"))


def load_time() -> float:
    """finner.load() in a fresh interpreter (import excluded, then included)."""
    code = ("import time; t0 = time.perf_counter(); import finner; t1 = time.perf_counter(); "
            "nlp = finner.load(); nlp('超1800亿元'); t2 = time.perf_counter(); print(t1 - t0, t2 - t1)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--text", default=str(HERE / "data" / "news.txt"))
    args = ap.parse_args(argv)
    paragraphs = [p for p in Path(args.text).read_text(encoding="utf-8").split("\n") if p.strip()]
    n = sum(map(len, paragraphs))
    imp, load = load_time()
    # measured first, from a small parent: Linux children inherit the parent's peak RSS
    code = ("import resource, finner; nlp = finner.load(); [nlp(p) for p in open(%r, encoding='utf-8')]; "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)" % args.text)
    alone = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True).stdout.strip())
    print(f"import finner: {imp:.3f} s; finner.load() and a first call: {load:.3f} s (fresh interpreter)")
    import spacy

    import finner

    nlp = finner.load()
    rules = finner.load(ner=False)
    contenders = {"finner default pipeline (rules + NER model)": lambda: list(nlp.pipe(paragraphs)),
                  "finner rules only, finner.load(ner=False)": lambda: list(rules.pipe(paragraphs))}
    char = spacy.blank("zh")
    contenders["spaCy zh, char segmentation alone"] = lambda: list(char.pipe(paragraphs))
    if (PKUSEG_MODEL / "features.pkl").exists():
        pku = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
        pku.tokenizer.initialize(pkuseg_model=str(PKUSEG_MODEL))
        contenders["spaCy zh, pkuseg segmentation alone"] = lambda: list(pku.pipe(paragraphs))
        fin_pku = finner.load(segmenter="pkuseg", pkuseg_model=PKUSEG_MODEL, ner=False)
        contenders["finner rules on the pkuseg segmenter"] = lambda: list(fin_pku.pipe(paragraphs))
    else:
        print(f"(no pkuseg model at {PKUSEG_MODEL}: run scripts/fetch_pkuseg_model.py for the pkuseg reference)")
    best = {k: float("inf") for k in contenders}
    for f in contenders.values():
        f()
    for _ in range(args.repeat):
        for name, f in contenders.items():
            t = time.perf_counter()
            f()
            best[name] = min(best[name], time.perf_counter() - t)
    print(f"text: {n:,} characters in {len(paragraphs)} paragraphs; best of {args.repeat}")
    for name in contenders:
        print(f"{name:58} {n / best[name]:>12,.0f} chars/s")
    for label, key in (("default pipeline", "finner default pipeline (rules + NER model)"),
                       ("rules only", "finner rules only, finner.load(ner=False)")):
        fin = best[key]
        if "spaCy zh, pkuseg segmentation alone" in best:
            print(f"ratio finner {label} / pkuseg segmentation alone: "
                  f"{best['spaCy zh, pkuseg segmentation alone'] / fin:.2f}x")
        print(f"ratio finner {label} / char segmentation alone:   {best['spaCy zh, char segmentation alone'] / fin:.2f}x")
    print(f"peak memory of finner.load() over the whole text, alone: {alone:.0f} MB")
    print(f"peak memory of this process (every pipeline above loaded, pkuseg's model included): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
