"""Every knowledge file in finner/data loads, validates, and holds what the issue asks for."""
import re
from decimal import Decimal

import pytest

from finner import lexicon
from finner.lexicon import LexiconError


def test_currencies():
    cur = lexicon.currencies()
    codes = {c.code for c in cur.values()}
    assert len(codes) >= 20
    for must in ("CNY", "USD", "HKD", "EUR", "JPY", "GBP", "AUD", "CAD", "SGD", "CHF", "KRW", "TWD",
                 "MOP", "RUB", "THB"):
        assert must in codes
    assert cur["元"].code == "CNY" and cur["元"].generic
    assert cur["$"].symbol and not cur["美元"].symbol and not cur["美元"].generic
    assert cur["比特币"].code == "BTC" and cur["以太坊"].code == "ETH" and cur["以太币"].code == "ETH"
    assert cur["港币"].code == "HKD" and cur["日币"].code == "JPY" and cur["美金"].code == "USD"
    assert cur["角"].scale == Decimal("0.1") and cur["分"].scale == Decimal("0.01")
    assert all(re.fullmatch("[A-Z]{3}", c.code) for c in cur.values())


def test_measure_words():
    mw = lexicon.measure_words()
    counts = [w for w, k in mw.items() if k == "count"]
    assert len(counts) >= 80
    for w in "户人名家笔股手吨个条场辆张只项台套份亩":
        assert mw[w] == "count", w
    for w in ("年", "个月", "天", "季度"):
        assert mw[w] == "duration", w
    assert "分" not in mw and "成" not in mw and "折" not in mw


def test_qualifier_words():
    q = lexicon.qualifier_words()
    assert q[("超", "pre")] == "over" and q[("超过", "pre")] == "over"
    assert q[("以上", "post")] == "at_least" and q[("以下", "post")] == "at_most"
    assert q[("以内", "post")] == "at_most" and q[("不满", "pre")] == "under"
    assert q[("近", "pre")] == "nearly" and q[("左右", "post")] == "about"
    for exact in ("达", "高达", "为"):
        assert (exact, "pre") not in q


def test_variants_and_idioms_and_change_words():
    v = lexicon.variants()
    assert v["萬"] == "万" and v["億"] == "亿" and v["臺"] == "台"
    assert len(v) >= 60
    ids = lexicon.idioms()
    assert "一成不变" in ids and "十万火急" in ids and len(ids) >= 40
    assert "上涨" in lexicon.change_words()


def test_places():
    places = lexicon.places()
    assert places["莫斯科"] == "city" and places["哈萨克斯坦"] == "country" and places["中东"] == "region"
    assert len(places) >= 300
    assert "米兰" not in places            # a given name too (米兰说…)
    listed = {s for i in lexicon.banks() + lexicon.organizations() for s in (i.canonical,) + i.aliases}
    assert not set(places) & listed, "a place is also listed as an organisation's name"
    assert not set(places) & set(lexicon.persons())


def test_ending_words():
    words = lexicon.ending_words()
    assert {"局势", "局面"} <= words
    endings = {e for e in lexicon.org_endings() if len(e) == 1}
    assert all(w[0] in endings for w in words)
    with pytest.raises(LexiconError, match="one-character ending"):
        lexicon.parse_ending_words("# h\n形势\tx\n")


def test_kuai_nouns():
    nouns = lexicon.kuai_nouns()
    assert "蛋糕" in nouns and "金牌" in nouns and len(nouns) >= 40
    assert not {"钱", "元", "块钱"} & set(nouns)


