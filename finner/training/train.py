"""Training and fine-tuning finner's character NER.

The model is a spaCy pipeline of its own (``tok2vec`` + ``ner`` on single
characters, spaCy's ``zh`` with the ``char`` segmenter) that learns the name
labels (BANK, ORG, PRODUCT, PERSON, TITLE, and any label a user adds).  Amounts
and dates stay with the rules.  ``finner_ner`` (finner/components/ner.py) runs
it inside a host pipeline of any segmenter.

    from finner.training.train import train
    nlp, report = train(train_records, dev_records)                 # from scratch
    nlp, report = train(user_records, dev_records, base="default")  # fine-tune the shipped model

Fine-tuning starts from the shipped weights with ``resume_training`` (never
``initialize``, which would reset a zh pipeline, spaCy issue 13868), adds new
labels, and mixes in rehearsal sentences (a sample of finner's corpus shipped
with the model) so the old labels are not forgotten.
"""
from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

__all__ = ["MODEL_LABELS", "DEFAULT_MODEL", "CONFIG", "blank_model", "load_model", "make_examples", "train",
           "score_names"]

MODEL_LABELS = ("BANK", "ORG", "PRODUCT", "PERSON", "TITLE")
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner"
REHEARSAL = DEFAULT_MODEL.parent / "rehearsal.jsonl"

CONFIG = """
[nlp]
lang = "zh"
pipeline = ["tok2vec","ner"]
batch_size = 256

[nlp.tokenizer]
@tokenizers = "spacy.zh.ChineseTokenizer"
segmenter = "char"

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = ${components.tok2vec.model.encode.width}
attrs = ["NORM","SHAPE"]
rows = [8000,200]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 128
depth = 4
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100
incorrect_spans_key = null
scorer = {"@scorers":"spacy.ner_scorer.v1"}

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${components.tok2vec.model.encode.width}
upstream = "*"
"""


def blank_model():
    """An untrained char NER pipeline built from :data:`CONFIG`."""
    import spacy
    from thinc.api import Config
    return spacy.util.load_model_from_config(Config().from_str(CONFIG), auto_fill=True, validate=True)


def load_model(base: Union[str, Path, None] = "default"):
    """The shipped model (``"default"``) or a model directory."""
    import spacy
    path = DEFAULT_MODEL if base in (None, "default") else Path(base)
    if (path / "ner_model").is_dir():            # a finner pipeline written by finner train
        path = path / "ner_model"
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"no finner NER model at {path}")
    return spacy.load(path)


def make_examples(nlp, records: Iterable[Dict[str, Any]], labels: Sequence[str]) -> List[Any]:
    """spaCy Examples: the char-tokenised text with the spans of ``labels``
    as entities (other characters are outside any entity)."""
    from spacy.training import Example
    out = []
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        ents = []
        for s in sorted(rec.get("spans", []), key=lambda s: s["start"]):
            if s["label"] not in labels:
                continue
            span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="expand")
            if span is not None and (not ents or span.start >= ents[-1].end):
                ents.append(span)
        ref = doc.copy()
        ref.set_ents(ents, default="outside")
        out.append(Example(doc, ref))
    return out


