"""Training and fine-tuning finner's character NER.

The model is a spaCy pipeline of its own: one ``tagger`` on single characters
(spaCy's ``zh`` with the ``char`` segmenter) whose tags are BILUO tags for the
name labels (BANK, ORG, PRODUCT, PERSON, TITLE, and any label a user adds;
finner/tagging.py turns them into spans).  A tagger reads every character at
once, several times faster than a transition-based ``ner``.  Amounts and dates
stay with the rules.  ``finner_ner`` (finner/components/ner.py) runs it inside a
host pipeline of any segmenter.

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
from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence, Set, Tuple,
                    Union, cast)

from finner.tagging import biluo, labels_of, predict, tag_names

if TYPE_CHECKING:
    from spacy.tokens import Span

    from finner.components.ner import NerWrapper

__all__ = ["MODEL_LABELS", "DEFAULT_MODEL", "CONFIG", "blank_model", "load_model", "make_examples", "train",
           "score_names", "split_dev", "save_pipeline", "model_labels", "add_labels"]

MODEL_LABELS = ("BANK", "ORG", "PRODUCT", "PERSON", "TITLE")
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner"
REHEARSAL = DEFAULT_MODEL.parent / "rehearsal.jsonl"

CONFIG = """
[nlp]
lang = "zh"
pipeline = ["tagger"]
batch_size = 256

[nlp.tokenizer]
@tokenizers = "spacy.zh.ChineseTokenizer"
segmenter = "char"

[components]

[components.tagger]
factory = "tagger"
neg_prefix = "!"
overwrite = true
label_smoothing = 0.0
scorer = {"@scorers":"spacy.tagger_scorer.v1"}

