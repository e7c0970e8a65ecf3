"""``python -m finner [TEXT]``: run the default pipeline and print its entities
as a table: entity, label, value, unit, qualifier, canonical name, title, organisation.

With no argument it reads a built-in paragraph of financial news; with ``-`` it
reads standard input.  ``python -m finner COMMAND ...`` runs the ``finner``
command line (``extract``, ``demo``, ``validate``, ...; see ``finner --help``);
``python -m finner --version`` prints the version.
"""
from __future__ import annotations

import sys
from typing import List, Tuple


EXAMPLE = ("截至2025年3月末，中国银行深圳市分行普惠金融贷款余额超1800亿元，较年初增长12.3%，"
           "服务小微企业5.72万户；该行向3至5家科技企业发放贷款人民币1,350万元，"
           "平均利率约3.45%，较去年下降0.5个百分点。邮储银行研究员娄远帆表示，央行和证监会近期的政策"
           "利好微粒贷等产品：平台月活跃用户7000多万，近七成为个人客户，单笔贷款不超过10万美元。")

COLUMNS = ("entity", "label", "value", "low", "high", "unit", "qualifier", "canonical", "title", "org")


def table(text: str) -> str:
    from finner.pipeline import load
    doc = load()(text)
    rows: List[Tuple[str, ...]] = [COLUMNS]
    for e in doc.ents:
        q = e._.quantity
        d = q.to_dict() if q is not None else {}
        cells = (e.text, e.label_, d.get("value"), d.get("low"), d.get("high"), d.get("unit"),
                 d.get("qualifier"), e._.canonical, e._.title, e._.org)
        rows.append(tuple("" if c is None else str(c) for c in cells))
    width = [max(_width(r[i]) for r in rows) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(r, width)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in width))
    return "\n".join(lines)


def _width(s: str) -> int:
    # CJK characters take two columns in a terminal
    return sum(2 if "\u2e80" <= c <= "\uffef" else 1 for c in s)


COMMANDS = ("extract", "demo", "validate", "convert", "train", "evaluate", "--help", "-h", "--version")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:            # python -m finner extract ... = finner extract ...
        from finner.cli import main as cli_main
        return cli_main(argv)
    if not argv:
        text = EXAMPLE
        print(text)
        print()
    elif argv == ["-"]:
        text = sys.stdin.read()
    else:
        text = " ".join(argv)
    print(table(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
