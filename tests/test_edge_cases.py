"""../shared/EDGE_CASES.md rows that concern the number core (1, 2, 4-7, 10-29).

Rows 11-19 and 21-29 also have case-table rows (tests/cases/*, lists
FROM_EDGE_CASES); here each row gets one direct check.  Rows 3, 8 and 9
concern batch APIs and spaCy (issues 3 and 5)."""
import time
from decimal import Decimal

import numpy
import pytest

import finner


def kinds(text):
    return [(q.text, q.kind, q.value, q.unit, q.qualifier) for q in finner.find_quantities(text)]


@pytest.mark.parametrize("text", ["", "   ", "\u3000", "\r\n", "\t\n "])
def test_row01_empty_and_whitespace(text):
    assert finner.find_quantities(text) == []
    assert finner.parse_quantity(text) is None


class _NA:                      # stands for pandas.NA where pandas is not installed
    pass


@pytest.mark.parametrize("bad,name", [(None, "NoneType"), (float("nan"), "float"), (_NA(), "_NA")])
def test_row02_missing_values_are_type_errors(bad, name):
    with pytest.raises(TypeError, match=f"finner expects str, got {name}"):
        finner.find_quantities(bad)


def test_row04_bytes_hint():
    with pytest.raises(TypeError, match="decode first"):
        finner.find_quantities(b"1800\xe4\xba\xbf")


@pytest.mark.parametrize("bad", [1800, 18.5, Decimal("1800"), True])
def test_row05_numbers_are_not_silently_converted(bad):
    with pytest.raises(TypeError):
        finner.find_quantities(bad)
    with pytest.raises(TypeError):
        finner.parse_number(bad)


def test_row06_str_subclass():
    text = numpy.str_("超1800亿元")
    (q,) = finner.find_quantities(text)
    assert q.value == Decimal("180000000000") and type(q.text) is str


def test_row07_lone_surrogate_position():
    with pytest.raises(ValueError, match="position 3"):
        finner.find_quantities("超18\ud800亿元")


def test_row10_one_million_characters_graceful():
    text = "截至2025年3月末，该行贷款余额超1800亿元，同比增长12.3%。" * 30000   # ~1M characters
    found = finner.find_quantities(text)
    assert len(found) == 60000
    assert all(text[q.start:q.end] == q.text for q in found[-5:])


def test_row11_full_width():
    assert kinds("超１８００亿元") == [("超１８００亿元", "money", Decimal("180000000000"), "CNY", "over")]
    assert kinds("３．２％") == [("３．２％", "percent", Decimal("3.2"), "%", None)]


def test_row12_mixed_width():
    assert kinds("１8００亿元")[0][2] == Decimal("180000000000")


def test_row13_separators_and_lists():
    assert kinds("1,800亿元")[0][2] == Decimal("180000000000")
    assert kinds("1，800亿元")[0][2] == Decimal("180000000000")
    assert kinds("1,2,3") == []
    assert [q[2] for q in kinds("1,2,3元")] == [Decimal(3)]


def test_row14_chinese_numerals():
    assert kinds("一千八百亿元")[0][2] == Decimal("1.8e11")
    assert kinds("1.8万亿元")[0][2] == Decimal("1.8e12")
    assert finner.parse_number("一点八万亿") == Decimal("1.8e12")


def test_row15_capitals():
    assert kinds("壹仟捌佰亿元整")[0][2] == Decimal("1.8e11")
    assert kinds("玖仟陆佰陆拾伍圆壹角捌分")[0][2] == Decimal("9665.18")


@pytest.mark.parametrize("text,qual", [("超1800亿元", "over"), ("逾1800亿元", "over"), ("近1800亿元", "nearly"),
                                       ("约1800亿元", "about"), ("不足1800亿元", "under"), ("不超过1800亿元", "at_most"),
                                       ("1800亿元以上", "at_least"), ("1800亿元以下", "at_most"),
                                       ("1800余亿元", "over"), ("1800多亿元", "over"), ("1800亿元左右", "about")])
def test_row16_qualifiers_keep_the_value(text, qual):
    (q,) = finner.find_quantities(text)
    assert (q.qualifier, q.value, q.text) == (qual, Decimal("180000000000"), text)


@pytest.mark.parametrize("text,low,high", [("100-200亿元", "1e10", "2e10"), ("100至200亿元", "1e10", "2e10"),
                                           ("100~200亿元", "1e10", "2e10"), ("三四十万元", "3e5", "4e5")])
