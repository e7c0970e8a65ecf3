"""Long documents: the default pipeline segments them in chunks (finner.chunked_zh.v1),
so time stays linear and every offset is the offset in the original text."""
import time
from pathlib import Path

import pytest
import spacy

import finner
from finner.tokenizer import chunks

NEWS = (Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "news.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("size", [100, 1000, 10000])
def test_chunks_join_back_and_cut_at_sentence_ends(size):
    text = NEWS[:30000]
    pieces = list(chunks(text, size))
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)
    assert sum(p[-1] in "\n。！？；!?;" for p in pieces[:-1]) >= 0.9 * (len(pieces) - 1)


def _ents(doc):
    return [(e.start_char, e.end_char, e.label_, e._.quantity, e._.canonical, e._.title, e._.org) for e in doc.ents]


def test_chunked_and_whole_give_the_same_entities():
    text = NEWS[:40000]
    whole = spacy.blank("zh")          # no chunking: spaCy's own tokenizer
    for name in ("finner_gazetteer", "finner_officials", "finner_quantities", "finner_dates"):
        whole.add_pipe(name)
    chunked = finner.load(ner=False)           # the same components as above
    small = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "finner.chunked_zh.v1",
                                                            "chunk_size": 500}}})
    for name in ("finner_gazetteer", "finner_officials", "finner_quantities", "finner_dates"):
        small.add_pipe(name)
    expected = _ents(whole(text))
    assert _ents(chunked(text)) == expected
    assert _ents(small(text)) == expected
    assert small(text).text == text


def test_pipeline_time_is_linear():
    # the rules and the chunked tokenizer; the model reads pieces of 2,000 characters
    # (linear by construction) and would only make this test slow
    nlp = finner.load(ner=False)
    nlp(NEWS[:1000])
    def best(text):
        b = float("inf")
        for _ in range(2):
            t = time.perf_counter()
            nlp(text)
            b = min(b, time.perf_counter() - t)
        return b
    small, big = (NEWS * 2)[:20000], (NEWS * 2)[:200000]
    ratio = best(big) / best(small)
    assert ratio < 30, ratio
