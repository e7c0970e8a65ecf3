"""BILUO tags for finner's character NER: from spans to tags for training, and
from the tagger's scores back to spans.  Plain Python and numpy, no spaCy.

The model tags each character with ``O`` or ``B-X``, ``I-X``, ``L-X``, ``U-X``
(begin, inside, last, unit) for a label X.  :func:`decode` reads the scores
with a constrained Viterbi search: only sequences of tags that spell whole
spans are allowed (``B-X`` is followed by ``I-X`` or ``L-X``, ``I-X`` likewise,
anything else by ``O``, ``B-*`` or ``U-*``), so a span never ends half open
and never changes label midway.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Sequence, Tuple, cast

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["tag_names", "biluo", "decode", "labels_of", "predict"]


def tag_names(labels: Sequence[str]) -> List[str]:
    """``["O", "B-BANK", "I-BANK", "L-BANK", "U-BANK", ...]`` for ``labels``."""
    out = ["O"]
    for label in labels:
        out += [f"{p}-{label}" for p in "BILU"]
    return out


def labels_of(tags: Sequence[str]) -> List[str]:
    """The labels of a tag list, in order of first appearance."""
    seen: Dict[str, None] = {}
    for t in tags:
        if t != "O":
            seen.setdefault(t[2:], None)
    return list(seen)


def biluo(n: int, spans: Sequence[Tuple[int, int, str]], missing: Sequence[Tuple[int, int]] = ()) -> List[str]:
    """Tags for ``n`` characters with ``spans`` (start, end, label; not
    overlapping).  Characters under ``missing`` get ``""`` (not annotated:
    the model is neither taught nor punished there)."""
    tags = ["O"] * n
    for a, b in missing:
        for i in range(a, b):
            tags[i] = ""
    for a, b, label in spans:
        if b - a == 1:
            tags[a] = f"U-{label}"
            continue
        tags[a] = f"B-{label}"
        for i in range(a + 1, b - 1):
            tags[i] = f"I-{label}"
        tags[b - 1] = f"L-{label}"
    return tags


_CACHE: Dict[Tuple[str, ...], Tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]] = {}


def _constraints(tags: Tuple[str, ...]) -> Tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Additive masks (0 or -inf): transitions, allowed first tags, allowed last tags."""
    hit = _CACHE.get(tags)
    if hit is not None:
        return hit
    k = len(tags)
    trans = numpy.full((k, k), -numpy.inf, dtype="float32")
    first = numpy.full(k, -numpy.inf, dtype="float32")
    last = numpy.full(k, -numpy.inf, dtype="float32")
    for j, t in enumerate(tags):
        if t == "O" or t[0] in "BU":
            first[j] = 0
        if t == "O" or t[0] in "LU":
            last[j] = 0
    for i, a in enumerate(tags):
        for j, b in enumerate(tags):
            if a == "O" or a[0] in "LU":
                ok = b == "O" or b[0] in "BU"
            else:                                   # B-X or I-X: the span goes on
                ok = b != "O" and b[0] in "IL" and b[2:] == a[2:]
            if ok:
                trans[i, j] = 0
    _CACHE[tags] = (trans, first, last)
    return _CACHE[tags]


def decode(scores: numpy.ndarray, tags: Sequence[str]) -> List[Tuple[int, int, str]]:
    """The spans ``(start, end, label)`` of the best allowed tag sequence for
    ``scores`` (characters x tags, probabilities)."""
    return decode_many([scores], tags)[0]


# a character whose O probability is above this is outside every span: no
# allowed sequence through it can score better by putting it inside one
_SURE_O = 0.98


