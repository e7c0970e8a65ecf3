#!/usr/bin/env python3
"""Probe JioNLP's money extractor as a reference for finner's benchmarks.

Prints, for the installed ``jionlp``:

* what ``import jionlp`` does: wall time in a fresh interpreter, what it
  prints, and every file it writes and socket it touches (recorded with a
  ``sys.audit`` hook, so nothing is patched);
* the output format of ``jionlp.ner.extract_money(text, with_parsing=...)``
  on a paragraph of ``benchmarks/data/news.txt`` and on a few typical forms;
* throughput in characters per second on ``news.txt``, called once per
  paragraph and once on the whole text, and whether both give the same
  entities.

Usage::

    python benchmarks/_jionlp_probe.py [--news PATH] [--repeat N] [--jiojio]

``--jiojio`` also times ``use_jiojio=True`` (word-segmentation check of the
entity boundaries), which loads jiojio's model on first use.
"""

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_NEWS = os.path.join(HERE, "data", "news.txt")

# Runs in a fresh interpreter: records what `import jionlp` does.
IMPORT_PROBE = r'''
import contextlib, io, json, sys, time
events = {"write": [], "net": [], "subprocess": []}
NET = {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto",
       "urllib.Request", "http.client.connect"}
def hook(name, args):
    if name == "open":
        path, mode = args[0], args[1]
        if isinstance(mode, str) and any(c in mode for c in "wax+"):
            events["write"].append(str(path))
        elif isinstance(mode, int) and mode & 0o3:  # os.open flags with O_WRONLY/O_RDWR
            events["write"].append(str(path))
    elif name in ("os.mkdir", "os.rename", "os.remove", "shutil.copyfile"):
        events["write"].append(name + " " + str(args[0]))
    elif name in NET:
        events["net"].append(name + " " + repr(args[1:] if name.startswith("socket") else args)[:120])
    elif name in ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn"):
        events["subprocess"].append(name + " " + repr(args)[:120])
sys.addaudithook(hook)
buf = io.StringIO()
t0 = time.perf_counter()
with contextlib.redirect_stdout(buf):
    import jionlp
t1 = time.perf_counter()
print(json.dumps({"seconds": t1 - t0, "stdout": buf.getvalue(), "events": events,
                  "modules": len(sys.modules)}))
'''


def pkg_version(name):
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:  # pragma: no cover
        return "?"


def dictionary_state():
    """Which of jionlp's zipped dictionaries are already unpacked (without importing it)."""
    import importlib.util
    spec = importlib.util.find_spec("jionlp")
    if spec is None:
        return None, [], []
    root = list(spec.submodule_search_locations)[0]
    dict_dir = os.path.join(root, "dictionary")
    names = [f[:-4] for f in os.listdir(dict_dir) if f.endswith(".zip")]
    unpacked = [n for n in names if any(os.path.exists(os.path.join(dict_dir, n + ext)) for ext in (".txt", ".json"))]
    return dict_dir, sorted(names), sorted(unpacked)


