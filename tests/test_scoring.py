"""finner.scoring: spaCy's entity scores plus the quantity score, on finner's pipeline."""
import pytest

import finner
from finner.scoring import examples_from_records, score

TEXT = "截至2025年3月末，工行普惠贷款余额超1800亿元，同比增长约12.3%。"
MONEY = {"start": 19, "end": 26, "label": "MONEY", "kind": "money", "value": "180000000000", "low": None,
         "high": None, "unit": "CNY", "qualifier": "over"}
PERCENT = {"start": 31, "end": 37, "label": "PERCENT", "kind": "percent", "value": "12.30", "low": None,
           "high": None, "unit": "%", "qualifier": "about"}
BANK = {"start": 11, "end": 13, "label": "BANK", "canonical": "中国工商银行"}
DATE = {"start": 2, "end": 10, "label": "DATE"}


def _with(span, **changes):
    return {**span, **changes}


# (case id, gold spans, expected quantity_acc)
QUANTITY_CASES = [
    ("all right", [DATE, BANK, MONEY, PERCENT], 1.0),
    ("12.30 equals 12.3", [PERCENT], 1.0),
    ("wrong qualifier", [_with(MONEY, qualifier=None), PERCENT], 0.5),
    ("wrong unit", [_with(MONEY, unit="USD")], 0.0),
    ("wrong value", [_with(PERCENT, value="12.4")], 0.0),
    ("gold span the pipeline does not find", [_with(MONEY, start=20, end=26, value="180000000000", qualifier=None)], 0.0),
    ("no quantity data in the gold", [_with(MONEY, kind=None), DATE], None),
    ("no quantity spans", [DATE, BANK], None),
]


@pytest.fixture(scope="module")
def nlp():
    return finner.load(ner=False)


def _scores(nlp, spans):
    examples = examples_from_records(nlp, [{"text": TEXT, "spans": spans}])
    for eg in examples:
        nlp(eg.predicted)
    return score(examples)


def test_case_offsets_are_right():
    assert [TEXT[s["start"]:s["end"]] for s in (DATE, BANK, MONEY, PERCENT)] == ["2025年3月末", "工行", "超1800亿元", "约12.3%"]


@pytest.mark.parametrize("spans,expected", [c[1:] for c in QUANTITY_CASES], ids=[c[0] for c in QUANTITY_CASES])
def test_quantity_acc(nlp, spans, expected):
    assert _scores(nlp, spans)["quantity_acc"] == expected


def test_entity_scores_are_spacys(nlp):
    got = _scores(nlp, [DATE, BANK, MONEY, PERCENT])
    assert (got["ents_p"], got["ents_r"], got["ents_f"]) == (1.0, 1.0, 1.0)
    assert set(got["ents_per_type"]) == {"DATE", "BANK", "MONEY", "PERCENT"}


def test_a_missed_entity_lowers_recall_not_precision(nlp):
    got = _scores(nlp, [DATE, BANK, MONEY, PERCENT, {"start": 13, "end": 17, "label": "PRODUCT"}])
    assert got["ents_p"] == 1.0 and got["ents_r"] == pytest.approx(0.8)
    assert got["ents_per_type"]["PRODUCT"] == {"p": 0.0, "r": 0.0, "f": 0.0}


def test_reference_doc_carries_the_gold_values(nlp):
    (eg,) = examples_from_records(nlp, [{"text": TEXT, "spans": [BANK, MONEY]}])
    bank, money = eg.reference.ents
    assert bank._.canonical == "中国工商银行"
    assert str(money._.quantity.value) == "180000000000" and money._.quantity.qualifier == "over"


def test_scorer_resolves_by_entry_point_without_import_finner():
    import subprocess
    import sys
    code = ("import spacy, sys; f = spacy.registry.scorers.get('finner.scorer.v1'); "
            "print(f.__module__, 'finner.scoring' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["finner.scoring", "True"]
