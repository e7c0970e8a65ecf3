"""finner_ner: the shipped model, its size, the merge policy with the lists, the wrapper on
other segmenters, and persons found by the model linked to their titles."""
import pytest
import spacy
from spacy.tokens import Span

import finner
from finner import extensions
from finner.officials import find_officials
from finner.training.train import DEFAULT_MODEL, MODEL_LABELS


def test_model_is_shipped_small_and_knows_the_name_labels():
    size = sum(f.stat().st_size for f in DEFAULT_MODEL.rglob("*") if f.is_file())
    assert size <= 20 * 1024 * 1024, f"the model is {size / 1e6:.1f} MB"
    nlp = finner.load()
    assert nlp.pipe_names == ["finner_gazetteer", "finner_ner", "finner_officials", "finner_quantities",
                              "finner_dates"]
    assert set(nlp.get_pipe("finner_ner").labels) == set(MODEL_LABELS)
    assert "finner_ner" not in finner.load(ner=False).pipe_names


# names in none of finner's lists, in sentences that are not in the corpus
UNLISTED = [
    ("据悉，澄江农村商业银行本月起下调个人存款利率。", "澄江农村商业银行", "BANK"),
    ("岚山证券研究所所长顾文谦表示，市场情绪逐步修复。", "顾文谦", "PERSON"),
]


@pytest.mark.parametrize("text, name, label", UNLISTED, ids=[c[1] for c in UNLISTED])
def test_the_model_finds_unlisted_names(text, name, label):
    doc = finner.load()(text)
    assert (name, label) in [(e.text, e.label_) for e in doc.ents]


def _doc(text, ents):
    nlp = spacy.blank("zh")
    doc = nlp(text)
    doc.ents = [doc.char_span(a, b, label=lab) for a, b, lab in ents]
    return doc


def _wrapper():
    return finner.load().get_pipe("finner_ner")


def test_policy_a_model_span_over_nothing_is_added():
    doc = _doc("招商银行与澄江农商行签约", [(0, 4, "BANK")])
    out = _wrapper()._merge(doc, [Span(doc, 5, 10, label="BANK")])
    assert [(e.text, e.label_) for e in out.ents] == [("招商银行", "BANK"), ("澄江农商行", "BANK")]


# a model span never extends a list match: the lists know where a name ends
LIST_WINS = [
    ("微众银行进行系统升级", (0, 4, "BANK"), (0, 6, "BANK"), "微众银行"),
    ("证监会表示将加强监管", (0, 3, "ORG"), (0, 5, "ORG"), "证监会"),
    ("招商银行南山支行发放贷款", (0, 4, "BANK"), (0, 8, "ORG"), "招商银行"),
]


@pytest.mark.parametrize("text, listed, model, kept", LIST_WINS, ids=[c[0] for c in LIST_WINS])
def test_policy_a_model_span_never_extends_a_list_match(text, listed, model, kept):
    doc = _doc(text, [listed])
    extensions.store_span_data(doc, doc.ents[0], "canonical", "x")
    out = _wrapper()._merge(doc, [Span(doc, model[0], model[1], label=model[2])])
    assert [(e.text, e.label_, e._.canonical) for e in out.ents] == [(kept, listed[2], "x")]


# a model ORG span that holds listed names and ends like an organisation or a unit of one is
# one longer name (org_endings.tsv); other endings are a run-on and the list wins
LONGER_NAME = [
    ("中国银联广东分公司与一家旅行社签约", (0, 4, "ORG"), (0, 9, "ORG"), [("中国银联广东分公司", "ORG")]),
    ("住房和城乡建设部政策研究中心发布报告", (0, 8, "ORG"), (0, 14, "ORG"), [("住房和城乡建设部政策研究中心", "ORG")]),
    ("招商银行信用卡中心推出新卡", (0, 4, "BANK"), (0, 9, "ORG"), [("招商银行信用卡中心", "ORG")]),
    ("招商银行信用卡中心推出新卡", (0, 4, "BANK"), (0, 9, "BANK"), [("招商银行", "BANK")]),
    ("微众银行又孵化出智能创作平台", (0, 4, "BANK"), (0, 14, "ORG"), [("微众银行", "BANK")]),
    ("证监会表示将加强监管", (0, 3, "ORG"), (0, 5, "ORG"), [("证监会", "ORG")]),
    # a model bank name that ends like one (银行, 分行, 支行) holds the listed bank inside it
    ("储户在南昌市兴业银行办理了挂失", (6, 10, "BANK"), (3, 10, "BANK"), [("南昌市兴业银行", "BANK")]),
    ("瑞穗实业银行宣布调整在华业务", (0, 2, "BANK"), (0, 6, "BANK"), [("瑞穗实业银行", "BANK")]),
    ("微众银行进行了系统升级", (0, 4, "BANK"), (0, 6, "BANK"), [("微众银行", "BANK")]),
    ("亚洲开发银行上调了增长预测", (0, 6, "ORG"), (0, 6, "BANK"), [("亚洲开发银行", "ORG")]),
    # the same boundaries keep the list's label: a bank's registered name is no other organisation
    ("上海银行股份有限公司董事会审议通过", (0, 10, "BANK"), (0, 10, "ORG"), [("上海银行股份有限公司", "BANK")]),
]


