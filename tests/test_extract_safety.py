"""``finner extract`` never loses or destroys data: atomic output, the output
may not be an input, bad lines (error or skip), --keep-empty, --resume after a
failure, a SIGINT and a SIGKILL, progress with a total, long documents in
pieces, --version, ``demo -``.

Most runs use the rules only (--no-ner) to keep the suite short; the pieces of
a long document are also checked with the NER model."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import finner
from finner import batch
from finner.batch import ROW_FIELDS, pieces
from finner.cli import main

ROOT = Path(__file__).resolve().parents[1]
CASES = Path(__file__).parent / "cases" / "pipeline.jsonl"
NEWS = (ROOT / "benchmarks" / "data" / "news.txt").read_text(encoding="utf-8")


def _jsonl(p):
    return [json.loads(l) for l in Path(p).read_text(encoding="utf-8").splitlines()]


def _write_jsonl(p, records):
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def sentences():
    return [json.loads(l)["text"] for l in CASES.read_text(encoding="utf-8").splitlines()[:60]]


@pytest.fixture()
def docs(tmp_path, sentences):
    """60 documents d0..d59, every tenth one without any mention."""
    recs = [{"id": f"d{i}", "text": "今天天气很好。" if i % 10 == 3 else t} for i, t in enumerate(sentences)]
    return _write_jsonl(tmp_path / "docs.jsonl", recs)


def run(*args):
    return main(["extract", *map(str, args), "--no-ner", "--quiet"])


# ------------------------------------------------------------ atomic output

BAD_INPUTS = [
    ("bad JSON in the middle", '{"id": 1, "text": "超1800亿元"}\n{"id": 2, "text": \n{"id": 3, "text": "5%"}\n'),
    ("missing text", '{"id": 1, "text": "超1800亿元"}\n{"id": 2}\n'),
    ("null text", '{"id": 1, "text": null}\n'),
    ("a list", '[1, 2]\n'),
]


@pytest.mark.parametrize("what, content", BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_a_failed_run_leaves_the_existing_output_as_it_was(tmp_path, what, content):
    src = tmp_path / "bad.jsonl"
    src.write_text(content, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    out.write_bytes(b"X\n")
    assert run(src, "-o", out) == 1
    assert out.read_bytes() == b"X\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "o.jsonl"]     # no partial file left


def test_a_missing_input_leaves_the_output_as_it_was(docs, tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_bytes(b"X\n")
    assert run(docs, tmp_path / "nope.jsonl", "-o", out) == 1
    assert out.read_bytes() == b"X\n"


def test_a_good_run_replaces_the_output_and_leaves_no_temporary_file(docs, tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_bytes(b"X\n")
    assert run(docs, "-o", out) == 0
    rows = _jsonl(out)
    assert len(rows) > 60 and all(set(r) == set(ROW_FIELDS) for r in rows)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "o.jsonl"]


def test_a_failure_midway_leaves_the_output_as_it_was(docs, tmp_path, monkeypatch, capsys):
    out = tmp_path / "o.jsonl"
    out.write_bytes(b"X\n")
    _fail_after(monkeypatch, 2, RuntimeError("disk on fire"))
    with pytest.raises(RuntimeError):
        run(docs, "-o", out, "--batch-size", "8")
    assert out.read_bytes() == b"X\n"


# ------------------------------------------------------------ the output is an input

def _links(tmp_path, src):
    (tmp_path / "sym.jsonl").symlink_to(src)
    os.link(src, tmp_path / "hard.jsonl")
    (tmp_path / "sub").mkdir()
    return {"the same path": src, "a symbolic link": tmp_path / "sym.jsonl", "a hard link": tmp_path / "hard.jsonl",
            "a path through ..": tmp_path / "sub" / ".." / src.name}


@pytest.mark.parametrize("how", ["the same path", "a symbolic link", "a hard link", "a path through .."])
@pytest.mark.parametrize("position", [0, 1])
def test_an_output_that_is_an_input_is_refused_before_reading(tmp_path, capsys, how, position):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "超1800亿元"}\n{"broken\n', encoding="utf-8")    # would fail if read
    other = _write_jsonl(tmp_path / "other.jsonl", [{"id": 2, "text": "5%"}])
    before = src.read_bytes()
    out = _links(tmp_path, src)[how]
    inputs = [src, other] if position == 0 else [other, src]
    assert run(*inputs, "-o", out) == 1
    err = capsys.readouterr().err
    assert "also an input" in err and "would destroy the input" in err and "not valid JSON" not in err
    assert src.read_bytes() == before


@pytest.mark.parametrize("suffix", [".partial", ".partial-log"])
def test_an_unfinished_output_that_links_to_an_input_is_refused(tmp_path, capsys, suffix):
    # writing o.jsonl starts by truncating o.jsonl.partial(-log): through a link, that would empty the input
    src = _write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": "超1800亿元"}])
    before = src.read_bytes()
    (tmp_path / ("o.jsonl" + suffix)).symlink_to(src)
    assert run(src, "-o", tmp_path / "o.jsonl") == 1
    assert "also an input" in capsys.readouterr().err
    assert src.read_bytes() == before and not (tmp_path / "o.jsonl").exists()


def test_another_file_in_the_same_folder_is_fine(tmp_path):
    src = _write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": "超1800亿元"}])
    assert run(src, "-o", tmp_path / "in.out.jsonl") == 0
    assert [r["text"] for r in _jsonl(tmp_path / "in.out.jsonl")] == ["超1800亿元"]


# ------------------------------------------------------------ bad lines

BAD_LINES = [
    # content of line 2, what the message says
    ('{"id": 2, "text": ', "not valid JSON"),
    ('["超1800亿元"]', "expected a JSON object, got list"),
    ('"超1800亿元"', "expected a JSON object, got str"),
    ('{"id": 2}', "no field 'text'"),
    ('{"id": 2, "text": null}', "field 'text' is null"),
    ('{"id": 2, "text": 1800}', "field 'text' is a number"),
    ('{"id": 2, "text": ["a"]}', "field 'text' is a list"),
    ('{"id": 2, "text": "\\ud800超1800亿元"}', "field 'text' holds a lone surrogate"),
]


@pytest.mark.parametrize("line, message", BAD_LINES)
def test_error_mode_stops_at_the_first_bad_line_and_writes_nothing(tmp_path, capsys, line, message):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "超1800亿元"}\n' + line + '\n{"id": 3}\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert run(src, "-o", out) == 1
    err = capsys.readouterr().err
    assert f"in.jsonl:2: {message}" in err and "in.jsonl:3" not in err
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_a_line_that_is_not_utf8_is_a_bad_line(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_bytes('{"id": 1, "text": "超1800亿元"}\n'.encode() + b'{"id": 2, "text": "\xff\xfe"}\n'
                    + '{"id": 3, "text": "5%"}\n'.encode())
    assert run(src, "-o", tmp_path / "o.jsonl") == 1
    assert "in.jsonl:2: not UTF-8 text" in capsys.readouterr().err
    assert run(src, "-o", tmp_path / "o.jsonl", "--on-bad-lines", "skip") == 0
    assert [r["doc_id"] for r in _jsonl(tmp_path / "o.jsonl")] == [1, 3]


def test_the_message_names_the_text_field_in_use(tmp_path, capsys):
    src = _write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "body": "超1800亿元"}, {"id": 2, "text": "5%"}])
    assert run(src, "-o", tmp_path / "o.jsonl", "--text-field", "body") == 1
    assert "in.jsonl:2: no field 'body'" in capsys.readouterr().err


def test_csv_row_without_the_text_cell(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text('id,text\n1,超1800亿元\n2\n3,同比增长5%\n', encoding="utf-8")
    assert run(src, "-o", tmp_path / "o.jsonl") == 1
    assert "in.csv:3: no cell for column 'text'" in capsys.readouterr().err
    assert run(src, "-o", tmp_path / "o.jsonl", "--on-bad-lines", "skip") == 0
    assert [r["doc_id"] for r in _jsonl(tmp_path / "o.jsonl")] == ["1", "3"]


def test_skip_mode_reports_every_bad_line_and_keeps_every_good_one(tmp_path, capsys, sentences):
    good = [{"id": f"g{i}", "text": t} for i, t in enumerate(sentences[:8])]
    lines = []
    for i, rec in enumerate(good):
        lines.append(json.dumps(rec, ensure_ascii=False))
        if i in (0, 3, 7):
            lines.append(BAD_LINES[i % len(BAD_LINES)][0])
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    clean = _write_jsonl(tmp_path / "clean.jsonl", good)
    assert run(src, "-o", tmp_path / "o.jsonl", "--on-bad-lines", "skip") == 0
    err = capsys.readouterr().err
    assert [l.split("mixed.jsonl:")[1].split(":")[0] for l in err.splitlines() if "mixed.jsonl:" in l] == \
        ["2", "6", "11"]
    assert err.rstrip().endswith("3 bad lines skipped")
    assert run(clean, "-o", tmp_path / "clean_out.jsonl") == 0
    assert _jsonl(tmp_path / "o.jsonl") == _jsonl(tmp_path / "clean_out.jsonl")


def test_skip_mode_without_bad_lines_says_nothing_about_them(docs, tmp_path, capsys):
    assert run(docs, "-o", tmp_path / "o.jsonl", "--on-bad-lines", "skip") == 0
    assert "skipped" not in capsys.readouterr().err


@pytest.mark.parametrize("value", ["warn", "Skip", ""])
def test_unknown_on_bad_lines_value(docs, tmp_path, capsys, value):
    assert run(docs, "-o", tmp_path / "o.jsonl", "--on-bad-lines", value) == 1
    assert "--on-bad-lines must be error or skip" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()


def test_error_mode_writes_nothing_to_standard_output(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "超1800亿元"}\n{"id": 2}\n', encoding="utf-8")
    assert run(src, "-o", "-", "--format", "csv") == 1
    assert capsys.readouterr().out == ""


# ------------------------------------------------------------ --keep-empty

@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_keep_empty_gives_every_id_a_row(tmp_path, fmt):
    recs = [{"id": "a", "text": "工行贷款超1800亿元。"}, {"id": "b", "text": "今天天气很好。"}, {"id": "c", "text": ""},
            {"id": "d", "text": "同比增长5%。"}]
    src = _write_jsonl(tmp_path / "in.jsonl", recs)
    out, kept = tmp_path / f"o.{fmt}", tmp_path / f"k.{fmt}"
    assert run(src, "-o", out, "-f", fmt) == 0
    assert run(src, "-o", kept, "-f", fmt, "--keep-empty") == 0
    if fmt == "jsonl":
        plain, full = _jsonl(out), _jsonl(kept)
    else:
        import csv
        with open(out, encoding="utf-8", newline="") as a, open(kept, encoding="utf-8", newline="") as b:
            plain, full = list(csv.DictReader(a)), list(csv.DictReader(b))
    assert [r["doc_id"] for r in plain] == ["a", "a", "d"]
    assert [r["doc_id"] for r in full] == ["a", "a", "b", "c", "d"]
    empty = {"" if fmt == "csv" else None}
    for r in full[2:4]:
        assert {v for k, v in r.items() if k != "doc_id"} == empty
    assert [r for r in full if r["doc_id"] in ("a", "d")] == plain          # documents with mentions unchanged


def test_keep_empty_on_a_long_document_without_mentions(tmp_path):
    src = tmp_path / "long.txt"
    src.write_text("今天天气很好。\n" * 3000, encoding="utf-8")              # 24,000 characters, 8 pieces
    assert run(src, "-o", tmp_path / "o.jsonl", "--keep-empty", "--piece-size", "3000") == 0
    assert _jsonl(tmp_path / "o.jsonl") == [dict.fromkeys(ROW_FIELDS) | {"doc_id": "long.txt"}]


# ------------------------------------------------------------ --resume

def _fail_after(monkeypatch, n_batches, exc):
    """Make the n-th batch of the pipeline raise ``exc`` (a run that fails midway)."""
    real = batch._run
    calls = {"n": 0}

    def flaky(nlp, texts):
        calls["n"] += 1
        if calls["n"] > n_batches:
            raise exc
        return real(nlp, texts)
    monkeypatch.setattr(batch, "_run", flaky)
    return calls


@pytest.mark.parametrize("fmt, extra", [("jsonl", []), ("csv", []), ("jsonl", ["--keep-empty"]),
                                        ("csv", ["--keep-empty", "--on-bad-lines", "skip"])])
def test_resume_after_an_interrupt_equals_one_uninterrupted_run(docs, tmp_path, monkeypatch, capsys, fmt, extra):
    whole, out = tmp_path / f"whole.{fmt}", tmp_path / f"out.{fmt}"
    assert run(docs, "-o", whole, "-f", fmt, *extra) == 0
    out.write_bytes(b"earlier results\n")
    _fail_after(monkeypatch, 3, KeyboardInterrupt())
    assert run(docs, "-o", out, "-f", fmt, "--batch-size", "8", *extra) == 130
    err = capsys.readouterr().err
    assert "interrupted after 24 of 60 documents" in err and "--resume" in err
    assert out.read_bytes() == b"earlier results\n"                     # untouched until the run completes
    partial = Path(str(out) + ".partial").read_bytes()
    assert 0 < len(partial) < len(whole.read_bytes()) and whole.read_bytes().startswith(partial)
    monkeypatch.undo()
    assert run(docs, "-o", out, "-f", fmt, "--resume", *extra) == 0
    assert out.read_bytes() == whole.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["docs.jsonl", whole.name, out.name])


def test_resume_cuts_a_half_written_document(docs, tmp_path, monkeypatch):
    # a kill can leave part of a document (even half a line) after the last recorded mark
    whole, out = tmp_path / "whole.jsonl", tmp_path / "out.jsonl"
    assert run(docs, "-o", whole) == 0
    _fail_after(monkeypatch, 2, KeyboardInterrupt())
    assert run(docs, "-o", out, "--batch-size", "8") == 130
    monkeypatch.undo()
    partial = Path(str(out) + ".partial")
    extra = whole.read_bytes()[len(partial.read_bytes()):][:150]
    with open(partial, "ab") as fh:
        fh.write(extra)                                   # rows of the next document, the last one cut off
    with open(str(out) + ".partial-log", "a") as fh:
        fh.write('{"docs": 99, "by')                       # and a mark cut off
    assert run(docs, "-o", out, "--resume") == 0
    assert out.read_bytes() == whole.read_bytes()


def test_resume_with_other_settings_is_refused(docs, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out.jsonl"
    _fail_after(monkeypatch, 2, KeyboardInterrupt())
    assert run(docs, "-o", out, "--batch-size", "8") == 130
    monkeypatch.undo()
    partial = Path(str(out) + ".partial").read_bytes()
    capsys.readouterr()
    assert run(docs, "-o", out, "--resume", "--keep-empty") == 1
    err = capsys.readouterr().err
    assert "cannot resume" in err and "differs: keep_empty" in err
    with open(docs, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "new", "text": "超5亿元"}, ensure_ascii=False) + "\n")
    assert run(docs, "-o", out, "--resume") == 1
    assert "differs: inputs" in capsys.readouterr().err
    assert Path(str(out) + ".partial").read_bytes() == partial and not out.exists()


def test_resume_with_nothing_to_resume_starts_over(docs, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert run(docs, "-o", out, "--resume") == 0
    assert "no unfinished run" in capsys.readouterr().err
    assert run(docs, "-o", tmp_path / "plain.jsonl") == 0
    assert out.read_bytes() == (tmp_path / "plain.jsonl").read_bytes()


def test_resume_to_standard_output_is_refused(docs, capsys):
    assert run(docs, "-o", "-", "--resume") == 1
    assert "--resume needs an output file" in capsys.readouterr().err


def test_a_run_without_resume_starts_over(docs, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out.jsonl"
    _fail_after(monkeypatch, 2, KeyboardInterrupt())
    assert run(docs, "-o", out, "--batch-size", "8") == 130
    monkeypatch.undo()
    assert run(docs, "-o", out) == 0
    assert "starting over" in capsys.readouterr().err
    assert run(docs, "-o", tmp_path / "plain.jsonl") == 0
    assert out.read_bytes() == (tmp_path / "plain.jsonl").read_bytes()


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """6,000 documents: about ten seconds of work for the rules on the shared test machine."""
    sents = [s + "。" for s in NEWS.replace("\n", "").split("。") if s][:6000]
    p = tmp_path_factory.mktemp("many") / "many.jsonl"
    _write_jsonl(p, [{"id": i, "text": s} for i, s in enumerate(sents)])
    return p


def test_a_signal_that_a_finalizer_swallowed_still_stops_the_run():
    # Python drops an exception raised while a weakref callback runs ("Exception ignored in"):
    # the signal handler also records the signal, and the run stops after the document in hand
    import collections
    from finner.cli import _write_results
    record = {"label": "MONEY", "text": "5元"}
    results = iter([(0, {"records": [record], "error": None}, True)] * 3)
    ids, lengths = collections.deque(["a", "b", "c"]), collections.deque([2, 2, 2])
    written = []
    with pytest.raises(KeyboardInterrupt):
        _write_results(results, ids, lengths, written.append, None, None, False, "jsonl", [signal.SIGINT])
    assert len(written) == 1 and json.loads(written[0])["doc_id"] == "a"     # one document, then the stop
    assert list(ids) == ["b", "c"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_a_killed_subprocess_resumes_to_the_same_file(many, tmp_path, sig):
    whole, out = tmp_path / "whole.jsonl", tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "finner", "extract", str(many), "--no-ner", "--batch-size", "16", "--quiet"]
    proc = subprocess.Popen(cmd + ["-o", str(out)], stderr=subprocess.PIPE, text=True)
    log = Path(str(out) + ".partial-log")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:           # wait for a few recorded documents
        marks = log.read_text().splitlines()[1:] if log.exists() else []
        if any(json.loads(m)["docs"] > 0 for m in marks if m.endswith("}")):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == (130 if sig == signal.SIGINT else -signal.SIGKILL), err
    if sig == signal.SIGINT:
        assert "--resume" in err
    assert not out.exists() and Path(str(out) + ".partial").exists()
    r = subprocess.run(cmd + ["-o", str(out), "--resume"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert main(["extract", str(many), "--no-ner", "--quiet", "-o", str(whole)]) == 0
    assert out.read_bytes() == whole.read_bytes()
    ids = [r["doc_id"] for r in _jsonl(out)]
    assert ids == sorted(ids) and len(set(ids)) > 4000                     # every document once, in order


# ------------------------------------------------------------ progress

def test_progress_has_a_total_when_standard_error_is_not_a_terminal(docs, tmp_path, capsys):
    assert main(["extract", str(docs), "--no-ner", "-o", str(tmp_path / "o.jsonl")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("0/60 documents, 0% of the text")
    assert err[-2].startswith("60/60 documents, 100% of the text")
    assert err[-1].startswith("60 documents, ")


@pytest.mark.parametrize("flag", ["--quiet", "-q", "--no-progress"])
def test_quiet_turns_progress_off(docs, tmp_path, capsys, flag):
    assert main(["extract", str(docs), "--no-ner", "-o", str(tmp_path / "o.jsonl"), flag]) == 0
    err = capsys.readouterr().err
    assert "60/60" not in err and "0/60" not in err


def test_progress_after_resume_starts_where_the_run_stopped(docs, tmp_path, monkeypatch, capsys):
    out = tmp_path / "o.jsonl"
    _fail_after(monkeypatch, 3, KeyboardInterrupt())
    assert run(docs, "-o", out, "--batch-size", "8") == 130
    monkeypatch.undo()
    capsys.readouterr()
    assert main(["extract", str(docs), "--no-ner", "-o", str(out), "--resume"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("24/60 documents") and err[-2].startswith("60/60 documents, 100% of the text")
    assert "(24 done before)" in err[-1]


# ------------------------------------------------------------ long documents in pieces

@pytest.mark.parametrize("size", [500, 3000, 20000])
def test_pieces_join_back_and_end_at_line_or_sentence_ends(size):
    text = NEWS[:60000]
    cut = list(pieces(text, size))
    assert "".join(p for _, p in cut) == text
    assert [o for o, _ in cut] == [sum(len(p) for _, p in cut[:k]) for k in range(len(cut))]
    assert all(p[-1] in "\n。！？；!?;" for _, p in cut[:-1])
    assert all(len(p) <= size + 2000 for _, p in cut) and len(cut) >= len(text) // (size + 2000)


@pytest.mark.parametrize("text, size, n", [
    ("超1800亿元。", 100, 1),                 # short: one piece
    ("", 100, 1),
    ("9" * 50000, 3000, 5),                  # no sentence end: cut at the model's own windows, every 12,000
    ("今天。" * 10000, 3000, 15),             # sentence ends everywhere: the model's windows of 1,998
])
def test_pieces_of_unusual_texts(text, size, n):
    cut = list(pieces(text, size))
    assert "".join(p for _, p in cut) == text and len(cut) == n


@pytest.mark.parametrize("ner, chars, size", [(False, 60000, 3000), (True, 9000, 2500)], ids=["rules", "ner"])
def test_a_document_in_pieces_gives_the_rows_of_the_whole(tmp_path, ner, chars, size):
    text = NEWS[:chars]
    src = tmp_path / "long.txt"
    src.write_text(text, encoding="utf-8")
    flags = [] if ner else ["--no-ner"]
    assert main(["extract", str(src), "-q", *flags, "--piece-size", str(size), "-o", str(tmp_path / "cut.jsonl")]) == 0
    assert main(["extract", str(src), "-q", *flags, "--piece-size", str(10 ** 7), "-o",
                 str(tmp_path / "whole.jsonl")]) == 0
    cut, whole = _jsonl(tmp_path / "cut.jsonl"), _jsonl(tmp_path / "whole.jsonl")
    assert len(cut) > chars / 50 and cut == whole
    assert all(text[r["start"]:r["end"]] == r["text"] for r in cut)
    assert max(r["end"] for r in cut) > chars - 500                   # offsets into the whole document


def test_iter_pieces_runs_each_piece_as_its_own_document():
    nlp = finner.load(ner=False)
    seen = []
    real = batch._run

    def spy(pipe, texts):
        seen.append([len(t) for t in texts if isinstance(t, str)])
        return real(pipe, texts)
    text = NEWS[:30000]
    batch._run, saved = spy, batch._run
    try:
        out = batch.extract_many(["超5亿元", text, None], nlp=nlp, piece_size=4000, max_chars=8000)
    finally:
        batch._run = saved
    assert len(out) == 3 and out[2]["error"] and out[0]["records"][0]["value"] == "500000000"
    assert max(len(b) for b in seen) > 1 and max(sum(b) for b in seen) < 8000 + 6000
    assert out[1]["records"] == batch.extract_many([text], nlp=nlp)[0]["records"]


# ------------------------------------------------------------ --version, demo -

@pytest.mark.parametrize("cmd", [["finner"], [sys.executable, "-m", "finner"]], ids=["finner", "python -m finner"])
def test_version(cmd):
    exe = Path(sys.executable).parent / "finner"
    if cmd == ["finner"]:
        if not exe.exists():
            pytest.skip("the finner script is not installed next to this interpreter")
        cmd = [str(exe)]
    r = subprocess.run(cmd + ["--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == f"finner {finner.__version__}"


def test_version_in_process(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"finner {finner.__version__}"


@pytest.mark.parametrize("argv", [["demo", "-"], ["-"]], ids=["finner demo -", "python -m finner -"])
def test_demo_reads_standard_input(argv):
    r = subprocess.run([sys.executable, "-m", "finner", *argv], input="邮储银行贷款超1800亿元。", capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "180000000000" in r.stdout and "邮储银行" in r.stdout and "娄远帆" not in r.stdout
