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


# --- the shortcuts of the fast pass give what the general code gives ---------
from finner.numerals import EXACT, NumeralReader, read_plain_chinese, tokenize  # noqa: E402
from finner.normalize import normalize  # noqa: E402
from finner.quantities import _arabic, _Scanner  # noqa: E402

PLAIN = st.text(st.sampled_from(list("零〇一二两三四五六七八九壹贰叁拾佰仟十百千万亿点")), min_size=1, max_size=14)
_DIGITS = "零一二三四五六七八九"


def _written(n: int) -> str:
    """n written as a Chinese numeral the usual way (一亿零五百万零三十)."""
    def section(x):
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // unit % 10
            if d:
                out += ("零" if zero and out else "") + _DIGITS[d] + name
                zero = False
            else:
                zero = True
        return out
    yi, wan, low = n // 10 ** 8, n // 10 ** 4 % 10 ** 4, n % 10 ** 4
    out = section(yi) + "亿" if yi else ""
    if wan:
        out += ("零" if out and wan < 1000 else "") + section(wan) + "万"
    if low:
        out += ("零" if out and low < 1000 else "") + section(low)
    return out or "零"


def _reader(text):
    """What the general reader makes of ``text`` as one whole numeral."""
    toks = tokenize(text)
    if not toks or toks[-1].end != len(text):
        return None
    num = NumeralReader(toks).read(0)
    if num is None or num.last != len(toks):
        return None
    return num


def _agrees(text):
    plain = read_plain_chinese(text)
    if plain is None:
        return
    num = _reader(text)
    assert num is not None, text
    value, has_big, lone, _ = plain
    assert str(value) == str(num.value), text
    assert (has_big, lone) == (num.has_big_unit, num.lone_digit), text


@SETTINGS
@given(PLAIN)
def test_plain_chinese_reader_agrees_with_the_grammar(text):
    _agrees(text)


@SETTINGS
@given(st.integers(1, 10 ** 12 - 1), st.text(st.sampled_from(list(_DIGITS)), max_size=3))
def test_plain_chinese_reader_reads_written_numbers(n, decimals):
    text = _written(n) + ("点" + decimals if decimals else "")
    plain = read_plain_chinese(text)
    assert plain is not None, text
    _agrees(text)
    assert plain[0] == Decimal(str(n) + ("." + "".join(str(_DIGITS.index(c)) for c in decimals) if decimals else ""))


@SETTINGS
@given(st.from_regex(r"[0-9]{1,40}(\.[0-9]{1,30})?", fullmatch=True), st.integers(0, 12))
def test_arabic_value_is_exact_and_clean(n, k):
    v = _arabic(n, k)
    assert v == EXACT.multiply(Decimal(n), Decimal(10) ** k)
    sign, digits, exp = v.as_tuple()
    assert exp <= 0 and (exp == 0 or digits[-1] != 0)    # positional, no trailing fractional zeros


@SETTINGS
@given(st.one_of(st.text(ALPHABET, max_size=60), st.text(max_size=60)).filter(
    lambda t: not any("\ud800" <= c <= "\udfff" for c in t)))
def test_masked_copy_blanks_exactly_the_taken_characters(text):
    # the main pass looks for candidates in a copy where what the earlier passes took is blank
    s = normalize(text)[0]
    sc = _Scanner(s)
    sc.prepass()
    sc.fast()
    expected = "".join("\x00" if t else c for c, t in zip(s, sc.taken))
    assert sc.masked.decode("utf-32-le") == expected