BAD = [
    ("currencies", lexicon.parse_currencies, "# h\n元\tcny\t1\tpost\tword\n", "not an ISO 4217 code"),
    ("currencies", lexicon.parse_currencies, "# h\n元\tCNY\tx\tpost\tword\n", "not a decimal"),
    ("currencies", lexicon.parse_currencies, "# h\n角\tCNY\t0.1\tpost\tword\n", "sub-units"),
    ("currencies", lexicon.parse_currencies, "# h\n元\tCNY\t1\tpost\tgeneric\n元\tCNY\t1\tpost\tgeneric\n", "duplicate"),
    # issue 11: the form column says what kind of surface a row is
    ("currencies", lexicon.parse_currencies, "# h\n元\tCNY\t1\tpost\tthing\n", "form must be"),
    ("currencies", lexicon.parse_currencies, "# h\n美元\tUSD\t1\tpost\tcode\n", "Latin letters"),
    ("currencies", lexicon.parse_currencies, "# h\n美元\tUSD\t1\tpost\tsymbol\n", "a sign"),
    ("currencies", lexicon.parse_currencies, "# h\n块\tHKD\t1\tpost\tgeneric\n", "generic yuan"),
    ("currencies", lexicon.parse_currencies, "# h\n元\tCNY\t1\tpost\n", "expected 5 fields"),
    ("qualifiers", lexicon.parse_qualifier_words, "# h\n上\tbefore\tover\n", "pre, post or bare"),
    ("qualifier_limits", lambda t: lexicon.parse_qualifier_limits(t, words={("多", "post"): "over"}),
     "# h\n少\tpost\t-\tyes\n", "not a word of qualifiers.tsv"),
    ("qualifier_limits", lambda t: lexicon.parse_qualifier_limits(t, words={("多", "post"): "over"}),
     "# h\n多\tpost\t-\tmaybe\n", "yes or no"),
    ("not_signs", lexicon.parse_not_signs, "# h\n减轻\tx\n", "ending in 负"),
    ("scale_words", lexicon.parse_scale_words, "# h\n百万\t1000000\tany\n", "Latin letters"),
    ("scale_words", lexicon.parse_scale_words, "# h\nk\t1024\tany\n", "power of ten"),
    ("scale_words", lexicon.parse_scale_words, "# h\nk\t1000\talways\n", "needs must be"),
    ("measure_words", lexicon.parse_measure_words, "# h\n户\tthing\n", "kind must be"),
    ("measure_words", lexicon.parse_measure_words, "# h\n户\tcount\textra\n", "expected 2 fields"),
    ("measure_words", lexicon.parse_measure_words, "户\tcount\n", "header"),
    ("qualifiers", lexicon.parse_qualifier_words, "# h\n超\tpre\tmore\n", "qualifier must be"),
    ("variants", lexicon.parse_variants, "# h\n萬萬\t万\n", "one character"),
    ("idioms", lexicon.parse_idioms, "# h\n一\tx\n", "at least two"),
    ("idioms", lexicon.parse_idioms, "# h\n\n", "expected 2 fields"),
    ("change_words", lexicon.parse_change_words, "# h\n 增加\tx\n", "padded"),
    ("kuai_nouns", lexicon.parse_kuai_nouns, "# h\n钱包\tx\n", "does not start with 钱"),
    ("places", lexicon.parse_places, "# h\n京\tcity\n", "two or more characters"),
    ("places", lexicon.parse_places, "# h\n北京\ttown\n", "kind must be"),
    ("places", lexicon.parse_places, "# h\n北京\tcity\n北京\tcity\n", "duplicate"),
    ("kuai_nouns", lexicon.parse_kuai_nouns, "# h\ncake\tx\n", "a Chinese noun"),
]


@pytest.mark.parametrize("name,parse,text,message", BAD, ids=[f"{b[0]}:{b[3]}" for b in BAD])
def test_bad_rows_name_file_and_line(name, parse, text, message):
    with pytest.raises(LexiconError, match=message) as e:
        parse(text)
    assert re.search(r"\.tsv:\d+", str(e.value))


def test_products():
    prods = {p.name: p for p in lexicon.products()}
    assert len(prods) >= 150
    assert prods["微粒贷"].kind == "loan" and "微众" in prods["微粒贷"].provider
    assert "余额宝" in prods and "花呗" in prods
    for generic in ("理财产品", "信用卡", "手机银行", "房贷"):
        assert generic not in prods


