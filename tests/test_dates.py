"""finner.dates.find_dates: dates and reporting periods, not durations."""
import pytest

from finner.dates import find_dates

FROM_DESIGN = ["2025年3月末", "2024年末", "12 月 17 日", "12月17日"]
FROM_OWN = ["一季度", "2025年第一季度", "上半年", "今年上半年", "2025年度", "2025年一季度末", "前三季度",
            "5月", "2024年12月31日", "二〇二五年", "6月中旬"]
NOT_DATES = ["近5年", "3个月", "12月期国债", "第三十九条", "2号线", "2025", "5年期", "十分"]


@pytest.mark.parametrize("text", FROM_DESIGN + FROM_OWN)
def test_dates(text):
    assert [(d.text, d.start, d.end) for d in find_dates(text)] == [(text, 0, len(text))]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert find_dates(text) == []


def test_in_a_sentence():
    text = "截至2025年3月末，该行贷款余额较2024年末增长12.3%。"
    assert [d.text for d in find_dates(text)] == ["2025年3月末", "2024年末"]