[components.tagger.model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false

[components.tagger.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.tagger.model.tok2vec.embed]
@architectures = "finner.CharBigramEmbed.v1"
width = ${components.tagger.model.tok2vec.encode.width}
rows = 10000
pair_width = 32
pair_rows = 0

[components.tagger.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
depth = 3
window_size = 1
maxout_pieces = 2
"""


def blank_model(width: int = 64, depth: int = 3, window: int = 2, pieces: int = 2, rows: int = 10000,
                pairs: int = 0):
    """An untrained character tagger built from :data:`CONFIG`: a hash
    embedding of each character (``rows`` rows), ``depth`` maxout convolution
    layers of ``width`` (``pieces`` pieces) that each look ``window``
    characters to either side, and a softmax over the BILUO tags
    (finner/tagging.py).  ``pairs``: also embed the two character pairs of
    each character, in this many rows (32 wide), 0 for the character
    alone (finner/ml.py)."""
    import spacy

    import finner.ml  # noqa: F401  (registers finner.CharBigramEmbed.v1)
    from thinc.api import Config
    cfg = Config().from_str(CONFIG)
    t2v = cfg["components"]["tagger"]["model"]["tok2vec"]
    t2v["encode"]["width"] = width
    t2v["embed"]["width"] = width
    t2v["encode"]["depth"] = depth
    t2v["encode"]["window_size"] = window
    t2v["encode"]["maxout_pieces"] = pieces
    t2v["embed"]["rows"] = rows
    t2v["embed"]["pair_rows"] = pairs
    return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)


def load_model(base: Union[str, Path, None] = "default"):
    """The shipped model (``"default"``) or a model directory."""
    import spacy

    import finner.ml  # noqa: F401  (the model may use finner's own layers)
    path = DEFAULT_MODEL if base is None or base == "default" else Path(base)
    if (path / "finner_ner" / "model").is_dir():     # a whole pipeline written by finner train
        path = path / "finner_ner" / "model"
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"no finner NER model at {path}")
    return spacy.load(path)


def make_examples(nlp, records: Iterable[Dict[str, Any]], labels: Sequence[str],
                  unknown: Callable[[Dict[str, Any]], bool] = lambda s: False) -> List[Any]:
    """spaCy Examples: the char-tokenised text with the spans of ``labels``
    as entities and as BILUO tags (other characters are outside any entity).
    Spans for which ``unknown(span)`` is true are left unannotated (missing),
    so the model is neither taught nor punished there."""
    from spacy.training import Example
    out = []
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        ents: List[Span] = []
        missing: List[Span] = []
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
        tags = biluo(len(ref), [(e.start, e.end, e.label_) for e in ents], [(m.start, m.end) for m in missing])
        for token, tag in zip(ref, tags):
            token.tag_ = tag
        out.append(Example(doc, ref))
    return out


def model_labels(nlp) -> List[str]:
    """The entity labels a model knows (tagger or, for older models, ner)."""
    if "tagger" in nlp.pipe_names:
        return labels_of(nlp.get_pipe("tagger").labels)
    return list(nlp.get_pipe("ner").labels)


def add_labels(nlp, labels: Sequence[str], like: Optional[str] = None) -> List[str]:
    """Teach a model new entity labels: their tags are added and a trained
    tagger's output layer grows, the old weights kept.  The new tags' weights
    start as copies of label ``like``'s (a label the new ones refine: the
    model then only has to learn where they differ), else at zero with a bias
    as low as the least likely old tag's.  Returns the labels that were new."""
    new = [lab for lab in labels if lab not in model_labels(nlp)]
    if not new:
        return []
    tagger = nlp.get_pipe("tagger")
    tags = tag_names(new)[1:]
    out = tagger.model.get_ref("output_layer")
    if not out.has_param("W") or out.get_param("W") is None:     # untrained: spaCy sizes it at initialize
        for t in tags:
            tagger.add_label(t)
        return new
    from thinc.api import Softmax_v2, zero_init
    W, b = out.get_param("W"), out.get_param("b")
    n_old, n_in = W.shape
    grown = Softmax_v2(n_old + len(tags), n_in, init_W=zero_init,
                       normalize_outputs=out.attrs.get("softmax_normalize", False))
    grown.initialize()
    W2 = grown.ops.alloc2f(n_old + len(tags), n_in)
    W2[:n_old] = W
    b2 = grown.ops.alloc1f(n_old + len(tags))
    b2[:n_old] = b
    old_tags = list(tagger.labels)
    b2[n_old:] = min(b[k] for k, t in enumerate(old_tags) if t != "O")   # as unlikely as the least likely
    if like is not None and f"B-{like}" in old_tags:
        for k, tag in enumerate(tags):
            src = old_tags.index(f"{tag[0]}-{like}")
            W2[n_old + k] = W[src]
            b2[n_old + k] = b[src]
    grown.set_param("W", W2)
    grown.set_param("b", b2)
    wrapper = tagger.model.layers[-1]             # with_array(softmax)
    wrapper.layers[0] = grown
    for node in (tagger.model, wrapper):
        if node.has_dim("nO"):
            node.set_dim("nO", n_old + len(tags), force=True)
    tagger.model.set_ref("softmax", grown)
    tagger.model.set_ref("output_layer", grown)
    for t in tags:
        tagger.cfg["labels"].append(t)
        nlp.vocab.strings.add(t)
    return new


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
    for rec, found in zip(records, predict(nlp, texts)):
        for s in rec.get("spans", []):
            if s["label"] not in new:
                continue
            total += 1
            for a, b, label in found:
                if a < s["end"] and s["start"] < b:
                    hits[label] += 1
                    break
    return sorted(label for label, n in hits.items() if total and n >= total / 4 and label not in new)


def score_names(nlp, records: Sequence[Dict[str, Any]], labels: Sequence[str]) -> Dict[str, Dict[str, float]]:
    """Exact-match precision/recall/F per label of the model alone on ``records``."""
    gold = {(i, s["start"], s["end"], s["label"]) for i, r in enumerate(records) for s in r.get("spans", [])
            if s["label"] in labels}
    pred: Set[Tuple[int, int, int, str]] = set()
    for i, found in enumerate(predict(nlp, [r["text"] for r in records])):
        pred.update((i, a, b, lab) for a, b, lab in found if lab in labels)
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
          size: Sequence[int] = (64, 3, 2, 2), learn_rate: Optional[float] = None,
          checkpoint: Optional[Union[str, Path]] = None,
          log: Optional[Callable[[str], None]] = print) -> Tuple[Any, Dict[str, Any]]:
    """Train (``base=None``) or fine-tune (``base="default"`` or a model path).

    ``labels``: the labels to learn; by default finner's name labels plus
    every other label found in ``train_records`` that is not an amount or a
    date.  Keeps the weights of the epoch with the best dev F (micro average
    over all labels; the macro average over the new labels when fine-tuning
    adds some), stops after ``patience`` epochs without a gain or after
    ``max_seconds``; ``checkpoint`` (a folder) gets the best model so far
    after every gain.  ``size``: the arguments of :func:`blank_model` (width,
    depth, window, maxout pieces, character rows, pair rows).  Fine-tuning
    (``freeze``: the encoder frozen, and the old labels' output rows too
    when labels are added) mixes in the rehearsal sentences, leaving
    unannotated the old labels a new label refines (see
    :func:`refined_labels`).  Returns the model and a report (per-epoch
    scores, seconds, best epoch)."""
    from spacy.util import fix_random_seed, minibatch
    fix_random_seed(seed)
    rng = random.Random(seed)
    if labels is None:
        found = {s["label"] for r in train_records for s in r.get("spans", [])}
        labels = list(MODEL_LABELS) + sorted(found - set(MODEL_LABELS) - {"MONEY", "PERCENT", "QUANTITY", "DATE"})
    t0 = time.perf_counter()
    run = (_from_scratch(list(train_records), list(labels), size, learn_rate) if base is None else
           _to_fine_tune(base, list(train_records), list(labels), rehearse, freeze, learn_rate))
    nlp, examples = run.nlp, run.examples
    # with ``freeze``, fine-tuning keeps the character encoder as it is and teaches the output
    # layer only; when it adds labels, only their rows of the output layer learn, so the old
    # labels' scores stay exactly as they were (the new tags compete with them only where
    # the new label's evidence is stronger)
    frozen = _FrozenRows(nlp, run.old_rows) if base is not None and freeze else None
    dev = list(dev_records)
    history: List[Dict[str, Any]] = []
    best_f, best_bytes, best_epoch, since = -1.0, None, 0, 0
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: Dict[str, float] = {}
        for batch in minibatch(examples, size=_batch_sizes() if base is None else 32):
            if frozen is not None:
                frozen.update(batch, run.optimizer, dropout, losses)
            else:
                nlp.update(batch, sgd=run.optimizer, drop=dropout, losses=losses)
        f, by_label = _epoch_f(nlp, dev, run.labels, run.new_labels)
        history.append({"epoch": epoch, "loss": round(float(losses.get("tagger", 0.0)), 2), "dev_f": round(f, 4),
                        "dev_f_by_label": by_label, "seconds": round(time.perf_counter() - t0, 1)})
        if log:
            log(f"epoch {epoch:2d}  loss {losses.get('tagger', 0.0):9.2f}  dev F {f:.3f}  {time.perf_counter() - t0:6.1f} s")
        if f >= best_f or not dev:             # a tie goes to the later epoch
            best_f, best_bytes, best_epoch, since = f, nlp.to_bytes(), epoch, 0
            if checkpoint is not None:               # the best so far, on disk (a long run may be cut short)
                nlp.to_disk(checkpoint)
        else:
            since += 1
        if since >= patience or (max_seconds is not None and time.perf_counter() - t0 > max_seconds):
            break
    if best_bytes is not None:
        nlp.from_bytes(best_bytes)
    report = {"labels": run.labels, "refined": run.parents, "best_epoch": best_epoch, "best_dev_f": round(best_f, 4),
              "history": history, "seconds": round(time.perf_counter() - t0, 1),
              "train_sentences": len(run.train_set)}
    return nlp, report


