"""finner.training.augment.swap_names: copies with other names, offsets that slice the text."""
import random

from finner.training.augment import swap_names

RECORDS = [
    {"text": "海临证券分析师孔亮认为，消费将复苏。", "meta": {"source": "corpus"},
     "spans": [{"start": 0, "end": 4, "label": "ORG"}, {"start": 4, "end": 7, "label": "TITLE"},
               {"start": 7, "end": 9, "label": "PERSON", "title": "分析师", "org": "海临证券"}]},
    {"text": "主教练德罗斯和前锋维拉诺·卡斯特都已归队。", "meta": {"source": "corpus"},
     "spans": [{"start": 0, "end": 3, "label": "TITLE"}, {"start": 3, "end": 6, "label": "PERSON"},
               {"start": 7, "end": 9, "label": "TITLE"}, {"start": 9, "end": 16, "label": "PERSON"}]},
    {"text": "央行开展了逆回购操作。", "meta": {"source": "corpus"}, "spans": [{"start": 0, "end": 2, "label": "BANK"}]},
]


def test_only_sentences_with_persons_are_copied():
    out = swap_names(RECORDS, random.Random(0), copies=2)
    assert len(out) == 4
    assert all(r["meta"]["augmented"] == "swap_names" for r in out)


def test_offsets_slice_the_new_text_and_other_spans_stay():
    pool = {"孔亮", "德罗斯", "维拉诺·卡斯特"}
    for seed in range(20):
        for rec in swap_names(RECORDS, random.Random(seed)):
            persons = [rec["text"][s["start"]:s["end"]] for s in rec["spans"] if s["label"] == "PERSON"]
            others = [(rec["text"][s["start"]:s["end"]], s["label"]) for s in rec["spans"] if s["label"] != "PERSON"]
            assert set(persons) <= pool
            assert others in ([("海临证券", "ORG"), ("分析师", "TITLE")], [("主教练", "TITLE"), ("前锋", "TITLE")])
            assert rec["text"].endswith(("认为，消费将复苏。", "都已归队。"))
            assert all("title" not in s for s in rec["spans"])


def test_same_seed_same_copies_and_no_pool_no_copies():
    assert swap_names(RECORDS, random.Random(3)) == swap_names(RECORDS, random.Random(3))
    assert swap_names(RECORDS[2:], random.Random(0)) == []
