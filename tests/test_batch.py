"""finner.extract_many: count in == count out, order kept, bad items give error
entries (EDGE_CASES rows 3 and 9), one process == two processes."""
from decimal import Decimal

import finner

GOOD = ["工行上海市分行贷款余额超1800亿元。", "邮储银行研究员娄远帆表示，利率约3.45%。", "", "没有金额。"]


def test_count_order_and_errors():
    items = GOOD + [None, b"1800", 1800, float("nan"), "超\ud800亿元"]
    out = finner.extract_many(items)
    assert len(out) == len(items)
    assert [r["error"] is None for r in out] == [True] * 4 + [False] * 5
    assert "NoneType" in out[4]["error"] and "decode first" in out[5]["error"] and "surrogate" in out[8]["error"]
    money = [r for r in out[0]["records"] if r["label"] == "MONEY"][0]
    assert Decimal(money["value"]) == Decimal("180000000000")


def test_longer_than_max_length_is_chunked_not_refused():
    nlp = finner.load()
    nlp.max_length = 5000
    text = "工行贷款余额超1800亿元。" * 1000            # 14,000 characters
    (res,) = finner.extract_many([text], nlp=nlp)
    assert res["error"] is None and len(res["records"]) == 2000


def test_two_processes_give_the_same_results():
    texts = GOOD * 50
    assert finner.extract_many(texts, n_process=2, batch_size=40) == finner.extract_many(texts)
