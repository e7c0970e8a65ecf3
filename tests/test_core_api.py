"""The public number API: parse_number, parse_quantity, Quantity, Qualifier."""
import json
import subprocess
import sys
from decimal import Decimal

import pytest

import finner
from finner import Qualifier, Quantity

PARSE_NUMBER = [
    ("一千二百五十万", "12500000"), ("两千六", "2600"), ("一点八", "1.8"), ("十五点八万", "158000"),
    ("壹仟捌佰", "1800"), ("1800亿", "180000000000"), ("5.72万", "57200"), ("1.8万亿", "1800000000000"),
    ("一点八万亿", "1800000000000"), ("3万4000", "34000"), ("2千零30万", "20300000"), ("两个亿", "200000000"),
    ("负3", "-3"), ("-3", "-3"), ("−3", "-3"), ("－3", "-3"), ("1,234.56", "1234.56"), ("82，225", "82225"),
    ("１２．３４", "12.34"), ("五兆", "5000000000000"), ("玖仟陆佰陆拾伍圆壹角捌分", "9665.18"),
    ("壹拾壹元整", "11"), ("九万四", "94000"), ("一百二十万三", "1203000"), ("十万零一", "100001"),
    ("四万万", "400000000"), ("零点零一", "0.01"), ("〇", "0"), ("廿二", "22"), ("一七二零", "1720"),
    ("9" * 400, "9" * 400), ("1" + "0" * 60 + "亿", "1" + "0" * 68),
]


@pytest.mark.parametrize("text,value", PARSE_NUMBER, ids=[t[:30] for t, _ in PARSE_NUMBER])
def test_parse_number(text, value):
    got = finner.parse_number(text)
    assert isinstance(got, Decimal)
    assert got == Decimal(value)
    assert "E" not in str(got)          # positional, never 1.8E+12


NOT_NUMERALS = ["", "   ", "万", "万万", "一切", "四川", "两两", "陆地", "亿元", "abc", "1,2,3", "十分之"]


@pytest.mark.parametrize("text", NOT_NUMERALS)
def test_parse_number_refuses(text):
    with pytest.raises(ValueError):
        finner.parse_number(text)


@pytest.mark.parametrize("bad", [None, 1800, 18.0, Decimal("1800"), b"1800", ["1800"]])
def test_parse_number_type_errors(bad):
    with pytest.raises(TypeError, match="finner expects str"):
        finner.parse_number(bad)


def test_bytes_hint():
    with pytest.raises(TypeError, match="decode first"):
        finner.find_quantities("超1800亿元".encode())


PARSE_QUANTITY = [
    ("超1800亿元", "money", "180000000000", "CNY", "over"),
    ("约18%", "percent", "18", "%", "about"),
    ("超七成", "percent", "70", "%", "over"),
    ("3个百分点", "percent", "3", "pp", None),
    ("5.72万户", "quantity", "57200", "户", None),
    ("7000多万", "quantity", "70000000", None, "over"),
    ("  10亿美元 ", "money", "1000000000", "USD", None),
]


@pytest.mark.parametrize("text,kind,value,unit,qual", PARSE_QUANTITY, ids=[r[0] for r in PARSE_QUANTITY])
def test_parse_quantity(text, kind, value, unit, qual):
    q = finner.parse_quantity(text)
    assert (q.kind, q.value, q.unit, q.qualifier) == (kind, Decimal(value), unit, qual)
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text", ["", "1800", "贷款超1800亿元", "超1800亿元和3%", "2025年"])
def test_parse_quantity_none(text):
    assert finner.parse_quantity(text) is None


def test_qualifier_is_a_plain_string():
    q = finner.parse_quantity("超1800亿元")
    assert q.qualifier == "over" and q.qualifier is Qualifier.OVER
    assert json.dumps(q.to_dict())        # JSON-ready


def test_round_trip_and_exact_strings():
    q = finner.parse_quantity("1,234.56万元")
    d = q.to_dict()
    assert d["value"] == "12345600" and d["kind"] == "money" and d["unit"] == "CNY"
    assert Quantity.from_dict(d) == q
    r = finner.find_quantities("3至5亿元")[0]
    assert r.to_dict()["low"] == "300000000" and r.to_dict()["value"] is None
    assert Quantity.from_dict(r.to_dict()) == r


def test_quantity_validates():
    with pytest.raises(ValueError):
        Quantity(kind="weight", value=Decimal(1), text="1", start=0, end=1)
    with pytest.raises(TypeError):
        Quantity(kind="money", value=1.5, text="1", start=0, end=1)
    with pytest.raises(TypeError):
        Quantity.from_dict({"kind": "money", "value": 1.5, "text": "1", "start": 0, "end": 1})
    with pytest.raises(ValueError):
        Quantity(kind="money", value=Decimal(1), text="12", start=0, end=1)


def test_core_does_not_import_spacy():
    code = ("import sys, finner.quantities, finner; finner.find_quantities('超1800亿元');"
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


@pytest.mark.parametrize("text", ["负0元", "-0.0%", "负0万股"])
def test_negative_zero_is_zero_in_both_passes(text):
    # both passes print 0, never -0 (Decimal('-0') == 0, but its string is "-0")
    from finner.quantities import _find
    for fast in (True, False):
        (q,) = _find(text, fast=fast)
        assert q.to_dict()["value"] == "0", (fast, q)


# finner's spaCy-side names are thin wrappers that import lazily; each one must
# show the parameters of the function it calls (help(), IDEs), no (*args, **kwargs).
WRAPPED = [("load", "finner.pipeline"), ("render", "finner.pipeline"), ("to_records", "finner.records"),
           ("extract_many", "finner.batch"), ("iter_extract", "finner.batch"), ("to_dataframe", "finner.batch")]


@pytest.mark.parametrize("name,module", WRAPPED, ids=[n for n, _ in WRAPPED])
def test_public_wrapper_has_the_target_signature(name, module):
    import importlib
    import inspect
    target = getattr(importlib.import_module(module), name)
    shown = inspect.signature(getattr(finner, name)).parameters.values()
    real = inspect.signature(target).parameters.values()
    assert [(p.name, p.kind, p.default) for p in shown] == [(p.name, p.kind, p.default) for p in real]
    assert all(p.annotation is not inspect.Parameter.empty for p in shown if p.kind is not p.VAR_KEYWORD)
