"""``finner_ner``: finner's statistical NER inside any pipeline.

The model (finner/models/ner, or a model directory written by ``finner
train``) is a small spaCy pipeline on single characters.  This component runs
it on ``doc.text`` (in pieces of at most ``chunk_size`` characters, cut at
sentence ends) and projects its spans onto the host Doc's tokens with
``alignment_mode="expand"``, so it works whatever segmenter the host uses.

Policy when the model and entities already in ``doc.ents`` (finner_gazetteer,
or any earlier component) disagree:

1. a model span that overlaps no entity is added;
2. a model span with a label of the user's own (one finner's rules do not
   produce, added by fine-tuning: INSURER) that contains the entities it
   overlaps replaces them: the finer label wins over the list's ORG;
3. a listed TITLE gives way to a model span that overlaps it and reaches out of
   it: a title word is often part of a longer name or title (会计师 in
   会计师事务所, 经理 in 项目经理, 研究院院长 across 东篱经济研究院|院长); a model
   span inside a listed title (研究员 in 高级研究员) is dropped, and so is a name
   run on into or out of a title (:func:`_name_over_titles`: a person 兵米勒
   after 二等兵, where the part after the title is kept as the person, or an
   organisation 美国总统拜 that does not end like one);
4. a model ORG span that contains the listed banks and organisations it
   overlaps and ends like an organisation or a unit of one
   (``finner/data/org_endings.tsv``: 分公司, 研究所, 税务局) is one longer name
   and replaces them (中国银联广东分公司, 住房和城乡建设部政策研究中心);
5. otherwise the entity already there stays and the model span is dropped.
   A model span never runs a list match on into other words: the lists know
   where a bank's name and its branch end (微众银行 in 微众银行进行).

A model span starts after a word of ``name_stops.tsv`` that straddles its
start (该国|众议院 read 国众议院: :func:`_after_stop`).  Model spans are also
dropped when they cannot be a name (:func:`plausible`),
when they touch markup (``<p>``, ``&nbsp;``: HTML left in a text is never
part of a name), or when they overlap a bank's short name that begins an
ordinary word (招商引资, 交通事故: :func:`finner.gazetteer.ordinary_words`),
when they are a person named like a place of ``places.tsv``, a piece of such a
place or the place with the next word's first character (莫斯科, 内罗 of 内罗毕,
莫斯科飞: :func:`_place_piece`; an organisation that is just the place stands:
a club or a national team, 罗马, 荷兰), or when they are a currency's name or
the first part of one (土耳其里拉, 阿根廷 of 阿根廷比索: :func:`_currency_at`).

A person or organisation the model found once is read again where its name
recurs in the same text, standing apart from the words around it, where the
model missed it (:func:`_recurring`; 早高峰 after a person 高峰 stays unread).
A transliterated foreign name written with a middle dot that the model
missed is read as a person (:func:`finner.foreign_names.foreign_names`:
约翰·摩尔, not 乔治·华盛顿大学).  The same person's name in brackets beside a
person is read too (:func:`_bracketed_names`: 沃尔贝克（gertjanverbeek）,
Hermes(黄远康)); Latin
letters in brackets after an institution are its short name, no person
(:func:`_org_alias`); a title inside a word of ``not_titles.tsv`` is no title
(董事 in 董事会: :func:`finner.gazetteer.not_a_title`).

Amounts and dates are not the model's business: finner_quantities and
finner_dates run after it and read the rules.
"""
from __future__ import annotations

import bisect
import functools
import re
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from finner.components.base import SpanWriter, register_component, doc_text, entities
from finner.extensions import span_data, store_span_data
from finner.foreign_names import DOTS, foreign_names, named_after, settle_dotted
from finner.gazetteer import banking_word, not_a_title, ordinary_words
from finner.lexicon import ending_words, org_endings


BATCH_CHARS = 16000     # characters the model reads at once (memory grows with it, speed barely)
RULE_LABELS = frozenset(("BANK", "ORG", "PRODUCT", "PERSON", "TITLE", "MONEY", "PERCENT", "QUANTITY", "DATE"))


