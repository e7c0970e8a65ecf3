"""Invariants over arbitrary text (hypothesis, 2,000 examples per property)."""
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import finner
from finner import Quantity

SETTINGS = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text biased towards what the scanner reacts to: numerals, units, qualifiers,
# separators, full width, zero-width and astral characters
ALPHABET = st.sampled_from(list(
    "0123456789０１２３４５６７８９.,，．、。；%％‰-－−~～—至到点负"
    "零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟几数多余半成折分之"
    "元块美港币人民欧日英镑$¥￥€£户人家股个条月年号第超逾近约以上下内左右不足达"
    "abcKkMBP \u3000\u200b\ufeff\u202e\x00\x1b①㈠㍿𠀀😀"))
TEXT = st.one_of(st.text(ALPHABET, max_size=60), st.text(max_size=60))


@SETTINGS
@given(TEXT)
def test_never_raises_and_offsets_slice(text):
    try:
        found = finner.find_quantities(text)
    except ValueError as e:                      # only lone surrogates are refused
        assert "surrogate" in str(e)
        return
    last_end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.start >= last_end               # in order, never overlapping
        last_end = q.end
        for v in (q.value, q.low, q.high):
            assert v is None or isinstance(v, Decimal)
        assert q.kind in ("money", "percent", "quantity")


@SETTINGS
@given(TEXT)
def test_round_trip(text):
    try:
        found = finner.find_quantities(text)
    except ValueError:
        return
    for q in found:
        assert Quantity.from_dict(q.to_dict()) == q


@SETTINGS
@given(st.text(ALPHABET, max_size=30))
def test_parse_number_raises_only_value_error(text):
    try:
        v = finner.parse_number(text)
    except ValueError:
        return
    assert isinstance(v, Decimal)
