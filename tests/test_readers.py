"""Annotation-format readers and writers (finner.training.readers)."""
import json

import pytest

from finner.training.corpus import parse_markup, validate_record
from finner.training.readers import FORMATS, ReadResult, convert, guess_format, read, write

MARKUP = [
    "[浙商银行](BANK)[董事长](TITLE)[陈志远](PERSON)表示，2025年贷款余额将超过[1800亿元](MONEY)。",
    "😀[招商银行](BANK)[行长](TITLE)[王良](PERSON)宣布分红[50亿元](MONEY)😀",
    "[平安银行](BANK) [副行长](TITLE) [郭世邦](PERSON)出席会议。",
    "今日A股三大指数集体收涨。",
    "[中国证监会](ORG)对某公司罚款[300万元](MONEY)，𠀋[微众银行](BANK)😀[行长](TITLE)[李南青](PERSON)出席。",
    "[工商银行](BANK)与[蚂蚁集团](ORG)签约，金额约[20亿元](MONEY)。",
]
RECORDS = [parse_markup(m, meta={"id": i}, fill_quantities=False) for i, m in enumerate(MARKUP, 1)]


def triples(rec):
    return [(s["start"], s["end"], s["label"]) for s in rec["spans"]]


def messages(res):
    return [f"{p.where}: {p.message}" for p in res.problems]


def one(res, *words):
    """The single problem whose message has all the words."""
    hits = [p for p in res.problems if all(w in p.message for w in words)]
    assert len(hits) == 1, (words, messages(res))
    return hits[0]


def put(tmp_path, name, content):
    p = tmp_path / name
    if isinstance(content, (list, tuple)):
        content = "\n".join(json.dumps(x, ensure_ascii=False) for x in content) + "\n"
    p.write_text(content, encoding="utf-8")
    return p


# ---------------------------------------------------------------- round trips

ROUND_TRIPS = [
    ("finner", "out.jsonl", {}),
    ("doccano", "out.jsonl", {}),
    ("doccano", "label-form.jsonl", {"doccano_form": "label"}),
    ("labelstudio", "out.json", {}),
    ("prodigy", "out.jsonl", {}),
    ("cluener", "out.json", {}),
    ("bio", "out.bio", {"scheme": "BIO"}),
    ("bio", "out.bioes", {"scheme": "BIOES"}),
    ("bio", "out.bmes", {"scheme": "BMES"}),
    ("spacy", "out.spacy", {}),
]


@pytest.mark.parametrize("fmt,name,opts", ROUND_TRIPS, ids=[f"{f}-{n}" for f, n, _ in ROUND_TRIPS])
def test_round_trip(tmp_path, fmt, name, opts):
    path = tmp_path / name
    assert write(RECORDS, path, fmt, **opts) == len(RECORDS)
    res = read(path, fmt)
    assert isinstance(res, ReadResult)
    assert res.problems == []
    assert [r["text"] for r in res.records] == [r["text"] for r in RECORDS]
    assert [triples(r) for r in res.records] == [triples(r) for r in RECORDS]
    for i, r in enumerate(res.records):
        assert r["meta"]["source_format"] == fmt
        assert r["meta"]["source"].startswith(str(path) + ":")
        assert validate_record(r) == []
    # the format is guessed from what was written
    assert guess_format(path) == fmt
    assert [triples(r) for r in read(path).records] == [triples(r) for r in RECORDS]


