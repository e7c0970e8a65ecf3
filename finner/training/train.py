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
           "score_names", "split_dev", "save_pipeline"]

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


def blank_model(width: int = 128, depth: int = 4, hidden: int = 64):
    """An untrained char NER pipeline built from :data:`CONFIG` (encoder
    ``width`` and ``depth``, parser ``hidden`` width)."""
    import spacy
    from thinc.api import Config
    cfg = Config().from_str(CONFIG)
    cfg["components"]["tok2vec"]["model"]["encode"]["width"] = width
    cfg["components"]["tok2vec"]["model"]["embed"]["width"] = width
    cfg["components"]["ner"]["model"]["tok2vec"]["width"] = width
    cfg["components"]["tok2vec"]["model"]["encode"]["depth"] = depth
    cfg["components"]["ner"]["model"]["hidden_width"] = hidden
    return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)


def load_model(base: Union[str, Path, None] = "default"):
    """The shipped model (``"default"``) or a model directory."""
    import spacy
    path = DEFAULT_MODEL if base in (None, "default") else Path(base)
    if (path / "finner_ner" / "model").is_dir():     # a whole pipeline written by finner train
        path = path / "finner_ner" / "model"
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"no finner NER model at {path}")
    return spacy.load(path)


def make_examples(nlp, records: Iterable[Dict[str, Any]], labels: Sequence[str],
                  unknown: Callable[[Dict[str, Any]], bool] = lambda s: False) -> List[Any]:
    """spaCy Examples: the char-tokenised text with the spans of ``labels``
    as entities (other characters are outside any entity).  Spans for which
    ``unknown(span)`` is true are left unannotated (missing), so the model is
    neither taught nor punished there."""
    from spacy.training import Example
    out = []
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        ents, missing = [], []
        for s in sorted(rec.get("spans", []), key=lambda s: s["start"]):
            hidden = unknown({**s, "text": rec["text"][s["start"]:s["end"]]})
            if s["label"] not in labels and not hidden:
                continue
            span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="expand")
            if span is None or (ents or missing) and span.start < max(x.end for x in ents + missing):
                continue
            (missing if hidden else ents).append(span)
        ref = doc.copy()
        ref.set_ents(ents, missing=missing, default="outside")
        out.append(Example(doc, ref))
    return out