def test_a_longer_bank_name_keeps_the_canonical_name_of_the_bank_it_holds():
    nlp = finner.load()
    doc = _doc("储户在南昌市兴业银行办理了挂失", [(6, 10, "BANK")])
    from finner.extensions import store_span_data
    store_span_data(doc, doc.ents[0], "canonical", "兴业银行")
    out = nlp.get_pipe("finner_ner")._merge(doc, [Span(doc, 3, 10, label="BANK")])
    assert [(e.text, e.label_, e._.canonical) for e in out.ents] == [("南昌市兴业银行", "BANK", "兴业银行")]
    # a branch is one BANK span (docs/annotation.md), with the bank's canonical name
    doc = _doc("招商银行南山支行发放贷款", [(0, 4, "BANK")])
    store_span_data(doc, doc.ents[0], "canonical", "招商银行")
    out = nlp.get_pipe("finner_ner")._merge(doc, [Span(doc, 0, 8, label="BANK")])
    assert [(e.text, e.label_, e._.canonical) for e in out.ents] == [("招商银行南山支行", "BANK", "招商银行")]


@pytest.mark.parametrize("text, listed, model, kept", LONGER_NAME, ids=[c[0] + c[2][2] for c in LONGER_NAME])
def test_policy_a_longer_organisation_name_holds_the_listed_one(text, listed, model, kept):
    doc = _doc(text, [listed])
    out = _wrapper()._merge(doc, [Span(doc, model[0], model[1], label=model[2])])
    assert [(e.text, e.label_) for e in out.ents] == kept


# a listed title word gives way to a model span over it (it is often part of a longer name or title)
TITLE_GIVES_WAY = [
    ("曾任河南联华会计师事务所项目经理", (6, 9, "TITLE"), (2, 12, "ORG"), ("河南联华会计师事务所", "ORG")),
    ("曾任河南联华会计师事务所项目经理", (14, 16, "TITLE"), (12, 16, "TITLE"), ("项目经理", "TITLE")),
    ("论坛高级研究员认为", (2, 7, "TITLE"), (4, 7, "TITLE"), ("高级研究员", "TITLE")),
]


@pytest.mark.parametrize("text, listed, model, kept", TITLE_GIVES_WAY, ids=[c[3][0] for c in TITLE_GIVES_WAY])
def test_policy_a_listed_title_gives_way_to_a_model_span(text, listed, model, kept):
    doc = _doc(text, [listed])
    out = _wrapper()._merge(doc, [Span(doc, model[0], model[1], label=model[2])])
    assert [(e.text, e.label_) for e in out.ents] == [kept]


# markup left in a text is never part of a name
MARKUP = [
    "<p>记者 施宇翔</p>",
    "微众银行&nbsp;副行长黄黎明表示",
    "<span style=\"color:red\">深蓝银行</span>董事长",
    "A&amp;B公司",
]


@pytest.mark.parametrize("text", MARKUP)
def test_no_model_span_touches_markup(text):
    wrapper = _wrapper()
    doc = spacy.blank("zh")(text)
    every = [(a, b, "ORG") for a in range(len(text)) for b in range(a + 1, min(len(text), a + 8) + 1)]
    out = wrapper._apply(doc, every)
    assert out.ents and not any(set(e.text) & set("<>&;") for e in out.ents)


def test_policy_the_list_wins_a_conflict():
    doc = _doc("招商银行南山支行发放贷款", [(0, 4, "BANK")])
    out = _wrapper()._merge(doc, [Span(doc, 0, 8, label="ORG")])          # other label
    assert [(e.text, e.label_) for e in out.ents] == [("招商银行", "BANK")]
    doc = _doc("招商银行南山支行发放贷款", [(2, 6, "BANK")])
    out = _wrapper()._merge(doc, [Span(doc, 0, 4, label="BANK")])          # crosses, does not contain
    assert [(e.text, e.label_) for e in out.ents] == [("银行南山", "BANK")]


