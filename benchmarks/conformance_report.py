"""Rates on the peer suites in ../shared/conformance, as issue 2 states them.

    python benchmarks/conformance_report.py [--shared ../shared]

parse_number: the share of rt_number and cn2an_numerals items whose every
expected numeral parses to the expected value (15 significant digits, as the
source computed with doubles).  find_quantities: the share of rt_percent and
rt_currency items found with the right value and unit (and, for items that
expect nothing, with nothing found).  Each rate is printed twice: over all
items, and over the items finner does not deliberately read differently (the
list and the reasons are in tests/test_conformance.py).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

from test_conformance import DIFFERENT, number_ok, quantity_ok  # noqa: E402


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    args = ap.parse_args(argv)
    folder = Path(args.shared) / "conformance"
    checks = {"rt_number": number_ok, "cn2an_numerals": number_ok,
              "rt_percent": lambda i: quantity_ok(i, "percent"), "rt_currency": lambda i: quantity_ok(i, "money")}
    groups = {"parse_number": ("rt_number", "cn2an_numerals"), "find_quantities": ("rt_percent", "rt_currency")}
    for group, names in groups.items():
        for name in names:
            items = [json.loads(line) for line in (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
            ok = [checks[name](i) for i in items]
            kept = [o for o, i in zip(ok, items) if i["id"] not in DIFFERENT]
            misses = [i["id"] for o, i in zip(ok, items) if not o]
            print(f"{group:16} {name:15} {sum(ok):4}/{len(ok):<4} = {100 * sum(ok) / len(ok):6.2f}%   "
                  f"without the listed differences: {sum(kept)}/{len(kept)} = {100 * sum(kept) / len(kept):.2f}%")
            unexplained = [m for m in misses if m not in DIFFERENT]
            if unexplained:
                print(f"  misses not listed as deliberate: {unexplained}")


if __name__ == "__main__":
    main()