def refined_labels(nlp, records: Sequence[Dict[str, Any]], new: Sequence[str]) -> List[str]:
    """The old labels that the new labels refine: those the base model gives
    to at least a quarter of the new labels' spans (an insurer the base model
    calls ORG makes INSURER a refinement of ORG).  In the rehearsal sentences
    such labels are left unannotated, so they do not teach the old label for
    what the user now calls by the new one."""
    import collections
    hits: collections.Counter = collections.Counter()
    total = 0
    texts = [r["text"] for r in records]
    for rec, doc in zip(records, nlp.pipe(texts)):
        for s in rec.get("spans", []):
            if s["label"] not in new:
                continue
            total += 1
            for e in doc.ents:
                if e.start_char < s["end"] and s["start"] < e.end_char:
                    hits[e.label_] += 1
                    break
    return sorted(label for label, n in hits.items() if total and n >= total / 4 and label not in new)


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
          rehearse: Optional[bool] = None, dropout: float = 0.2, freeze: bool = True,
          size: Tuple[int, int, int] = (128, 4, 64), learn_rate: Optional[float] = None,
          log: Optional[Callable[[str], None]] = print) -> Tuple[Any, Dict[str, Any]]:
    """Train (``base=None``) or fine-tune (``base="default"`` or a model path).

    ``labels``: the labels to learn; by default finner's name labels plus
    every other label found in ``train_records`` that is not an amount or a
    date.  Keeps the weights of the epoch with the best dev F (macro average
    over the labels in the dev data; over the new labels only when
    fine-tuning adds some), stops after ``patience`` epochs without
    a gain or after ``max_seconds``.  Fine-tuning mixes in the rehearsal
    sentences, leaving unannotated the old labels a new label refines (see
    :func:`refined_labels`).  Returns the model and a report (per-epoch scores,
    seconds, best epoch)."""
    from spacy.util import fix_random_seed, minibatch
    fix_random_seed(seed)
    rng = random.Random(seed)
    found = {s["label"] for r in train_records for s in r.get("spans", [])}
    rules = {"MONEY", "PERCENT", "QUANTITY", "DATE"}
    if labels is None:
        labels = list(MODEL_LABELS) + sorted(found - set(MODEL_LABELS) - rules)
    labels = list(labels)
    t0 = time.perf_counter()
    train_set = list(train_records)
    parents: List[str] = []
    new_labels: List[str] = []
    if base is None:
        nlp = blank_model(*size)
        ner = nlp.get_pipe("ner")
        for label in labels:
            ner.add_label(label)
        examples = make_examples(nlp, train_set, labels)
        optimizer = nlp.initialize(lambda: examples)
    else:
        nlp = load_model(base)
        ner = nlp.get_pipe("ner")
        new_labels = [lab for lab in labels if lab not in ner.labels]
        for label in new_labels:
            ner.add_label(label)
        parents = refined_labels(nlp, train_set, new_labels) if new_labels else []
        labels = sorted(set(labels) | set(ner.labels))
        examples = make_examples(nlp, train_set, labels)
        if rehearse is None or rehearse:
            # the old labels on sentences of finner's corpus, so that they are not forgotten
            extra = _rehearsal()
            # the old-label spans that look like the new labels' (same last two characters: 人寿,
            # 保险) are left unannotated: the rehearsal must not teach ORG for what is now INSURER
            ends = {r["text"][s["start"]:s["end"]][-2:] for r in train_set for s in r.get("spans", [])
                    if s["label"] in new_labels}
            examples += make_examples(nlp, extra, labels, unknown=lambda s: s["label"] in parents and (
                s.get("text") or "")[-2:] in ends)
            train_set = train_set + extra
        optimizer = nlp.resume_training()
        optimizer.learn_rate = learn_rate or (0.001 if freeze else 0.0005)
    # fine-tuning keeps the shared character encoder as it is and teaches the ner head only:
    # the old labels, which live in the encoder, are much less disturbed
    frozen = {"exclude": ["tok2vec"], "annotates": ["tok2vec"]} if base is not None and freeze else {}
    dev = list(dev_records)
    history: List[Dict[str, Any]] = []
    best_f, best_bytes, best_epoch, since = -1.0, None, 0, 0
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: Dict[str, float] = {}
        for batch in minibatch(examples, size=_batch_sizes() if base is None else 32):
            nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses, **frozen)
        scores = score_names(nlp, dev, labels) if dev else {"ALL": {"f": 0.0}}
        present = [lab for lab in labels if scores.get(lab, {}).get("n")]
        # macro F over the labels of the dev data: a new label counts as much as the old ones;
        # when fine-tuning adds labels, their F decides (the old ones are kept by the frozen
        # encoder and the rehearsal, and a small dev set is too noisy to weigh both)
        chosen = [lab for lab in present if lab in new_labels] or present
        f = sum(scores[lab]["f"] for lab in chosen) / len(chosen) if chosen else 0.0
        history.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 2), "dev_f": round(f, 4),
                        "dev_f_by_label": {lab: round(scores[lab]["f"], 4) for lab in present},
                        "seconds": round(time.perf_counter() - t0, 1)})
        if log:
            log(f"epoch {epoch:2d}  loss {losses.get('ner', 0.0):9.2f}  dev F {f:.3f}  {time.perf_counter() - t0:6.1f} s")
        if f >= best_f or not dev:             # a tie goes to the later epoch
            best_f, best_bytes, best_epoch, since = f, nlp.to_bytes(), epoch, 0
        else:
            since += 1
        if since >= patience or (max_seconds is not None and time.perf_counter() - t0 > max_seconds):
            break
    if best_bytes is not None:
        nlp.from_bytes(best_bytes)
    report = {"labels": labels, "refined": parents, "best_epoch": best_epoch, "best_dev_f": round(best_f, 4),
              "history": history, "seconds": round(time.perf_counter() - t0, 1), "train_sentences": len(train_set)}
    return nlp, report


def split_dev(records: Sequence[Dict[str, Any]], share: float = 0.15, seed: int = 0):
    """``(train, dev)``: a random ``share`` of ``records`` held out (at least one)."""
    items = list(records)
    random.Random(seed).shuffle(items)
    k = max(1, int(round(len(items) * share))) if len(items) > 1 else 0
    return items[k:], items[:k]


def save_pipeline(model, output: Union[str, Path], *, base_pipeline=None) -> Path:
    """Write finner's full pipeline (rules and ``finner_ner`` with ``model``) to
    ``output``, ready for ``finner.load(output)``."""
    import finner
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    nlp = base_pipeline if base_pipeline is not None else finner.load()
    nlp.get_pipe("finner_ner").model = model
    nlp.to_disk(out)
    return out


def _batch_sizes():
    from spacy.util import compounding
    return compounding(8.0, 32.0, 1.001)
