"""The ``finner`` command line: extract (JSONL and CSV agree, processes agree,
errors exit non-zero with a place), demo, validate; EDGE_CASES rows 2-3 and 9.
The safety of extract (atomic output, bad lines, resume, pieces) is in test_extract_safety.py."""
import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from finner.cli import main
from finner.batch import ROW_FIELDS

CASES = Path(__file__).parent / "cases" / "pipeline.jsonl"


@pytest.fixture(scope="module")
def seventy(tmp_path_factory):
    """A JSONL file of 70 documents (sentences of the gold set, ids d0..d69)."""
    texts = [json.loads(l)["text"] for l in CASES.read_text(encoding="utf-8").splitlines()[:70]]
    p = tmp_path_factory.mktemp("cli") / "docs.jsonl"
    p.write_text("".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n"
                         for i, t in enumerate(texts)), encoding="utf-8")
    return p


def _jsonl(p):
    return [json.loads(l) for l in Path(p).read_text(encoding="utf-8").splitlines()]


def _csv(p):
    with open(p, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _key(row):
    # the same mention in either format: CSV writes every cell as text, None as ""
    return tuple("" if row[f] is None else str(row[f]) for f in ROW_FIELDS)


def test_jsonl_and_csv_carry_the_same_mentions(seventy, tmp_path):
    assert main(["extract", str(seventy), "-o", str(tmp_path / "out.jsonl"), "--no-progress"]) == 0
    assert main(["extract", str(seventy), "-o", str(tmp_path / "out.csv"), "--format", "csv", "--no-progress"]) == 0
    j, c = _jsonl(tmp_path / "out.jsonl"), _csv(tmp_path / "out.csv")
    assert len(j) > 200 and [_key(r) for r in j] == [_key(r) for r in c]
    assert {r["doc_id"] for r in j} <= {f"d{i}" for i in range(70)} and len({r["doc_id"] for r in j}) >= 65
    money = next(r for r in j if r["label"] == "MONEY")
    assert set(money) == set(ROW_FIELDS) and isinstance(money["value"], str)


def test_two_processes_give_identical_rows(seventy, tmp_path):
    assert main(["extract", str(seventy), "-o", str(tmp_path / "one.jsonl"), "--no-progress"]) == 0
    assert main(["extract", str(seventy), "-o", str(tmp_path / "two.jsonl"), "--n-process", "2",
                 "--batch-size", "8", "--no-progress"]) == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_missing_input_exits_non_zero_with_message(seventy, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(seventy), str(tmp_path / "nope.jsonl"), "-o", str(out)]) == 1
    assert "nope.jsonl: no such file" in capsys.readouterr().err
    assert not out.exists()          # paths are checked before anything is written