def test_row17_ranges(text, low, high):
    (q,) = finner.find_quantities(text)
    assert (q.qualifier, q.low, q.high, q.value, q.text) == ("range", Decimal(low), Decimal(high), None, text)


def test_row18_signs_and_changes():
    assert kinds("-5%")[0][2] == Decimal(-5)
    assert kinds("负5%")[0][2] == Decimal(-5)
    assert kinds("下降5个百分点") == [("5个百分点", "percent", Decimal(5), "pp", None)]
    assert kinds("减少30亿元") == [("30亿元", "money", Decimal("3e9"), "CNY", None)]


def test_row19_zero_width_inside_a_number():
    (q,) = finner.find_quantities("18\u200b00亿元")
    assert q.text == "18\u200b00亿元" and q.value == Decimal("1.8e11") and q.start == 0


@pytest.mark.parametrize("prefix", ["\ufeff", "\u202e", "\x1b[31m", "\x00", "\x07"])
def test_row20_control_characters(prefix):
    text = prefix + "超1800亿元" + prefix
    (q,) = finner.find_quantities(text)
    assert text[q.start:q.end] == q.text == "超1800亿元"


@pytest.mark.parametrize("prefix", ["😀", "👨‍👩‍👧", "𠀀"])
def test_row21_astral_characters_use_code_point_offsets(prefix):
    text = prefix + "超1800亿元"
    (q,) = finner.find_quantities(text)
    assert q.start == len(prefix) and text[q.start:q.end] == "超1800亿元"


@pytest.mark.parametrize("prefix", ["㍿", "㈱", "㈠", "…", "㎡", "Ⅻ"])
def test_row22_nfkc_expanding_characters_do_not_shift_offsets(prefix):
    text = prefix + "1800亿元"
    (q,) = finner.find_quantities(text)
    assert (q.start, q.text) == (len(prefix), "1800亿元")


def test_row23_traditional():
    (q,) = finner.find_quantities("新臺幣1,800億元")
    assert (q.unit, q.value) == ("TWD", Decimal("1.8e11"))
    assert finner.find_quantities("港幣500元")[0].unit == "HKD"


def test_row24_huge_number_exact_and_bounded():
    text = "9" * 400 + "亿元"
    t = time.perf_counter()
    (q,) = finner.find_quantities(text)
    assert q.value == Decimal("9" * 400 + "0" * 8)
    assert isinstance(q.value, Decimal) and q.value.is_finite() and "E" not in format(q.value, "f")
    assert time.perf_counter() - t < 5


@pytest.mark.parametrize("text", ["亿" * 200000, "1元" * 50000, "超" * 10 ** 5])
def test_row25_pathological_repetition_is_graceful(text):
    # linear time is guarded by a ratio in test_linear_time.py; here: no crash, offsets valid
    found = finner.find_quantities(text)
    assert all(text[q.start:q.end] == q.text for q in found)


def test_row26_markup_is_not_stripped():
    # documented in docs/quantities.md: HTML is not stripped; a tag splits the number
    assert kinds("<b>1800亿元</b>") == [("1800亿元", "money", Decimal("1.8e11"), "CNY", None)]
    assert finner.find_quantities("<b>1800</b>亿元") == []
    assert kinds("1800亿元&nbsp;") == [("1800亿元", "money", Decimal("1.8e11"), "CNY", None)]


@pytest.mark.parametrize("text", ["2023年", "第3季度", "600036.SH", "13812345678", "12月12日", "2025年3月末"])
def test_row27_not_money(text):
    assert finner.find_quantities(text) == []


@pytest.mark.parametrize("text", ["十分", "百分", "几分", "多元", "统一零售价", "两三个人"])
def test_row28_false_friends_not_money_or_percent(text):
    assert not [q for q in finner.find_quantities(text) if q.kind in ("money", "percent")]


@pytest.mark.parametrize("text", ["①", "㈠", "① ㈠", "①号"])
def test_row29_enclosed_numerals(text):
    assert finner.find_quantities(text) == []


def test_row08_over_max_length_through_nlp_keeps_e088_and_adds_a_hint():
    nlp = finner.load()
    nlp.max_length = 100
    with pytest.raises(ValueError, match=r"\[E088\]") as info:
        nlp("超1800亿元" * 30)
    assert "finner.extract_many" in str(info.value) and "max_length" in str(info.value)
