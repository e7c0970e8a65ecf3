"""finner_officials and finner.officials.find_officials: persons from context,
linked to a title and an organisation."""
import pytest

import finner
from finner.gazetteer import find_names
from finner.officials import find_officials

# text, [(name, title, org)]
FROM_ISSUE = [
    ("邮储银行研究员娄飞鹏表示，", [("娄飞鹏", "研究员", "邮储银行")]),
    ("微众银行副行长黄黎明介绍", [("黄黎明", "副行长", "微众银行")]),
    ("招商银行首席经济学家丁安华认为", [("丁安华", "首席经济学家", "招商银行")]),
    ("中国银行行长刘金称", [("刘金", "行长", "中国银行")]),
]
FROM_OWN = [
    ("，王明表示，政策将继续发力。", [("王明", None, None)]),
    ("记者王璐报道", [("王璐", "记者", None)]),
    ("欧阳娜娜表示", [("欧阳娜娜", None, None)]),
    ("分析师张伟在报告中指出", [("张伟", "分析师", None)]),
]
NOT_PERSONS = ["文章指出", "该行行长表示", "有关方面表示", "市场人士认为", "公告称", "行长助理", "王"]


def persons(text):
    ents = [(n.label, n.start, n.end, n.text) for n in find_names(text)]
    return [(p.name, p.title, p.org) for p in find_officials(text, ents)]


@pytest.mark.parametrize("text,want", FROM_ISSUE + FROM_OWN, ids=[t for t, _ in FROM_ISSUE + FROM_OWN])
def test_find_officials(text, want):
    assert persons(text) == want


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_not_persons(text):
    assert persons(text) == []


def test_component_and_doc_officials():
    nlp = finner.load()
    assert nlp.pipe_names == ["finner_gazetteer", "finner_ner", "finner_officials", "finner_quantities", "finner_dates"]
    doc = nlp("邮储银行研究员娄飞鹏表示，该行普惠贷款超1800亿元。")
    person = [e for e in doc.ents if e.label_ == "PERSON"][0]
    assert (person.text, person._.title, person._.org) == ("娄飞鹏", "研究员", "邮储银行")
    assert doc._.officials == [{"name": "娄飞鹏", "title": "研究员", "org": "邮储银行"}]
