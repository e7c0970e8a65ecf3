"""finner.load() and its components as spaCy pieces: entry points, serialisation, DocBin, two processes."""
import subprocess
import sys
from decimal import Decimal

import pytest
import spacy
from spacy.tokens import DocBin, Span

import finner
import finner.extensions

TEXTS = [
    "截至2025年3月末，中国银行深圳市分行普惠金融贷款余额超1800亿元，同比增长12.3%，服务5.72万户。",
    "邮储银行研究员娄远帆表示，工行上海市分行和证监会的数据显示，微粒贷用户超过5000万。",
    "该行向3至5家科技企业发放贷款人民币1,350万元，平均利率约3.45%，较去年下降0.5个百分点。",
    "平台月活跃用户7000多万，近七成为个人客户，单笔贷款不超过10万美元。",
    "",
    "没有任何金额的句子。",
]


def ents(doc):
    return [(e.text, e.label_, e.start_char, e.end_char, e._.quantity, e._.canonical, e._.title, e._.org)
            for e in doc.ents]


@pytest.fixture(scope="module")
def nlp():
    return finner.load()


def test_entities_and_values(nlp):
    doc = nlp(TEXTS[0])
    amounts = [e for e in doc.ents if e.label_ in ("MONEY", "PERCENT", "QUANTITY")]
    assert [(e.text, e.label_) for e in amounts] == [("超1800亿元", "MONEY"), ("12.3%", "PERCENT"),
                                                     ("5.72万户", "QUANTITY")]
    q = amounts[0]._.quantity
    assert (q.value, q.unit, q.qualifier) == (Decimal("180000000000"), "CNY", "over")
    assert [s.text for s in doc.spans["finner"]] == ["中国银行深圳市分行", "超1800亿元", "12.3%", "5.72万户",
                                                     "2025年3月末"]
    bank = [e for e in doc.ents if e.label_ == "BANK"][0]
    assert bank._.quantity is None and bank._.canonical == "中国银行"


def test_factory_resolves_without_import_finner():
    code = ("import spacy, sys; nlp = spacy.blank('zh'); nlp.add_pipe('finner_quantities'); "
            "doc = nlp('超1800亿元'); print(doc.ents[0].label_, doc.ents[0]._.quantity.value)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["MONEY", "180000000000"]


def test_import_finner_does_not_import_spacy():
    code = "import sys, finner; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_to_disk_and_spacy_load(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert again.pipe_names == nlp.pipe_names
    for t in TEXTS:
        assert ents(again(t)) == ents(nlp(t))
    assert ents(finner.load(tmp_path / "p")(TEXTS[1])) == ents(nlp(TEXTS[1]))


def test_docbin_keeps_typed_values(nlp):
    docs = list(nlp.pipe(TEXTS))
    assert any(e._.org == "邮储银行" for d in docs for e in d.ents)       # every extension is exercised
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert [ents(d) for d in back] == [ents(d) for d in docs]


def test_two_processes_give_the_same_results(nlp):
    texts = TEXTS * 20
    one = [ents(d) for d in nlp.pipe(texts)]
    two = [ents(d) for d in nlp.pipe(texts, n_process=2, batch_size=10)]
    assert one == two


def test_existing_entities_are_kept_unless_overwrite():
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "X", "pattern": [{"TEXT": "超"}, {"TEXT": "1"}]}])
    nlp.add_pipe("finner_quantities")
    assert [e.label_ for e in nlp("超1800亿元和5%").ents] == ["X", "PERCENT"]
    nlp2 = spacy.blank("zh")
    nlp2.add_pipe("entity_ruler").add_patterns([{"label": "X", "pattern": [{"TEXT": "超"}, {"TEXT": "1"}]}])
    nlp2.add_pipe("finner_quantities", config={"overwrite": True, "spans_key": None})
    doc = nlp2("超1800亿元和5%")
    assert [e.label_ for e in doc.ents] == ["MONEY", "PERCENT"] and "finner" not in doc.spans


def test_extension_name_taken_by_another_package():
    Span.remove_extension("quantity")
    Span.set_extension("quantity", default=None)
    try:
        with pytest.raises(ValueError, match="already registered by another package"):
            spacy.blank("zh").add_pipe("finner_quantities")
    finally:
        Span.remove_extension("quantity")
        finner.extensions.register()


def test_render_uses_finner_colours(nlp):
    html = finner.render(nlp(TEXTS[0]), jupyter=False)
    assert "MONEY" in html and "#e4e7d2" in html


def test_displacy_colours_come_through_the_entry_point(nlp):
    from spacy import displacy
    html = displacy.render(nlp(TEXTS[0]), style="ent", jupyter=False)   # no colours passed
    assert "#e4e7d2" in html and "#7aecec" in html


def test_to_records(nlp):
    import json
    recs = finner.to_records(nlp(TEXTS[1]))
    assert json.loads(json.dumps(recs, ensure_ascii=False)) == recs
    from finner.records import RECORD_FIELDS
    assert all(tuple(r) == RECORD_FIELDS for r in recs)
    person = [r for r in recs if r["label"] == "PERSON"][0]
    assert (person["text"], person["title"], person["org"]) == ("娄远帆", "研究员", "邮储银行")
    money = [r for r in recs if r["label"] == "QUANTITY"]
    assert money and money[0]["value"] == "50000000" and money[0]["qualifier"] == "over"


@pytest.mark.parametrize("n_tokens", [1, 7, 40, 255, 256, 600])
def test_entities_reader_equals_doc_ents(n_tokens):
    # finner reads doc.ents from the IOB arrays (two code paths by length): the same spans as spaCy
    import random

    from finner.components.base import entities
    nlp = spacy.blank("zh")
    rng = random.Random(n_tokens)
    for _ in range(50):
        doc = nlp.make_doc("行" * n_tokens)
        spans, i = [], 0
        while i < n_tokens:
            if rng.random() < 0.4:
                j = min(n_tokens, i + rng.randint(1, 4))
                spans.append(Span(doc, i, j, label=rng.choice(["BANK", "ORG"])))
                i = j
            else:
                i += 1
        doc.set_ents(spans, default=rng.choice(["outside", "missing", "unmodified"]))
        assert [(e.start, e.end, e.label_) for e in entities(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
