"""Invariants of the name and date finders and of the whole pipeline over
arbitrary text: never raise, offsets slice to the surface, no overlaps."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import finner
from finner.dates import find_dates
from finner.gazetteer import find_names
from finner.officials import find_officials

ALPHABET = st.sampled_from(list(
    "中国工商银行工行招商邮储微众农村商业村镇民营分行支行营业部深圳上海市省证监会央行人行微粒贷余额宝“”「」"
    "副行长研究员首席经济学家记者王李欧阳娄远帆表示认为称指出，。、；：年月日季度上下半末初"
    "0123456789超亿元%％个百分点间业 \u3000\u200b😀𠀀"))
TEXT = st.one_of(st.text(ALPHABET, max_size=50), st.text(max_size=50))


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_names_dates_officials(text):
    try:
        names = find_names(text)
    except ValueError as e:
        assert "surrogate" in str(e)
        return
    last = 0
    for n in names:
        assert text[n.start:n.end] == n.text and n.start >= last and n.start < n.end
        last = n.end
    for d in find_dates(text):
        assert text[d.start:d.end] == d.text
    ents = [(n.label, n.start, n.end, n.text) for n in names]
    for p in find_officials(text, ents):
        assert text[p.start:p.end] == p.name


NLP = finner.load()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(ALPHABET, max_size=60))
def test_pipeline_offsets(text):
    doc = NLP(text)
    assert doc.text == text
    for e in doc.ents:
        assert text[e.start_char:e.end_char] == e.text
    for r in finner.to_records(doc):
        assert text[r["start"]:r["end"]] == r["text"]