def test_bad_json_line_names_its_line(tmp_path, capsys):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "超1800亿元"}\n\n{"text": 5\n', encoding="utf-8")
    assert main(["extract", str(p), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert "bad.jsonl:3: not valid JSON" in capsys.readouterr().err


def test_a_line_that_is_not_an_object(tmp_path, capsys):
    p = tmp_path / "list.jsonl"
    p.write_text('["超1800亿元"]\n', encoding="utf-8")
    assert main(["extract", str(p), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert "list.jsonl:1: expected a JSON object" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["--format", "xml"], "--format must be jsonl or csv"),
])
def test_bad_options(seventy, tmp_path, capsys, args, message):
    assert main(["extract", str(seventy), "-o", str(tmp_path / "o"), *args]) == 1
    assert message in capsys.readouterr().err


def test_unknown_file_type(tmp_path, capsys):
    p = tmp_path / "doc.pdf"
    p.write_bytes(b"%PDF")
    assert main(["extract", str(p), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert "unknown file type '.pdf'" in capsys.readouterr().err


def test_missing_and_null_texts_are_bad_lines(tmp_path, capsys):
    # EDGE rows 2-3 through the command line: a text that is missing or not a string is a bad line,
    # named with its file, line and field; --on-bad-lines skip leaves it out and says so
    p = tmp_path / "gaps.jsonl"
    p.write_text('{"id": 1, "text": "工行贷款超1800亿元。"}\n{"id": 2, "text": null}\n{"id": 3}\n'
                 '{"id": 4, "text": 1800}\n{"id": 5, "text": ""}\n', encoding="utf-8")
    assert main(["extract", str(p), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert "gaps.jsonl:2: field 'text' is null, not a string" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()
    assert main(["extract", str(p), "-o", str(tmp_path / "o.jsonl"), "--on-bad-lines", "skip", "--keep-empty"]) == 0
    err = capsys.readouterr().err
    assert "gaps.jsonl:2: field 'text' is null" in err and "gaps.jsonl:3: no field 'text'" in err
    assert "gaps.jsonl:4: field 'text' is a number, not a string" in err and "3 bad lines skipped" in err
    rows = _jsonl(tmp_path / "o.jsonl")
    assert [(r["doc_id"], r["text"]) for r in rows] == [(1, "工行"), (1, "超1800亿元"), (5, None)]
    assert all(r["error"] is None for r in rows)


def test_txt_whole_and_by_lines(tmp_path):
    p = tmp_path / "news.txt"
    p.write_text("工行贷款超1800亿元。\n\n邮储银行利率约3.45%。\n", encoding="utf-8")
    assert main(["extract", str(p), "-o", str(tmp_path / "whole.jsonl")]) == 0
    assert {r["doc_id"] for r in _jsonl(tmp_path / "whole.jsonl")} == {"news.txt"}
    assert main(["extract", str(p), "--lines", "-o", str(tmp_path / "lines.jsonl")]) == 0
    rows = _jsonl(tmp_path / "lines.jsonl")
    assert [(r["doc_id"], r["text"]) for r in rows] == [("news.txt:1", "工行"), ("news.txt:1", "超1800亿元"),
                                                        ("news.txt:3", "邮储银行"), ("news.txt:3", "约3.45%")]
    assert rows[3]["start"] == 6          # offsets are within the line


def test_csv_input_with_fields(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('key,body\nk1,"工行贷款超1800亿元，同比增长5%。"\n', encoding="utf-8")
    assert main(["extract", str(p), "--text-field", "body", "--id-field", "key", "-o", str(tmp_path / "o.csv"),
                 "-f", "csv"]) == 0
    rows = _csv(tmp_path / "o.csv")
    assert [(r["doc_id"], r["label"], r["value"]) for r in rows] == [
        ("k1", "BANK", ""), ("k1", "MONEY", "180000000000"), ("k1", "PERCENT", "5")]


def test_csv_input_without_the_text_column(tmp_path, capsys):
    p = tmp_path / "in.csv"
    p.write_text("id,body\n1,x\n", encoding="utf-8")
    assert main(["extract", str(p), "-o", str(tmp_path / "o.csv")]) == 1
    assert "no column 'text'" in capsys.readouterr().err


def test_text_longer_than_max_length(tmp_path):
    # EDGE row 9 through the command line: chunked, offsets in the whole text (rules only, to
    # keep the suite short: the model reads long texts in pieces, see test_ner.py)
    text = "工行贷款余额超1800亿元。" * 72000            # 1,008,000 characters > nlp.max_length
    p = tmp_path / "long.jsonl"
    p.write_text(json.dumps({"id": "long", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["extract", str(p), "--no-ner", "-o", str(tmp_path / "o.jsonl")]) == 0
    rows = _jsonl(tmp_path / "o.jsonl")
    assert len(rows) == 144000 and rows[-1]["error"] is None
    assert text[rows[-1]["start"]:rows[-1]["end"]] == "超1800亿元" and rows[-1]["start"] == len(text) - 8


def test_demo_prints_the_table(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "超1800亿元" in out and "180000000000" in out and "娄远帆" in out and "研究员" in out


def test_installed_command_and_module_agree():
    # python -m finner COMMAND is the same command line
    r = subprocess.run([sys.executable, "-m", "finner", "demo", "超1800亿元"], capture_output=True, text=True)
    assert r.returncode == 0 and "180000000000" in r.stdout and "over" in r.stdout
    r = subprocess.run([sys.executable, "-m", "finner", "extract", "missing.jsonl", "-o", "x"], capture_output=True,
                       text=True)
    assert r.returncode == 1 and "missing.jsonl: no such file" in r.stderr


def test_validate_reports_problems(tmp_path, capsys):
    good = {"text": "工行贷款超1800亿元。", "spans": [{"start": 0, "end": 2, "label": "BANK"}]}
    bad = {"text": "工行贷款。", "spans": [{"start": 0, "end": 3, "label": "BANK", "text": "工行"},
                                        {"start": 1, "end": 2, "label": "FOO"}]}
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps(good, ensure_ascii=False) + "\n" + json.dumps(bad, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    assert main(["validate", str(p)]) == 1
    out = capsys.readouterr().out
    assert "c.jsonl:2: span text '工行' differs" in out and "unknown label 'FOO'" in out and "overlaps" in out
    p.write_text(json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["validate", str(p)]) == 0


def test_evaluate_reports_the_registered_scorer(capsys):
    # finner evaluate scores with finner.scorer.v1, the scorer nlp.evaluate uses; its entity
    # scores are the report's micro totals (exact span and label, all labels)
    cases = Path(__file__).resolve().parent / "cases" / "pipeline.jsonl"
    assert main(["evaluate", "rules", str(cases), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    scorer, micro = out["scorer"], out["micro"]
    assert scorer["ents_p"] == pytest.approx(micro["precision"])
    assert scorer["ents_r"] == pytest.approx(micro["recall"])
    assert scorer["quantity_acc"] is not None and 0.9 <= scorer["quantity_acc"] <= 1.0
    assert {"MONEY", "PERCENT", "QUANTITY", "BANK"} <= set(scorer["ents_per_type"])
