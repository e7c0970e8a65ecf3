"""finner.patterns: the user's patterns (SpanRuler format) before they reach a component."""
import pytest

from finner.patterns import PatternSet, check_pattern

XINGHE = {"label": "BANK", "pattern": "星河湾银行", "id": "星河湾商业银行"}
XINGHE_SZ = {"label": "BANK", "pattern": "星河湾银行深圳分行", "id": "星河湾商业银行"}
LOAN = {"label": "PRODUCT", "pattern": "星河贷"}
TOKENS = {"label": "PRODUCT", "pattern": [{"TEXT": "星"}, {"TEXT": "河"}, {"TEXT": "宝"}]}

# (text, patterns, expected (start, end, label, id) matches)
FIND = [
    ("星河湾银行表示", [XINGHE], [(0, 5, "BANK", "星河湾商业银行")]),
    ("星河湾银行深圳分行推出星河贷", [XINGHE, XINGHE_SZ, LOAN],
     [(0, 9, "BANK", "星河湾商业银行"), (11, 14, "PRODUCT", None)]),
    ("星河湾银行、星河湾银行", [XINGHE], [(0, 5, "BANK", "星河湾商业银行"), (6, 11, "BANK", "星河湾商业银行")]),
    ("星河湾", [XINGHE], []),                                    # a part of the phrase is not the phrase
    ("星河宝", [TOKENS], []),                                    # token patterns are the component's (spaCy Matcher)
    ("1+1=2 (星河湾银行)", [XINGHE], [(7, 12, "BANK", "星河湾商业银行")]),
]


@pytest.mark.parametrize("text,patterns,expected", FIND, ids=[f[0] for f in FIND])
def test_find_phrases(text, patterns, expected):
    ps = PatternSet()
    ps.add(patterns)
    assert ps.find_phrases(text) == expected


BAD = [
    ("not a dict", "星河湾银行", "a dict"),
    ("no label", {"pattern": "星河湾银行"}, "'label'"),
    ("empty label", {"label": " ", "pattern": "星河湾银行"}, "'label'"),
    ("empty phrase", {"label": "BANK", "pattern": ""}, "empty phrase"),
    ("empty token list", {"label": "BANK", "pattern": []}, "token pattern"),
    ("number pattern", {"label": "BANK", "pattern": 5}, "'pattern'"),
    ("empty id", {"label": "BANK", "pattern": "星河湾银行", "id": ""}, "'id'"),
    ("unknown key", {"label": "BANK", "pattern": "星河湾银行", "canonical": "x"}, "unknown keys"),
]


@pytest.mark.parametrize("pattern,message", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_pattern_is_refused_with_a_reason(pattern, message):
    with pytest.raises(ValueError, match=message):
        check_pattern(pattern)


def test_nothing_is_added_when_one_pattern_is_wrong():
    ps = PatternSet()
    with pytest.raises(ValueError, match="pattern 1"):
        ps.add([XINGHE, {"label": "BANK"}])
    assert len(ps) == 0 and ps.find_phrases("星河湾银行") == []


def test_patterns_keep_order_and_split_by_kind():
    ps = PatternSet()
    ps.add([XINGHE, TOKENS, LOAN])
    assert ps.patterns == [XINGHE, TOKENS, LOAN]
    assert ps.token_patterns == [TOKENS]
    ps.clear()
    assert ps.patterns == []