def test_titles():
    t = lexicon.titles()
    assert len(t) >= 100
    for title in ("副行长", "行长助理", "首席经济学家", "董事会秘书", "研究员", "分析师", "基金经理"):
        assert title in t, title


def test_surnames():
    s = lexicon.surnames()
    assert len(s) >= 400
    assert s["王"] == "single" and s["欧阳"] == "compound" and s["娄"] == "single" and s["黄"] == "single"


NAME_BAD = [
    (lambda t: lexicon.parse_products(t), "# h\n微粒贷\t-\tcake\tx\n", "kind must be"),
    (lambda t: lexicon.parse_titles(t), "# h\n行长\tboss\n", "kind must be"),
    (lambda t: lexicon.parse_surnames(t), "# h\n王王\tsingle\n", "single surname has one character"),
    (lambda t: lexicon.parse_institutions(t, "banks.tsv", lexicon.BANK_KINDS),
     "# h\n中国工商银行\t工行\tstate\tx\n中国建设银行\t工行\tstate\tx\n", "already names"),
    (lambda t: lexicon.parse_institutions(t, "banks.tsv", lexicon.BANK_KINDS),
     "# h\n中国工商银行\t工行||ICBC\tstate\tx\n", "empty or padded alias"),
]


@pytest.mark.parametrize("parse,text,message", NAME_BAD, ids=[b[2] for b in NAME_BAD])
def test_bad_name_rows(parse, text, message):
    with pytest.raises(LexiconError, match=message) as e:
        parse(text)
    assert re.search(r"\.tsv:\d+", str(e.value))


def test_banks_and_organizations():
    banks = {b.canonical: b for b in lexicon.banks()}
    orgs = {o.canonical: o for o in lexicon.organizations()}
    assert len(banks) >= 200 and len(orgs) >= 150
    kinds = [b.kind for b in banks.values()]
    assert kinds.count("city") >= 100 and kinds.count("rural") >= 40
    assert "工行" in banks["中国工商银行"].aliases and "央行" in banks["中国人民银行"].aliases
    assert "邮储银行" in banks["中国邮政储蓄银行"].aliases
    assert any("证监会" in o.aliases for o in orgs.values())
    # the financial sector by its list: fund managers, securities and futures companies,
    # insurers, wealth-management subsidiaries, trust companies
    kinds_o = [o.kind for o in orgs.values()]
    for kind, least in (("fund", 120), ("securities", 120), ("insurance", 100), ("trust", 60),
                        ("asset_management", 60), ("rating", 10), ("fintech", 20)):
        assert kinds_o.count(kind) >= least, kind
    assert orgs["易方达基金管理有限公司"].kind == "fund" and "易方达" in orgs["易方达基金管理有限公司"].aliases
    surfaces = {s for b in banks.values() for s in (b.canonical,) + b.aliases}
    assert not surfaces & {s for o in orgs.values() for s in (o.canonical,) + o.aliases}
    for generic in ("商业银行", "城商行", "五大行", "银行", "农村商业银行"):
        assert generic not in surfaces


def test_not_names():
    words = lexicon.not_names()
    assert "文章" in words and "方面" in words
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_not_names("# h\n文章\tx\n文章\ty\n")


def test_generic_names():
    words = lexicon.generic_names()
    assert {"商业银行", "城商行", "券商", "该行"} <= words and len(words) >= 50
    listed = {s for i in lexicon.banks() + lexicon.organizations() for s in (i.canonical,) + i.aliases}
    assert not words & listed, "a generic noun is also listed as a name"
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_generic_names("# h\n券商\tx\n券商\ty\n")


