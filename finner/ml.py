"""The layers of finner's character NER that spaCy does not ship.

``finner.CharBigramEmbed.v1`` embeds each character together with the two
character pairs it belongs to (the one it ends, the one it starts): Chinese
names are pairs and triples of characters, and a pair says more than either
character alone (行长 vs 行 and 长).  The pairs are hashed from the characters'
NORM ids with numpy, so no string is built and nothing is added to the
vocabulary.  Registered in spaCy's architectures registry when this module is
imported (finner.training.train and finner_ner import it before loading a
model).
"""
from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Optional, Tuple, cast

import numpy
from spacy.attrs import NORM
from spacy.util import registry
from finner.tokenizer import CHAR_TOKENS
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

__all__ = ["char_bigram_embed", "char_features", "TextNorms", "uses_text_norms"]

_MIX = numpy.uint64(0x9E3779B97F4A7C15)        # odd 64-bit constant: mixes the two ids of a pair
_EDGE = numpy.uint64(0x5BD1E995)               # stands for "no character" before the first / after the last


def _pairs(norms: numpy.ndarray) -> numpy.ndarray:
    """Columns: the character, the pair it ends, the pair it starts (uint64)."""
    n = len(norms)
    prev = numpy.empty(n, dtype="uint64")
    nxt = numpy.empty(n, dtype="uint64")
    if n:
        prev[0] = _EDGE
        prev[1:] = norms[:-1]
        nxt[-1] = _EDGE
        nxt[:-1] = norms[1:]
    with numpy.errstate(over="ignore"):
        left = prev * _MIX + norms
        right = norms * _MIX + nxt
    return numpy.stack([norms, left, right], axis=1)


def char_features() -> Model[List[Any], List[Ints2d]]:
    """Docs -> one uint64 array per doc: NORM and the two pair hashes."""
    return Model("finner_char_features", _features_forward)


def _features_forward(model: Model, docs: List[Any], is_train: bool) -> Tuple[List[Ints2d], Callable]:
    out: List[Ints2d] = []
    for doc in docs:
        # a Doc, or the NORM ids of its tokens already read (text_norms: no Doc needed)
        norms = doc if isinstance(doc, numpy.ndarray) else doc.to_array([NORM]).astype("uint64").reshape(-1)
        # thinc's array types are protocols that a numpy array meets only at run time
        out.append(cast(Ints2d, model.ops.asarray(cast(Ints2d, _pairs(norms)), dtype="uint64")))
    return out, lambda d: []


_TOKENS = CHAR_TOKENS          # spaCy's character segmentation (finner/tokenizer.py)


class TextNorms:
    """The NORM ids of the tokens spaCy's character segmentation would make
    of a text, read straight from the text (no Doc built), with the tokens'
    character offsets.  NORM ids come from the model's vocabulary, so they
    are the ones a Doc would carry."""

    def __init__(self, vocab: Any):
        self.vocab = vocab
        self.cache: Dict[str, int] = {}

    def __call__(self, text: str) -> Tuple[numpy.ndarray, Optional[List[Tuple[int, int]]]]:
        """``(norms, offsets)``: ``offsets`` is None when every token is one
        character (token i is character i), else each token's (start, end)."""
        cache = self.cache
        if _SPACE.search(text) is None:
            try:
                return numpy.fromiter((cache[c] for c in text), dtype="uint64", count=len(text)), None
            except KeyError:
                pass
        words, offsets = [], []
        for m in _TOKENS.finditer(text):
            if m.group(1) is not None:
                words.append(m.group(1))
                offsets.append((m.start(), m.start() + 1))
            else:
                words.append(m.group(0))
                offsets.append(m.span())
        norms = numpy.empty(len(words), dtype="uint64")
        for i, w in enumerate(words):
            n = cache.get(w)
            if n is None:
                n = cache[w] = self.vocab[w].norm
            norms[i] = n
        return norms, (None if len(words) == len(text) else offsets)


_SPACE = re.compile(r"\s")


def uses_text_norms(model: Any) -> bool:
    """Whether a model's first layer is finner's feature reader (which takes
    :class:`TextNorms` output as well as Docs)."""
    return any(node.name == "finner_char_features" for node in model.walk())


@registry.architectures("finner.CharBigramEmbed.v1")
def char_bigram_embed(width: int, rows: int, pair_width: int, pair_rows: int) -> Model[List[Any], List[Floats2d]]:
    """Hash embeddings of the character (``width`` wide, ``rows`` rows) and of
    its two pairs (``pair_width`` wide, ``pair_rows`` rows each; narrower,
    so that the model stays small), mixed by one maxout layer to ``width``."""
    embeds: List[Model] = [HashEmbed(width, rows, column=0, seed=7)]
    if pair_rows:                                  # 0: the character alone
        embeds += [HashEmbed(pair_width, pair_rows, column=1, seed=8),
                   HashEmbed(pair_width, pair_rows, column=2, seed=9)]
    mix = Maxout(width, width + (2 * pair_width if pair_rows else 0), nP=3, dropout=0.0, normalize=True)
    model: Model = chain(char_features(), list2ragged(), with_array(concatenate(*embeds)), with_array(mix),
                         ragged2list())
    model.set_dim("nO", width)
    return model

