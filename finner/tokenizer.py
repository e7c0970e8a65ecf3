"""A Chinese tokenizer that cuts long texts into chunks.

spaCy's Chinese tokenizer slows down sharply on long texts (about 1 µs per
character at 10k characters, 4.5 µs at 400k).  ``finner.chunked_zh.v1`` wraps
it: a text longer than ``chunk_size`` is cut at line and sentence ends (。！？；
or a newline, else at ``chunk_size``), each chunk is segmented on its own, and
the pieces are joined with ``Doc.from_docs`` into one Doc whose text is the
original text, so every offset is right and time stays linear.  finner's
components then run once on the whole Doc.

In a config::

    [nlp.tokenizer]
    @tokenizers = "finner.chunked_zh.v1"
    segmenter = "char"
    chunk_size = 10000
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union, cast

from spacy.lang.zh import ChineseTokenizer, Segmenter, create_chinese_tokenizer
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

__all__ = ["ChunkedTokenizer", "create_chunked_tokenizer", "chunks", "char_words_and_spaces"]

_CUT = re.compile(r"[\n。！？；!?;]")
# spaCy's character segmentation (spacy.lang.zh, segmenter "char", through
# spacy.util.get_words_and_spaces): every character that is not whitespace is a
# token and takes one following space as its trailing whitespace; any other run
# of whitespace is a token of its own
CHAR_TOKENS = re.compile(r"(\S)( ?)|\s+")


def char_words_and_spaces(text: str):
    """``(words, spaces)`` of spaCy's character segmentation of ``text``, in
    one regex pass (spaCy's own alignment rescans the rest of the text for
    every word, which grows with the square of a long text)."""
    if " " not in text and not _WHITESPACE.search(text):
        return list(text), [False] * len(text)
    words, spaces = [], []
    for m in CHAR_TOKENS.finditer(text):
        if m.group(1) is not None:
            words.append(m.group(1))
            spaces.append(bool(m.group(2)))
        else:
            words.append(m.group(0))
            spaces.append(False)
    return words, spaces


_WHITESPACE = re.compile(r"\s")


def chunks(text: str, size: int) -> Iterator[str]:
    """``text`` in pieces of at most ``size`` characters, cut after a line or
    sentence end where there is one; the pieces join back to ``text``."""
    start = 0
    n = len(text)
    while n - start > size:
        window_end = start + size
        cut = None
        for m in _CUT.finditer(text, start + size // 2, window_end):
            cut = m.end()
        end = cut if cut is not None else window_end
        yield text[start:end]
        start = end
    if start < n or n == 0:
        yield text[start:]


class ChunkedTokenizer:
    """Segments long texts chunk by chunk; behaves as the wrapped tokenizer otherwise."""

    def __init__(self, inner: ChineseTokenizer, chunk_size: int = 10000):
        if chunk_size < 100:
            raise ValueError(f"chunk_size must be at least 100, got {chunk_size}")
        self.inner = inner
        self.chunk_size = chunk_size
        self.vocab = inner.vocab

    @property
    def segmenter(self):
        return self.inner.segmenter

    def __call__(self, text: str) -> Doc:
        from finner.components.base import remember_text
        if self.inner.segmenter == "char":       # no segmenter to run: the characters, in one pass
            words, spaces = char_words_and_spaces(text)
            return remember_text(Doc(self.vocab, words=words, spaces=spaces), text)
        if len(text) <= self.chunk_size:
            return remember_text(self.inner(text), text)
        docs = [self.inner(piece) for piece in chunks(text, self.chunk_size)]
        return remember_text(Doc.from_docs(docs, ensure_whitespace=False), text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def initialize(self, get_examples: Optional[Callable[[], Iterable[Any]]] = None, *,
                   nlp: Optional[Language] = None, **kwargs: Any) -> None:
        self.inner.initialize(get_examples, nlp=nlp, **kwargs)

    def score(self, examples, **kwargs):
        return self.inner.score(examples, **kwargs)

    def to_bytes(self, **kwargs) -> bytes:
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> "ChunkedTokenizer":
        self.inner.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path: Union[str, Path], **kwargs) -> None:
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path: Union[str, Path], **kwargs) -> "ChunkedTokenizer":
        self.inner.from_disk(path, **kwargs)
        return self


@registry.tokenizers("finner.chunked_zh.v1")
def create_chunked_tokenizer(segmenter: str = "char", chunk_size: int = 10000) -> Callable[[Language], ChunkedTokenizer]:
    # spaCy types the segmenter as its Segmenter enum, a str Enum; it compares the plain string
    make_inner = create_chinese_tokenizer(cast(Segmenter, segmenter))

    def make(nlp: Language) -> ChunkedTokenizer:
        return ChunkedTokenizer(make_inner(nlp), chunk_size)

    return make
