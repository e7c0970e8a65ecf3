"""The corpus (valid, built from its raw markup, splits apart), `finner convert` (EDGE_CASES row
30), and `finner train` / `finner evaluate` end to end on a small sample."""
import json
from pathlib import Path

import pytest

import finner
from finner.cli import main
from finner.training.corpus import parse_markup, validate_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def _records(name):
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line]


def test_corpus_is_valid_and_large_enough():
    n, problems = validate_path(CORPUS)               # train, dev and test together: no text twice
    assert problems == [] and n >= 2000
    sizes = {name: len(_records(f"{name}.jsonl")) for name in ("train", "dev", "test")}
    assert sizes["train"] > 4 * sizes["test"] and sizes["dev"] > 250 and sizes["test"] > 250


def test_corpus_is_what_the_raw_markup_says():
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_corpus", ROOT / "scripts" / "build_corpus.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    built = {}
    for f in sorted((CORPUS / "raw").glob("*.txt")):
        for where, rec, err in build.read_raw(f):
            assert err is None, f"{where}: {err}"
            built[rec["text"]] = (build.split_of(rec["text"]), rec)
    for split in ("train", "dev", "test"):
        for rec in _records(f"{split}.jsonl"):
            assert built[rec["text"]] == (split, rec)
    assert len(built) == sum(len(_records(f"{s}.jsonl")) for s in ("train", "dev", "test"))


def test_every_person_is_written_with_a_name_and_every_span_slices():
    for split in ("train", "dev", "test"):
        for rec in _records(f"{split}.jsonl"):
            for s in rec["spans"]:
                assert rec["text"][s["start"]:s["end"]] == s["text"]


# ---------------------------------------------------------------- convert (EDGE row 30)

def _write(p, lines):
    p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")


def test_convert_refuses_misaligned_spans_with_a_report(tmp_path, capsys):
    src = tmp_path / "doccano.jsonl"
    _write(src, [{"text": "工行贷款超1800亿元", "label": [[0, 2, "BANK"], [1, 3, "ORG"], [4, 40, "MONEY"]]}])
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(src), str(out)]) == 1
    err = capsys.readouterr().err
    assert "doccano.jsonl:1" in err and "overlap" in err and "nothing written" in err
    assert not out.exists()
    assert main(["convert", str(src), str(out), "--allow-drop"]) == 0
    (rec,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(s["start"], s["end"], s["label"]) for s in rec["spans"]] == [(0, 2, "BANK")]


def test_convert_label_studio_utf16_is_reported(tmp_path, capsys):
    text = "😀工行贷款"
    task = [{"id": 1, "data": {"text": text}, "annotations": [{"result": [
        {"value": {"start": 2, "end": 4, "text": "工行", "labels": ["BANK"]}, "from_name": "label",
         "to_name": "text", "type": "labels"}]}]}]
    src = tmp_path / "ls.json"
    src.write_text(json.dumps(task, ensure_ascii=False), encoding="utf-8")
    assert main(["convert", str(src), str(tmp_path / "o.jsonl")]) == 1
    assert "UTF-16" in capsys.readouterr().err
    assert main(["convert", str(src), str(tmp_path / "o.jsonl"), "--allow-drop"]) == 0
    rec = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert rec["spans"][0]["start"] == 1 and rec["spans"][0]["end"] == 3


def test_convert_clean_file_and_report(tmp_path, capsys):
    src = tmp_path / "c.jsonl"
    _write(src, [parse_markup("[工行](BANK)贷款[超1800亿元](MONEY)")])
    assert main(["convert", str(src), str(tmp_path / "o.bio"), "--to", "bio", "--report"]) == 0
    assert "1 records, 2 spans (BANK 1, MONEY 1), 0 problems" in capsys.readouterr().err


def test_convert_missing_file(tmp_path, capsys):
    assert main(["convert", str(tmp_path / "nope.jsonl"), str(tmp_path / "o.jsonl")]) == 1
    assert "nope.jsonl" in capsys.readouterr().err


# ---------------------------------------------------------------- train / evaluate

@pytest.fixture(scope="module")
def small_pipeline(tmp_path_factory):
    d = tmp_path_factory.mktemp("train")
    data = d / "data.jsonl"
    _write(data, _records("train.jsonl")[:40])
    out = d / "pipeline"
    assert main(["train", str(data), "--output", str(out), "--epochs", "2", "--seed", "1"]) == 0
    return out


def test_trained_pipeline_loads_with_the_rules(small_pipeline):
    nlp = finner.load(small_pipeline)
    assert nlp.pipe_names == finner.load().pipe_names
    doc = nlp("工行贷款超1800亿元。")
    assert doc.ents[-1]._.quantity.unit == "CNY"
    report = json.loads((small_pipeline / "training.json").read_text(encoding="utf-8"))
    assert report["best_epoch"] in (1, 2) and set(report["labels"]) == {"BANK", "ORG", "PRODUCT", "PERSON", "TITLE"}


def test_evaluate_prints_per_label_scores(small_pipeline, tmp_path, capsys):
    data = tmp_path / "dev.jsonl"
    _write(data, _records("dev.jsonl")[:30])
    assert main(["evaluate", str(small_pipeline), str(data)]) == 0
    out = capsys.readouterr().out
    assert "30 sentences" in out and "BANK" in out and "micro" in out


def test_train_without_data_fails(tmp_path, capsys):
    assert main(["train", str(tmp_path / "none.jsonl"), "--output", str(tmp_path / "o")]) == 1
    assert "none.jsonl" in capsys.readouterr().err


def test_rehearsal_spans_a_new_label_refines_are_left_unannotated():
    from finner.training.train import blank_model, make_examples
    nlp = blank_model()
    rec = {"text": "安泽人寿与工行合作", "spans": [{"start": 0, "end": 4, "label": "ORG"}, {"start": 5, "end": 7, "label": "BANK"}]}
    (ex,) = make_examples(nlp, [rec], ["BANK", "ORG"], unknown=lambda s: s["label"] == "ORG" and s["text"].endswith("人寿"))
    iob = [t.ent_iob_ for t in ex.reference]
    assert iob[:4] == ["", "", "", ""] and iob[5:7] == ["B", "I"] and iob[4] == "O"
    (plain,) = make_examples(nlp, [rec], ["BANK", "ORG"])
    assert [t.ent_iob_ for t in plain.reference][:4] == ["B", "I", "I", "I"]
