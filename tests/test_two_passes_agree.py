"""The fast pass and the main pass must agree: every case-table text and every
paragraph of the benchmark text gives the same quantities with and without the
fast pass (the fast pass only saves time)."""
import importlib
import pkgutil
from pathlib import Path

import pytest

import cases
from finner.quantities import _find


def _texts():
    texts = []
    for info in pkgutil.iter_modules(cases.__path__):
        mod = importlib.import_module(f"cases.{info.name}")
        for name, rows in vars(mod).items():
            if name.startswith(("FROM_", "NOT_")) or name == "KNOWN_GAPS":
                texts.extend(r.text for r in rows)
    return sorted(set(texts))


NEWS = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "news.txt"


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:30])
def test_case_texts(text):
    assert _find(text, fast=False) == _find(text, fast=True)


def test_benchmark_paragraphs():
    differ = []
    for para in NEWS.read_text(encoding="utf-8").splitlines():
        slow, fast = _find(para, fast=False), _find(para, fast=True)
        if slow != fast:
            differ.append((para[:40], sorted(set(map(repr, slow)) ^ set(map(repr, fast)))[:4]))
    assert not differ, differ[:5]