def test_bio_schemes_written(tmp_path):
    rec = parse_markup("[工行](BANK)[行](ORG)及[平安银行](BANK)", fill_quantities=False)
    tags = {}
    for scheme in ("BIO", "BIOES", "BMES"):
        p = tmp_path / f"x.{scheme.lower()}"
        write([rec], p, "bio", scheme=scheme)
        tags[scheme] = [ln.split("\t")[1] for ln in p.read_text(encoding="utf-8").splitlines() if ln]
        res = read(p)
        assert res.records[0]["meta"]["scheme"] == scheme
        assert triples(res.records[0]) == triples(rec)
    assert tags["BIO"] == ["B-BANK", "I-BANK", "B-ORG", "O", "B-BANK", "I-BANK", "I-BANK", "I-BANK"]
    assert tags["BIOES"] == ["B-BANK", "E-BANK", "S-ORG", "O", "B-BANK", "I-BANK", "I-BANK", "E-BANK"]
    assert tags["BMES"] == ["B-BANK", "E-BANK", "S-ORG", "O", "B-BANK", "M-BANK", "M-BANK", "E-BANK"]


def test_spacy_keeps_meta_and_span_fields(tmp_path):
    rec = parse_markup("[陈志远](PERSON|副行长|微众银行)说", meta={"topic": "banks"}, fill_quantities=False)
    write([rec], tmp_path / "a.spacy", "spacy")
    got = read(tmp_path / "a.spacy").records[0]
    assert got["meta"]["topic"] == "banks"
    assert got["spans"][0]["title"] == "副行长" and got["spans"][0]["org"] == "微众银行"


# ---------------------------------------------------------------- doccano

def test_doccano_misaligned(tmp_path):
    p = put(tmp_path, "d.jsonl", [
        {"id": 7, "text": "招商银行 行长王良表示", "label": [[0, 4, "BANK"], [4, 7, "TITLE"], [7, 9, "PERSON"],
                                                  [30, 32, "MONEY"], [5, 5, "ORG"], [1, 2]]},
        {"id": 8, "text": "浙商银行股份有限公司公告",
         "entities": [{"id": 1, "start_offset": 0, "end_offset": 4, "label": "BANK"},
                      {"id": 2, "start_offset": 0, "end_offset": 10, "label": "ORG"}],
         "relations": [{"id": 1, "from_id": 1, "to_id": 2, "type": "part"}]},
    ])
    res = read(p)
    r1, r2 = res.records
    assert triples(r1) == [(0, 4, "BANK"), (5, 7, "TITLE"), (7, 9, "PERSON")]
    trim = one(res, "whitespace at its edge", "trimmed to 5..7")
    assert trim.where == f"{p}:1"
    assert one(res, "30..32", "outside the text").where == f"{p}:1"
    assert one(res, "5..5", "left out").where == f"{p}:1"
    assert one(res, "not [start, end, label]").where == f"{p}:1"
    assert triples(r2) == [(0, 10, "ORG")]
    ov = one(res, "overlaps")
    assert ov.where == f"{p}:2" and "'浙商银行' (BANK)" in ov.message and "'浙商银行股份有限公司' (ORG)" in ov.message
    assert r1["meta"]["id"] == 7 and r2["meta"]["relations"][0]["type"] == "part"
    assert len(res.problems) == 5


def test_doccano_duplicate_span_reported(tmp_path):
    p = put(tmp_path, "d.jsonl", [{"text": "工商银行", "label": [[0, 4, "BANK"], [0, 4, "BANK"]]}])
    res = read(p, "doccano")
    assert triples(res.records[0]) == [(0, 4, "BANK")]
    assert one(res, "duplicate").where == f"{p}:1"


# ---------------------------------------------------------------- Label Studio

def u16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2


