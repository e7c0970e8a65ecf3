"""Writes the currency and qualifier tables of docs/quantities.md from finner/data.

    python scripts/docs_tables.py            # rewrite the tables in place
    python scripts/docs_tables.py --check    # exit 1 when the page is out of date

Each table sits between a ``<!-- generated: NAME -->`` line and a
``<!-- end generated -->`` line; everything else on the page is left alone.
``tests/test_docs.py`` fails when the page differs from what this script writes.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from finner import lexicon  # noqa: E402

PAGE = ROOT / "docs" / "quantities.md"
NONE = "—"

# what each qualifier means: prose for the reader, not knowledge the code uses
MEANINGS = {
    "over": "> value (the number is excluded)",
    "at_least": "≥ value (the number is included)",
    "under": "< value (the number is excluded)",
    "at_most": "≤ value (the number is included)",
    "nearly": "a little below value",
    "about": "≈ value",
}


def _data_rows(name: str, ncols: int):
    return [fields for _, fields in lexicon.read_table(name, [f"c{i}" for i in range(ncols)])]


def currency_table() -> str:
    by_code: dict = {}
    for surface, code, scale, position, _form in _data_rows("currencies.tsv", 5):
        pre, post, sub = by_code.setdefault(code, ([], [], []))
        if position in ("pre", "both"):
            pre.append(f"`{surface}`")
        if position in ("post", "both"):
            post.append(f"`{surface}`")
        if position == "sub":
            sub.append(f"`{surface}` ({scale})")
    lines = ["| code | before the number | after the number | sub-units (fraction of the main unit) |",
             "|---|---|---|---|"]
    for code, cols in by_code.items():
        lines.append("| " + " | ".join([code] + [", ".join(c) or NONE for c in cols]) + " |")
    return "\n".join(lines)


def qualifier_table() -> str:
    by_q: dict = {}
    for word, position, qualifier in _data_rows("qualifiers.tsv", 3):
        by_q.setdefault(qualifier, {"pre": [], "post": [], "bare": []})[position].append(word)
    lines = ["| qualifier | meaning | before the number | after the number (and its unit) "
             "| only before a magnitude with no digit, or 半 |",
             "|---|---|---|---|---|"]
    for q in lexicon.QUALIFIERS:
        if q not in by_q:
            continue
        cols = by_q[q]
        lines.append(f"| `{q}` | {MEANINGS[q]} | " + " | ".join("、".join(cols[p]) or NONE
                                                                 for p in ("pre", "post", "bare")) + " |")
    return "\n".join(lines)


TABLES = {"currencies": currency_table, "qualifiers": qualifier_table}
_BLOCK = re.compile(r"(<!-- generated: (\w+) -->\n)(.*?)(\n<!-- end generated -->)", re.S)


def render(page: str) -> str:
    """``page`` with every generated block rewritten from the data."""
    found = set()

    def block(m: "re.Match[str]") -> str:
        found.add(m.group(2))
        return m.group(1) + TABLES[m.group(2)]() + m.group(4)

    out = _BLOCK.sub(block, page)
    missing = set(TABLES) - found
    if missing:
        raise SystemExit(f"{PAGE}: no generated block for {sorted(missing)}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check; exit 1 when out of date")
    args = ap.parse_args(argv)
    page = PAGE.read_text(encoding="utf-8")
    new = render(page)
    if args.check:
        if new != page:
            print(f"{PAGE} is out of date: run python scripts/docs_tables.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
