"""100,000 short documents: finner.extract_many with 2 processes against
nlp.pipe(n_process=2) over the same pipeline, in one run.

    python benchmarks/bench_batch.py [--docs 100000] [--batch-size 256] [--no-ner]

Documents are the sentences of benchmarks/data/news.txt (split at 。！？；),
repeated until there are --docs of them.  Checked: count in == count out for
every run, and the 2-process results equal the 1-process results.  Timed:

- extract_many(texts, n_process=2): records per text;
- [to_records(d) for d in nlp.pipe(texts, n_process=2, batch_size=...)]: the
  same records from spaCy's own multiprocessing, which sends every Doc back to
  the parent process;
- extract_many(texts, n_process=1) as the one-process reference.

Times include starting the worker processes and loading the pipeline in them.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def documents(n: int):
    text = (HERE / "data" / "news.txt").read_text(encoding="utf-8")
    sents = [s for s in re.split(r"(?<=[。！？；])", text) if s.strip()]
    return [sents[i % len(sents)] for i in range(n)]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--no-ner", action="store_true", help="rules only: finner.load(ner=False)")
    args = ap.parse_args(argv)
    import finner
    from finner.records import to_records
    texts = documents(args.docs)
    chars = sum(map(len, texts))
    print(f"{len(texts)} documents, {chars} characters (mean {chars / len(texts):.1f})")

    t = time.perf_counter()
    ner = not args.no_ner
    print("pipeline:", "default (rules + NER model)" if ner else "rules only (ner=False)")
    two = finner.extract_many(texts, n_process=2, batch_size=args.batch_size, ner=ner)
    t_two = time.perf_counter() - t
    assert len(two) == len(texts)

    nlp = finner.load(ner=ner)
    t = time.perf_counter()
    piped = [to_records(d) for d in nlp.pipe(texts, n_process=2, batch_size=args.batch_size)]
    t_pipe = time.perf_counter() - t
    assert len(piped) == len(texts)

    t = time.perf_counter()
    one = finner.extract_many(texts, n_process=1, ner=ner)
    t_one = time.perf_counter() - t
    assert len(one) == len(texts)

    same = two == one
    same_pipe = [r["records"] for r in two] == piped
    mentions = sum(len(r["records"]) for r in two)
    print(f"mentions: {mentions}; 2 processes == 1 process: {same}; == nlp.pipe records: {same_pipe}")
    print(f"extract_many n_process=2  {t_two:8.2f} s  {chars / t_two:12,.0f} chars/s")
    print(f"nlp.pipe     n_process=2  {t_pipe:8.2f} s  {chars / t_pipe:12,.0f} chars/s")
    print(f"extract_many n_process=1  {t_one:8.2f} s  {chars / t_one:12,.0f} chars/s")
    print(f"extract_many(2) vs nlp.pipe(2): {t_pipe / t_two:.2f}x faster; vs 1 process: {t_one / t_two:.2f}x")
    if not (same and same_pipe):
        sys.exit("results differ")


if __name__ == "__main__":
    main()