def test_labelstudio_utf16_offsets_repaired(tmp_path):
    text = "😀浙商银行发布公告😀，招商银行行长王良出席。"
    a, b = text.index("招商银行"), text.index("招商银行") + 4
    tasks = [{"id": 41, "data": {"content": text, "note": "x"}, "annotations": [
        {"id": 1, "was_cancelled": True, "result": []},
        {"id": 2, "result": [
            {"from_name": "label", "to_name": "content", "type": "labels",
             "value": {"start": u16(text, 1), "end": u16(text, 5), "text": "浙商银行", "labels": ["BANK"]}},
            {"from_name": "label", "to_name": "content", "type": "labels",
             "value": {"start": u16(text, a), "end": u16(text, b), "text": "招商银行", "labels": ["BANK"]}},
            {"from_name": "label", "to_name": "content", "type": "labels",
             "value": {"start": 3, "end": 5, "text": "兴业银行", "labels": ["BANK"]}},
        ]}]}]
    p = put(tmp_path, "ls.json", json.dumps(tasks, ensure_ascii=False))
    assert guess_format(p) == "labelstudio"
    res = read(p)
    rec = res.records[0]
    assert rec["text"] == text
    assert triples(rec) == [(1, 5, "BANK"), (a, b, "BANK")]
    fixes = [q for q in res.problems if "UTF-16" in q.message]
    assert len(fixes) == 2 and all(q.where == f"{p}:task 1" for q in fixes)
    assert f"converted to {a}..{b}" in fixes[1].message
    gone = one(res, "'兴业银行' is not in the text")
    assert gone.where == f"{p}:task 1" and "left out" in gone.message
    assert rec["meta"]["id"] == 41 and rec["meta"]["annotation_id"] == 2
    assert rec["meta"]["data"] == {"note": "x"}


def test_labelstudio_completions_and_empty_tasks(tmp_path):
    tasks = [
        {"id": 1, "data": {"text": "平安银行 公告"}, "completions": [{"result": [
            {"to_name": "text", "type": "labels", "value": {"start": 0, "end": 5, "text": "平安银行 ", "labels": ["BANK"]}},
            {"to_name": "text", "type": "choices", "value": {"choices": ["ok"]}}]}]},
        {"id": 2, "data": {"text": "没有标注"}, "annotations": []},
        {"id": 3, "data": {"text": "取消了"}, "annotations": [{"was_cancelled": True, "result": []}]},
        {"id": 4, "data": {"text": "工行"}, "annotations": [{"result": [
            {"to_name": "text", "type": "labels", "value": {"start": 0, "end": 2, "text": "工行",
                                                             "labels": ["BANK", "ORG"]}}]}]},
    ]
    p = put(tmp_path, "ls.json", json.dumps(tasks, ensure_ascii=False))
    res = read(p, "labelstudio")
    assert [r["meta"]["id"] for r in res.records] == [1, 4]
    assert triples(res.records[0]) == [(0, 4, "BANK")]
    assert one(res, "trimmed to 0..4").where == f"{p}:task 1"
    assert res.records[0]["meta"]["other_results"][0]["type"] == "choices"
    assert one(res, "no annotations").where == f"{p}:task 2"
    assert one(res, "cancelled").where == f"{p}:task 3"
    assert triples(res.records[1]) == [(0, 2, "BANK")]
    assert one(res, "2 labels").where == f"{p}:task 4"
    assert one(res, "overlaps", "(ORG)").where == f"{p}:task 4"


# ---------------------------------------------------------------- Prodigy

def word_tokens(text, words):
    out, pos = [], 0
    for i, w in enumerate(words):
        out.append({"text": w, "start": pos, "end": pos + len(w), "id": i, "ws": False})
        pos += len(w)
    assert pos == len(text)
    return out


