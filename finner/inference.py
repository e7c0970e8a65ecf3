"""A leaner forward pass for finner's character tagger, with thinc's numbers.

thinc runs the tagger layer by layer through its generic combinators (lists to
ragged arrays and back, a window copy of every row, a layer norm with several
temporaries).  For the shape finner ships (a character hash embedding mixed by
one maxout layer, then residual maxout window layers over the padded batch,
then a linear output), :class:`TaggerForward` computes the same function from
the same weights with fewer copies:

* the embedding and its mixing layer see each character alone, so they are
  computed once per distinct character of the batch and gathered;
* the window layer is one product of the rows' windows (thinc's seq2col) with
  the weight matrix, on the padded batch as a whole;
* maxout over two pieces is one elementwise maximum; the layer norm works in
  place.

The result equals thinc's ``model.predict`` up to float32 rounding (checked in
``tests/test_inference.py``).  Any other shape (the character-pair features, a
model a user built with other layers) gets ``None`` from :func:`compile_tagger`
and runs through thinc as before.  The weights are read at every call, so a
model that is being trained or fine-tuned is always read as it is now.
"""
from __future__ import annotations

from typing import Any, List, Optional, Sequence, Tuple

import numpy

__all__ = ["TaggerForward", "compile_tagger"]

_EPS = 1e-08                     # thinc's LayerNorm adds this to the variance


def _find(node: Any, name: str) -> List[Any]:
    return [n for n in node.walk(order="dfs_pre") if n.name == name]


def _gemm(ops: Any, X: numpy.ndarray, W: numpy.ndarray) -> numpy.ndarray:
    """``X @ W.T`` with thinc's own single-threaded gemm: numpy's BLAS may run
    threads that stall when the machine's other cores are busy."""
    return ops.gemm(numpy.ascontiguousarray(X), numpy.ascontiguousarray(W), trans2=True)


def _maxout_norm(X: numpy.ndarray, maxout: Any, norm: Any) -> numpy.ndarray:
    """thinc's Maxout (any number of pieces) followed by its LayerNorm."""
    W = maxout.get_param("W")
    nO, nP, nI = W.shape
    Y = _gemm(maxout.ops, X, W.reshape(nO * nP, nI))
    Y += maxout.get_param("b").reshape(nO * nP)
    Y = Y.reshape(len(X), nO, nP).max(axis=2) if nP != 2 else numpy.maximum(Y[:, 0::2], Y[:, 1::2])
    return _layer_norm(Y, norm)


def _layer_norm(Y: numpy.ndarray, norm: Any) -> numpy.ndarray:
    """thinc's LayerNorm, in place on ``Y`` (a fresh array)."""
    Y -= Y.mean(axis=1, keepdims=True)
    var = numpy.einsum("ij,ij->i", Y, Y)
    var /= Y.shape[1]
    var += _EPS
    Y *= (var ** -0.5)[:, None]
    Y *= norm.get_param("G")
    Y += norm.get_param("b")
    return Y


