"""finner.find_quantities against JioNLP's money extractor and a bare regex scan,
on the same ~200 KB of news-like text, in one run.

    pip install -e .[bench]          # jionlp is a benchmark-only dependency
    python benchmarks/bench_quantities.py [--repeat 7] [--text benchmarks/data/news.txt]

Speeds are characters per second, best of ``--repeat`` rounds; the rounds of the
contenders are interleaved so that a noisy neighbour slows all of them alike.
The figures that matter are the ratios printed at the end.

finner keeps small caches as it reads: the Chinese numerals and denominators it
has read, the decisions it remembers for numerals in plain contexts, the
characters it has normalised.  ``finner.quantities.clear_caches`` empties all of
them before every round, so that each round reads the text as new, as a first
pass over a collection would (repeats within the text still hit them, as they
would in real text).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import finner  # noqa: E402

NUMERALS = re.compile(r"[0-9][0-9,.]*|[零〇一二两三四五六七八九十百千万亿]+")


def clear_finner_caches() -> None:
    from finner import quantities
    quantities.clear_caches()


def load_jionlp():
    with contextlib.redirect_stdout(io.StringIO()):     # jionlp prints a banner on import
        import jionlp
    return jionlp


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", default=str(HERE / "data" / "news.txt"))
    ap.add_argument("--repeat", type=int, default=9)
    args = ap.parse_args(argv)
    text = Path(args.text).read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    n = sum(len(p) for p in paragraphs)
    jionlp = load_jionlp()

    def jio_money():
        return sum(len(jionlp.ner.extract_money(p, with_parsing=True)) for p in paragraphs)

    def jio_money_whole():
        return len(jionlp.ner.extract_money(text, with_parsing=True))

    def finner_all():
        return sum(len(finner.find_quantities(p)) for p in paragraphs)

    def finner_whole():
        return len(finner.find_quantities(text))

    def finner_money():
        return sum(1 for p in paragraphs for q in finner.find_quantities(p) if q.kind == "money")

    def regex_scan():
        return sum(1 for p in paragraphs for _ in NUMERALS.finditer(p))

    contenders = {
        "finner.find_quantities, per paragraph": finner_all,
        "finner.find_quantities, whole text": finner_whole,
        "jionlp.ner.extract_money, per paragraph": jio_money,
        "jionlp.ner.extract_money, whole text": jio_money_whole,
        "bare regex numeral scan, per paragraph": regex_scan,
    }
    for f in contenders.values():          # warm up: lazy dictionaries, compiled patterns
        f()
    best = {k: float("inf") for k in contenders}
    found = {}
    for _ in range(args.repeat):
        for name, f in contenders.items():
            clear_finner_caches()
            t = time.perf_counter()
            found[name] = f()
            best[name] = min(best[name], time.perf_counter() - t)
    print(f"text: {args.text}: {n:,} characters in {len(paragraphs)} paragraphs; best of {args.repeat}")
    print(f"{'contender':44} {'chars/s':>12} {'found':>8}")
    for name in contenders:
        print(f"{name:44} {n / best[name]:>12,.0f} {found[name]:>8,}")
    print(f"finner money amounts among them: {finner_money():,}")
    fin = best["finner.find_quantities, per paragraph"]
    print()
    print(f"ratio finner / jionlp (per paragraph):   {best['jionlp.ner.extract_money, per paragraph'] / fin:.2f}x")
    print(f"ratio finner / jionlp (whole text):      "
          f"{best['jionlp.ner.extract_money, whole text'] / best['finner.find_quantities, whole text']:.2f}x")
    print(f"ratio finner / bare regex scan:          {best['bare regex numeral scan, per paragraph'] / fin:.3f}x "
          f"(finner takes {fin / best['bare regex numeral scan, per paragraph']:.1f}x the time of the scan)")


if __name__ == "__main__":
    main()
