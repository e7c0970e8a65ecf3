"""Time growth of finner.find_quantities, and of finner_ner's markup and address
scan, up to 1M characters.

    python benchmarks/bench_linear.py [--max 1000000]

For news-like text and for pathological repetitions it prints the time per
character at 10k, 100k and 1M characters and the ratio of the 1M time to ten
times the 100k time (1.0 is exactly linear).  Times are best of three.  The
markup scan (``finner.components.ner._markup``) gets runs of the characters of
a web or e-mail address with one @ or dot word at the end (the e-mail pattern
without its lookbehind took 45 s on 200,000 letters and an @).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import finner  # noqa: E402

NEWS = (HERE / "data" / "news.txt").read_text(encoding="utf-8")
PATTERNS = {
    "news-like text": NEWS,
    '"亿" * N': "亿",
    '"1元" * N': "1元",
    '"超" * N': "超",
    '"9" * N (one huge number)': "9",
    '"1," * N (a million commas)': "1,",
    '"一" * N': "一",
    '"5%至" * N': "5%至",
    '"1\\u200b" * N (zero-width)': "1\u200b",
}


# finner_ner's scan for markup and addresses: a run of address characters, then what ends it
MARKUP_PATTERNS = {
    '"a" * N + "@"': ("a", "@"),
    '"a." * N + "@b.cn"': ("a.", "@b.cn"),
    '"a-" * N + ".com"': ("a-", ".com"),
    '"x@" * N': ("x@", ""),
}


def text_of(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def best(text: str, repeat: int = 3, run=finner.find_quantities) -> float:
    b = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        run(text)
        b = min(b, time.perf_counter() - t)
    return b


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    sizes = [args.max // 100, args.max // 10, args.max]
    print(f"{'input':32} " + " ".join(f"{n:>12,}" for n in sizes) + "   ratio (1.0 = linear)")
    for name, unit in PATTERNS.items():
        times = [best(text_of(unit, n)) for n in sizes]
        per_char = " ".join(f"{t / n * 1e6:>9.3f}µs/c" for t, n in zip(times, sizes))
        print(f"{name:32} {per_char}   {times[2] / (10 * times[1]):.2f}")
    from finner.components.ner import _markup
    print("finner_ner markup and address scan")
    for name, (unit, tail) in MARKUP_PATTERNS.items():
        times = [best(text_of(unit, n) + tail, run=_markup) for n in sizes]
        per_char = " ".join(f"{t / n * 1e6:>9.3f}µs/c" for t, n in zip(times, sizes))
        print(f"{name:32} {per_char}   {times[2] / (10 * times[1]):.2f}")


if __name__ == "__main__":
    main()
