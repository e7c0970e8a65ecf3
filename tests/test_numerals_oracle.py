"""finner.parse_number against cn2an.cn2an, a reader of Chinese numerals used here as an oracle.

Numerals are written by a small writer below (seeded, so the items are the same
on every run) and by hand for colloquial forms.  Where cn2an does not read a
form (strict mode rejects 两, and cn2an stops at 万亿 followed by 亿), the item
is compared with the writer's value only.  cn2an returns floats for decimals: they
are converted exactly with ``Decimal(repr(x))`` and the writer keeps numbers
to at most 15 significant digits, which a float holds.
"""
import random
from decimal import Decimal
from typing import List, Optional, Tuple

import pytest

import finner

cn2an = pytest.importorskip("cn2an")

LOW, UP = "零一二三四五六七八九", "零壹贰叁肆伍陆柒捌玖"
UNITS_LOW, UNITS_UP = ["", "十", "百", "千"], ["", "拾", "佰", "仟"]
GROUPS = ["", "万", "亿", "万亿"]


def _group(n: int, digits: str, units: List[str], liang: bool) -> str:
    """0 < n < 10000; a run of zeros inside says 零 once (一千零一十)."""
    out: List[str] = []
    zero = False
    for i in range(3, -1, -1):
        d = n // 10 ** i % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(digits[0])
            zero = False
        out.append(("两" if liang and d == 2 and i >= 2 else digits[d]) + units[i])
    return "".join(out)


def write_integer(n: int, capitals: bool = False, liang: bool = False, yi_shi: bool = False) -> str:
    """0 <= n < 10**16 as a Chinese numeral: 一千二百五十万, 壹万零壹, 两千零二 (liang), 一十二 (yi_shi)."""
    digits, units = (UP, UNITS_UP) if capitals else (LOW, UNITS_LOW)
    if n == 0:
        return digits[0]
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, gap = "", False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            gap = bool(out)
            continue
        s = _group(g, digits, units, liang)
        if out and (gap or g < 1000):
            s = digits[0] + s                                # 一万零一, 一亿零五百万
        out += s + GROUPS[i]
        gap = False
    if not yi_shi and out.startswith(digits[1] + units[1]):
        out = out[1:]                                        # 十二, not 一十二, unless asked
    return out


def generated(seed: int = 12, count: int = 400) -> List[Tuple[str, Decimal]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        nd = rng.randint(1, 15)
        n = rng.randint(10 ** (nd - 1) if nd > 1 else 0, 10 ** nd - 1)
        if rng.random() < 0.3:                               # round amounts: 1200万, 30亿
            cut = 10 ** max(nd - rng.randint(1, 3), 0)
            n = n // cut * cut
        capitals = rng.random() < 0.25
        text, value = write_integer(n, capitals, rng.random() < 0.2, rng.random() < 0.2), Decimal(n)
        if rng.random() < 0.25 and nd <= 10:
            frac = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 4)))
            text += "点" + "".join((UP if capitals else LOW)[int(c)] for c in frac)
            value = Decimal(f"{n}.{frac}")
        if rng.random() < 0.1:
            text, value = "负" + text, -value
        out.append((text, value))
    return out


def oracle(text: str) -> Optional[Decimal]:
    """cn2an's value, strict mode first (the standard forms), then normal (两, 二〇二五), or None."""
    for mode in ("strict", "normal"):
        try:
            got = cn2an.cn2an(text, mode)
        except (ValueError, KeyError):                       # KeyError: cn2an's own bug on 一亿五
            continue
        return Decimal(repr(got)) if isinstance(got, float) else Decimal(got)
    return None


GENERATED = generated()
READ_BY_CN2AN = [(t, v) for t, v in GENERATED if oracle(t) is not None]

# Colloquial and edge forms, written by hand; all read by cn2an (normal mode).
COLLOQUIAL = ["两百", "二百五", "一万五", "三千五", "两万两千", "一百一", "二〇二五", "一二三", "廿", "壹拾", "拾",
              "十万零一", "一千零一十", "负零点五", "十点零一", "三万零五十", "一百亿零三", "五百万亿", "一点零零",
              "三点一四一五九二六五三五", "〇", "零"]

# cn2an reads these, finner deliberately does not: a 点 with no digit after it is not a
# decimal point in running text (一点 is "a little", 零点 is "midnight").
KNOWN_DIFFERENCES = [pytest.param(t, marks=pytest.mark.xfail(raises=ValueError, strict=True,
                                                             reason="finner: no digit after 点"))
                     for t in ["一点", "零点"]]


def test_most_generated_numerals_are_read_by_cn2an():
    # the oracle must see most of the table, or this file tests little
    assert len(READ_BY_CN2AN) >= 0.75 * len(GENERATED), (len(READ_BY_CN2AN), len(GENERATED))


@pytest.mark.parametrize("text,value", GENERATED, ids=[t for t, _ in GENERATED])
def test_parse_number_reads_written_numeral(text, value):
    assert finner.parse_number(text) == value


@pytest.mark.parametrize("text", [t for t, _ in READ_BY_CN2AN] + COLLOQUIAL + KNOWN_DIFFERENCES)
def test_parse_number_agrees_with_cn2an(text):
    expected = oracle(text)
    assert expected is not None, f"cn2an does not read {text}"
    assert finner.parse_number(text) == expected


# Not numerals to either reader: both refuse.
NOT_NUMERALS = ["万", "点五", "两岸", "一些", "十分", ""]


@pytest.mark.parametrize("text", NOT_NUMERALS)
def test_neither_reads(text):
    assert oracle(text) is None
    with pytest.raises(ValueError):
        finner.parse_number(text)
