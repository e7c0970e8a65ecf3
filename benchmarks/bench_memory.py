"""Peak memory of ``finner extract`` on one long document.

    python benchmarks/bench_memory.py                 # 2 MB and 5 MB, default pipeline and --no-ner
    python benchmarks/bench_memory.py --sizes 2 --no-default
    python benchmarks/bench_memory.py --piece-size 100000000   # each document read whole

Builds a text file of the given size in MB (``benchmarks/data/news.txt``
repeated, cut at a character boundary), runs ``finner extract FILE -o OUT``
on it as one document in a fresh process, and prints the peak resident set
size (``ru_maxrss`` of the child), the wall-clock time, and the number of rows.
Each run also checks that every row's text is the slice of the document at its
offsets.  Linux only (``ru_maxrss`` in kilobytes).
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

NEWS = Path(__file__).resolve().parent / "data" / "news.txt"


def make_text(mb: float, folder: Path) -> Path:
    target = int(mb * 1024 * 1024)
    news = NEWS.read_bytes()
    data = (news * (target // len(news) + 1))[:target].decode("utf-8", errors="ignore").encode("utf-8")
    p = folder / f"doc{mb:g}mb.txt"
    p.write_bytes(data)
    return p


def run(path: Path, out: Path, extra) -> dict:
    cmd = [sys.executable, "-m", "finner", "extract", str(path), "-o", str(out), "--quiet", *extra]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed")
    text = path.read_text(encoding="utf-8")
    n = 0
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            assert text[r["start"]:r["end"]] == r["text"], r
            n += 1
    return {"chars": len(text), "peak_mb": usage.ru_maxrss / 1024, "seconds": seconds, "rows": n}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="+", default=[2, 5])
    ap.add_argument("--no-default", action="store_true", help="only the rules (--no-ner)")
    ap.add_argument("--no-rules", action="store_true", help="only the default pipeline")
    ap.add_argument("--piece-size", type=int, default=None,
                    help="--piece-size for finner extract (larger than the document: read it whole)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for mb in args.sizes:
            path = make_text(mb, folder)
            for label, extra in (("default", []), ("--no-ner", ["--no-ner"])):
                if (label == "default" and args.no_default) or (label == "--no-ner" and args.no_rules):
                    continue
                if args.piece_size is not None:
                    extra = extra + ["--piece-size", str(args.piece_size)]
                r = run(path, folder / "out.jsonl", extra)
                print(f"{mb:g} MB ({r['chars']:,} characters), {label}: peak {r['peak_mb']:,.0f} MB, "
                      f"{r['seconds']:.1f} s, {r['rows']:,} rows", flush=True)


if __name__ == "__main__":
    main()