def test_policy_a_label_of_ones_own_wins_over_the_list():
    doc = _doc("中国人寿保险公司发布年报", [(0, 4, "ORG")])
    out = _wrapper()._merge(doc, [Span(doc, 0, 8, label="INSURER")])
    assert [(e.text, e.label_, e._.canonical) for e in out.ents] == [("中国人寿保险公司", "INSURER", None)]


def test_person_from_a_model_is_linked_to_title_and_org():
    text = "临湖证券首席经济学家欧阳明远表示"
    ents = [("ORG", 0, 4, "临湖证券"), ("TITLE", 4, 10, "首席经济学家"), ("PERSON", 10, 14, "欧阳明远")]
    (p,) = find_officials(text, ents)
    assert (p.name, p.title, p.org, p.start, p.end) == ("欧阳明远", "首席经济学家", "临湖证券", 10, 14)
    text = "顾文谦行长指出"
    (p,) = find_officials(text, [("TITLE", 3, 5, "行长"), ("PERSON", 0, 3, "顾文谦")])
    assert (p.name, p.title) == ("顾文谦", "行长")


@pytest.mark.parametrize("ner", [True, False], ids=["default", "rules only"])
def test_a_listed_public_figure_is_a_person_linked_to_the_title(ner):
    # the shipped model once read 特朗普 here as an organisation; the list (persons.tsv) wins
    nlp = finner.load(ner=ner)
    doc = nlp("特朗普通了电话后，美国财政部长耶伦表示，债务上限必须尽快提高")
    people = [(e.text, e.label_, e._.title) for e in doc.ents if e.label_ in ("PERSON", "ORG")]
    assert people == [("特朗普", "PERSON", None), ("耶伦", "PERSON", "财政部长")]


@pytest.mark.parametrize("segmenter", ["jieba", "char"])
def test_wrapper_projects_onto_any_segmenter(segmenter):
    nlp = finner.load(segmenter=segmenter)
    text = "岚山证券研究所所长顾文谦表示，澄江农村商业银行贷款余额超1800亿元。"
    doc = nlp(text)
    for e in doc.ents:
        assert doc.text[e.start_char:e.end_char] == e.text
    assert "超1800亿元" in [e.text for e in doc.ents]


def test_long_text_is_read_in_pieces():
    nlp = finner.load()
    text = "澄江农村商业银行贷款余额超1800亿元。" * 400                # 8,000 characters, 4 pieces
    doc = nlp(text)
    banks = [e for e in doc.ents if e.label_ == "BANK"]
    assert len(banks) >= 390 and all(e.text == "澄江农村商业银行" for e in banks)


def test_two_processes_give_the_same_entities():
    nlp = finner.load()
    texts = [t for t, _, _ in UNLISTED] * 4
    one = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    two = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert one == two


# a model PERSON span that touches a middle dot grows over the whole foreign name
FOREIGN_NAMES = [
    ("已故的西格玛·珀尔克（画家）", (6, 10), "西格玛·珀尔克"),
    ("已故的西格玛·珀尔克（画家）", (3, 6), "西格玛·珀尔克"),
    ("导演乔纳森·奈特表示，游戏将延期", (2, 5), "乔纳森·奈特"),
    ("二等兵季米特里·彼得连科的角度", (3, 7), "季米特里·彼得连科"),
    ("财政大臣戈登・布朗说", (4, 6), "戈登・布朗"),
    ("米勒和队友", (0, 2), "米勒"),
]


@pytest.mark.parametrize("text, span, whole", FOREIGN_NAMES, ids=[c[2] for c in FOREIGN_NAMES])
def test_a_foreign_name_is_read_whole(text, span, whole):
    from finner.components.ner import _whole_foreign_name
    a, b = _whole_foreign_name(text, *span)
    assert text[a:b] == whole


