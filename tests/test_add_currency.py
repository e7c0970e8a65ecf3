"""finner_quantities.add_currency: a currency word or symbol added at run time, read like the
ones in finner/data/currencies.tsv, written by nlp.to_disk and restored by spacy.load in a
fresh process."""
import json
import subprocess
import sys

import pytest
import spacy

import finner


@pytest.fixture(scope="module")
def nlp():
    nlp = finner.load(ner=False)
    q = nlp.get_pipe("finner_quantities")
    q.add_currency("星河币", "XGC")
    q.add_currency("₮", "MNT", position="pre", form="symbol")
    q.add_currency("星河分", "XGC", scale="0.01", position="sub")
    return nlp


def amounts(nlp, text):
    return [(e.text, e.label_, str(e._.quantity.value), e._.quantity.unit, e._.quantity.qualifier)
            for e in nlp(text).ents if e.label_ == "MONEY"]


# sentences written for finner; the currencies are invented (星河币) or real but not in the lists (₮)
ADDED = [
    ("平台共发放300星河币的奖励", [("300星河币", "MONEY", "300", "XGC", None)]),
    ("兑换超过1.5万星河币", [("超过1.5万星河币", "MONEY", "15000", "XGC", "over")]),
    ("每件售价₮2500", [("₮2500", "MONEY", "2500", "MNT", None)]),
    # a sub-unit named by its own word stands alone, as 美分 does (3美元50美分 is two amounts)
    ("余额3星河币50星河分", [("3星河币", "MONEY", "3", "XGC", None), ("50星河分", "MONEY", "0.5", "XGC", None)]),
    ("贷款余额超1800亿元", [("超1800亿元", "MONEY", "180000000000", "CNY", "over")]),
]
# no amount: the word without a number, or a word that only begins like the currency
NOT_MONEY = ["星河币的用途越来越多", "银河系里有300颗星"]


@pytest.mark.parametrize("text, expected", ADDED, ids=[c[0] for c in ADDED])
def test_an_added_currency_is_read(nlp, text, expected):
    assert amounts(nlp, text) == expected


@pytest.mark.parametrize("text", NOT_MONEY)
def test_no_money_where_there_is_no_amount(nlp, text):
    assert amounts(nlp, text) == []


def test_other_pipelines_do_not_see_the_additions(nlp):
    assert amounts(finner.load(ner=False), "平台共发放300星河币的奖励") == []


BAD = [
    (("", "XGC"), {}, "non-empty"),
    (("星河币", "xgc"), {}, "ISO 4217"),
    (("星河币", "XGC"), {"position": "middle"}, "position"),
    (("星河币", "XGC"), {"scale": "2"}, "scale"),
    (("星河币", "XGC"), {"scale": "abc"}, "decimal"),
    (("星河币", "XGC"), {"form": "generic"}, "form"),
]


@pytest.mark.parametrize("args, kwargs, message", BAD, ids=[b[2] + str(i) for i, b in enumerate(BAD)])
def test_bad_additions_are_refused_with_a_reason(args, kwargs, message):
    q = finner.load(ner=False).get_pipe("finner_quantities")
    with pytest.raises(ValueError, match=message):
        q.add_currency(*args, **kwargs)


def test_additions_survive_to_bytes(nlp):
    fresh = finner.load(ner=False)
    fresh.get_pipe("finner_quantities").from_bytes(nlp.get_pipe("finner_quantities").to_bytes())
    assert amounts(fresh, "平台共发放300星河币的奖励") == ADDED[0][1]


def test_additions_survive_to_disk_and_spacy_load_in_a_fresh_process(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    texts = [t for t, _ in ADDED] + NOT_MONEY
    code = ("import json, sys, spacy; nlp = spacy.load(sys.argv[1]); "
            "print(json.dumps([[(e.text, e.label_, str(e._.quantity.value), e._.quantity.unit, e._.quantity.qualifier)"
            " for e in nlp(t).ents if e.label_ == 'MONEY'] for t in sys.argv[2:]], ensure_ascii=False))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipeline"), *texts],
                         capture_output=True, text=True, check=True, timeout=120)
    got = [[tuple(x) for x in row] for row in json.loads(out.stdout)]
    assert got == [exp for _, exp in ADDED] + [[] for _ in NOT_MONEY]
