"""``finner.load()``: the default pipeline.

spaCy's Chinese language with the ``char`` segmenter (no model download) and
finner's components: ``finner_gazetteer`` (banks, organisations, products,
titles), ``finner_officials`` (persons with title and organisation),
``finner_quantities`` and ``finner_dates``, with ``finner_ner`` (the statistical
NER trained on real annotated text and finner's corpus) after the gazetteer.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union, cast

import spacy
from spacy.lang.zh import Chinese
from spacy.language import Language

from finner import tokenizer  # noqa: F401  (registers finner.chunked_zh.v1)
from finner.components import dates, gazetteer, officials, quantities  # noqa: F401  (register the factories)
from finner.components import ner as _ner_component  # noqa: F401


class FinnerChinese(Chinese):
    """spaCy's Chinese with one change: a text over ``nlp.max_length`` raises
    spaCy's E088 ValueError with a hint about what finner offers instead."""

    def make_doc(self, text):
        try:
            return super().make_doc(text)
        except ValueError as exc:
            if "[E088]" not in str(exc):
                raise
            raise ValueError(f"{exc}\nfinner: its tokenizer segments long texts in chunks, so raising "
                             f"nlp.max_length above {len(text)} is safe for finner's own pipeline; or use "
                             f"finner.extract_many([text]), which does this for you.") from exc


def load(path: Optional[Union[str, Path]] = None, *, segmenter: str = "char",
         pkuseg_model: Optional[Union[str, Path]] = None, ner: bool = True) -> Language:
    """The default pipeline, or a pipeline saved with ``nlp.to_disk(path)``.

    Nothing is downloaded.  ``segmenter`` is ``"char"`` (default), ``"jieba"``
    (needs the jieba package) or ``"pkuseg"`` with ``pkuseg_model``, the folder
    of a pkuseg model (``features.pkl``, ``weights.npz``).  ``ner=False``
    leaves out the statistical NER (``finner_ner``): rules only, about 4.5
    times faster, and blind to names in none of finner's data files."""
    if path is not None:
        return spacy.load(path)
    if segmenter not in ("char", "jieba", "pkuseg"):
        raise ValueError(f"segmenter must be 'char', 'jieba' or 'pkuseg', got {segmenter!r}")
    if (segmenter == "pkuseg") != (pkuseg_model is not None):
        raise ValueError("pkuseg_model goes with segmenter='pkuseg', and the pkuseg segmenter needs it: "
                         "finner never downloads a model (see scripts/fetch_pkuseg_model.py for tests)")
    # long texts are segmented in chunks (linear time, offsets unchanged): see finner.tokenizer
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "finner.chunked_zh.v1",
                                                          "segmenter": segmenter, "chunk_size": 10000}}})
    nlp.__class__ = FinnerChinese         # same object, with the E088 hint (see FinnerChinese)
    if pkuseg_model is not None:
        cast(tokenizer.ChunkedTokenizer, nlp.tokenizer).initialize(pkuseg_model=str(pkuseg_model))
    nlp.add_pipe("finner_gazetteer")      # first: a name with digits (360数科) stays a name
    if ner:
        nlp.add_pipe("finner_ner")        # names nobody listed; the lists win conflicts (components/ner.py)
    # links persons to the titles and organisations just found; with the model, it reads no name
    # by rule (the model's persons are more precise on real text, with the same recall)
    nlp.add_pipe("finner_officials", config={"read_names": not ner})
    nlp.add_pipe("finner_quantities")
    nlp.add_pipe("finner_dates")
    return nlp


def render(doc, *, jupyter: Optional[bool] = None, **options):
    """displaCy entities with finner's colours (returns HTML outside notebooks)."""
    from spacy import displacy

    from finner.displacy import COLORS
    opts = {"colors": COLORS, **options.pop("options", {})}
    return displacy.render(doc, style="ent", jupyter=jupyter, options=opts, **options)