def test_bank_short_names():
    short = lexicon.bank_short_names()
    assert short["中信"] == "中信银行" and short["工商"] == "中国工商银行" and short["招商"] == "招商银行"
    for word in ("民生", "交通", "光大", "广发", "平安", "建设", "农业", "兴业", "华夏"):
        assert word in short, word
    canonicals = {b.canonical for b in lexicon.banks()}
    assert set(short.values()) <= canonicals
    listed = {s for i in lexicon.banks() + lexicon.organizations() for s in (i.canonical,) + i.aliases}
    assert not set(short) & listed, "a short name is already matched everywhere"


def test_bank_context():
    ctx = lexicon.bank_context()
    assert set(ctx) == set(lexicon.BANK_CONTEXT_ROLES)
    assert ctx["after"]["信用卡"] is None and ctx["after"]["客服"] is None and "的" not in ctx["after"]
    assert ctx["word"]["引资"] is None and ctx["block"]["证券"] is None
    assert ctx["block"]["卡"] == frozenset({"交通"})   # 交通卡 is the transit card
    assert "在" in ctx["before"] and "、" in ctx["list"] and "办了" in ctx["verb"]
    # a block word is never also a general cue after the name
    assert not {w for w, n in ctx["block"].items() if n is None} & set(ctx["after"])


SHORT_BAD = [
    (lambda t: lexicon.parse_bank_short_names(t), "# h\n中信\t中信证券\n", "not a canonical name"),
    (lambda t: lexicon.parse_bank_short_names(t), "# h\n工行\t中国工商银行\n", "already a name"),
    (lambda t: lexicon.parse_bank_short_names(t), "# h\n中\t中信银行\n", "at least two characters"),
    (lambda t: lexicon.parse_bank_short_names(t), "# h\n中信\t中信银行\n中信\t中信银行\n", "duplicate"),
    (lambda t: lexicon.parse_bank_short_names(t), "# h\n中信\n", "expected 2 fields"),
    (lambda t: lexicon.parse_bank_context(t), "# h\n卡\tnear\t*\tx\n", "role must be"),
    (lambda t: lexicon.parse_bank_context(t), "# h\n卡\tblock\t交通|地铁\tx\n", "not a short name"),
    (lambda t: lexicon.parse_bank_context(t), "# h\n卡\tafter\t*\tx\n卡\tafter\t*\ty\n", "duplicate"),
    (lambda t: lexicon.parse_bank_context(t), "# h\n卡\tafter\t\tx\n", "empty or padded"),
]


@pytest.mark.parametrize("parse,text,message", SHORT_BAD, ids=[b[2] for b in SHORT_BAD])
def test_bad_bank_short_name_and_context_rows(parse, text, message):
    with pytest.raises(LexiconError, match=message) as e:
        parse(text)
    assert re.search(r"\.tsv:\d+", str(e.value))


def test_name_followers():
    words = lexicon.name_followers()
    assert "博士" in words and "女士" in words
    assert not set(words) & set(lexicon.titles())          # titles are read from titles.tsv
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_name_followers("# h\n博士\tx\n博士\ty\n")
    with pytest.raises(LexiconError, match="two or more Chinese characters"):
        lexicon.parse_name_followers("# h\n士\tx\n")


def test_name_neighbours():
    chars = lexicon.name_neighbours()
    assert {"的", "和", "对", "也"} <= chars
    assert all(len(c) == 1 for c in chars)
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_name_neighbours("# h\n的\tx\n的\ty\n")
    with pytest.raises(LexiconError, match="one Chinese character"):
        lexicon.parse_name_neighbours("# h\n的话\tx\n")


def test_persons():
    persons = lexicon.persons()
    assert persons["潘功胜"] == "central_bank" and persons["巴菲特"] == "investor"
    assert set(persons.values()) <= set(lexicon.PERSON_KINDS)
    assert not set(persons) & set(lexicon.titles())
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_persons("# h\n马云\tbusiness\tx\n马云\tbusiness\ty\n")
    with pytest.raises(LexiconError, match="kind 'singer'"):
        lexicon.parse_persons("# h\n马云\tsinger\tx\n")
    with pytest.raises(LexiconError, match="two or more Chinese characters"):
        lexicon.parse_persons("# h\n马\tbusiness\tx\n")