class _Run(NamedTuple):
    """What a training run starts from: the model, its examples and optimizer,
    the labels it learns (``new_labels``: those fine-tuning adds, refining
    ``parents``), the output rows of the old labels and the sentences used."""
    nlp: Any
    examples: List[Any]
    optimizer: Any
    labels: List[str]
    new_labels: List[str]
    parents: List[str]
    old_rows: int
    train_set: List[Dict[str, Any]]


def _from_scratch(train_set: List[Dict[str, Any]], labels: List[str], size: Sequence[int],
                  learn_rate: Optional[float]) -> _Run:
    from thinc.api import Adam
    nlp = blank_model(*size)
    add_labels(nlp, labels)
    examples = make_examples(nlp, train_set, labels)
    optimizer = nlp.initialize(lambda: examples[:2000], sgd=Adam(learn_rate=learn_rate or 0.001, grad_clip=1.0,
                                                                  L2=1e-6))
    return _Run(nlp, examples, optimizer, labels, [], [], 0, train_set)


def _to_fine_tune(base: Union[str, Path], train_set: List[Dict[str, Any]], labels: List[str],
                  rehearse: Optional[bool], freeze: bool, learn_rate: Optional[float]) -> _Run:
    nlp = load_model(base)
    if "tagger" not in nlp.pipe_names:
        raise ValueError(f"{base}: a model of finner < 0.2 (transition-based ner); fine-tune from the "
                         f"shipped model or train with base=None")
    new_labels = [lab for lab in labels if lab not in model_labels(nlp)]
    parents = refined_labels(nlp, train_set, new_labels) if new_labels else []
    old_rows = len(nlp.get_pipe("tagger").labels) if new_labels else 0
    add_labels(nlp, new_labels, like=parents[0] if parents else None)
    labels = sorted(set(labels) | set(model_labels(nlp)))
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
    optimizer.learn_rate = learn_rate or (0.01 if freeze else 0.0002)
    return _Run(nlp, examples, optimizer, labels, new_labels, parents, old_rows, train_set)


