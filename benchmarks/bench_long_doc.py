"""One long document through finner.load(): peak memory and time per character.

    python benchmarks/bench_long_doc.py [--sizes 25000,50000,100000,200000] [--no-ner]

Each size runs in a fresh process (peak resident memory is per process): the
text is benchmarks/data/news.txt repeated to the size, read as one document.
Prints the peak memory (ru_maxrss) after loading the pipeline and after the
document, and microseconds per character (linear time: about the same at every
size).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
import finner
news = open(sys.argv[1], encoding="utf-8").read()
n = int(sys.argv[2])
text = (news * (n // len(news) + 1))[:n]
nlp = finner.load(ner=sys.argv[4] == "ner")
nlp("热身：工行贷款超1800亿元。")
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
nlp.max_length = max(nlp.max_length, n + 1)
t = time.perf_counter()
doc = nlp(text)
sec = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"chars": n, "ents": len(doc.ents), "seconds": sec, "loaded_mb": loaded, "peak_mb": peak}))
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="25000,50000,100000,200000")
    ap.add_argument("--no-ner", action="store_true")
    args = ap.parse_args(argv)
    print(f"{'chars':>8} {'entities':>8} {'seconds':>8} {'us/char':>8} {'loaded MB':>10} {'peak MB':>8}")
    for n in (int(x) for x in args.sizes.split(",")):
        out = subprocess.run([sys.executable, "-c", CHILD, str(HERE / "data" / "news.txt"), str(n),
                              str(HERE.parent), "rules" if args.no_ner else "ner"],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['chars']:>8} {r['ents']:>8} {r['seconds']:>8.2f} {r['seconds'] / r['chars'] * 1e6:>8.1f} "
              f"{r['loaded_mb']:>10.0f} {r['peak_mb']:>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
