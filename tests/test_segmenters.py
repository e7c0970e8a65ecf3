"""finner's components under the char, jieba and pkuseg segmenters, added to a
plain ``spacy.blank("zh")`` without ``import finner`` (entry points), and
``finner.load(segmenter=...)``.  Components match on doc.text, so the entities
(character offsets, labels, values) are the same whatever the segmenter."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import finner

TEXTS = [
    "截至2025年3月末，中国银行深圳市分行普惠金融贷款余额超1800亿元，同比增长12.3%。",
    "邮储银行研究员娄远帆表示，工行上海市分行向3至5家企业发放贷款人民币1,350万元。",
    "微众银行副行长黄黎明介绍，微粒贷服务超过5000万客户，不良率约1.2%。",
]
PKUSEG_MODEL = Path(os.environ.get("FINNER_PKUSEG_MODEL", Path.home() / ".cache" / "finner" / "pkuseg" / "default"))

SCRIPT = """
import json, sys, spacy
segmenter, model = sys.argv[1], sys.argv[2]
nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})
if segmenter == "pkuseg":
    nlp.tokenizer.initialize(pkuseg_model=model)
for name in ("finner_gazetteer", "finner_officials", "finner_quantities", "finner_dates"):
    nlp.add_pipe(name)
out = []
for text in json.loads(sys.stdin.read()):
    doc = nlp(text)
    out.append([[e.start_char, e.end_char, e.label_, e._.quantity.to_dict() if e._.quantity else None,
                 e._.canonical, e._.title, e._.org] for e in doc.ents])
print(json.dumps(out, ensure_ascii=False))
"""


def run_blank(segmenter):
    code = "import sys; assert 'finner' not in sys.modules\n" + SCRIPT
    res = subprocess.run([sys.executable, "-c", code, segmenter, str(PKUSEG_MODEL)], input=json.dumps(TEXTS),
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-2000:]
    return json.loads(res.stdout.strip().splitlines()[-1])


def reference():
    nlp = finner.load()
    return [[[e.start_char, e.end_char, e.label_, e._.quantity.to_dict() if e._.quantity else None,
              e._.canonical, e._.title, e._.org] for e in nlp(t).ents] for t in TEXTS]


def test_char():
    assert run_blank("char") == reference()


def test_jieba():
    pytest.importorskip("jieba", reason="jieba is in the test extras: pip install -e .[test]")
    got = run_blank("jieba")
    assert got == reference()


def _pkuseg_model():
    if not (PKUSEG_MODEL / "features.pkl").exists():
        reason = (f"no pkuseg model at {PKUSEG_MODEL}: run `python scripts/fetch_pkuseg_model.py` "
                  f"(it downloads the pkuseg==0.0.25 sdist from PyPI) or set FINNER_PKUSEG_MODEL")
        print(reason)
        pytest.skip(reason)
    return PKUSEG_MODEL


def test_pkuseg():
    _pkuseg_model()
    assert run_blank("pkuseg") == reference()


def test_load_with_segmenters():
    assert finner.load(segmenter="jieba").tokenizer.segmenter == "jieba"
    with pytest.raises(ValueError, match="pkuseg_model"):
        finner.load(segmenter="pkuseg")
    with pytest.raises(ValueError, match="segmenter must be"):
        finner.load(segmenter="thulac")


def test_load_with_pkuseg_model():
    model = _pkuseg_model()
    nlp = finner.load(segmenter="pkuseg", pkuseg_model=model)
    assert nlp.tokenizer.segmenter == "pkuseg"
    got = [[[e.start_char, e.end_char, e.label_, e._.quantity.to_dict() if e._.quantity else None,
             e._.canonical, e._.title, e._.org] for e in nlp(t).ents] for t in TEXTS]
    assert got == reference()