class NerWrapper(SpanWriter):
    factory = "finner_ner"

    def __init__(self, nlp: Language, name: str = "finner_ner", *, model: Optional[str] = None,
                 labels: Optional[Sequence[str]] = None, spans_key: Optional[str] = "finner",
                 annotate_ents: bool = True, chunk_size: int = 2000,
                 scorer: Optional[Callable[..., Dict[str, Any]]] = None):
        super().__init__(nlp, name, spans_key=spans_key, annotate_ents=annotate_ents, scorer=scorer)
        if chunk_size < 100:
            raise ValueError(f"chunk_size must be at least 100, got {chunk_size}")
        self.chunk_size = chunk_size
        self.only = tuple(labels) if labels else None
        self.model_path = model
        self.model = _load(model)

    @property
    def labels(self) -> Tuple[str, ...]:
        from finner.training.train import model_labels
        return tuple(lab for lab in model_labels(self.model) if self.only is None or lab in self.only)

    def predict_spans(self, text: str) -> List[Tuple[int, int, str]]:
        """``(start, end, label)`` of the model's entities in ``text``."""
        return self._predict_many([text])[0]

    def _predict_many(self, texts: Sequence[str]) -> List[List[Tuple[int, int, str]]]:
        """The model's entities for several texts, run in batches of pieces
        (the model is several times faster on batches than one text at a
        time); a batch holds at most ``BATCH_CHARS`` characters, so memory
        stays flat however long a document is."""
        from finner.tagging import predict
        from finner.tokenizer import chunks
        out: List[List[Tuple[int, int, str]]] = [[] for _ in texts]
        batch: List[Tuple[int, int, str]] = []          # (text index, offset, piece)
        size = 0

        def flush() -> None:
            found = predict(self.model, [p for _, _, p in batch], batch_size=len(batch))
            for (k, offset, _), spans in zip(batch, found):
                out[k].extend((offset + a, offset + b, lab) for a, b, lab in spans
                              if self.only is None or lab in self.only)
            batch.clear()

        for k, text in enumerate(texts):
            offset = 0
            for piece in chunks(text, self.chunk_size):
                if piece.strip():
                    batch.append((k, offset, piece))
                    size += len(piece)
                    if size >= BATCH_CHARS:
                        flush()
                        size = 0
                offset += len(piece)
        if batch:
            flush()
        return out

    def __call__(self, doc: Doc) -> Doc:
        return self._apply(doc, self.predict_spans(doc_text(doc)))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        from spacy.util import minibatch
        for docs in minibatch(stream, size=batch_size):
            for doc, found in zip(docs, self._predict_many([doc_text(d) for d in docs])):
                yield self._apply(doc, found)

    def _apply(self, doc: Doc, found: List[Tuple[int, int, str]]) -> Doc:
        text = doc_text(doc)
        markup = _markup(text)
        words = ordinary_words(text) if found else []
        places = _places_in(text) if found else []
        kept: List[Tuple[int, int, str]] = []
        for a, b, label in found:
            a, b = _whole_latin_words(text, a, b)
            a = _after_stop(text, a, b)         # 该国|众议院 read 国众议院
            if label == "PERSON" and _DOTS.intersection(text[max(0, a - 1):b + 1]):
                a, b = settle_dotted(text, *_whole_foreign_name(text, a, b))
                if named_after(text, b):
                    continue                    # 奥斯卡·林德大学, 莫里斯·贝当奖: no person there
            elif label == "PERSON" and b - a >= 3 and _follower_at(text, b - 1):
                b -= 1                          # 孔亮认为 -> 孔亮: the last character begins the next word
            if label == "PERSON" and _with_compound_surname(text, a, b) < a:
                a = _with_compound_surname(text, a, b)
                kept = [k for k in kept if not (k[1] > a and k[0] < b)]   # the model's TITLE 上官 in 上官明远
            if not plausible(text[a:b], label):
                continue
            if label == "PRODUCT" and _campaign_after(text, b):
                continue                        # “金秋理财论坛”: the name of an event, not a product
            if markup is not None and markup.find(1, a, b) >= 0:
                continue
            if words and any(a < e and s < b for s, e in words):
                continue                        # 招商引资, 交通事故: no name there
            if places and _place_piece(places, text, a, b, label):
                continue                        # 莫斯科 read as a person, 乌克兰局 of 乌克兰局势
            if places and label in ("ORG", "BANK"):
                a = _from_place_start(places, text, a, b)
            if _currency_at(text, a, b):
                continue                        # 土耳其里拉, 阿根廷 of 阿根廷比索: a currency
            if label == "BANK" and not _bank_like(text, a, b):
                continue
            if label == "TITLE" and not_a_title(text, a, b):
                continue                        # 董事 in 董事会, 行长 in 该行长期
            if label == "PERSON" and _org_alias(text, a, b):
                continue                        # 苏格兰皇家银行（rbs）: the bank's short name
            kept.append((a, b, label))
        spans = []
        kept = _joined_by_periods(text, kept)
        kept += _foreign_names(text, kept, markup)
        kept += _bracketed_names(text, kept)
        for a, b, label in kept + _recurring(text, kept, markup, words):
            span = doc.char_span(a, b, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return self._merge(doc, spans)

    def _merge(self, doc: Doc, spans: List[Span]) -> Doc:
        """Settle the model's spans against ``doc.ents`` (module doc); the span
        group gets what the model added (all its spans without ``annotate_ents``)."""
        if not self.annotate_ents or not spans:
            self._group(doc, spans)
            return doc
        old = entities(doc)
        owner = {}                          # token -> index of the old entity covering it
        for k, e in enumerate(old):
            for i in range(e.start, e.end):
                owner[i] = k
        dropped = set()
        added = []
        for s in filter_spans(spans):
            hit = sorted({owner[i] for i in range(s.start, s.end) if i in owner})
            if not hit:
                added.append(s)
                continue
            if all(old[k].label_ == "TITLE" for k in hit) and \
                    not (len(hit) == 1 and old[hit[0]].start <= s.start and s.end <= old[hit[0]].end):
                titles = [old[k] for k in hit]
                if not _name_over_titles(s, titles):
                    # a person or a name run on from a title (二等兵|米勒 read 兵米勒, 美国总统|拜登
                    # read as one organisation 美国总统拜): the title stays, and what of the
                    # person lies after it
                    rest = _person_after(doc, s, titles)
                    if rest is not None:
                        added.append(rest)
                    continue
                # a listed title word inside a longer name or title (会计师 in 会计师事务所, 经理 in
                # 项目经理), or crossed by one (研究院院长 across 东篱经济研究院|院长): the model's
                # spans there stand, and filter_spans settles them
                dropped.update(hit)
                added.append(s)
            elif all(k in dropped for k in hit):
                added.append(s)                      # what it overlapped gave way to a model span
                #                                      before it (院长 after 东篱经济研究院 over 研究院院长)
            elif any(k in dropped for k in hit):
                continue
            elif s.label_ not in RULE_LABELS and all(s.start <= old[k].start and old[k].end <= s.end for k in hit):
                dropped.update(hit)                  # a label of the user's own, over what it contains
                added.append(s)
            elif _longer_name(s, [old[k] for k in hit]):
                # a bank's name keeps the canonical name of the one listed bank it holds (南昌市兴业银行)
                dropped.update(hit)
                banks = [old[k] for k in hit if old[k].label_ == "BANK"]
                if s.label_ == "BANK" and len(banks) == 1 and span_data(banks[0], "canonical") is not None:
                    store_span_data(doc, s, "canonical", span_data(banks[0], "canonical"))
                added.append(s)
        kept = [e for k, e in enumerate(old) if k not in dropped]
        doc.ents = filter_spans(kept + added)
        self._group(doc, added)
        return doc

    # the model travels with the pipeline: nlp.to_disk writes it, finner.load(path) reads it
    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude=exclude)
        self.model.to_disk(Path(path) / "model")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "NerWrapper":
        super().from_disk(path, exclude=exclude)
        if (Path(path) / "model").is_dir():
            self.model = _load(str(Path(path) / "model"))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        import srsly
        return srsly.msgpack_dumps({"model": self.model.to_bytes()})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "NerWrapper":
        import srsly
        msg = srsly.msgpack_loads(data)
        if isinstance(msg, dict) and "model" in msg:
            from finner.training.train import load_model
            fresh = load_model(self.model_path or "default")      # never change the shared default copy
            self.model = fresh.from_bytes(msg["model"])
        return self


