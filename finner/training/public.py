"""Public annotated data for training finner's NER: CLUENER2020 and ResumeNER.

The files themselves are never copied into finner; the training script reads
them from paths given on its command line (``../shared/ner-data`` in this
project's checkout).  This module maps their labels onto finner's and splits
them into train and dev by a fixed rule.

Label mapping (see ``docs/training.md``):

* ``name`` / ``NAME`` -> PERSON; ``position`` / ``TITLE`` -> TITLE;
* ``company``, ``government``, ``organization`` / ``ORG`` -> ORG, or BANK when
  the organisation is a bank (:func:`bank_or_org`): a name with 银行 or a
  bank's short name, a bank with its branches (工行花都支行狮岭支行), and a
  short name that is also a word (光大, 广发, 兴业) where CLUENER marks it a
  ``company``.  CLUENER's
  ``organization`` also holds sports clubs and bands (那不勒斯, 锡耶纳): they
  are named organisations and stay ORG, as DESIGN's "any named organisation";
* an organisation span whose text is a generic noun of ``finner/data/generic_names.tsv``
  (商业银行, 农商行) is left out: finner's convention is that a kind of
  institution is not a name;
* every other label (address, LOC, game, book, EDU, CONT, ...) is left out of
  the targets: those characters are taught as outside any name, so that
  中国国籍 or a book title is not taken for a bank or an organisation.

Dev split: a sentence is dev when the MD5 of its text, read as a number, is
divisible by 10 (:func:`is_dev`); the same text always lands on the same side,
and duplicates never straddle the split.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

__all__ = ["SOURCES", "LABEL_MAP", "bank_or_org", "is_dev", "read_source", "map_records", "load_public"]

# the citation of each public source, written into the model's meta.json and card
SOURCES = {
    "cluener": {
        "name": "CLUENER2020 (train split)",
        "citation": "Liang Xu, Yu Tong, Qianqian Dong, Yixuan Liao, Cong Yu, Yin Tian, Weitang Liu, Lu Li, "
                    "Caiquan Liu, Xuanwei Zhang. CLUENER2020: Fine-grained Named Entity Recognition Dataset "
                    "and Benchmark for Chinese. arXiv:2001.04351, 2020.",
        "url": "https://github.com/CLUEbenchmark/CLUENER2020",
        "terms": "published for research; cite the paper",
    },
    "resume": {
        "name": "ResumeNER (train and dev splits)",
        "citation": "Yue Zhang and Jie Yang. Chinese NER Using Lattice LSTM. ACL 2018.",
        "url": "https://github.com/jiesutd/LatticeLSTM",
        "terms": "published for research; cite the paper",
    },
    "corpus": {
        "name": "finner corpus (sentences written for finner, fictional persons)",
        "citation": "finner project, corpus/",
        "url": "",
        "terms": "MIT, as finner",
    },
}

LABEL_MAP = {
    "name": "PERSON", "NAME": "PERSON",
    "position": "TITLE", "TITLE": "TITLE",
    "company": "ORG", "government": "ORG", "organization": "ORG", "ORG": "ORG",
}

_LEGAL_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司|\(中国\)|（中国）)$")
# a bank (its name ends in 行 or 社) and one or more branch tails: 浙商银行杭州分行, 工行花都支行狮岭支行
_BRANCHES = re.compile(r"(.+?[行社])(?:[\u4e00-\u9fff]{1,10}?(?:分行|支行)(?:营业部)?|营业部)+")
_LATIN_ALIAS = re.compile(r"[(（][A-Za-z][A-Za-z .&-]*[)）]$")   # 苏格兰皇家银行（rbs）
_NOT_A_BANK = ("协会", "委员会", "监督", "监管", "研究", "学会", "学院", "大学", "集团公司", "基金会", "工会",
               "保险", "证券", "信托", "基金")


def bank_or_org(surface: str, kind: Optional[str] = None) -> str:
    """BANK when ``surface`` names a bank or a bank branch (招商银行, 工行,
    浙商银行杭州分行, 工行花都支行狮岭支行, 中国工商银行股份有限公司, 央行,
    苏格兰皇家银行（rbs）), else ORG (中国银行业协会, 中国银行保险监督管理委员会,
    华夏基金).  A bank's short name that is also an ordinary word
    (``bank_short_names.tsv``: 光大, 广发, 兴业) is BANK where the annotators
    marked it a company (``kind`` "company", CLUENER's label): every such span
    in CLUENER's train file names the bank, while the one marked an
    organisation (工商, with 公安) is the administration."""
    from finner.gazetteer import find_names
    from finner.lexicon import bank_short_names
    core = _LATIN_ALIAS.sub("", _LEGAL_SUFFIX.sub("", surface)) or surface
    if kind == "company" and core in bank_short_names():
        return "BANK"
    if any(w in core for w in _NOT_A_BANK):
        return "ORG"
    found = find_names(core)
    if len(found) == 1 and found[0].label == "BANK" and found[0].start == 0 and found[0].end == len(core):
        return "BANK"
    branches = _BRANCHES.fullmatch(core)
    stem = branches.group(1) if branches else core
    if branches and any(n.label == "BANK" and n.start == 0 and n.end == len(stem)
                                         for n in find_names(stem)):
        return "BANK"
    if stem.endswith(("银行", "农商行", "信用社", "信用联社", "农信社")) and "银行间" not in core:
        return "BANK"
    return "ORG"


def is_dev(text: str) -> bool:
    """The fixed dev rule: MD5 of the UTF-8 text, as an integer, divisible by 10."""
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % 10 == 0


def map_records(records: Sequence[Dict[str, Any]], source: str) -> List[Dict[str, Any]]:
    """finner records with the public labels mapped (module doc); spans of
    labels finner does not learn are dropped, the sentences kept."""
    from finner.lexicon import generic_names
    generic = generic_names()
    out = []
    for rec in records:
        spans = []
        for s in rec.get("spans", []):
            label = LABEL_MAP.get(s["label"])
            if label is None:
                continue
            surface = rec["text"][s["start"]:s["end"]]
            if label in ("ORG", "BANK") and surface in generic:
                continue                     # 商业银行, 农商行: a kind, never a name (DESIGN section 2)
            if label == "ORG":
                label = bank_or_org(surface, s["label"])
            spans.append({"start": s["start"], "end": s["end"], "label": label})
        out.append({"text": rec["text"], "spans": spans, "meta": {"source": source}})
    return out


def read_source(path: Union[str, Path], source: str) -> List[Dict[str, Any]]:
    """One public file (CLUENER JSON lines, or ResumeNER BMES) as mapped finner records."""
    from finner.training import readers
    fmt = "cluener" if source == "cluener" else "bio"
    return map_records(readers.read(path, fmt).records, source)


def load_public(cluener: Sequence[Union[str, Path]] = (), resume: Sequence[Union[str, Path]] = (),
                corpus_dir: Optional[Union[str, Path]] = None) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """``(train, dev)`` from every file given.  Public files are split by
    :func:`is_dev`; finner's own corpus keeps its split (``train.jsonl`` for
    training, ``dev.jsonl`` for dev; ``test.jsonl`` is never read here)."""
    import json
    train: List[Dict[str, Any]] = []
    dev: List[Dict[str, Any]] = []
    for source, paths in (("cluener", cluener), ("resume", resume)):
        for path in paths:
            for rec in read_source(path, source):
                (dev if is_dev(rec["text"]) else train).append(rec)
    if corpus_dir is not None:
        for name, bucket in (("train.jsonl", train), ("dev.jsonl", dev)):
            for line in (Path(corpus_dir) / name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    meta = {"source": "corpus", "topic": rec.get("meta", {}).get("topic")}
                    bucket.append({"text": rec["text"], "spans": rec["spans"], "meta": meta})
    return train, dev
