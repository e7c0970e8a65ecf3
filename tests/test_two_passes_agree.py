"""The fast pass and the main pass must agree: every case-table text and every
paragraph of the benchmark text gives the same quantities with and without the
fast pass (the fast pass only saves time)."""
import importlib
import pkgutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# --- random numeral-rich strings (issue 11) ------------------------------------
PIECES = list("0123456789零〇一二两三四五六七八九十百千万亿兆壹贰叁拾佰仟廿卅卌弍幺几数多余半点成折") + [
    "元", "块", "块钱", "角", "分", "毛", "美元", "港币", "人民币", "欧元", "比特币", "%", "个百分点", "基点", "BP",
    "户", "人", "家", "股", "个", "条", "年", "月", "日", "号", "第", "超", "超过", "近", "逾", "约", "以上", "以下",
    "左右", "上下", "多", "至", "到", "-", "--", "—", "——", "~", "～", "－", "负", "减", "上", "过", ".", ",", "，",
    "、", " ", "k", "K", "w", "million", "bn", "US$", "$", "¥", "HK$", "分之", "之间", "在", "从", "又", "整", "钱",
    "以内", "不足", "a", "增长", "上涨", "蛋糕", "金牌", "斤", "场", "半场"]
RANDOM = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)


def _agree(text):
    assert _find(text, fast=False) == _find(text, fast=True)


# 60,000 examples (the count; about a minute): marked slow, so that
# ``pytest -m "not slow"`` leaves it out; the plain ``pytest`` runs it
@pytest.mark.slow
@settings(max_examples=60_000, derandomize=True, database=None, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(RANDOM)
def test_random_numeral_rich_strings(text):
    _agree(text)


# the same property on 3,000 examples, for every run
@settings(max_examples=3_000, derandomize=True, database=None, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(RANDOM)
def test_random_numeral_rich_strings_quick(text):
    _agree(text)
