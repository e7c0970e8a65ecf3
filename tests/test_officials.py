"""finner_officials and finner.officials.find_officials: persons from context,
linked to a title and an organisation."""
import pytest

import finner
from finner.gazetteer import find_names
from finner.officials import find_officials

# text, [(name, title, org)]
FROM_ISSUE = [
    ("邮储银行研究员娄远帆表示，", [("娄远帆", "研究员", "邮储银行")]),
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


# with a model (read_names=False) a rule still reads a name between a title and a verb of
# speech, where nothing else can stand; elsewhere only the model's persons count
BETWEEN_TITLE_AND_SPEECH = [
    ("青松资本总经理糜少华称，公司正在评估", [("糜少华", "总经理", None)]),
    ("海临证券首席经济学家端木晴川预计，通胀将回落", [("端木晴川", "首席经济学家", None)]),
    ("副行长王明表示", [("王明", "副行长", None)]),
    ("该行行长表示，将继续支持小微企业", []),
    ("总经理助理称，项目已经完工", []),
    ("董事长的讲话指出了方向", []),
    ("行长王明涛昨日到访", []),
    # bylines: after a reporter's title, a name before the byline's end, another title or 、
    ("本报讯（记者柏晓岚）昨日，多家银行下调了存款利率", [("柏晓岚", "记者", None)]),
    ("（记者单可馨通讯员冯立）市公积金中心发布通知", [("单可馨", "记者", None), ("冯立", "通讯员", None)]),
    ("（记者郑一帆、祁雨桐）", [("郑一帆", "记者", None), ("祁雨桐", "记者", None)]),
    ("本报记者钟叙报道", [("钟叙", "记者", None)]),
    ("记者从会上获悉，该项目已获批", []),
    ("记者了解到，多家银行已上调利率", []),
    ("编辑：张", []),
    ("董事长王明涛）", []),
]


@pytest.mark.parametrize("text,want", BETWEEN_TITLE_AND_SPEECH, ids=[t for t, _ in BETWEEN_TITLE_AND_SPEECH])
def test_left_out_names_without_rules(text, want):
    ents = [(n.label, n.start, n.end, n.text) for n in find_names(text)]
    assert [(p.name, p.title, p.org) for p in find_officials(text, ents, read_names=False)] == want


# a résumé's opening: the name before 男/女 at the start of a text or a sentence is read whole,
# also where a model found only its end (任 is also the verb "serve as")
RESUME_OPENINGS = [
    ("任嘉言，男，1968年出生，硕士研究生学历。", [("PERSON", 1, 3, "嘉言")], [("任嘉言", None, None)]),
    ("2015年起任公司董事。任嘉言，男，汉族。", [], [("任嘉言", None, None)]),
    ("欧阳明远，女，1979年出生。", [], [("欧阳明远", None, None)]),
    ("任嘉言，男，1968年出生。", [("PERSON", 0, 3, "任嘉言")], [("任嘉言", None, None)]),
    ("他说，男，不对。", [], []),
    ("公司董事任嘉言，男，1968年出生。", [], []),
]


@pytest.mark.parametrize("text,model,want", RESUME_OPENINGS, ids=[t for t, _, _ in RESUME_OPENINGS])
def test_resume_openings_with_a_model(text, model, want):
    ents = [(n.label, n.start, n.end, n.text) for n in find_names(text)] + model
    assert [(p.name, p.title, p.org) for p in find_officials(text, ents, read_names=False)] == want


def test_component_grows_a_model_person_over_the_whole_name():
    import spacy
    nlp = spacy.blank("zh")
    nlp.add_pipe("finner_officials", config={"read_names": False})
    doc = nlp.make_doc("任嘉言，男，1968年出生。")
    doc.ents = [doc.char_span(1, 3, label="PERSON", alignment_mode="expand")]
    doc = nlp.get_pipe("finner_officials")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("任嘉言", "PERSON")]


def test_component_and_doc_officials():
    nlp = finner.load()
    assert nlp.pipe_names == ["finner_gazetteer", "finner_ner", "finner_officials", "finner_quantities", "finner_dates"]
    doc = nlp("邮储银行研究员娄远帆表示，该行普惠贷款超1800亿元。")
    person = [e for e in doc.ents if e.label_ == "PERSON"][0]
    assert (person.text, person._.title, person._.org) == ("娄远帆", "研究员", "邮储银行")
    assert doc._.officials == [{"name": "娄远帆", "title": "研究员", "org": "邮储银行"}]
