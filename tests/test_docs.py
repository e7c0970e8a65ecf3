"""The documentation is tested.

(a) Every example table in ``docs/quantities.md`` (header exactly
    ``| input | kind | value | unit | qualifier | low | high |``) is checked
    row by row against ``finner.find_quantities``: the first quantity found
    must match all seven columns, and a ``none`` row must find nothing.
(b) Every ```python block of ``README.md`` and ``docs/*.md`` runs in a fresh
    namespace.  A block preceded by the line ``<!-- no-test -->`` is skipped.
(c) The tables generated from ``finner/data`` (currencies, qualifier words)
    still list what the data files hold.
"""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import List, NamedTuple, Optional

import pytest

import finner

ROOT = Path(__file__).resolve().parent.parent
QUANTITIES_MD = ROOT / "docs" / "quantities.md"
DATA = ROOT / "finner" / "data"
HEADER = "| input | kind | value | unit | qualifier | low | high |"
NONE = "—"
NO_TEST = "<!-- no-test -->"


# ---------------------------------------------------------------------------
# (a) example tables
# ---------------------------------------------------------------------------
class Example(NamedTuple):
    text: str
    kind: str                 # "money" | "percent" | "quantity" | "none"
    value: Optional[str]
    unit: Optional[str]
    qualifier: Optional[str]
    low: Optional[str]
    high: Optional[str]
    line: int


_ROW = re.compile(r"^\|\s*`(?P<input>.*)`\s*\|(?P<rest>[^`]*)\|\s*$")


def _cell(c: str) -> Optional[str]:
    c = c.strip()
    return None if c in (NONE, "") else c


def parse_examples(path: Path) -> List[Example]:
    """Every row of every example table in ``path`` (tables end at the first
    line that does not start with ``|``)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    rows: List[Example] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() != HEADER:
            i += 1
            continue
        i += 1
        assert i < len(lines) and re.fullmatch(r"\|(\s*:?-+:?\s*\|){7}", lines[i].strip()), \
            f"{path.name}:{i + 1}: the example table header must be followed by a separator line"
        i += 1
        while i < len(lines) and lines[i].startswith("|"):
            m = _ROW.match(lines[i])
            assert m, f"{path.name}:{i + 1}: cannot read example row {lines[i]!r}"
            cells = m.group("rest").split("|")
            assert len(cells) == 6, f"{path.name}:{i + 1}: expected 7 cells, got {len(cells) + 1}"
            kind, value, unit, qualifier, low, high = (_cell(c) for c in cells)
            assert kind in ("money", "percent", "quantity", "none"), f"{path.name}:{i + 1}: kind {kind!r}"
            if kind == "none":
                assert (value, unit, qualifier, low, high) == (None,) * 5, \
                    f"{path.name}:{i + 1}: a none row has {NONE} in every other cell"
            rows.append(Example(m.group("input"), kind, value, unit, qualifier, low, high, i + 1))
            i += 1
    return rows


EXAMPLES = parse_examples(QUANTITIES_MD) if QUANTITIES_MD.exists() else []


def _dec(v: Optional[str]) -> Optional[Decimal]:
    return None if v is None else Decimal(v)


def test_examples_were_found():
    assert QUANTITIES_MD.exists(), "docs/quantities.md is missing"
    assert len(EXAMPLES) >= 100, f"only {len(EXAMPLES)} example rows in docs/quantities.md"


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e.text for e in EXAMPLES])
def test_example(ex: Example):
    found = finner.find_quantities(ex.text)
    where = f"docs/quantities.md:{ex.line} {ex.text!r}"
    if ex.kind == "none":
        assert found == [], f"{where}: expected nothing, found {[(q.text, q.kind) for q in found]}"
        return
    assert found, f"{where}: expected a {ex.kind}, found nothing"
    q = found[0]
    assert ex.text[q.start:q.end] == q.text
    got = (q.kind, q.value, q.unit, None if q.qualifier is None else q.qualifier.value, q.low, q.high)
    want = (ex.kind, _dec(ex.value), ex.unit, ex.qualifier, _dec(ex.low), _dec(ex.high))
    assert got == want, f"{where}\n got:  {got}\n want: {want}"
    # the table writes values with format(d, "f"): the text form must match too
    for name, cell in (("value", ex.value), ("low", ex.low), ("high", ex.high)):
        d = getattr(q, name)
        assert (None if d is None else format(d, "f")) == cell, f"{where}: {name} written as {cell!r}"


# ---------------------------------------------------------------------------
# (b) python code blocks
# ---------------------------------------------------------------------------
class Block(NamedTuple):
    path: Path
    line: int          # 1-based line of the opening fence
    code: str


_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^\s`]*)")


def python_blocks(path: Path) -> List[Block]:
    """The ```python blocks of a markdown file that are not marked ``<!-- no-test -->``."""
    lines = path.read_text(encoding="utf-8").split("\n")
    blocks: List[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info, indent = m.group("fence"), m.group("info").lower(), len(m.group("indent"))
        start = i
        body: List[str] = []
        i += 1
        while i < len(lines) and not re.match(r"^\s*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$",
                                               lines[i]):
            body.append(lines[i][indent:] if lines[i][:indent].strip() == "" else lines[i])
            i += 1
        i += 1                                    # the closing fence
        if info not in ("python", "py", "python3"):
            continue
        if start > 0 and lines[start - 1].strip() == NO_TEST:
            continue
        blocks.append(Block(path, start + 1, "\n".join(body) + "\n"))
    return blocks


def _markdown_files() -> List[Path]:
    files = [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))
    return [f for f in files if f.is_file()]


BLOCKS = [b for f in _markdown_files() for b in python_blocks(f)]


@pytest.mark.parametrize("block", BLOCKS, ids=[f"{b.path.relative_to(ROOT)}:{b.line}" for b in BLOCKS])
def test_python_block(block: Block):
    name = f"{block.path.relative_to(ROOT)}:{block.line}"
    code = compile(block.code, name, "exec")
    exec(code, {"__name__": "__docs__"})


# ---------------------------------------------------------------------------
# (c) tables generated from finner/data
# ---------------------------------------------------------------------------
def test_generated_tables_are_current():
    # the currency and qualifier tables are written by scripts/docs_tables.py from finner/data
    import importlib.util
    spec = importlib.util.spec_from_file_location("docs_tables", ROOT / "scripts" / "docs_tables.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    page = QUANTITIES_MD.read_text(encoding="utf-8")
    assert mod.render(page) == page, "docs/quantities.md is out of date: run python scripts/docs_tables.py"
    for code in ("CNY", "USD", "BTC", "ETH"):
        assert f"| {code} |" in page