def probe_import(runs):
    out = []
    for _ in range(runs):
        r = subprocess.run([sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            print("  import failed:\n" + r.stderr)
            return None
        out.append(json.loads(r.stdout.strip().splitlines()[-1]))
    return out


def best_of(fn, repeat):
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times), result


def main(argv=None):
    ap = argparse.ArgumentParser(description="Measure jionlp.ner.extract_money on news.txt")
    ap.add_argument("--news", default=DEFAULT_NEWS)
    ap.add_argument("--repeat", type=int, default=3, help="timing repeats; best and median are shown")
    ap.add_argument("--import-runs", type=int, default=3)
    ap.add_argument("--jiojio", action="store_true", help="also time use_jiojio=True")
    args = ap.parse_args(argv)

    print("== environment")
    print(f"  python {sys.version.split()[0]}  jionlp {pkg_version('jionlp')}  jiojio {pkg_version('jiojio')}")

    print("== import jionlp")
    dict_dir, zips, unpacked = dictionary_state()
    if dict_dir is None:
        print("  jionlp is not installed (pip install jionlp)")
        return 1
    print(f"  dictionary dir: {dict_dir}")
    print(f"  zipped dictionaries unpacked before this run: {len(unpacked)}/{len(zips)}"
          + ("" if len(unpacked) == len(zips) else "  -> this import will unzip them into site-packages"))
    runs = probe_import(args.import_runs)
    if runs is None:
        return 1
    secs = [r["seconds"] for r in runs]
    first = runs[0]
    print(f"  wall time in a fresh interpreter: first {secs[0]:.3f}s, "
          f"all runs {', '.join(f'{s:.3f}' for s in secs)}s")
    print(f"  modules loaded: {first['modules']}")
    print("  prints to stdout at import:")
    for line in first["stdout"].splitlines():
        print("    | " + line)
    for key in ("write", "net", "subprocess"):
        evs = first["events"][key]
        print(f"  {key} events during first import: {len(evs)}")
        for e in evs[:20]:
            print("    " + e)
        if len(evs) > 20:
            print(f"    ... {len(evs) - 20} more")
    later = [len(r["events"]["write"]) for r in runs[1:]]
    if later:
        print(f"  write events in later imports: {later}")

    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp
    extract_money = jionlp.ner.extract_money

    with open(args.news, encoding="utf-8") as fh:
        text = fh.read()
    paras = text.split("\n")
    n_chars = len(text)
    print(f"== corpus {args.news}: {n_chars} characters, {sum(1 for p in paras if p)} paragraphs")

    # first call initialises the MoneyParser lazily
    t0 = time.perf_counter()
    extract_money("首次调用", with_parsing=True)
    print(f"  first extract_money call (lazy init): {time.perf_counter() - t0:.4f}s")

    print("== output format")
    sample = paras[1]
    print("  paragraph: " + sample)
    print("  with_parsing=False ->")
    print("    " + json.dumps(extract_money(sample, with_parsing=False)[:3], ensure_ascii=False))
    print("  with_parsing=True ->")
    print("    " + json.dumps(extract_money(sample, with_parsing=True)[:3], ensure_ascii=False))
    forms = ["超1800亿元", "人民币5000万元", "1,234.56万元", "3至5亿元", "约3.2万亿美元", "港币2960元", "近百亿元",
             "2000余万元", "负0.56亿元", "一千二百五十万元", "12.5元至15元", "每10股派3.5元", "同比增长12.3%", "5.72万户"]
    print("  typical forms, one call each (text -> detail):")
    for f in forms:
        s = f"据悉，{f}。"
        res = extract_money(s, with_parsing=True)
        shown = "; ".join(f"{r['text']} -> {json.dumps(r['detail'], ensure_ascii=False)}" for r in res) or "(nothing)"
        print(f"    {f:12s} {shown}")

    print(f"== throughput (best / median of {args.repeat})")

    def per_para(wp, jj=False):
        out, off = [], 0
        for p in paras:
            for e in extract_money(p, with_parsing=wp, use_jiojio=jj):
                out.append((e["offset"][0] + off, e["offset"][1] + off, e["text"]))
            off += len(p) + 1
        return out

    def whole(wp, jj=False):
        return [(e["offset"][0], e["offset"][1], e["text"])
                for e in extract_money(text, with_parsing=wp, use_jiojio=jj)]

    results = {}
    for label, fn in (("per paragraph, with_parsing=False", lambda: per_para(False)),
                      ("per paragraph, with_parsing=True ", lambda: per_para(True)),
                      ("whole text,    with_parsing=False", lambda: whole(False)),
                      ("whole text,    with_parsing=True ", lambda: whole(True))):
        b, m, r = best_of(fn, args.repeat)
        results[label] = r
        print(f"  {label}: {b:.3f}s / {m:.3f}s  -> {n_chars / b:,.0f} / {n_chars / m:,.0f} chars/s, {len(r)} entities")

    for size in (10_000, 50_000, 100_000):
        chunk = text[:size]
        b, m, r = best_of(lambda: extract_money(chunk, with_parsing=False), args.repeat)
        print(f"  whole-text scaling, first {size:>7,} chars: {b:.4f}s -> {size / b:,.0f} chars/s")

    a = results["per paragraph, with_parsing=False"]
    w = results["whole text,    with_parsing=False"]
    same = a == w
    print(f"  per-paragraph and whole-text entities identical (offsets mapped): {same}")
    if not same:
        sa, sw = set(a), set(w)
        print(f"    only per-paragraph: {sorted(sa - sw)[:10]}")
        print(f"    only whole-text:    {sorted(sw - sa)[:10]}")

    if args.jiojio:
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            extract_money("首次调用100元", use_jiojio=True)
        print(f"  use_jiojio=True first call (loads jiojio model): {time.perf_counter() - t0:.2f}s")
        b, m, r = best_of(lambda: per_para(False, True), args.repeat)
        print(f"  per paragraph, use_jiojio=True: {b:.3f}s -> {n_chars / b:,.0f} chars/s, {len(r)} entities")
        extract_money("复位", use_jiojio=False)

    return 0


if __name__ == "__main__":
    sys.exit(main())