def test_prodigy_misaligned(tmp_path):
    text = "招商银行行长王良宣布分红"
    toks = word_tokens(text, ["招商银行", "行长", "王良", "宣布", "分红"])
    p = put(tmp_path, "p.jsonl", [
        {"text": text, "tokens": toks, "_input_hash": 11, "answer": "accept", "spans": [
            {"start": 0, "end": 4, "label": "BANK", "token_start": 0, "token_end": 0},
            {"start": 2, "end": 4, "label": "ORG"},                                        # off the tokens
            {"start": 5, "end": 8, "label": "PERSON", "text": "王良", "token_start": 2, "token_end": 2},
            {"start": 4, "end": 6, "label": "TITLE", "text": "行長", "token_start": 1, "token_end": 1},
        ]},
        {"text": "平安银行", "answer": "reject", "spans": [{"start": 0, "end": 4, "label": "BANK"}]},
        {"text": "工行", "answer": "ignore", "spans": []},
        {"text": "光大银行首席经济学家", "answer": "accept", "spans": [
            {"start": 0, "end": 4, "label": "BANK", "text": "光大银行"},
            {"start": 4, "end": 11, "label": "TITLE", "text": "首席经济学家"}]},
    ])
    assert guess_format(p) == "prodigy"
    res = read(p)
    assert len(res.records) == 2
    r1, r2 = res.records
    assert triples(r1) == [(0, 4, "BANK"), (6, 8, "PERSON")]
    assert one(res, "2..4", "not on token boundaries", "left out").where == f"{p}:1"
    assert "moved to tokens 2..2" in one(res, "5..8", "not on token boundaries").message
    assert one(res, "'行長' is not in the text").where == f"{p}:1"
    assert one(res, "'reject'", "left out").where == f"{p}:2"
    assert one(res, "'ignore'").where == f"{p}:3"
    assert triples(r2) == [(0, 4, "BANK"), (4, 10, "TITLE")]
    assert one(res, "4..11", "outside the text", "moved to 4..10").where == f"{p}:4"
    assert r1["meta"]["_input_hash"] == 11


# ---------------------------------------------------------------- CLUENER

def test_cluener_misaligned(tmp_path):
    p = put(tmp_path, "c.json", [
        {"id": 3, "text": "浙商银行企业信贷部叶老桂博士则从另一个角度",
         "label": {"name": {"叶老桂": [[9, 11]]}, "company": {"浙商银行": [[0, 4]]}}},
        {"text": "招商银行行长王良", "label": {"position": {"行长": [[4, 5]]}, "name": {"李南青": [[6, 8]]},
                                            "company": {"招商银行": [[0, 3], [0, 1]]}}},
        {"id": 9, "text": "仅有文本的测试集行"},
    ])
    assert guess_format(p) == "cluener"
    res = read(p, label_map={"company": "ORG", "name": "PERSON"}, labels=["ORG", "PERSON"])
    r1, r2, r3 = res.records
    assert triples(r1) == [(0, 4, "ORG"), (9, 12, "PERSON")]
    off = one(res, "end 4 looks end-exclusive")
    assert off.where == f"{p}:1" and "read as 0..4" in off.message
    assert triples(r2) == [(0, 4, "ORG"), (4, 6, "position")]
    assert one(res, "'李南青' is not in the text").where == f"{p}:2"
    assert one(res, "'招商银行' differs from the slice '招商'", "moved to 0..4").where == f"{p}:2"
    assert one(res, "duplicate").where == f"{p}:2"
    assert one(res, "unknown label 'position'").where == f"{p}:2"
    assert r3["spans"] == [] and r3["meta"]["id"] == 9
    assert r1["meta"]["id"] == 3
    # written back with inclusive ends
    write([r1], tmp_path / "back.json", "cluener")
    line = json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))
    assert line["label"] == {"ORG": {"浙商银行": [[0, 3]]}, "PERSON": {"叶老桂": [[9, 11]]}}


# ---------------------------------------------------------------- BIO