def test_transliteration():
    chars = lexicon.transliteration()
    assert set("约翰摩尔安德鲁贝克") <= chars
    assert not chars & set("的和在于是")                   # function words never join a foreign name
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_transliteration("# h\n约\tx\n约\ty\n")
    with pytest.raises(LexiconError, match="one Chinese character"):
        lexicon.parse_transliteration("# h\n约翰\tx\n")
    with pytest.raises(LexiconError, match="function word"):
        lexicon.parse_transliteration("# h\n的\tx\n")


def test_named_after():
    words = lexicon.named_after()
    assert {"球场", "奖", "车队"} <= set(words)
    assert list(words) == sorted(words, key=len, reverse=True)
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_named_after("# h\n奖\tx\n奖\ty\n")
    with pytest.raises(LexiconError, match="Chinese characters"):
        lexicon.parse_named_after("# h\nCup\tx\n")


def test_not_titles():
    words = lexicon.not_titles()
    assert words["董事会"] is False and words["董事会秘书"] is True and words["行长期间"] is True
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_not_titles("# h\n董事会\tnot_title\tx\n董事会\ttitle\ty\n")
    with pytest.raises(LexiconError, match="reading 'maybe'"):
        lexicon.parse_not_titles("# h\n董事会\tmaybe\tx\n")
    with pytest.raises(LexiconError, match="holds no title"):
        lexicon.parse_not_titles("# h\n苹果园\tnot_title\tx\n")


def test_name_stops():
    stops = lexicon.name_stops()
    assert {"收购", "关于", "的", "余家"} <= set(stops)
    assert list(stops) == sorted(stops, key=len, reverse=True)
    assert "和" not in stops and "家" not in stops          # 太和, 张家港: places use them
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_name_stops("# h\n收购\tx\n收购\ty\n")
    with pytest.raises(LexiconError, match="Chinese characters only"):
        lexicon.parse_name_stops("# h\nabc\tx\n")


def test_quoted_products():
    q = lexicon.quoted_products()
    assert {"贷", "宝", "混合", "持有"} <= set(q["end"])
    assert {"理财", "人寿", "银行"} <= set(q["issuer"])
    assert {"行动", "论坛"} <= set(q["not_end"])
    assert not set(q["end"]) & set(q["not_end"])
    with pytest.raises(LexiconError, match="role"):
        lexicon.parse_quoted_products("# h\n贷\tbegin\tx\n")
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_quoted_products("# h\n贷\tend\tx\n贷\tend\ty\n")


def test_name_units():
    units = {u.word: u for u in lexicon.name_units()}
    assert units["征信中心"].label == "BANK" and not units["征信中心"].place
    assert units["监管局"].label == "ORG" and units["监管局"].place
    with pytest.raises(LexiconError, match="BANK or ORG"):
        lexicon.parse_name_units("# h\n分局\tLOC\trequired\tx\n")
    with pytest.raises(LexiconError, match="place"):
        lexicon.parse_name_units("# h\n分局\tORG\tmaybe\tx\n")
    assert units["信用卡中心"].any_bank and units["信用卡中心"].label == "BANK"
    assert not units["征信中心"].any_bank
    with pytest.raises(LexiconError, match="labelled BANK"):
        lexicon.parse_name_units("# h\n信用卡中心\tORG\tbank\tx\n")


def test_org_endings():
    endings = lexicon.org_endings()
    assert {"分公司", "研究所", "局", "委员会"} <= set(endings)
    assert list(endings) == sorted(endings, key=len, reverse=True)
    assert not {"平台", "银行", "进行"} & set(endings)     # a run-on, or a bank's own ending
    with pytest.raises(LexiconError, match="duplicate"):
        lexicon.parse_org_endings("# h\n局\tx\n局\ty\n")
