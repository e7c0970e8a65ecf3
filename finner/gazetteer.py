"""Names from the data files: banks (and their branches), organisations,
products and titles, found in plain text.  Pure Python, no spaCy.

``find_names(text)`` returns :class:`Name` records with character offsets.

* The longest listed surface at each position is found left to right (a
  character class for where one may start, a dictionary for which), so 工银瑞信基金 (ORG) wins over 工银 inside it
  and 副行长 over 行长.
* A bank's name followed by 集团 (花旗集团) names the group: one ORG span.
* A bank's or an organisation's name followed by its legal form (中国工商银行股份有限公司)
  is one span with the same canonical name.
* A bank followed by a branch (中国银行深圳市分行, 工行上海市分行,
  建设银行北京分行营业部, …支行) is one BANK span with the bank's canonical name.
* A university's name before 生 or 城 names students or a university town, not the
  university (北京大学生电影节, 重庆大学城; 北京大学生命科学学院 is the university).
* Generic nouns (商业银行, 城商行, 五大行, 银行) are in no data file and so are
  never tagged; nor is a bank name before 间 or 业 (上海银行间同业拆放利率, 美国银行业).
* A rural, village or private bank written as place + type (江州农村商业银行,
  泽阳农商银行, 青溪村镇银行) is a BANK even when no data file lists it.
* A bank's short name that is also an ordinary word (中信, 招商, 工商, 交通, 平安)
  is a BANK only where its context shows the bank (``bank_short_names.tsv``,
  ``bank_context.tsv``): 中信的信用卡, 招商客服, 在民生办了卡, 招商、中信和光大的卡,
  or right before one of its listed products (中信动卡空间, 平安新一贷);
  never in 招商引资, 交通事故, 平安无事, 中信证券.
* A quoted name that ends like a product (“江农e贷”, 「泽惠宝」), or right after a
  financial institution's name (苏银理财旗下“恒源周开鑫1号”), is a PRODUCT even when
  no data file lists it (``quoted_products.tsv``); listed names inside the quotes
  give way to it (浦发 in “浦发京东白金卡”).
* A unit after a central bank or a government body (人民银行营业管理部, 中国人民银行上海总部,
  金融监管总局江苏监管局) is in its span (``name_units.tsv``).
* A listed title inside a word of ``not_titles.tsv`` is no title: a body, a meeting or
  an index (董事会, 总经理办公会, 采购经理指数) or two words it straddles (该行|长期); the
  longest such word decides, so the position itself stays (董事会秘书, 行长期间).
* The place of a patterned bank name starts after the last stop word
  (``name_stops.tsv``: 收购东莞长安村镇银行 is 东莞长安村镇银行).

Overlap policy: a longer name wins over a shorter one it contains; on equal
length the order is ORG, BANK, PRODUCT, TITLE (an institution's name is more
specific than a product or a role).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from finner import lexicon
from finner.normalize import check_text, normalize, to_original
from finner.gcpause import gc_paused

__all__ = ["Name", "find_names"]

_PRIORITY = {"ORG": 0, "BANK": 1, "PRODUCT": 2, "TITLE": 3, "PERSON": 4}
# a branch after a bank: a place name of 1-10 characters, then 分行 or 支行, then an
# optional 营业部 (北京分行营业部); or a 营业部 directly
# (its place name holds no function word or verb: 中国银行发布公告称其深圳分行 is no branch)
_BRANCH = re.compile(r"(?:(?![的了在与和及其是为将对向从把被等称发布表示行名位])[\u4e00-\u9fff]){1,8}?"
                     r"(?:分行|支行)(?:营业部)?|营业部")


_GROUP = "集团"
_LEGAL = re.compile(r"股份有限公司|有限责任公司|有限公司")

# a foreign bank's mainland arm: 花旗银行（中国）, 华侨银行(中国)有限公司
_CHINA = re.compile(r"[（(]中国[）)](?:有限公司)?")


@functools.lru_cache(maxsize=1)
def _foreign_banks() -> frozenset:
    return frozenset(b.canonical for b in lexicon.banks() if b.kind == "foreign")


_NOT_AFTER_HANG = frozenset("业为情道驶走使动程列李径销")
_UNI_SCHOOL = frozenset("命物态理化")     # 北京大学生命科学学院, 清华大学生物系


@dataclass(frozen=True)
class Name:
    label: str                 # BANK, ORG, PRODUCT, TITLE
    text: str
    start: int
    end: int
    canonical: Optional[str]   # the full name for BANK and ORG; the product name for PRODUCT


class _Surfaces:
    """The longest listed surface at the leftmost position: a character class
    finds where a surface may start (in C), then a dictionary is asked for
    the lengths that start with that character, longest first.  Built in a few
    milliseconds, where a regex alternation of every surface takes a fifth of
    a second to compile on the first call of a process."""

    def __init__(self, surfaces: Dict[str, Tuple[str, Optional[str]]]):
        lengths: Dict[str, set] = {}
        for w in surfaces:
            lengths.setdefault(w[0], set()).add(len(w))
        self.lengths = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}
        self.surfaces = surfaces
        self.starts = re.compile("[" + "".join(re.escape(c) for c in sorted(lengths)) + "]")

    def search(self, text: str, pos: int, below: int = 0) -> Optional[Tuple[int, int, str]]:
        """``(start, end, surface)`` of the first match at or after ``pos``, or None;
        ``below``: at ``pos`` itself, only a surface shorter than this."""
        surfaces, lengths, starts = self.surfaces, self.lengths, self.starts
        first = pos
        while True:
            m = starts.search(text, pos)
            if m is None:
                return None
            i = m.start()
            room = len(text) - i
            if below and i == first:
                room = min(room, below - 1)
            for n in lengths[text[i]]:
                if n <= room:
                    w = text[i:i + n]
                    if w in surfaces:
                        return i, i + n, w
            pos = i + 1


@functools.lru_cache(maxsize=1)
@gc_paused
def _table() -> Tuple[_Surfaces, Dict[str, Tuple[str, Optional[str]]]]:
    surfaces: Dict[str, Tuple[str, Optional[str]]] = {}

    def add(surface: str, label: str, canonical: Optional[str]) -> None:
        old = surfaces.get(surface)
        if old is None or _PRIORITY[label] < _PRIORITY[old[0]]:
            surfaces[surface] = (label, canonical)

    for t in lexicon.titles():
        add(t, "TITLE", None)
    for p in lexicon.products():
        add(p.name, "PRODUCT", p.name)
    for b in lexicon.banks():
        for s in (b.canonical,) + b.aliases:
            add(s, "BANK", b.canonical)
    for o in lexicon.organizations():
        for s in (o.canonical,) + o.aliases:
            add(s, "ORG", o.canonical)
    for person in lexicon.persons():
        add(person, "PERSON", None)
    return _Surfaces(surfaces), surfaces


def find_names(text: str) -> List[Name]:
    """Banks, organisations, products, titles and listed public figures in ``text``,
    in order, not overlapping."""
    raw = check_text(text)
    if not raw.strip():
        return []
    norm, imap = normalize(raw)
    pattern, surfaces = _table()
    out: List[Name] = []
    pos = below = 0
    n = len(norm)
    while pos < n:
        hit = pattern.search(norm, pos, below)
        below = 0
        if hit is None:
            break
        a, b, word = hit
        label, canonical = surfaces[word]
        if _no_name_at(norm, a, b, word, label):
            pos = a + 1
            continue
        # a title inside a body's, a meeting's or an index's name (董事会, 记者会, 采购经理指数)
        if label == "TITLE" and not_a_title(norm, a, b):
            pos, below = a, b - a            # a shorter name may start there (外交部 in 外交部|长期)
            continue
        if label == "BANK" and norm.startswith(_GROUP, b):
            # 花旗集团, 光大集团: the group that owns the bank is an organisation of its own
            label, b = "ORG", b + len(_GROUP)
            canonical = norm[a:b]
        if label == "BANK":
            b = _bank_end(norm, b, canonical)
        if label == "ORG" and norm.endswith("部", a, b) and norm.startswith("长", b):
            title = _minister(norm, a, b + 1)
            if title is not None:            # 美国财政部长: the title, not the ministry (组织部长)
                start, end = to_original(imap, title, b + 1)
                out.append(Name("TITLE", raw[start:end], start, end, None))
                pos = b + 1
                continue
        if canonical in _unit_owners():
            b = _unit_end(norm, b, label)
        if label in ("BANK", "ORG"):
            legal = _LEGAL.match(norm, b)         # 中国工商银行股份有限公司: the registered name
            if legal is not None:
                b = legal.end()
        start, end = to_original(imap, a, b)
        out.append(Name(label, raw[start:end], start, end, canonical))
        pos = b
    found = _with_quoted_products(raw, norm, imap, _with_bank_patterns(raw, norm, imap, out))
    return _with_short_names(raw, norm, imap, found)


# rural, village and private banks follow a fixed naming pattern: a place (or brand)
# name and a type (江州农村商业银行, 泽阳农商银行, 青溪村镇银行, 恒通民营银行); the short
# types 农商银行/农商行 stand for 农村商业银行 in the canonical name
_BANK_TYPES = {"农村商业银行": "农村商业银行", "农商银行": "农村商业银行", "农商行": "农村商业银行",
               "村镇银行": "村镇银行", "民营银行": "民营银行", "农村信用合作联社": "农村信用合作联社",
               "农村合作银行": "农村合作银行"}
_BANK_TYPE = re.compile("|".join(sorted(_BANK_TYPES, key=len, reverse=True)))
_PLACE_MIN, _PLACE_MAX = 2, 6            # characters of the place or brand before the type


def _no_name_at(norm: str, a: int, b: int, word: str, label: str) -> bool:
    """The listed ``word`` found at ``a:b`` names nothing there."""
    n = len(norm)
    # ASCII aliases (ICBC, IMF) must stand as whole words
    if word.isascii() and ((a > 0 and norm[a - 1].isascii() and norm[a - 1].isalnum()) or
                           (b < n and norm[b].isascii() and norm[b].isalnum())):
        return True
    # two-character aliases ending in 行 inside ordinary words: 加工行业, 个人行为, 盛世行情
    if len(word) == 2 and word[1] == "行" and b < n and norm[b] in _NOT_AFTER_HANG:
        return True
    # a university before 生 or 城 names its students or a university town, not the
    # university: 北京大学生电影节, 重庆大学城 (but 北京大学生命科学学院 is the university)
    if word.endswith("大学") and b < n and ((norm[b] == "生" and norm[b + 1:b + 2] not in _UNI_SCHOOL)
                                           or (norm[b] == "城" and not norm.startswith("城市", b))):
        return True
    if label == "PERSON" and not _person_apart(norm, a, b):
        return True                          # 盖茨比, 马云飞, 司马云, 李强调: no listed person there
    if _inside_place(norm, a, word):
        return True                          # 巴萨 in 登巴萨: a piece of a place of places.tsv
    # 银行间 (interbank: 上海银行间同业拆放利率) and 银行业 (the banking industry: 美国银行业)
    return label == "BANK" and banking_word(norm, a, b)


def _bank_end(norm: str, b: int, canonical: Optional[str]) -> int:
    """Where a listed bank's span that ends at ``b`` ends with what follows it:
    a foreign bank's mainland arm (花旗银行（中国）有限公司), a branch (深圳分行, …支行
    营业部) and a unit licensed as a branch (信用卡中心)."""
    if canonical in _foreign_banks():
        china = _CHINA.match(norm, b)
        if china is not None:
            b = china.end()
    br = _BRANCH.match(norm, b)
    if br is not None:
        b = br.end()
    return _bank_unit_end(norm, b)


def _person_apart(text: str, a: int, b: int) -> bool:
    """The listed person ``text[a:b]`` stands apart: no compound surname begins
    before it (司马|云), no place, prize or doctrine is named after it (李嘉诚基金会,
    凯恩斯主义: ``named_after.tsv`` and institutions' endings), and a name of two
    characters is followed by no character that may go on with it (马云|飞,
    李强|调: only punctuation, a Latin letter or digit, a character that stands
    as a word of its own (的, 在), or a title or verb of speech after it),
    unless it is a foreign name written in characters of transliteration.tsv
    (普京, 莫迪: no Chinese given name goes on from them)."""
    from finner.foreign_names import named_after, stands_apart_after
    if a and lexicon.surnames().get(text[a - 1:a + 1]) == "compound":
        return False
    if named_after(text, b):
        return False
    return b - a > 2 or stands_apart_after(text, b) or all(c in lexicon.transliteration() for c in text[a:b])


def not_a_title(text: str, a: int, b: int) -> bool:
    """``text[a:b]``, a title's surface, lies in a word of ``not_titles.tsv``
    that is no title (董事 in 董事会, 行长 in 该行长期, 经理 in 采购经理指数); the
    longest such word around it decides (行长期间 keeps 行长)."""
    for word, k, is_title in _words_holding(text[a:b]):       # longest first
        if k <= a and text.startswith(word, a - k):
            return not is_title
    return _straddles(text, a, b)


def _minister(text: str, a: int, b: int) -> Optional[int]:
    """Where a listed title that ends at ``b`` after a ministry's name
    ``text[a:b-1]`` starts inside it (财政部长 in 美国财政部长), or None."""
    _, surfaces = _table()
    for c in range(a + 1, b - 2):
        entry = surfaces.get(text[c:b])
        if entry is not None and entry[0] == "TITLE" and not not_a_title(text, c, b):
            return c
    return None


def _straddles(text: str, a: int, b: int) -> bool:
    """The end of the title ``text[a:b]`` begins a word of ``not_titles.tsv``
    that goes on past it and is no title (财政部长 in 财政部|长期以来, over the
    row 部长期), unless a longer row there is one (部长期间)."""
    for i in range(a + 1, b):
        for word, k, is_title in _words_holding(text[i:b]):
            if k == 0 and len(word) > b - i and text.startswith(word, i):
                return not is_title          # the longest word starting there decides
    return False


@functools.lru_cache(maxsize=4096)
def _words_holding(surface: str) -> Tuple[Tuple[str, int, bool], ...]:
    """The words of not_titles.tsv that hold ``surface``, with each place of it
    in them and their reading, longest word first."""
    out = []
    for word, is_title in lexicon.not_titles().items():
        k = word.find(surface)
        while k >= 0:
            out.append((word, k, is_title))
            k = word.find(surface, k + 1)
    return tuple(sorted(out, key=lambda w: -len(w[0])))


def banking_word(text: str, a: int, b: int) -> bool:
    """``text[a:b]``, a bank's name, begins a word for the banking industry or
    the interbank market (美国银行业, 上海银行间同业拆放利率): no bank there."""
    return text.endswith("银行", a, b) and b < len(text) and text[b] in "间业"


def _place_start(norm: str, a: int, b: int) -> int:
    """Where the place or brand part of a patterned name ending at ``b`` begins:
    after the last stop word (name_stops.tsv: 收购, 关于, 的) between ``a`` and
    ``b`` (the longest one starting there), else at ``a``."""
    stops = lexicon.name_stops()                 # longest first
    for i in range(b - 1, a - 1, -1):
        c = norm[i]
        for w in stops:
            if w[0] == c and i + len(w) <= b and norm.startswith(w, i):
                return i + len(w)
    return a


def _with_bank_patterns(raw: str, norm: str, imap, found: List[Name]) -> List[Name]:
    extra = []
    taken = [(f.start, f.end) for f in found]
    for m in _BANK_TYPE.finditer(norm):
        t = a = m.start()                        # the type: 农商行, 村镇银行
        while a > 0 and t - a < _PLACE_MAX and "\u4e00" <= norm[a - 1] <= "\u9fff":
            a -= 1                               # the longest run of characters the place may use
        for f in found:                          # 工行和江南农商行: the place starts after a name
            fb = _norm_end(imap, f.end)
            if a < fb <= t:
                a = fb
        a = _place_start(norm, a, t)
        if t - a < _PLACE_MIN:
            continue                             # 控股村镇银行, 倒逼农商行: no place left
        b = m.end()
        start, end = to_original(imap, a, b)
        place = norm[a:t]
        if any(s < end and start < e for s, e in taken) or norm[a:b] in lexicon.generic_names():
            continue
        br = _BRANCH.match(norm, b)
        end = to_original(imap, a, _bank_unit_end(norm, br.end() if br is not None else b))[1]
        extra.append(Name("BANK", raw[start:end], start, end, place + _BANK_TYPES[m.group()]))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _norm_end(imap, end: int) -> int:
    """The index in the normalised copy that ends where the original's ``end`` does."""
    if imap is None:
        return end
    ends = imap[1]
    return bisect.bisect_left(ends, end) + 1


@functools.lru_cache(maxsize=1)
def _unit_owners() -> Dict[str, str]:
    """canonical name -> label, for the names that units follow: central banks,
    regulators, ministries and government bodies."""
    out = {b.canonical: "BANK" for b in lexicon.banks() if b.kind == "central"}
    out.update({o.canonical: "ORG" for o in lexicon.organizations() if o.kind in ("regulator", "ministry", "government")})
    return out


def _unit_end(norm: str, b: int, label: str) -> int:
    """The end of a unit written right after a name that ends at ``b``
    (name_units.tsv: 人民银行营业管理部, 金融监管总局江苏监管局), or ``b``."""
    for unit in lexicon.name_units():
        if unit.label != label or unit.any_bank:
            continue
        if not unit.place:
            if norm.startswith(unit.word, b):
                return b + len(unit.word)
            continue
        for n in range(_UNIT_PLACE[0], _UNIT_PLACE[1] + 1):
            if norm.startswith(unit.word, b + n) and all("\u4e00" <= c <= "\u9fff" for c in norm[b:b + n]) \
                    and _place_start(norm, b, b + n) == b:
                return b + n + len(unit.word)
    return b


@functools.lru_cache(maxsize=4096)
def _places_holding(word: str) -> Tuple[Tuple[str, int], ...]:
    """The places of places.tsv that hold ``word`` and are longer, with where
    it starts in them (登巴萨 holds 巴萨 at 1)."""
    out = []
    for place in lexicon.places():
        k = place.find(word)
        while k >= 0 and len(place) > len(word):
            out.append((place, k))
            k = place.find(word, k + 1)
    return tuple(out)


def _inside_place(norm: str, a: int, word: str) -> bool:
    """The listed ``word`` found at ``a`` lies inside a longer place's name there."""
    return any(a >= k and norm.startswith(place, a - k) for place, k in _places_holding(word))


@functools.lru_cache(maxsize=1)
def _bank_units() -> Tuple[str, ...]:
    """The units of any bank (name_units.tsv, place ``bank``), longest first."""
    return tuple(u.word for u in lexicon.name_units() if u.any_bank)


def _bank_unit_end(norm: str, b: int) -> int:
    """The end of a unit of any bank written right after a bank's name or
    branch that ends at ``b`` (name_units.tsv, place ``bank``: 招商银行信用卡中心), or ``b``."""
    for word in _bank_units():
        if norm.startswith(word, b):
            return b + len(word)
    return b


_UNIT_PLACE = (2, 4)         # characters of the place name in a unit (江苏, 浙江省 is 浙江 + 省分局)


# a name in quotes that ends like a product (“江农e贷”, 「泽惠宝」, "稳享添利理财"), or
# that a financial institution's name stands before (苏银理财旗下“恒源周开鑫1号”), is a
# product even when no data file lists it (quoted_products.tsv)
_QUOTED = re.compile(r"[“「『\"]([\u4e00-\u9fffA-Za-z0-9·+]{2,16})[”」』\"]")
_ISSUER_LINK = ("旗下的", "推出的", "发行的", "旗下", "推出", "发行", "的", "")


def _issued(norm: str, a: int) -> bool:
    """A financial institution's name ends right before ``a`` (the opening
    quote), maybe followed by 旗下, 推出 or 的."""
    issuers = lexicon.quoted_products()["issuer"]
    for link in _ISSUER_LINK:
        if link and not norm.endswith(link, 0, a):
            continue
        e = a - len(link)
        for w in issuers:
            # the issuer has a name of its own before the word (苏银理财, not 公司 or 理财 alone)
            if norm.endswith(w, 0, e) and e - len(w) >= 2 and "\u4e00" <= norm[e - len(w) - 1] <= "\u9fff" \
                    and "\u4e00" <= norm[e - len(w) - 2] <= "\u9fff":
                return True
    return False


def _with_quoted_products(raw: str, norm: str, imap, found: List[Name]) -> List[Name]:
    if not any(q in norm for q in "“「『\""):
        return found
    ends = lexicon.quoted_products()["end"]
    extra = []
    inner: set = set()
    for m in _QUOTED.finditer(norm):
        a, b = m.span(1)
        name = m.group(1)
        start, end = to_original(imap, a, b)
        hits = [k for k, f in enumerate(found) if f.start < end and start < f.end]
        # “渝农商理财天天利”: a listed product ends the quoted name
        product_last = bool(hits) and found[hits[-1]].label == "PRODUCT" and found[hits[-1]].end == end
        if not (name.endswith(ends) or product_last or _issued(norm, m.start())) or \
                name in lexicon.generic_names() or name.endswith(lexicon.quoted_products()["not_end"]):
            continue
        if any(found[k].start < start or found[k].end > end or found[k].text == name for k in hits):
            continue                             # a listed name reaches out of the quotes, or is the whole
        inner.update(hits)                       # names inside (浦发 in “浦发京东白金卡”, 快贷 in “渝快贷”) give way
        extra.append(Name("PRODUCT", raw[start:end], start, end, raw[start:end]))
    if not extra:
        return found
    return sorted([f for k, f in enumerate(found) if k not in inner] + extra, key=lambda f: f.start)


@functools.lru_cache(maxsize=1)
def _short_name_pattern() -> "re.Pattern[str]":
    from finner.quantities import _alternation
    return re.compile(_alternation(lexicon.bank_short_names()))


def _has(words, name: str, norm: str, at: int, before: bool = False) -> int:
    """Length of the longest word of ``words`` (word -> names or None) that applies to
    the short name ``name`` and stands right after (or, with ``before``, right
    before) position ``at`` of ``norm``; 0 if none."""
    best = 0
    for w, names in words.items():
        if len(w) <= best or (names is not None and name not in names):
            continue
        if (norm.endswith(w, 0, at) if before else norm.startswith(w, at)):
            best = len(w)
    return best


def ordinary_words(text: str) -> List[Tuple[int, int]]:
    """Where a bank's short name begins an ordinary word (招商引资, 交通事故,
    平安无事, 民生保障: bank_context.tsv role ``word``): ``(start, end)`` of
    the short name and the word, character offsets into ``text``.  No name
    may be read over them (finner_ner drops a model span that overlaps one)."""
    raw = check_text(text)
    short = lexicon.bank_short_names()
    if not any(w in raw for w in short):
        return []
    norm, imap = normalize(raw)
    words = lexicon.bank_context()["word"]
    out = []
    for m in _short_name_pattern().finditer(norm):
        a, b = m.span()
        n = _has(words, m.group(), norm, b)
        if n:
            out.append(to_original(imap, a, b + n))
    return out


@functools.lru_cache(maxsize=1)
def _providers() -> Dict[str, str]:
    """product name -> its provider (banks' canonical or registered names)."""
    return {p.name: p.provider for p in lexicon.products() if p.provider}


def _own_product(found: List[Name], end: int, bank: str) -> bool:
    """A listed product of ``bank`` starts right at ``end`` (中信动卡空间, 平安新一贷)."""
    providers = _providers()
    return any(f.start == end and f.label == "PRODUCT" and bank in providers.get(f.canonical or f.text, "")
               for f in found)


def _with_short_names(raw: str, norm: str, imap, found: List[Name]) -> List[Name]:
    """Bank short names (中信, 招商) that their context shows to mean the bank."""
    short = lexicon.bank_short_names()
    if not any(w in norm for w in short):
        return found
    ctx = lexicon.bank_context()
    pattern = _short_name_pattern()
    starts = [f.start for f in found]             # found is sorted and never overlaps
    accepted: List[Name] = []
    pending: List[Tuple[int, int, str, Name]] = []   # (norm a, b, word, name) waiting for a list
    pos = 0
    while True:
        m = pattern.search(norm, pos)
        if m is None:
            break
        a, b = m.span()
        pos = a + 1
        word = m.group()
        start, end = to_original(imap, a, b)
        i = bisect.bisect_left(starts, end) - 1
        if i >= 0 and found[i].end > start:
            continue
        if _has(ctx["block"], word, norm, b) or _has(ctx["word"], word, norm, b) or \
                _has(ctx["not_before"], word, norm, a, before=True):
            continue
        name = Name("BANK", raw[start:end], start, end, short[word])
        after = b + 1 if norm.startswith("的", b) else b
        if _has(ctx["after"], word, norm, after) or _own_product(found, end, short[word]) or \
                (_has(ctx["before"], word, norm, a, before=True) and _has(ctx["verb"], word, norm, b)):
            unit = _bank_unit_end(norm, b)
            if unit > b:                        # 中信信用卡中心
                start, end = to_original(imap, a, unit)
                name = Name("BANK", raw[start:end], start, end, short[word])
            accepted.append(name)
            pos = unit
        else:
            pending.append((a, b, word, name))
    # a short name in a list with another bank (招商、中信和光大的卡): repeat until no change
    changed = True
    covered = {i for f in accepted for i in range(f.start, f.end)}
    while pending and changed:
        changed = False
        banks = [f for f in found if f.label == "BANK"] + accepted
        bank_ends = {f.end for f in banks}
        bank_starts = {f.start for f in banks}
        for item in list(pending):
            a, b, word, name = item
            left = _has(ctx["list"], word, norm, a, before=True)
            right = _has(ctx["list"], word, norm, b)
            if any(i in covered for i in range(name.start, name.end)):
                pending.remove(item)        # overlaps a short name taken already
                continue
            if (left and to_original(imap, a - left, a)[0] in bank_ends) or \
                    (right and to_original(imap, b, b + right)[1] in bank_starts):
                accepted.append(name)
                covered.update(range(name.start, name.end))
                pending.remove(item)
                changed = True
    return sorted(found + accepted, key=lambda f: f.start) if accepted else found