def test_bio_misaligned(tmp_path):
    lines = [
        "招 B-BANK", "商 I-BANK", "银 I-BANK", "行 I-BANK",          # 1-4
        "行\tO",                                                    # 5
        "长\tI-TITLE",                                              # 6: I without B
        "王\tB-PERSON", "良\tI-ORG",                                # 7-8: label change
        "  O",                                                     # 9: a space, space-separated
        " \tO",                                                    # 10: a space, tab-separated
        "\tO",                                                     # 11: no character
        "AB\tO",                                                   # 12: two characters
        "说\tX-FOO",                                                # 13: not a tag
        "",
        "-DOCSTART- O",
        "工\tB-BANK", "行\tI-BANK",
    ]
    p = put(tmp_path, "x.txt", "\n".join(lines) + "\n")
    assert guess_format(p) == "bio"
    res = read(p)
    r1, r2 = res.records
    assert r1["text"] == "招商银行行长王良   AB说"
    assert triples(r1) == [(0, 4, "BANK"), (5, 6, "TITLE"), (6, 7, "PERSON"), (7, 8, "ORG")]
    assert one(res, "I-TITLE without a preceding B-TITLE").where == f"{p}:6"
    assert one(res, "label changes inside a span", "PERSON then I-ORG").where == f"{p}:8"
    assert one(res, "no character").where == f"{p}:11"
    assert one(res, "'AB' is 2 characters").where == f"{p}:12"
    assert one(res, "'X-FOO' is not a tag").where == f"{p}:13"
    assert len(res.problems) == 5
    assert r1["meta"]["source"] == f"{p}:1" and r1["meta"]["scheme"] == "BIO"
    assert r2["text"] == "工行" and r2["meta"]["source"] == f"{p}:16"


def test_bioes_unclosed_and_stray_end(tmp_path):
    lines = ["平\tB-BANK", "安\tI-BANK", "银\tI-BANK", "行\tO",     # 1-4: never closed
             "招\tS-BANK", "行\tE-BANK",                          # 5-6: E without B
             "王\tB-PERSON"]                                      # 7: open at the end
    p = put(tmp_path, "x.bioes", "\n".join(lines) + "\n")
    res = read(p)
    rec = res.records[0]
    assert rec["meta"]["scheme"] == "BIOES"
    assert triples(rec) == [(0, 3, "BANK"), (4, 5, "BANK"), (5, 6, "BANK"), (6, 7, "PERSON")]
    assert one(res, "'平安银' (BANK) from line 1 is not closed by E-BANK").where == f"{p}:4"
    assert one(res, "E-BANK without a preceding B-BANK").where == f"{p}:6"
    assert one(res, "from line 7", "the sentence ends").where == f"{p}:7"


def test_bmes_detected(tmp_path):
    p = put(tmp_path, "x.conll", "中 B-ORG\n信 M-ORG\n证 M-ORG\n券 E-ORG\n涨 O\n")
    res = read(p)
    assert res.records[0]["meta"]["scheme"] == "BMES" and triples(res.records[0]) == [(0, 4, "ORG")]
    assert res.problems == []


# ---------------------------------------------------------------- spaCy

def test_spacy_misaligned_and_spans_key(tmp_path):
    import spacy
    from spacy.tokens import Doc, DocBin, Span
    nlp = spacy.blank("zh")
    db = DocBin()
    d1 = Doc(nlp.vocab, words=["平安", "银行", " ", "公告"], spaces=[False] * 4)
    d1.ents = [Span(d1, 0, 3, label="BANK")]                      # ends with the space token
    d2 = Doc(nlp.vocab, words=["浙商", "银行", "股份"], spaces=[False] * 3)
    d2.spans["sc"] = [Span(d2, 0, 2, label="BANK"), Span(d2, 0, 3, label="ORG"), Span(d2, 2, 3, label="MISC")]
    db.add(d1)
    db.add(d2)
    p = tmp_path / "x.spacy"
    db.to_disk(p)
    res = read(p, spans_key="sc", labels=["BANK", "ORG"])
    r1, r2 = res.records
    assert triples(r1) == [(0, 4, "BANK")]
    assert one(res, "whitespace at its edge", "trimmed to 0..4").where == f"{p}:doc 1"
    assert triples(r2) == [(0, 6, "ORG")]
    over = [q for q in res.problems if "overlaps" in q.message]
    assert len(over) == 2 and all(q.where == f"{p}:doc 2" for q in over)
    assert one(res, "unknown label 'MISC'").where == f"{p}:doc 2"
    # without spans_key only ents are read
    assert read(p).records[1]["spans"] == []


