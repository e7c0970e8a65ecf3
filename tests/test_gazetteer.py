"""finner_gazetteer and finner.gazetteer.find_names: banks (with branches),
organisations, products and titles from the data files."""
import subprocess
import sys

import pytest

import finner
from finner.gazetteer import find_names

# (text, [(surface, label, canonical)])
FROM_ISSUE = [
    ("中国银行深圳市分行普惠金融贷款余额超1800亿元", [("中国银行深圳市分行", "BANK", "中国银行")]),
    ("工行上海市分行", [("工行上海市分行", "BANK", "中国工商银行")]),
    ("建设银行北京分行营业部", [("建设银行北京分行营业部", "BANK", "中国建设银行")]),
    ("邮储银行研究员娄飞鹏表示", [("邮储银行", "BANK", "中国邮政储蓄银行"), ("研究员", "TITLE", None)]),
    ("央行宣布下调存款准备金率", [("央行", "BANK", "中国人民银行")]),
    ("工银瑞信基金", [("工银瑞信基金", "ORG", "工银瑞信基金管理有限公司")]),
    ("微众银行副行长黄黎明", [("微众银行", "BANK", "深圳前海微众银行"), ("副行长", "TITLE", None)]),
    ("证监会发布新规", [("证监会", "ORG", "中国证券监督管理委员会")]),
    ("微粒贷累计放款", [("微粒贷", "PRODUCT", "微粒贷")]),
    ("余额宝规模", [("余额宝", "PRODUCT", "余额宝")]),
    ("该行行长助理表示", [("行长助理", "TITLE", None)]),
    ("首席经济学家认为", [("首席经济学家", "TITLE", None)]),
]
# the overlap policy: the longer name wins; a bank's alias inside an organisation's or a
# product's name stays inside it; a title inside a longer title too
OVERLAPS = [
    ("工银瑞信基金发布公告", [("工银瑞信基金", "ORG", "工银瑞信基金管理有限公司")]),
    ("中国银行业协会", [("中国银行业协会", "ORG", "中国银行业协会")]),
    ("中银E贷", [("中银E贷", "PRODUCT", "中银E贷")]),
    ("招行朝朝宝", [("招行", "BANK", "招商银行"), ("朝朝宝", "PRODUCT", "朝朝宝")]),
    ("副行长", [("副行长", "TITLE", None)]),
    ("该行推出“江农e贷”产品", [("江农e贷", "PRODUCT", "江农e贷")]),
    ("「泽惠宝」上线", [("泽惠宝", "PRODUCT", "泽惠宝")]),
    # rural and village banks that no data file lists, by their naming pattern
    ("江州农村商业银行涉农贷款", [("江州农村商业银行", "BANK", "江州农村商业银行")]),
    ("上半年，江州农商行新增", [("江州农商行", "BANK", "江州农村商业银行")]),
    ("青溪村镇银行成立以来", [("青溪村镇银行", "BANK", "青溪村镇银行")]),
]

NOT_NAMES = ["商业银行", "各大银行", "五大行", "城商行", "银行", "农村商业银行", "中国银行发布公告称其深圳分行将",
             "加工行业", "其中行业", "个人行为", "盛世行情", "上海银行间同业拆放利率", "美国银行业",
             "各家农商行", "部分村镇银行", "中小农商行"]


@pytest.mark.parametrize("text,want", FROM_ISSUE + OVERLAPS, ids=[t for t, _ in FROM_ISSUE + OVERLAPS])
def test_find_names(text, want):
    got = [(n.text, n.label, n.canonical) for n in find_names(text)]
    assert got == want
    assert all(text[n.start:n.end] == n.text for n in find_names(text))


@pytest.mark.parametrize("text", NOT_NAMES)
def test_generic_nouns_are_not_names(text):
    got = [(n.text, n.label) for n in find_names(text)]
    assert ("中国银行", "BANK") in got if text.startswith("中国银行") else got == []
    assert not any(n.text.endswith("分行") for n in find_names(text))


def test_pipeline_labels_canonical_and_quantities():
    nlp = finner.load()
    assert nlp.pipe_names == ["finner_gazetteer", "finner_ner", "finner_officials", "finner_quantities", "finner_dates"]
    doc = nlp("截至2025年3月末，工行上海市分行普惠贷款余额超1800亿元，证监会表示支持。")
    got = [(e.text, e.label_, e._.canonical) for e in doc.ents]
    assert got == [("2025年3月末", "DATE", None), ("工行上海市分行", "BANK", "中国工商银行"),
                   ("超1800亿元", "MONEY", None), ("证监会", "ORG", "中国证券监督管理委员会")]


def test_gazetteer_factory_without_import_finner():
    code = ("import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('finner_gazetteer'); "
            "print([(e.label_, e._.canonical) for e in nlp('工行').ents])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[('BANK', '中国工商银行')]"


def test_every_surface_is_found_as_itself():
    # each bank and organisation surface alone is found whole, with its canonical name
    from finner import lexicon
    for inst, label in [(b, "BANK") for b in lexicon.banks()] + [(o, "ORG") for o in lexicon.organizations()]:
        for surface in (inst.canonical,) + inst.aliases:
            got = [(n.text, n.label, n.canonical) for n in find_names(surface)]
            assert got == [(surface, label, inst.canonical)], (surface, got)