def decode_many(scores: Sequence[numpy.ndarray], tags: Sequence[str]) -> List[List[Tuple[int, int, str]]]:
    """:func:`decode` for several texts at once (one numpy pass over all of
    them; Python work only where a span may be).  The search runs over each
    stretch of characters that are not surely O; where the best tag of each
    character already spells whole spans, those are taken as they are (the
    constrained search would find the same), else the stretch gets the
    Viterbi search."""
    out: List[List[Tuple[int, int, str]]] = [[] for _ in scores]
    if not scores:
        return out
    tags = tuple(tags)
    lengths = numpy.array([len(x) for x in scores])
    if not lengths.sum():
        return out
    probs = numpy.concatenate([x for x in scores if len(x)])
    o = tags.index("O")
    best = probs.argmax(axis=1)
    open_ = best != o
    open_ |= probs[:, o] <= _SURE_O
    if not open_.any():
        return out
    trans, first, last = _constraints(tags)
    ends = numpy.cumsum(lengths)
    starts = ends - lengths
    idx = numpy.flatnonzero(open_)
    # runs of consecutive open characters, cut at text boundaries
    doc_of = numpy.searchsorted(ends, idx, side="right")
    cut = numpy.flatnonzero((numpy.diff(idx) != 1) | (numpy.diff(doc_of) != 0)) + 1
    run_starts = numpy.concatenate(([0], cut)).tolist()
    run_ends = numpy.concatenate((cut, [len(idx)])).tolist()
    idx_l = idx.tolist()
    doc_l = doc_of.tolist()
    best_l = best.tolist()
    base_l = starts.tolist()
    hard: List[Tuple[int, int, int]] = []            # runs whose best tags do not spell whole spans
    for rs, re_ in zip(run_starts, run_ends):
        i, j = idx_l[rs], idx_l[re_ - 1] + 1
        d = doc_l[rs]
        spans = _spell(best_l[i:j], tags)
        if spans is None:
            hard.append((i, j, d))
            continue
        off = i - base_l[d]
        out[d].extend((a + off, b + off, lab) for a, b, lab in spans)
    if hard:
        logp = numpy.log(numpy.maximum(probs, 1e-12))
        for (i, j, d), spans in zip(hard, _viterbi_many([logp[i:j] for i, j, _ in hard], tags, trans, first, last)):
            off = i - base_l[d]
            out[d].extend((a + off, b + off, lab) for a, b, lab in spans)
        for found in out:
            found.sort()
    return out


def _spell(path: Sequence[int], tags: Tuple[str, ...]) -> Optional[List[Tuple[int, int, str]]]:
    """The spans of a tag path, or None if the path does not spell whole spans."""
    spans: List[Tuple[int, int, str]] = []
    start = -1
    label = ""
    for pos, j in enumerate(path):
        t = tags[j]
        if t == "O":
            if start >= 0:
                return None
            continue
        kind = t[0]
        if kind == "U":
            if start >= 0:
                return None
            spans.append((pos, pos + 1, t[2:]))
        elif kind == "B":
            if start >= 0:
                return None
            start, label = pos, t[2:]
        elif start < 0 or t[2:] != label:
            return None
        elif kind == "L":
            spans.append((start, pos + 1, label))
            start = -1
    return spans if start < 0 else None


def _viterbi_many(runs: Sequence[numpy.ndarray], tags: Tuple[str, ...], trans: numpy.ndarray,
                  first: numpy.ndarray, last: numpy.ndarray) -> List[List[Tuple[int, int, str]]]:
    """The best allowed tag path of each run (log probabilities, characters x
    tags), all runs searched together: they are padded to the longest with
    positions where only O is allowed, which changes no run's best path (O
    may follow exactly the tags a run may end on)."""
    r, k = len(runs), len(tags)
    n = max(len(x) for x in runs)
    lp = numpy.full((r, n, k), -numpy.inf, dtype="float32")
    lp[:, :, tags.index("O")] = 0.0
    for q, x in enumerate(runs):
        lp[q, :len(x)] = x
    back = numpy.zeros((n, r, k), dtype="int32")
    with numpy.errstate(invalid="ignore"):
        score = lp[:, 0] + first
        for t in range(1, n):
            cand = score[:, :, None] + trans[None]             # run, from, to
            back[t] = cand.argmax(axis=1)
            score = numpy.take_along_axis(cand, back[t][:, None, :], axis=1)[:, 0] + lp[:, t]
        score = score + last
    cur = score.argmax(axis=1)
    paths = numpy.zeros((r, n), dtype="int32")
    rows = numpy.arange(r)
    for t in range(n - 1, -1, -1):
        paths[:, t] = cur
        cur = back[t, rows, cur]
    out = []
    for q, x in enumerate(runs):
        spans = _spell(paths[q, :len(x)].tolist(), tags)
        out.append(spans if spans is not None else [])
    return out