# ---------------------------------------------------------------- finner

def test_finner_misaligned(tmp_path):
    good = parse_markup("[微众银行](BANK)[副行长](TITLE)", meta={"source": "written for finner"},
                        fill_quantities=False)
    p = put(tmp_path, "c.jsonl", [
        good,
        {"text": "工商银行与蚂蚁集团签约", "spans": [
            {"start": 0, "end": 4, "label": "BANK", "text": "工行"},
            {"start": 5, "end": 9, "label": "ORG", "text": "蚂蚁集团"},
            {"start": 3, "end": 6, "label": "ORG"},
            {"start": 9, "end": 11, "label": "MONEY", "kind": "money", "value": "abc"}]},
        {"text": "", "spans": [{"start": 0, "end": 1, "label": "BANK"}]},
    ])
    with open(p, "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    res = read(p)
    assert guess_format(p) == "finner"
    r1, r2 = res.records
    assert r1["meta"]["original_source"] == "written for finner" and r1["meta"]["source"] == f"{p}:1"
    assert triples(r2) == [(3, 6, "ORG"), (9, 11, "MONEY")]      # the first of two overlapping is kept
    assert one(res, "'工行'", "not in the text").where == f"{p}:2"
    assert one(res, "'蚂蚁集团' (ORG) at 5..9 overlaps '行与蚂' (ORG) at 3..6").where == f"{p}:2"
    assert one(res, "value must be a decimal").where == f"{p}:2"
    assert one(res, "no text", "1 span").where == f"{p}:3"
    assert one(res, "not valid JSON").where == f"{p}:4"
    # reading the finner output again keeps the first source
    write(res.records, tmp_path / "again.jsonl", "finner")
    again = read(tmp_path / "again.jsonl").records[0]["meta"]
    assert again["original_source"] == "written for finner" and again["source"].endswith("again.jsonl:1")


# ---------------------------------------------------------------- labels

@pytest.mark.parametrize("fmt,name", [("finner", "a.jsonl"), ("doccano", "a.jsonl"), ("labelstudio", "a.json"),
                                      ("prodigy", "a.jsonl"), ("cluener", "a.json"), ("bio", "a.bio"),
                                      ("spacy", "a.spacy")])
def test_unknown_labels_reported_and_kept(tmp_path, fmt, name):
    write(RECORDS, tmp_path / name, fmt)
    res = read(tmp_path / name, labels=["BANK", "PERSON"])
    assert [triples(r) for r in res.records] == [triples(r) for r in RECORDS]
    unknown = [s for r in RECORDS for s in r["spans"] if s["label"] not in ("BANK", "PERSON")]
    assert len(res.problems) == len(unknown) > 0
    assert all("unknown label" in q.message and "(kept)" in q.message for q in res.problems)
    assert {q.span["label"] for q in res.problems} == {"TITLE", "MONEY", "ORG"}


# ---------------------------------------------------------------- guessing and errors

def test_guess_doccano_forms(tmp_path):
    assert guess_format(put(tmp_path, "a.jsonl", [{"text": "工行", "label": [[0, 2, "BANK"]]}])) == "doccano"
    assert guess_format(put(tmp_path, "b.jsonl", [{"text": "工行", "labels": []}])) == "doccano"
    assert guess_format(put(tmp_path, "c.jsonl", [{"text": "工行", "entities": [], "relations": []}])) == "doccano"
    assert guess_format(put(tmp_path, "d.jsonl", [{"text": "工行", "spans": []}])) == "finner"
    assert guess_format(put(tmp_path, "e.jsonl", [{"text": "工行", "spans": [
        {"start": 0, "end": 2, "label": "BANK", "token_start": 0, "token_end": 1}]}])) == "prodigy"
    assert guess_format(put(tmp_path, "f.ndjson", [{"text": "工行", "label": {"company": {"工行": [[0, 1]]}}}])) \
        == "cluener"
    # a single Label Studio task as an object
    assert guess_format(put(tmp_path, "g.json", json.dumps({"data": {"text": "工行"}, "annotations": []}))) \
        == "labelstudio"


def test_guess_failures_name_the_path(tmp_path):
    mixed = put(tmp_path, "mixed.jsonl", [{"text": "工行", "label": [[0, 2, "BANK"]]},
                                          {"text": "工行", "label": {"company": {"工行": [[0, 1]]}}}])
    with pytest.raises(ValueError, match="mixed.jsonl.*doccano \\(line 1\\), cluener \\(line 2\\)"):
        read(mixed)
    bare = put(tmp_path, "bare.jsonl", [{"text": "工行"}])
    with pytest.raises(ValueError, match="bare.jsonl"):
        guess_format(bare)
    prose = put(tmp_path, "prose.txt", "这是一段普通的文字，\n不是每行一个字。\n")
    with pytest.raises(ValueError, match="prose.txt"):
        read(prose)
    broken = put(tmp_path, "broken.json", "{\"text\": \n")
    with pytest.raises(ValueError, match="broken.json"):
        read(broken)
    with pytest.raises(ValueError, match="empty.bin"):
        read(put(tmp_path, "empty.bin", "  \n"))
    with pytest.raises(ValueError, match="unknown format"):
        read(prose, "brat")


def test_missing_file(tmp_path):
    missing = tmp_path / "nope" / "train.jsonl"
    with pytest.raises(FileNotFoundError, match="train.jsonl"):
        read(missing)
    with pytest.raises(FileNotFoundError, match=str(missing).replace("\\", "\\\\")):
        read(missing, "doccano")


def test_formats_constant():
    assert FORMATS == ("finner", "doccano", "labelstudio", "prodigy", "cluener", "bio", "spacy")


# ---------------------------------------------------------------- convert and writer errors

def test_convert(tmp_path):
    src = put(tmp_path, "admin.jsonl", [{"id": 5, "text": "工商银行 公告", "label": [[0, 5, "BANK"]]}])
    res = convert(src, tmp_path / "corpus.jsonl")
    assert len(res.problems) == 1 and "trimmed" in res.problems[0].message
    back = read(tmp_path / "corpus.jsonl")
    assert back.problems == [] and triples(back.records[0]) == [(0, 4, "BANK")]
    assert back.records[0]["meta"]["id"] == 5
    res = convert(tmp_path / "corpus.jsonl", tmp_path / "c.bmes", out_format="bio", scheme="BMES")
    assert "M-BANK" in (tmp_path / "c.bmes").read_text(encoding="utf-8")


def test_writer_refuses_what_the_format_cannot_hold(tmp_path):
    overlapping = {"text": "浙商银行", "spans": [{"start": 0, "end": 4, "label": "BANK"},
                                                {"start": 2, "end": 4, "label": "ORG"}]}
    for fmt, name in (("bio", "x.bio"), ("spacy", "x.spacy")):
        with pytest.raises(ValueError, match="overlap"):
            write([overlapping], tmp_path / name, fmt)
    with pytest.raises(ValueError, match="line break"):
        write([{"text": "工行\n公告", "spans": []}], tmp_path / "y.bio", "bio")
    with pytest.raises(ValueError, match="record 1"):
        write([{"text": "工行", "spans": [{"start": 0, "end": 9, "label": "BANK"}]}], tmp_path / "z.jsonl", "doccano")
    with pytest.raises(ValueError, match="scheme"):
        write([], tmp_path / "w.bio", "bio", scheme="IOB2")
    # overlapping spans are fine where the format can hold them
    write([overlapping], tmp_path / "o.jsonl", "doccano")
    res = read(tmp_path / "o.jsonl")
    assert len(res.records[0]["spans"]) == 1 and "overlaps" in res.problems[0].message