class TaggerForward:
    """The tagger's scores (before the softmax) for a batch of sequences of
    character NORM ids, as thinc's ``model.predict`` gives them."""

    def __init__(self, embed: Any, mix: Tuple[Any, Any], layers: Sequence[Tuple[Any, Any]], pad: int,
                 output: Any, window: int = 1):
        self.embed = embed
        self.window = window
        self.mix = mix
        self.layers = list(layers)
        self.pad = pad
        self.output = output

    def _characters(self, ids: numpy.ndarray) -> numpy.ndarray:
        """The mixed embedding of each id (the layers that see one character)."""
        E = self.embed.get_param("E")
        keys = self.embed.ops.hash(numpy.ascontiguousarray(ids, dtype="uint64"), self.embed.attrs["seed"])
        keys %= E.shape[0]
        X = E[keys[:, 0]] + E[keys[:, 1]]
        X += E[keys[:, 2]]
        X += E[keys[:, 3]]
        return _maxout_norm(X, *self.mix)

    def __call__(self, seqs: Sequence[numpy.ndarray]) -> List[numpy.ndarray]:
        lengths = [len(x) for x in seqs]
        kept = [x for x in seqs if len(x)]
        width = self.output.get_param("W").shape[0]
        if not kept:
            return [numpy.zeros((0, width), dtype="float32") for _ in seqs]
        ids = numpy.concatenate(kept)
        distinct, where = numpy.unique(ids, return_inverse=True)
        chars = self._characters(distinct)
        # the padded layout of thinc's with_array(pad=...): pad zero rows before,
        # between and after the sequences; the window layers run over all of it
        pad = self.pad
        rows = numpy.zeros((len(ids) + pad * (len(kept) + 1), chars.shape[1]), dtype="float32")
        at = numpy.empty(len(ids), dtype="int64")
        pos, start = pad, 0
        for x in kept:
            at[start:start + len(x)] = numpy.arange(pos, pos + len(x))
            start += len(x)
            pos += len(x) + pad
        rows[at] = chars[where.reshape(-1)]
        for maxout, norm in self.layers:
            rows += self._window(rows, maxout, norm, self.window)
        X = rows[at]
        out = _gemm(self.output.ops, X, self.output.get_param("W"))
        out += self.output.get_param("b")
        cuts = numpy.cumsum([len(x) for x in kept])[:-1]
        pieces = iter(numpy.split(out, cuts))
        return [next(pieces) if n else numpy.zeros((0, width), dtype="float32") for n in lengths]

    @staticmethod
    def _window(X: numpy.ndarray, maxout: Any, norm: Any, size: int) -> numpy.ndarray:
        """expand_window(size) >> Maxout >> LayerNorm: each row sees the ``size``
        rows before and after it (zeros beyond the ends).  The window of each row,
        [rows before, oldest first | row | rows after], side by side (thinc's
        seq2col), then one product: faster than one product per block."""
        return _maxout_norm(maxout.ops.seq2col(X, size), maxout, norm)


def compile_tagger(model: Any) -> Optional[TaggerForward]:
    """The lean forward pass of a tagger model (``nlp.get_pipe("tagger").model``)
    of the shape finner ships, or None for any other shape."""
    try:
        return _compile(model)
    except (KeyError, ValueError, AttributeError, IndexError):
        return None


def _compile(model: Any) -> Optional[TaggerForward]:
    if not _find(model, "finner_char_features"):
        return None
    embeds = _find(model, "hashembed")
    windows = _find(model, "expand_window")
    maxouts = _find(model, "maxout")
    norms = _find(model, "layernorm")
    softmax = _find(model, "softmax")
    residuals = [n for n in model.walk(order="dfs_pre") if n.name.startswith("residual(") and len(n.layers) == 1]
    if len(embeds) != 1 or embeds[0].attrs.get("column") != 0 or len(softmax) != 1:
        return None                                  # character pairs, or another embedding
    if len(maxouts) != len(windows) + 1 or len(norms) != len(maxouts) or len(residuals) != len(windows):
        return None
    sizes = {w.attrs.get("window_size") for w in windows}
    if len(sizes) != 1 or not isinstance(next(iter(sizes)), int) or next(iter(sizes)) < 1:
        return None
    window = int(next(iter(sizes)))
    if any(m.get_param("W").shape[2] != (2 * window + 1) * norms[0].get_param("G").shape[0] for m in maxouts[1:]):
        return None
    # the encoder's with_array: the padding between sequences
    encoders = [n for n in model.walk(order="dfs_pre") if n.name.startswith("with_array(residual(")]
    if len(encoders) != 1:
        return None
    pad = int(encoders[0].attrs.get("pad", 0))
    # every node in the model must be one this forward pass knows
    known = {"finner_char_features", "list2ragged", "ragged2list", "ints-getitem", "hashembed", "maxout",
             "layernorm", "dropout", "expand_window", "softmax"}
    for node in model.walk():
        parts = node.name.replace("with_array(", "").replace("residual(", "").replace(")", "").split(">>")
        if any(p not in known for p in parts):
            return None
    return TaggerForward(embeds[0], (maxouts[0], norms[0]), list(zip(maxouts[1:], norms[1:])), pad, softmax[0],
                         window)
