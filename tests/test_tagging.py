"""finner.tagging (BILUO tags and their constrained decoding), finner.ml's pair
features, and finner.training.public (label mapping, the dev rule)."""
import numpy
import pytest

from finner.ml import _pairs
from finner.tagging import biluo, decode, decode_many, labels_of, tag_names
from finner.training.public import bank_or_org, is_dev, map_records

TAGS = tag_names(["BANK", "PERSON"])


def probs(path, sure=0.9):
    """A score matrix whose best tag per character is ``path`` (tag strings)."""
    out = numpy.full((len(path), len(TAGS)), (1 - sure) / (len(TAGS) - 1), dtype="float32")
    for i, t in enumerate(path):
        out[i, TAGS.index(t)] = sure
    return out


def test_tag_names_and_labels_round_trip():
    assert TAGS == ["O", "B-BANK", "I-BANK", "L-BANK", "U-BANK", "B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON"]
    assert labels_of(TAGS) == ["BANK", "PERSON"]


BILUO = [
    (6, [(0, 4, "BANK")], (), ["B-BANK", "I-BANK", "I-BANK", "L-BANK", "O", "O"]),
    (3, [(1, 2, "PERSON")], (), ["O", "U-PERSON", "O"]),
    (5, [(0, 2, "BANK")], [(3, 5)], ["B-BANK", "L-BANK", "O", "", ""]),
    (2, [], (), ["O", "O"]),
]


@pytest.mark.parametrize("n, spans, missing, tags", BILUO)
def test_biluo(n, spans, missing, tags):
    assert biluo(n, spans, missing) == tags


# best tags per character -> spans the decoder must give
DECODE = [
    ("whole span as tagged", ["B-BANK", "I-BANK", "L-BANK", "O"], [(0, 3, "BANK")]),
    ("unit span", ["O", "U-PERSON", "O"], [(1, 2, "PERSON")]),
    ("all O", ["O", "O", "O"], []),
    ("two spans side by side", ["B-BANK", "L-BANK", "B-PERSON", "L-PERSON"], [(0, 2, "BANK"), (2, 4, "PERSON")]),
]


@pytest.mark.parametrize("name, path, spans", DECODE, ids=[c[0] for c in DECODE])
def test_decode_valid_paths(name, path, spans):
    assert decode(probs(path), TAGS) == spans


# best tags that do not spell whole spans: the search returns whole spans only
BROKEN = [
    ("begins and never ends", ["B-BANK", "I-BANK", "O"]),
    ("label changes midway", ["B-BANK", "I-BANK", "L-PERSON"]),
    ("inside without a begin", ["O", "I-PERSON", "L-PERSON"]),
]


@pytest.mark.parametrize("name, path", BROKEN, ids=[c[0] for c in BROKEN])
def test_decode_broken_paths_give_whole_spans(name, path):
    spans = decode(probs(path, sure=0.5), TAGS)
    for a, b, label in spans:
        assert 0 <= a < b <= len(path) and label in ("BANK", "PERSON")
    ends = [b for _, b, _ in spans]
    starts = [a for a, _, _ in spans]
    assert all(e <= s for e, s in zip(ends, starts[1:]))      # in order, not overlapping


def test_decode_many_keeps_texts_apart():
    a = probs(["B-BANK", "L-BANK"])
    b = probs(["U-PERSON"])
    c = numpy.zeros((0, len(TAGS)), dtype="float32")
    assert decode_many([a, c, b], TAGS) == [[(0, 2, "BANK")], [], [(0, 1, "PERSON")]]


def test_decode_never_joins_across_texts():
    # a span that begins at the end of one text and ends at the start of the next is two texts' business
    a = probs(["O", "B-BANK"], sure=0.6)
    b = probs(["L-BANK", "O"], sure=0.6)
    for found, n in zip(decode_many([a, b], TAGS), (2, 2)):
        assert all(0 <= s < e <= n for s, e, _ in found)


def test_pairs_features_are_order_sensitive_and_stable():
    norms = numpy.array([11, 22, 33], dtype="uint64")
    cols = _pairs(norms)
    assert cols.shape == (3, 3) and cols[:, 0].tolist() == [11, 22, 33]
    assert cols[1, 1] == cols[0, 2]                 # the pair (11, 22) ends at 22 and starts at 11
    assert cols[1, 1] != _pairs(numpy.array([22, 11, 33], dtype="uint64"))[1, 1]
    assert _pairs(norms).tolist() == cols.tolist()


# public data: organisations split into banks and others, generic nouns left out
BANK_OR_ORG = [
    ("招商银行", "BANK"), ("工行", "BANK"), ("央行", "BANK"), ("浙商银行杭州分行", "BANK"),
    ("中国工商银行股份有限公司", "BANK"), ("潇湘银行", "BANK"), ("中国光大银行沈阳分行", "BANK"),
    ("中国银行业协会", "ORG"), ("中国银行保险监督管理委员会", "ORG"), ("华夏基金", "ORG"),
    ("那不勒斯", "ORG"), ("证监会", "ORG"), ("平安保险", "ORG"),
    # a bank and more than one branch tail; a Latin abbreviation in brackets after the name
    ("工行花都支行狮岭支行", "BANK"), ("深圳发展银行深圳分行", "BANK"), ("苏格兰皇家银行（rbs）", "BANK"),
    ("某县信用社城关分社", "ORG"),
    # a unit licensed as a branch of its own is the bank (annotation.md); a department is not
    ("平安银行信用卡中心", "BANK"), ("招商银行金融市场部", "ORG"),
    # short names that are also words: a bank only where the annotators marked a company
    ("光大", "BANK", "company"), ("广发", "BANK", "company"), ("兴业", "BANK", "company"),
    ("光大", "ORG"), ("工商", "ORG", "organization"), ("华夏基金", "ORG", "company"),
    ("平安保险", "ORG", "company"),
]


