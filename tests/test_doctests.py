"""The examples in finner's docstrings run: one test per module that has any.

Only modules whose source shows ``>>>`` are imported, so this stays fast and
does not load spaCy for modules without examples.
"""
import doctest
import importlib
from pathlib import Path

import pytest

FINNER = Path(__file__).resolve().parent.parent / "finner"


def _module_name(path: Path) -> str:
    parts = path.relative_to(FINNER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = sorted(_module_name(p) for p in FINNER.rglob("*.py") if ">>>" in p.read_text(encoding="utf-8"))


def test_some_modules_have_examples():
    assert {"finner", "finner.numerals", "finner.quantities"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    tests = [t for t in finder.find(module, name) if t.examples]
    assert tests, f"{name} mentions >>> but doctest finds no example"
    failures = []
    for test in tests:
        out: list = []
        result = runner.run(test, out=out.append)
        if result.failed:
            failures.append("".join(out))
    assert not failures, "\n".join(failures)