_MARKUP = re.compile(r"<[^<>\n]{0,300}>|&(?:[A-Za-z]{2,10}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});|[<>&]"
                     # web and e-mail addresses: 访问www.example.com.cn, li.ming@example.com
                     r"|(?:https?|ftp)://[!#-;=?-~]+|www\.[!#-;=?-~]+"
                     r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
                     r"|(?<![A-Za-z0-9.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|hk|io)(?![A-Za-z0-9])")
_MARKUP_HINTS = ("<", "&", "@", "://", "www.", ".com", ".cn", ".net", ".org", ".gov", ".edu", ".hk", ".io")


def _markup(text: str) -> Optional[bytearray]:
    """Characters of ``text`` that belong to markup (tags, character entities, a lone < > &)
    or to a web or e-mail address; None where there is none."""
    if not any(h in text for h in _MARKUP_HINTS):
        return None
    mask = bytearray(len(text))
    for m in _MARKUP.finditer(text):
        mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return mask


# a transliterated foreign name is written in parts joined by a middle dot: 西格玛·珀尔克
_DOTS = frozenset(DOTS)
_NAME_PART = 4                 # characters of one part at most (彼得连科)


def _whole_foreign_name(text: str, a: int, b: int) -> Tuple[int, int]:
    """A model PERSON span ``[a, b)`` that touches a middle dot grows over the
    parts of the foreign name the dots join (·珀尔克 -> 西格玛·珀尔克); a part is
    a run of Chinese characters without a function character.  A dot with no
    part after it is left out (罗伊·, 马龙· at a line's end)."""
    from finner.officials import NOT_IN_NAME, SPEECH_VERBS

    def part(i: int, step: int) -> int:
        j, n = i, 0
        while 0 <= j + (step if step < 0 else 0) < len(text) and n < _NAME_PART:
            c = text[j - 1] if step < 0 else text[j]
            if not ("\u4e00" <= c <= "\u9fff") or c in NOT_IN_NAME or \
                    step > 0 and any(text.startswith(v, j) for v in SPEECH_VERBS):
                break
            j += step
            n += 1
        return j

    while True:
        if b < len(text) - 1 and text[b] in _DOTS and part(b + 1, 1) > b + 1:
            b = part(b + 1, 1)
        elif text[b - 1] in _DOTS and b - 1 > a and part(b, 1) > b:
            b = part(b, 1)
        elif a > 1 and text[a - 1] in _DOTS and part(a - 1, -1) < a - 1:
            a = part(a - 1, -1)
        elif text[a] in _DOTS and a + 1 < b and part(a, -1) < a:
            a = part(a, -1)
        else:
            break
    while b - a > 1 and text[b - 1] in _DOTS:
        b -= 1                              # 罗伊· with no part after the dot: the name ends before it
    while b - a > 1 and text[a] in _DOTS:
        a += 1
    return a, b


