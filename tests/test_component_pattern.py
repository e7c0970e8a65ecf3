"""finner's components behave like spaCy's own (issue 12): a scorer for nlp.evaluate,
one declaration pattern with SpanRuler's options, patterns added at run time that
nlp.to_disk writes and spacy.load restores in a fresh process."""
import json
import subprocess
import sys

import pytest
import spacy
from spacy.pipeline import Pipe

import finner
from finner.scoring import examples_from_records

FACTORIES = ["finner_gazetteer", "finner_ner", "finner_officials", "finner_quantities", "finner_dates"]
MERGING = ["finner_gazetteer", "finner_officials", "finner_quantities", "finner_dates"]   # finner_ner: its own policy


@pytest.fixture(scope="module")
def nlp():
    return finner.load()


@pytest.mark.parametrize("factory", FACTORIES)
def test_default_config_holds_scorer_and_spans_key(factory):
    cfg = spacy.blank("zh").get_factory_meta(factory).default_config
    assert cfg["scorer"] == {"@scorers": "finner.scorer.v1"}
    assert cfg["spans_key"] == "finner" and cfg["annotate_ents"] is True
    assert ("overwrite" in cfg) == (factory in MERGING)


@pytest.mark.parametrize("factory", FACTORIES)
def test_component_is_a_spacy_pipe(nlp, factory):
    assert isinstance(nlp.get_pipe(factory), Pipe)


BAD_CONFIG = [("finner_quantities", {"overwrite": "sometimes"}), ("finner_dates", {"no_such_option": 1}),
              ("finner_officials", {"keep_lone_titles": [1]})]


@pytest.mark.parametrize("factory,config", BAD_CONFIG, ids=[f"{f}-{sorted(c)[0]}" for f, c in BAD_CONFIG])
def test_config_is_validated(factory, config):
    with pytest.raises(Exception, match="(?i)config"):
        spacy.blank("zh").add_pipe(factory, config=config)


TEXT = "截至2025年3月末，工行普惠贷款余额超1800亿元，同比增长约12.3%。"
GOLD = [{"start": 2, "end": 10, "label": "DATE"},
        {"start": 11, "end": 13, "label": "BANK", "canonical": "中国工商银行"},
        {"start": 19, "end": 26, "label": "MONEY", "kind": "money", "value": "180000000000", "low": None,
         "high": None, "unit": "CNY", "qualifier": "over"},
        {"start": 31, "end": 37, "label": "PERCENT", "kind": "percent", "value": "12.3", "low": None,
         "high": None, "unit": "%", "qualifier": "about"}]


def test_nlp_evaluate_gives_entity_and_quantity_scores(nlp):
    scores = nlp.evaluate(examples_from_records(nlp, [{"text": TEXT, "spans": GOLD}]))
    assert (scores["ents_p"], scores["ents_r"], scores["ents_f"]) == (1.0, 1.0, 1.0)
    assert set(scores["ents_per_type"]) == {"DATE", "BANK", "MONEY", "PERCENT"}
    assert scores["quantity_acc"] == 1.0


def test_nlp_evaluate_counts_a_missed_span(nlp):
    gold = GOLD + [{"start": 13, "end": 17, "label": "PRODUCT"}]
    scores = nlp.evaluate(examples_from_records(nlp, [{"text": TEXT, "spans": gold}]))
    assert scores["ents_r"] == pytest.approx(0.8) and scores["ents_per_type"]["PRODUCT"]["r"] == 0.0


# ---------------------------------------------------------------- added patterns

PATTERNS = [{"label": "BANK", "pattern": "星河湾银行", "id": "星河湾商业银行"},
            {"label": "PRODUCT", "pattern": [{"TEXT": "星"}, {"TEXT": "河"}, {"TEXT": "宝"}], "id": "星河宝"}]
# (text, (surface, label, canonical) of the entities the added patterns give)
ADDED = [
    ("星河湾银行副行长表示，星河宝规模超10亿元。", [("星河湾银行", "BANK", "星河湾商业银行"), ("星河宝", "PRODUCT", "星河宝")]),
    ("星河湾的风景", []),                                  # part of a pattern is not the pattern
    ("工行与星河湾银行合作", [("星河湾银行", "BANK", "星河湾商业银行")]),
]


def _mine(doc):
    return [(e.text, e.label_, e._.canonical) for e in doc.ents if e.text.startswith("星")]


@pytest.fixture(scope="module")
def customised():
    nlp = finner.load(ner=False)
    nlp.get_pipe("finner_gazetteer").add_patterns(PATTERNS)
    return nlp


@pytest.mark.parametrize("text,expected", ADDED, ids=[a[0] for a in ADDED])
def test_added_patterns_give_entities_with_canonical_names(customised, text, expected):
    assert _mine(customised(text)) == expected


def test_packaged_names_still_found_beside_added_ones(customised):
    doc = customised("工行与星河湾银行合作")
    assert ("工行", "BANK", "中国工商银行") in [(e.text, e.label_, e._.canonical) for e in doc.ents]


def test_a_wrong_pattern_adds_nothing():
    nlp = finner.load(ner=False)
    with pytest.raises(ValueError, match="pattern 1"):
        nlp.get_pipe("finner_gazetteer").add_patterns([PATTERNS[0], {"label": "BANK"}])
    assert nlp.get_pipe("finner_gazetteer").patterns == []


def test_added_patterns_survive_to_disk_and_spacy_load_in_a_fresh_process(customised, tmp_path):
    customised.to_disk(tmp_path / "pipeline")
    code = ("import json, sys, spacy; nlp = spacy.load(sys.argv[1]); "
            "print(json.dumps([[[e.text, e.label_, e._.canonical] for e in nlp(t).ents] for t in sys.argv[2:]],"
            " ensure_ascii=False))")
    texts = [t for t, _ in ADDED]
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipeline"), *texts],
                         capture_output=True, text=True, check=True)
    here = [[[e.text, e.label_, e._.canonical] for e in customised(t).ents] for t in texts]
    assert json.loads(out.stdout) == here
    assert ["星河湾银行", "BANK", "星河湾商业银行"] in here[0]


def test_added_patterns_survive_to_bytes(customised):
    fresh = finner.load(ner=False)
    fresh.get_pipe("finner_gazetteer").from_bytes(customised.get_pipe("finner_gazetteer").to_bytes())
    assert fresh.get_pipe("finner_gazetteer").patterns == PATTERNS