# (text, the name the model found at its first place, label, the places the name is read again)
RECURRING = [
    # positives: apart from the words around it on one side at least
    ("项目负责人安平介绍，园区平安无事，安平也很满意", "安平", "PERSON", [17]),       # punctuation before, 也 after
    ("这是巴里首度上场，队长巴里表示满意", "巴里", "PERSON", [11]),                      # a title before
    ("确认莲花就是原来的娄桑。后来莲花说", "莲花", "PERSON", [14]),                     # a verb of speech after
    ("Sky在决赛中发挥出色，对手很难限制Sky的进攻", "Sky", "PERSON", [18]),
    ("观澜科技的新产品上线后，观澜科技宣布再招两百人", "观澜科技", "ORG", [12]),
    # negatives: inside a longer word, inside a Latin word, or a name of one character
    ("分析师高峰表示，早高峰时段的客流比去年多了一成", "高峰", "PERSON", []),
    ("按照张博留下的地址寄出", "张博", "PERSON", []),
    ("Sky在决赛中发挥出色，Skyline战队却输了", "Sky", "PERSON", []),
    ("罗说，罗马的银行也很忙", "罗", "PERSON", []),
    ("温和的刘和生说，和生意人打交道要讲诚信", "刘和生", "PERSON", []),
]


@pytest.mark.parametrize("text, name, label, again", RECURRING, ids=[c[0][:12] for c in RECURRING])
def test_a_name_found_once_is_read_where_it_recurs_apart(text, name, label, again):
    from finner.components.ner import _recurring
    a = text.index(name)
    found = [(a, a + len(name), label)]
    got = _recurring(text, found, None, [])
    assert [(s, e, lab) for s, e, lab in got] == [(i, i + len(name), label) for i in again]


def test_a_recurring_name_is_read_through_the_pipeline():
    text = "项目负责人安平介绍，园区平安无事，安平也很满意"
    doc = finner.load()(text)
    persons = [(e.text, e.start_char) for e in doc.ents if e.label_ == "PERSON"]
    assert persons == [("安平", 5), ("安平", 17)]


# (text, the person the model found, the bracketed name read beside it or None)
BRACKETED = [
    ("主教练魏斯特林（Hendrik Westerling）表示满意", "魏斯特林", "Hendrik Westerling"),
    ("设计师阿尔托宁(paavoaltonen)的新作", "阿尔托宁", "paavoaltonen"),
    ("Zephyr(龚启航)带队拿下了冠军", "龚启航", "Zephyr"),
    ("车队由Tomo7（闵浩然）领军", "闵浩然", "Tomo7"),
    # not names: capitals (a title or an institution's short name), a number, no surname
    ("总裁邝明远（CEO）主持会议", "邝明远", None),
    ("分析师岑若溪（CFA）认为", "岑若溪", None),
    ("2025(龚启航)", "龚启航", None),
    ("Zephyr(星海队)夺冠", "Zephyr", None),
]


@pytest.mark.parametrize("text, person, other", BRACKETED, ids=[c[0][:10] for c in BRACKETED])
def test_a_persons_name_in_brackets_beside_it_is_read(text, person, other):
    from finner.components.ner import _bracketed_names
    a = text.index(person)
    got = [text[s:e] for s, e, lab in _bracketed_names(text, [(a, a + len(person), "PERSON")])]
    assert got == ([other] if other else [])


@pytest.mark.parametrize("text, alias, is_alias", [
    ("苏格兰皇家银行（rbs）宣布调整亚洲业务", "rbs", True),
    ("东岭控股集团（dlkg）发布公告", "dlkg", True),
    ("主教练魏斯特林（westerling）表示满意", "westerling", False),
    ("东岭控股集团（董事长）", "董事长", False),
])
def test_latin_letters_in_brackets_after_an_institution_are_no_person(text, alias, is_alias):
    from finner.components.ner import _org_alias
    a = text.index(alias)
    assert _org_alias(text, a, a + len(alias)) is is_alias


ADDRESSES = [
    ("请联系li.ming@example.com获取资料", "li.ming@example.com"),
    ("访问www.example.com.cn了解详情", "www.example.com.cn"),
    ("详见https://www.example.gov.cn/a/b.html公告", "https://www.example.gov.cn/a/b.html"),
    ("登录finance-example.com查询", "finance-example.com"),
]


@pytest.mark.parametrize("text,address", ADDRESSES)
def test_web_and_mail_addresses_are_marked_as_markup(text, address):
    from finner.components.ner import _markup
    mask = _markup(text)
    start = text.index(address)
    assert mask is not None
    assert [i for i, m in enumerate(mask) if m] == list(range(start, start + len(address)))


NOT_ADDRESSES = ["3.5%", "1.2万亿元", "email地址", "张伟@上海", "v1.0版本", "com是域名的一部分"]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_what_is_no_address_is_not_marked(text):
    from finner.components.ner import _markup
    mask = _markup(text)
    assert mask is None or not any(mask)