_PERIODS = ".．"


def _joined_by_periods(text: str, found: List[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    """A transliterated name written with a period for its middle dot
    (马蒂亚斯.贝罗内): two persons of the model that a period joins are one,
    and a person after a period takes in the part before it where that part
    is a run of transliteration characters of its own (萨莎.|科沃娃)."""
    if not any(p in text for p in _PERIODS):
        return found
    from finner.lexicon import transliteration
    chars = transliteration()
    out: List[Tuple[int, int, str]] = []
    for a, b, label in sorted(found):
        if label == "PERSON" and out and out[-1][2] == "PERSON" and out[-1][1] + 1 == a and text[a - 1] in _PERIODS:
            out[-1] = (out[-1][0], b, label)
            continue
        if label == "PERSON" and a > 2 and text[a - 1] in _PERIODS and not (out and out[-1][1] == a - 1):
            s = a - 1
            while s > 0 and a - 1 - s < 5 and text[s - 1] in chars:
                s -= 1
            if a - 1 - s >= 2 and not (s and (text[s - 1] in chars or _latin(text[s - 1]))):
                a = s
                out = [o for o in out if o[1] <= a]       # 叶卡捷 of 叶卡捷琳娜.别洛娃
        out.append((a, b, label))
    return out


def _foreign_names(text: str, found: Sequence[Tuple[int, int, str]],
                   markup: Optional[bytearray]) -> List[Tuple[int, int, str]]:
    """Transliterated names with a middle dot that the model missed
    (:func:`finner.foreign_names.foreign_names`: 约翰·摩尔), where they touch no
    span of the model and no markup."""
    out = []
    for a, b in foreign_names(text):
        if any(a < e and s < b for s, e, _ in found) or markup is not None and markup.find(1, a, b) >= 0:
            continue
        out.append((a, b, "PERSON"))
    return out


def _with_compound_surname(text: str, a: int, b: int) -> int:
    """Where a model's person ``text[a:b]`` starts once a compound surname it
    cuts or leaves out is put back: 司|马文静 -> 司马文静, 上官|明远 -> 上官明远
    (the surname must begin after punctuation, the text's start or a
    character that stands as a word beside names)."""
    from finner.lexicon import name_neighbours, surnames
    for k in (1, 2):
        s = a - k
        if s < 0 or surnames().get(text[s:s + 2]) != "compound" or s + 2 >= b:
            continue
        if s == 0 or not _han(text[s - 1]) or text[s - 1] in name_neighbours():
            return s
    return a


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _whole_latin_words(text: str, a: int, b: int) -> Tuple[int, int]:
    """A span that starts or ends inside a run of Latin letters and digits
    grows to the whole run (Ander|son -> Anderson, N|EOTV -> NEOTV): a span
    never cuts a word in half."""
    while 0 < a < len(text) and _latin(text[a - 1]) and _latin(text[a]):
        a -= 1
    while 0 < b < len(text) and _latin(text[b - 1]) and _latin(text[b]):
        b += 1
    return a, b


@functools.lru_cache(maxsize=1)
def _followers() -> Tuple[str, ...]:
    """Words that follow a person's name: verbs of speech and what a byline
    puts after a name (officials), titles (律师, 教授) and the words of
    name_followers.tsv (博士, 女士)."""
    from finner.lexicon import name_followers, titles
    from finner.officials import FOLLOWERS
    return tuple(sorted({w for w in FOLLOWERS + tuple(titles()) + name_followers() if len(w) >= 2}))


def _follower_at(text: str, i: int) -> bool:
    return text.startswith(_followers(), i)


@functools.lru_cache(maxsize=1)
def _stops_by_char() -> Dict[str, Tuple[Tuple[str, int], ...]]:
    """The words of name_stops.tsv of two characters or more, as ``(word, k)``
    under each character ``word[k]`` past the first."""
    from finner.lexicon import name_stops
    out: Dict[str, List[Tuple[str, int]]] = {}
    for w in name_stops():
        for k in range(1, len(w)):
            out.setdefault(w[k], []).append((w, k))
    return {c: tuple(v) for c, v in out.items()}


def _after_stop(text: str, a: int, b: int) -> int:
    """Where a model span over ``text[a:b]`` starts once a word of
    name_stops.tsv that straddles its start is left out: 该国|众议院 read
    国众议院 starts at 众 (a name never starts inside 该国, 收购, 旗下)."""
    for w, k in _stops_by_char().get(text[a], ()) if a else ():
        s = a - k
        if s >= 0 and text.startswith(w, s) and s + len(w) < b:
            return s + len(w)
    return a


# a person's name in another script, in brackets right after the name: 沃尔贝克（Gert Jan Verbeek）,
# Hermes(黄远康): Latin words of 4+ letters, not all capitals (（IMF）, （CEO） are no names)
_LATIN_IN_BRACKETS = re.compile(r"[（(]([A-Za-z][A-Za-z .'·-]{2,38}[A-Za-z])[）)]")
_HAN_IN_BRACKETS = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")


def _bracketed_names(text: str, found: Sequence[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    """The same person's name in brackets right after a model's PERSON: the
    Latin original after a Chinese name (沃尔贝克（gertjanverbeek）), or the
    Chinese name, beginning with a surname, after a Latin handle (Hermes(黄远康))."""
    from finner.lexicon import surnames
    taken = {(a, b) for a, b, _ in found}
    starts = {a for a, _, _ in found}
    out = []
    for a, b, label in found:
        if label != "PERSON":
            continue
        handle = _handle_before(text, a, b)
        if handle is not None and handle not in taken:
            out.append((handle[0], handle[1], "PERSON"))
        if b >= len(text) or text[b] not in "（(":
            continue
        if _latin(text[b - 1]):
            m = _HAN_IN_BRACKETS.match(text, b)
            ok = m is not None and (m.group(1)[:1] in surnames() or m.group(1)[:2] in surnames())
        else:
            m = _LATIN_IN_BRACKETS.match(text, b)
            ok = m is not None and not m.group(1).replace(" ", "").isupper()
        if m is not None and ok and m.start(1) not in starts and (m.start(1), m.end(1)) not in taken:
            out.append((m.start(1), m.end(1), "PERSON"))
    return out


def _org_alias(text: str, a: int, b: int) -> bool:
    """``text[a:b]``, Latin letters in brackets, follows an institution's name
    (银行, 公司, 集团…: org_endings.tsv): its short name, not a person."""
    if a < 2 or text[a - 1] not in "（(" or not all(_latin(c) for c in text[a:b]):
        return False
    return _ends_like_org(text, a - 1)


def _handle_before(text: str, a: int, b: int) -> Optional[Tuple[int, int]]:
    """The Latin handle before a Chinese person's name in brackets: Hermes(黄远康)."""
    if a < 2 or b >= len(text) or text[a - 1] not in "（(" or text[b] not in "）)" or _latin(text[a]):
        return None
    end = a - 1
    start = end
    while start > 0 and _latin(text[start - 1]):
        start -= 1
    return (start, end) if end - start >= 2 and not text[start:end].isdigit() else None


_RECURRING = ("PERSON", "ORG")


def _recurring(text: str, found: Sequence[Tuple[int, int, str]], markup: Optional[bytearray],
               words: Sequence[Tuple[int, int]]) -> List[Tuple[int, int, str]]:
    """A person or organisation the model found once, read again where its
    name recurs in the text and the model missed it (其后娄桑和团主…: the model
    reads one place and not the other).  The recurrence must stand apart: at
    the text's edge, or beside punctuation, a Latin letter or digit, a
    character of ``name_neighbours.tsv`` (的, 和, 对, 也), a title before it or
    a verb of speech after it, on at least one side; and it must not touch
    another span, markup, a bank's short name in an ordinary word, or cut a
    Latin word (早高峰时段 after the person 高峰 stays unread)."""
    names = {text[a:b]: label for a, b, label in found if label in _RECURRING and b - a >= 2}
    if not names:
        return []
    taken = bytearray(len(text))             # 1 where a span, an ordinary word or markup stands
    for a, b, _ in found:
        taken[a:b] = b"\x01" * (b - a)
    for a, b in words:
        taken[a:b] = b"\x01" * (b - a)
    if markup is not None:
        n = len(text)
        taken = bytearray((int.from_bytes(taken, "little") | int.from_bytes(markup, "little")).to_bytes(n, "little"))
    out: List[Tuple[int, int, str]] = []
    for name in sorted(names, key=len, reverse=True):        # longer names first: they take their place
        a = text.find(name)
        while a >= 0:
            b = a + len(name)
            if taken.find(1, a, b) < 0 and _whole_latin_words(text, a, b) == (a, b) and \
                    (_apart_before(text, a) or _apart_after(text, b)):
                out.append((a, b, names[name]))
                taken[a:b] = b"\x01" * (b - a)
            a = text.find(name, a + 1)
    return sorted(out)


def _apart_before(text: str, a: int) -> bool:
    from finner.lexicon import name_neighbours
    return a == 0 or not _han(text[a - 1]) or text[a - 1] in name_neighbours() or text.endswith(_title_words(), 0, a)


@functools.lru_cache(maxsize=1)
def _title_words() -> Tuple[str, ...]:
    from finner.lexicon import titles
    return tuple(titles())


def _apart_after(text: str, b: int) -> bool:
    from finner.lexicon import name_neighbours
    from finner.officials import FOLLOWERS
    return b == len(text) or not _han(text[b]) or text[b] in name_neighbours() or text.startswith(FOLLOWERS, b)


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# a company's name may hold a short part in brackets: 上海华虹（集团）有限公司, 中国石油大学（北京）
_PAREN_PART = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]")
_BREAKS = frozenset("，。；：、！？“”‘’《》「」（）()\n\r\t,;:!?")


def plausible(surface: str, label: str) -> bool:
    """Whether a model span can be a name at all: no sentence punctuation or
    quotes inside, no digits or % in anything but a product or organisation name, not a
    generic noun (finner/data/generic_names.tsv: 城商行, 券商), not a product
    name that ends like a campaign or an event (quoted_products.tsv ``not_end``:
    行动, 论坛), nor a generic noun with one more character (数字经济成); a
    product name may hold digits (稳享添利30天持有期) but no amount of money or percentage."""
    from finner.lexicon import generic_names
    inner = _PAREN_PART.sub("", surface) if label in ("ORG", "BANK") else surface
    if any(c in _BREAKS for c in inner):
        return False
    if any(c.isdigit() or c in "%％" for c in surface):
        if label not in ("PRODUCT", "ORG"):
            return False                         # ORG: 汉诺威96队, bet365
        from finner.quantities import find_quantities
        if any(q.kind != "quantity" for q in find_quantities(surface)):
            return False                         # 成交额1.36万亿元 is no product name
    if label == "PRODUCT":
        from finner.lexicon import quoted_products
        if surface.endswith(quoted_products()["not_end"]):
            return False                         # “远航行动”: a campaign, not a product
    generic = generic_names()
    # 数字经济成: a generic noun with the first character of the next word
    return surface not in generic and (len(surface) < 3 or surface[:-1] not in generic)


@functools.lru_cache(maxsize=1)
def _place_pattern() -> "re.Pattern[str]":
    from finner.lexicon import places
    return re.compile("|".join(map(re.escape, sorted(places(), key=len, reverse=True))))


def _places_in(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every listed place in ``text`` (places.tsv)."""
    return [m.span() for m in _place_pattern().finditer(text)]


def _places_over(places: Sequence[Tuple[int, int]], a: int, b: int) -> List[Tuple[int, int]]:
    """The places of ``places`` (in order, none overlapping another) that overlap ``a:b``."""
    i = bisect.bisect_left(places, (b,))
    out = []
    while i > 0 and places[i - 1][1] > a:
        i -= 1
        out.append(places[i])
    return out[::-1]


def _place_piece(places: Sequence[Tuple[int, int]], text: str, a: int, b: int, label: str) -> bool:
    """The model's span ``a:b`` is no name because of a place there: a person
    that is the place (莫斯科, 孟买), a piece of the place (内罗 of 内罗毕,
    哈萨克斯 of 哈萨克斯坦), or the place and the first character of the next
    word (莫斯科飞) where that does not end like an institution's name or where the
    ending begins a word of ``ending_words.tsv`` (乌克兰局 of 乌克兰|局势),
    or a title that begins inside a place (洲裁员 of 亚洲|裁员).
    An organisation that is just the place stands: a club or a national team
    (罗马, 荷兰)."""
    for s, e in _places_over(places, a, b):
        if s <= a and b <= e:
            return (a, b) != (s, e) or label == "PERSON"
        if a == s and b == e + 1:
            return not _ends_like_org(text, b) or text[b - 1:b + 1] in ending_words()
        if label == "TITLE" and s < a < e and not _place_pattern().match(text, a):
            return True                         # 洲裁员 of 亚洲|裁员: the place cut in half
    return False


def _from_place_start(places: Sequence[Tuple[int, int]], text: str, a: int, b: int) -> int:
    """Where an organisation's span ``a:b`` that begins inside a place and
    reaches past it should begin: at the place (利亚能源 -> 阿尔及利亚能源,
    浩特铁路局 -> 呼和浩特铁路局); ``a`` where no place is cut there or another
    place begins at ``a`` (高开|罗马: 开罗 read across two words)."""
    for s, e in _places_over(places, a, b):
        if s < a < e <= b and not _place_pattern().match(text, a):
            return s
    return a


@functools.lru_cache(maxsize=1)
def _currency_names() -> "re.Pattern[str]":
    from finner.lexicon import currencies
    names = sorted({c.surface for c in currencies().values() if c.form == "word" and len(c.surface) > 1},
                   key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _currency_at(text: str, a: int, b: int) -> bool:
    """A currency's name starts at ``a`` and reaches ``b`` or further (土耳其里拉,
    阿根廷 of 阿根廷比索): no name there."""
    m = _currency_names().match(text, a)
    return m is not None and m.end() >= b


def _campaign_after(text: str, b: int) -> bool:
    """A word that ends a campaign's or an event's name follows ``b`` (论坛, 行动)."""
    from finner.lexicon import quoted_products
    return any(text.startswith(w, b) for w in quoted_products()["not_end"])


_BANK_NAME_ENDS = ("银行", "分行", "支行")


def _ends_like_org(text: str, end: Optional[int] = None) -> bool:
    """``text[:end]`` ends like an institution's name: a bank's (银行, 分行, 支行),
    公司, 集团 or a word of org_endings.tsv (研究院, 省委)."""
    return text.endswith(_BANK_NAME_ENDS + org_endings() + ("公司", "集团"), 0, len(text) if end is None else end)


def _name_over_titles(span: Span, titles: Sequence[Span]) -> bool:
    """Whether a model span that overlaps listed titles and reaches out of them
    may replace them: a longer title (项目经理 over 经理), a name of the user's
    own label, an organisation whose name ends like one (org_endings.tsv),
    inside the title (湖南省委 across 省委|书记, 东篱经济研究院 across
    研究院|院长) or past it (会计师事务所 over 会计师), a surname and a title
    read as one person (黄教授).  A person that starts inside a title (兵米勒
    after 二等兵), or an organisation that does not end like one (美国总统拜,
    中国驻美大 across 大|使), is a name run on into or from the title."""
    if span.label_ == "TITLE" or span.label_ not in RULE_LABELS:
        return True
    if span.label_ == "PERSON":
        return min(t.start for t in titles) > span.start     # 黄教授: a surname and a title, read as one
    if span.label_ in ("ORG", "BANK"):      # 湖南省委 across 省委|书记, not 中国驻美大 across 大|使
        return _ends_like_org(span.text)
    return True


def _person_after(doc: Doc, span: Span, titles: Sequence[Span]) -> Optional[Span]:
    """The part of a model PERSON span after the titles it starts with
    (二等兵|米勒 read 兵米勒 gives 米勒), if two characters or more are left."""
    end = max(t.end for t in titles)
    if span.label_ != "PERSON" or min(t.start for t in titles) > span.start or end >= span.end:
        return None
    rest = doc[end:span.end]
    return Span(doc, end, span.end, label="PERSON") if len(rest.text) >= 2 else None


def _longer_name(span: Span, listed: Sequence[Span]) -> bool:
    """A model span that holds the listed banks and organisations it overlaps
    and is one longer name: an ORG that ends like an organisation or a unit of
    one (中国银联广东分公司), a BANK longer than each of them that ends like a
    bank's name (瑞穗实业银行 over 瑞穗)."""
    if not all(e.label_ in ("ORG", "BANK") and span.start <= e.start and e.end <= span.end and
               (e.start, e.end) != (span.start, span.end) for e in listed):
        return False                    # the same boundaries keep the list's label (上海银行股份有限公司)
    if span.label_ == "ORG":
        return span.text.endswith(org_endings())
    return span.label_ == "BANK" and span.text.endswith(_BANK_NAME_ENDS)
_BANK_ENDS = ("行", "社", "储", "）", ")", "公司", "中心", "总部", "营业部", "管理部")


def _bank_like(text: str, a: int, b: int) -> bool:
    """Whether a model BANK span reads as a bank: it ends like one (银行, 支行,
    信用社, 美联储, …有限公司) or holds a bank's listed name or short name (渣打,
    汇丰中国), and it is not the banking industry or the interbank market
    (中国银行业, 银行间)."""
    from finner.lexicon import bank_short_names
    if banking_word(text, a, b):
        return False
    surface = text[a:b]
    if surface.endswith(_BANK_ENDS):
        return True
    from finner.gazetteer import find_names
    return any(n.label == "BANK" for n in find_names(surface)) or any(w in surface for w in bank_short_names())


_CACHE: dict = {}


def _load(model: Optional[str]) -> Any:
    """The model pipeline; the shipped one is loaded once per process."""
    from finner.training.train import load_model
    if model is not None:
        return load_model(model)
    if "default" not in _CACHE:
        _CACHE["default"] = load_model("default")
    return _CACHE["default"]


make_ner = register_component(
    "finner_ner", NerWrapper, overwrite=False, config={"model": None, "labels": None, "chunk_size": 2000},
    assigns=["doc.ents", "doc.spans", "span._.canonical"])