def softmax(x: numpy.ndarray) -> numpy.ndarray:
    """Row-wise softmax (rows that already sum to 1 stay as they are, up to rounding)."""
    e = numpy.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _lean_forward(nlp: Any, tagger_model: Any) -> Any:
    """finner/inference.py's forward pass for ``tagger_model`` (None for a shape
    it does not know), kept on the pipeline object: looking at the model's shape
    costs about 0.3 ms, a sixth of a short sentence's time.  It is looked at
    again when the output layer was replaced (fine-tuning grows it); the weights
    are read at every call anyway."""
    from finner.inference import compile_tagger
    last = tagger_model.layers[-1] if tagger_model.layers else None
    output = last.layers[0] if last is not None and last.layers else None
    cached = getattr(nlp, "_finner_lean_forward", None)
    if cached is not None and cached[0] is tagger_model and cached[1] is output:
        return cached[2]
    forward = compile_tagger(tagger_model)
    nlp._finner_lean_forward = (tagger_model, output, forward)
    return forward


def predict(model: Any, texts: Sequence[str], batch_size: int = 128) -> Iterator[List[Tuple[int, int, str]]]:
    """The entities ``(start, end, label)``, character offsets, that ``model``
    (finner's character tagger, a spaCy pipeline) finds in each text, in
    order.  A model of the older kind (a spaCy ``ner``) is read from its
    ``doc.ents``."""
    if "tagger" not in model.pipe_names:
        for doc in model.pipe(texts, batch_size=batch_size):
            yield [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        return
    from spacy.attrs import IDX, LENGTH

    from finner.ml import TextNorms, uses_text_norms
    tagger = model.get_pipe("tagger")
    tags = tuple(tagger.labels)
    to_numpy = tagger.model.ops.to_numpy
    # the text reader lives on the model object: built once, gone with the model
    reader: Optional[Tuple[Optional[TextNorms]]] = getattr(model, "_finner_text_norms", None)
    if reader is None:
        reader = (TextNorms(model.vocab) if uses_text_norms(tagger.model) else None,)
        model._finner_text_norms = reader
    read = reader[0]
    for i in range(0, len(texts), batch_size):
        batch = texts[i:i + batch_size]
        # finner's own feature layer reads the characters' ids straight from the text;
        # spaCy's needs Docs
        inputs = [read(t) for t in batch] if read is not None else [model.make_doc(t) for t in batch]
        feats = [x[0] for x in inputs] if read is not None else inputs
        if not any(len(f) for f in feats):
            yield from ([] for _ in batch)
            continue
        # the raw scores (tagger.predict gives only the best tag of each character);
        # spaCy's tagger leaves them unnormalised at inference: one softmax for the batch
        fast = _lean_forward(model, tagger.model) if read is not None else None
        raw = fast(cast(List[numpy.ndarray], feats)) if fast is not None else \
            [to_numpy(x) for x in tagger.model.predict(feats)]
        probs = softmax(numpy.concatenate(raw)) if len(raw) > 1 else softmax(raw[0])
        cuts = numpy.cumsum([len(x) for x in raw])[:-1]
        for text, inp, found in zip(batch, inputs, decode_many(numpy.split(probs, cuts), tags)):
            if not found:
                yield found
            elif read is not None:
                offsets = inp[1]
                yield found if offsets is None else [(offsets[a][0], offsets[b - 1][1], lab) for a, b, lab in found]
            elif len(inp) == len(text):                  # one token per character: offsets as they are
                yield found
            else:
                pos = cast("Doc", inp).to_array([IDX, LENGTH])     # whitespace runs are single tokens
                yield [(int(pos[a, 0]), int(pos[b - 1, 0] + pos[b - 1, 1]), lab) for a, b, lab in found]