def score_names(nlp, records: Sequence[Dict[str, Any]], labels: Sequence[str]) -> Dict[str, Dict[str, float]]:
    """Exact-match precision/recall/F per label of the model alone on ``records``."""
    gold = {(i, s["start"], s["end"], s["label"]) for i, r in enumerate(records) for s in r.get("spans", [])
            if s["label"] in labels}
    pred = set()
    for i, doc in enumerate(nlp.pipe([r["text"] for r in records], batch_size=256)):
        pred.update((i, e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels)
    return _prf(gold, pred, labels)


def _prf(gold, pred, labels) -> Dict[str, Dict[str, float]]:
    out = {}
    for label in list(labels) + ["ALL"]:
        g = {x for x in gold if label == "ALL" or x[-1] == label}
        p = {x for x in pred if label == "ALL" or x[-1] == label}
        tp = len(g & p)
        prec = tp / len(p) if p else 0.0
        rec = tp / len(g) if g else 0.0
        out[label] = {"p": prec, "r": rec, "f": 2 * prec * rec / (prec + rec) if tp else 0.0, "n": len(g)}
    return out


def _rehearsal() -> List[Dict[str, Any]]:
    if not REHEARSAL.exists():
        return []
    return [json.loads(line) for line in REHEARSAL.read_text(encoding="utf-8").splitlines() if line.strip()]


def train(train_records: Sequence[Dict[str, Any]], dev_records: Sequence[Dict[str, Any]] = (), *,
          labels: Optional[Sequence[str]] = None, base: Union[str, Path, None] = None,
          epochs: int = 30, patience: int = 6, seed: int = 0, max_seconds: Optional[float] = None,
          rehearse: Optional[bool] = None, dropout: float = 0.2,
          log: Optional[Callable[[str], None]] = print) -> Tuple[Any, Dict[str, Any]]:
    """Train (``base=None``) or fine-tune (``base="default"`` or a model path).

    ``labels``: the labels to learn; by default finner's name labels plus
    every other label found in ``train_records`` that is not an amount or a
    date.  Keeps the weights of the epoch with the best dev F (all labels,
    micro), stops after ``patience`` epochs without a gain or after
    ``max_seconds``.  Returns the model and a report (per-epoch scores,
    seconds, best epoch)."""
    import spacy
    from spacy.util import minibatch, fix_random_seed
    fix_random_seed(seed)
    rng = random.Random(seed)
    found = {s["label"] for r in train_records for s in r.get("spans", [])}
    rules = {"MONEY", "PERCENT", "QUANTITY", "DATE"}
    if labels is None:
        labels = list(MODEL_LABELS) + sorted(found - set(MODEL_LABELS) - rules)
    labels = list(labels)
    t0 = time.perf_counter()
    train_set = list(train_records)
    if base is None:
        nlp = blank_model()
        ner = nlp.get_pipe("ner")
        for label in labels:
            ner.add_label(label)
        examples = make_examples(nlp, train_set, labels)
        optimizer = nlp.initialize(lambda: examples)
    else:
        nlp = load_model(base)
        ner = nlp.get_pipe("ner")
        new = [lab for lab in labels if lab not in ner.labels]
        for label in new:
            ner.add_label(label)
        labels = sorted(set(labels) | set(ner.labels))
        if rehearse is None or rehearse:
            extra = _rehearsal()
            # the old labels on sentences the user did not annotate for them
            train_set = train_set + extra
        examples = make_examples(nlp, train_set, labels)
        optimizer = nlp.resume_training()
        optimizer.learn_rate = 0.0005
    dev = list(dev_records)
    history: List[Dict[str, Any]] = []
    best_f, best_bytes, best_epoch, since = -1.0, None, 0, 0
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: Dict[str, float] = {}
        for batch in minibatch(examples, size=_batch_sizes()):
            nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
        scores = score_names(nlp, dev, labels) if dev else {"ALL": {"f": 0.0}}
        f = scores["ALL"]["f"]
        history.append({"epoch": epoch, "loss": round(losses.get("ner", 0.0), 2), "dev_f": round(f, 4),
                        "seconds": round(time.perf_counter() - t0, 1)})
        if log:
            log(f"epoch {epoch:2d}  loss {losses.get('ner', 0.0):9.2f}  dev F {f:.3f}  {time.perf_counter() - t0:6.1f} s")
        if f > best_f or not dev:
            best_f, best_bytes, best_epoch, since = f, nlp.to_bytes(), epoch, 0
        else:
            since += 1
        if since >= patience or (max_seconds is not None and time.perf_counter() - t0 > max_seconds):
            break
    if best_bytes is not None:
        nlp.from_bytes(best_bytes)
    report = {"labels": labels, "best_epoch": best_epoch, "best_dev_f": round(best_f, 4), "history": history,
              "seconds": round(time.perf_counter() - t0, 1), "train_sentences": len(train_set)}
    return nlp, report


def _batch_sizes():
    from spacy.util import compounding
    return compounding(8.0, 32.0, 1.001)