@pytest.mark.parametrize("case", BANK_OR_ORG, ids=lambda c: "-".join(c))
def test_bank_or_org(case):
    surface, label, *kind = case
    assert bank_or_org(surface, *kind) == label


def test_map_records_labels_and_generic_nouns():
    rec = {"text": "商业银行与招商银行行长李明在北京", "spans": [
        {"start": 0, "end": 4, "label": "company"}, {"start": 5, "end": 9, "label": "company"},
        {"start": 9, "end": 11, "label": "position"}, {"start": 11, "end": 13, "label": "name"},
        {"start": 14, "end": 16, "label": "address"}]}
    (out,) = map_records([rec], "cluener")
    assert [(s["start"], s["end"], s["label"]) for s in out["spans"]] == [
        (5, 9, "BANK"), (9, 11, "TITLE"), (11, 13, "PERSON")]
    assert out["text"] == rec["text"] and out["meta"] == {"source": "cluener"}


def test_dev_rule_is_fixed():
    texts = [f"第{i}句话" for i in range(2000)]
    share = sum(map(is_dev, texts)) / len(texts)
    assert 0.07 < share < 0.13
    # MD5 of the text, divisible by 10: the same sentences every time, on every machine
    assert [i for i in range(60) if is_dev(texts[i])] == [0, 39]


# TextNorms reads a text as spaCy's character segmentation would, without a Doc
SEGMENTATION = ["a b  c\n d 工行", " x", "x  ", "x\u3000y", "中国银行", "", "\n\n", "AbC d", "工行 ICBC\t表示"]


@pytest.mark.parametrize("text", SEGMENTATION)
def test_text_norms_equal_spacy_char_tokens(text):
    import spacy
    from spacy.attrs import NORM

    from finner.ml import TextNorms
    nlp = spacy.blank("zh")
    doc = nlp.make_doc(text)
    norms, offsets = TextNorms(nlp.vocab)(text)
    assert norms.tolist() == doc.to_array([NORM]).reshape(-1).astype("uint64").tolist()
    assert (offsets or [(i, i + 1) for i in range(len(text))]) == [(t.idx, t.idx + len(t)) for t in doc]


def test_char_segmentation_equals_spacys():
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from spacy.util import get_words_and_spaces

    from finner.tokenizer import char_words_and_spaces

    @settings(max_examples=1500, deadline=None)
    @given(st.text(alphabet=st.sampled_from(["a", "中", " ", "\n", "\t", "\u3000", "x", "。"]), max_size=16))
    def check(text):
        assert char_words_and_spaces(text) == get_words_and_spaces(list(text), text)

    check()


def _brute_force(probs):
    """The best allowed path by trying every path (short texts only)."""
    import itertools
    logp = numpy.log(probs)
    best, best_path = -numpy.inf, None
    for path in itertools.product(range(len(TAGS)), repeat=len(probs)):
        tags = [TAGS[j] for j in path]
        ok = all((a == "O" or a[0] in "LU") == (b == "O" or b[0] in "BU") or False
                 for a, b in zip(tags, tags[1:]))
        ok = ok and tags[0][0] in "OBU" and tags[-1][0] in "OLU"
        ok = ok and all(b[2:] == a[2:] for a, b in zip(tags, tags[1:]) if b[0] in "IL")
        if ok:
            score = sum(logp[i, j] for i, j in enumerate(path))
            if score > best:
                best, best_path = score, tags
    spans, start = [], None
    for i, t in enumerate(best_path):
        if t[0] == "U":
            spans.append((i, i + 1, t[2:]))
        elif t[0] == "B":
            start = i
        elif t[0] == "L":
            spans.append((start, i + 1, t[2:]))
    return spans


def test_decode_finds_the_best_allowed_path():
    rng = numpy.random.default_rng(7)
    for _ in range(150):
        n = int(rng.integers(1, 5))
        x = rng.random((n, len(TAGS))) ** 3 + 1e-3
        x[:, 0] *= rng.random() * 2                 # more or less O
        probs = (x / x.sum(axis=1, keepdims=True)).astype("float32")
        assert decode(probs, TAGS) == _brute_force(probs)


def test_decode_does_not_depend_on_where_o_is():
    # spaCy's tagger sorts its labels: O sits between the L- and U- tags, or last
    rng = numpy.random.default_rng(3)
    order = sorted(range(len(TAGS)), key=lambda j: TAGS[j])
    for _ in range(100):
        n = int(rng.integers(1, 8))
        x = rng.random((n, len(TAGS))) ** 3 + 1e-3
        probs = (x / x.sum(axis=1, keepdims=True)).astype("float32")
        assert decode(probs[:, order], [TAGS[j] for j in order]) == decode(probs, TAGS)