class _FrozenRows:
    """Fine-tuning with the encoder frozen: only the output layer learns, and
    of it, when labels are added, only the new labels' rows (the first
    ``old_rows`` rows are put back after every update)."""

    def __init__(self, nlp: Any, old_rows: int) -> None:
        self.nlp = nlp
        self.layer = nlp.get_pipe("tagger").model.get_ref("output_layer")
        self.old_rows = old_rows
        self.keep = (self.layer.get_param("W")[:old_rows].copy(), self.layer.get_param("b")[:old_rows].copy()) \
            if old_rows else None

    def update(self, batch: Any, optimizer: Any, dropout: float, losses: Dict[str, float]) -> None:
        self.nlp.update(batch, sgd=False, drop=dropout, losses=losses)
        self.layer.finish_update(optimizer)
        _clear_grads(self.nlp)
        if self.keep is not None:
            W, b = self.layer.get_param("W"), self.layer.get_param("b")
            W[:self.old_rows], b[:self.old_rows] = self.keep
            self.layer.set_param("W", W)
            self.layer.set_param("b", b)


def _epoch_f(nlp: Any, dev: List[Dict[str, Any]], labels: List[str],
             new_labels: List[str]) -> Tuple[float, Dict[str, float]]:
    """The dev F an epoch is chosen by, and the F of each label present in
    ``dev``.  Training from scratch: micro F over all labels (a macro average
    lets a small label's swings, BANK on a few dozen spans, decide the epoch);
    fine-tuning that adds labels: the macro average over the new labels."""
    scores = score_names(nlp, dev, labels) if dev else {"ALL": {"f": 0.0}}
    present = [lab for lab in labels if scores.get(lab, {}).get("n")]
    chosen = [lab for lab in present if lab in new_labels]
    if chosen:
        f = sum(scores[lab]["f"] for lab in chosen) / len(chosen)
    else:
        f = scores["ALL"]["f"] if present else 0.0
    return f, {lab: round(scores[lab]["f"], 4) for lab in present}


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
    cast("NerWrapper", nlp.get_pipe("finner_ner")).model = model
    nlp.to_disk(out)
    return out


def _clear_grads(nlp) -> None:
    """Drop the gradients an update left in the frozen layers."""
    for node in nlp.get_pipe("tagger").model.walk():
        for name in node.grad_names:
            node.set_grad(name, node.ops.alloc(node.get_grad(name).shape))


def _batch_sizes():
    from spacy.util import compounding
    return compounding(8.0, 32.0, 1.001)
