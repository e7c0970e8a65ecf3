"""Loads and validates finner's knowledge files (``finner/data/*.tsv``).

Every file is UTF-8, tab-separated, with a first line ``# ...`` that says what a
row is.  A file that fails validation stops loading with a
:class:`LexiconError` naming the file and the line.  Loaded tables are
immutable (tuples, frozensets, mappings built once and cached per process).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from types import MappingProxyType
from typing import Callable, Dict, FrozenSet, List, Mapping, NamedTuple, Optional, Sequence, Tuple

__all__ = ["LexiconError", "read_table", "currencies", "measure_words", "qualifier_words",
           "variants", "idioms", "change_words", "kuai_nouns", "not_signs", "qualifier_limits", "scale_words", "Currency", "QUALIFIERS"]

QUALIFIERS = ("over", "at_least", "under", "at_most", "nearly", "about", "range", "several")


class LexiconError(ValueError):
    """A data file is malformed; the message names the file and line."""


def _data_text(name: str) -> str:
    return resources.files("finner").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def read_table(name: str, columns: Sequence[str], text: str | None = None) -> List[Tuple[int, Tuple[str, ...]]]:
    """Rows of ``finner/data/NAME`` (or of ``text``) as ``(line_number, fields)``.

    Checks: a header comment first, exactly ``len(columns)`` tab-separated
    fields, no empty field, no surrounding whitespace, no blank line."""
    if text is None:
        try:
            text = _data_text(name)
        except FileNotFoundError as e:
            raise LexiconError(f"{name}: data file is missing") from e
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or not lines[0].startswith("# "):
        raise LexiconError(f"{name}:1: the first line must be a '# ' header saying what a row is")
    rows = []
    for no, line in enumerate(lines[1:], start=2):
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != len(columns):
            raise LexiconError(f"{name}:{no}: expected {len(columns)} fields "
                               f"({', '.join(columns)}), got {len(fields)}: {line!r}")
        for col, f in zip(columns, fields):
            if not f or f != f.strip():
                raise LexiconError(f"{name}:{no}: empty or padded field {col!r}: {line!r}")
        rows.append((no, tuple(fields)))
    return rows


def _words(name: str, text: str | None, check: Optional[Callable[[str], Optional[str]]] = None) -> List[str]:
    """The words of a ``word``/``note`` table, in file order: no word twice, and
    ``check(word)``, when given, returns what is wrong with a word (None when
    nothing is)."""
    rows = read_table(name, ("word", "note"), text)
    _unique(name, rows, lambda f: f[0])
    for no, (word, _) in rows:
        problem = check(word) if check is not None else None
        if problem is not None:
            raise LexiconError(f"{name}:{no}: {problem}")
    return [w for _, (w, _) in rows]


def _longest_first(words: List[str]) -> Tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _chinese(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)


def _unique(name: str, rows: List[Tuple[int, Tuple[str, ...]]], key: Callable[[Tuple[str, ...]], str]) -> None:
    seen: Dict[str, int] = {}
    for no, fields in rows:
        k = key(fields)
        if k in seen:
            raise LexiconError(f"{name}:{no}: duplicate {k!r} (first on line {seen[k]})")
        seen[k] = no


# --- currencies -----------------------------------------------------------
_ISO = re.compile(r"^[A-Z]{3}$")
POSITIONS = ("pre", "post", "both", "sub")
FORMS = ("word", "generic", "symbol", "code")
# crypto-currencies have no ISO 4217 code; their usual tickers stand in for one
NON_ISO_CODES = frozenset({"BTC", "ETH"})


@dataclass(frozen=True)
class Currency:
    surface: str
    code: str          # ISO 4217
    scale: Decimal     # 1 for a main unit, 0.1 for 角, 0.01 for 分
    position: str      # pre, post, both, sub
    form: str = "word"  # word, generic, symbol, code

    @property
    def generic(self) -> bool:
        """元/圆/块: yuan of whatever currency a neighbouring word names (港币2960元)."""
        return self.form == "generic"

    @property
    def symbol(self) -> bool:
        """A sign such as $, ¥ or HK$: written before Arabic digits only."""
        return self.form == "symbol"


def parse_currencies(text: str | None = None, name: str = "currencies.tsv") -> Mapping[str, Currency]:
    rows = read_table(name, ("surface", "code", "scale", "position", "form"), text)
    _unique(name, rows, lambda f: f[0])
    out = {}
    for no, (surface, code, scale, position, form) in rows:
        if form not in FORMS:
            raise LexiconError(f"{name}:{no}: form must be one of {FORMS}, got {form!r}")
        if form == "code" and not re.fullmatch(r"[A-Za-z]+", surface):
            raise LexiconError(f"{name}:{no}: a code is written in Latin letters, got {surface!r}")
        if form == "symbol" and (position == "sub" or re.search(r"[\u3400-\u9fff]", surface)):
            raise LexiconError(f"{name}:{no}: a symbol is a sign, not a Chinese word or a sub-unit: {surface!r}")
        if form == "generic" and (code != "CNY" or position != "post"):
            raise LexiconError(f"{name}:{no}: a generic yuan word has code CNY and stands after the number")
        if not _ISO.match(code):
            raise LexiconError(f"{name}:{no}: {code!r} is not an ISO 4217 code")
        try:
            sc = Decimal(scale)
        except InvalidOperation:
            raise LexiconError(f"{name}:{no}: scale {scale!r} is not a decimal") from None
        if not (0 < sc <= 1):
            raise LexiconError(f"{name}:{no}: scale must be in (0, 1], got {scale}")
        if position not in POSITIONS:
            raise LexiconError(f"{name}:{no}: position must be one of {POSITIONS}, got {position!r}")
        if (position == "sub") != (sc != 1):
            raise LexiconError(f"{name}:{no}: sub-units (and only they) have a scale below 1")
        out[surface] = Currency(surface, code, sc, position, form)
    return MappingProxyType(out)


@functools.lru_cache(maxsize=1)
def currencies() -> Mapping[str, Currency]:
    """Currency surfaces (元, 美元, US$, ¥ …) to :class:`Currency`."""
    return parse_currencies()


# --- measure words ----------------------------------------------------------
MEASURE_KINDS = ("count", "duration", "date", "noun")


def _word_kinds(text: str | None, name: str, key: str, kinds: Sequence[str]) -> Mapping[str, str]:
    """A two-column table ``KEY, kind`` with kinds from a closed set, as a mapping."""
    rows = read_table(name, (key, "kind"), text)
    _unique(name, rows, lambda f: f[0])
    for no, (_, kind) in rows:
        if kind not in kinds:
            raise LexiconError(f"{name}:{no}: kind must be one of {tuple(kinds)}, got {kind!r}")
    return MappingProxyType({w: k for _, (w, k) in rows})


def parse_measure_words(text: str | None = None, name: str = "measure_words.tsv") -> Mapping[str, str]:
    return _word_kinds(text, name, "word", MEASURE_KINDS)


@functools.lru_cache(maxsize=1)
def measure_words() -> Mapping[str, str]:
    """Measure words to their kind: ``count`` (户, 人, 股), ``duration`` (年, 个月),
    ``date`` (号, 期) or ``noun``, a noun that begins with a measure word (个人客户,
    个体工商户: the number before it stands alone): only ``count`` words make a
    counted amount."""
    return parse_measure_words()


# --- qualifier words --------------------------------------------------------
def parse_qualifier_words(text: str | None = None, name: str = "qualifiers.tsv") -> Mapping[Tuple[str, str], str]:
    rows = read_table(name, ("word", "position", "qualifier"), text)
    _unique(name, rows, lambda f: f[0] + "\t" + f[1])
    for no, (word, position, qual) in rows:
        if position not in ("pre", "post", "bare"):
            raise LexiconError(f"{name}:{no}: position must be pre, post or bare, got {position!r}")
        if qual not in QUALIFIERS[:6]:
            raise LexiconError(f"{name}:{no}: qualifier must be one of {QUALIFIERS[:6]}, got {qual!r}")
    return MappingProxyType({(w, p): q for _, (w, p, q) in rows})


@functools.lru_cache(maxsize=1)
def qualifier_words() -> Mapping[Tuple[str, str], str]:
    """``(word, "pre"|"post"|"bare")`` to a qualifier name (超 -> over, 以上 -> at_least);
    a ``bare`` word qualifies only a magnitude with no digit or 半 (上千家, 过半)."""
    return parse_qualifier_words()


def parse_qualifier_limits(text: str | None = None, name: str = "qualifier_limits.tsv",
                           words: Optional[Mapping[Tuple[str, str], str]] = None) -> Mapping[Tuple[str, str], Tuple[str, bool]]:
    rows = read_table(name, ("word", "position", "not_before", "single_only"), text)
    _unique(name, rows, lambda f: f[0] + "\t" + f[1])
    words = qualifier_words() if words is None else words
    out = {}
    for no, (word, position, not_before, single) in rows:
        if (word, position) not in words:
            raise LexiconError(f"{name}:{no}: {word!r} ({position}) is not a word of qualifiers.tsv")
        if single not in ("yes", "no"):
            raise LexiconError(f"{name}:{no}: single_only must be yes or no, got {single!r}")
        out[(word, position)] = ("" if not_before == "-" else not_before, single == "yes")
    return MappingProxyType(out)


@functools.lru_cache(maxsize=1)
def qualifier_limits() -> Mapping[Tuple[str, str], Tuple[str, bool]]:
    """``(word, position)`` to ``(not_before, single_only)``: 上下 before 游 is the word
    上下游; 多 and 余 qualify one value only (7000多万, not 5%多)."""
    return parse_qualifier_limits()


# --- Latin scale words --------------------------------------------------------
SCALE_NEEDS = ("any", "unit", "currency")


def parse_scale_words(text: str | None = None, name: str = "scale_words.tsv") -> Mapping[str, Tuple[Decimal, str]]:
    rows = read_table(name, ("word", "factor", "needs"), text)
    _unique(name, rows, lambda f: f[0])
    out = {}
    for no, (word, factor, needs) in rows:
        if not re.fullmatch(r"[A-Za-z]+", word):
            raise LexiconError(f"{name}:{no}: a scale word is written in Latin letters, got {word!r}")
        if not re.fullmatch(r"10*", factor) or factor == "1":
            raise LexiconError(f"{name}:{no}: factor must be a power of ten above 1, got {factor!r}")
        if needs not in SCALE_NEEDS:
            raise LexiconError(f"{name}:{no}: needs must be one of {SCALE_NEEDS}, got {needs!r}")
        out[word] = (Decimal(factor), needs)
    return MappingProxyType(out)


@functools.lru_cache(maxsize=1)
def scale_words() -> Mapping[str, Tuple[Decimal, str]]:
    """Latin words that multiply the number before them (3 million, 2 bn, 15k)."""
    return parse_scale_words()


# --- character variants -----------------------------------------------------
def parse_variants(text: str | None = None, name: str = "variants.tsv") -> Mapping[str, str]:
    rows = read_table(name, ("variant", "standard"), text)
    _unique(name, rows, lambda f: f[0])
    for no, (v, s) in rows:
        if len(v) != 1 or len(s) != 1 or v == s:
            raise LexiconError(f"{name}:{no}: a row maps one character to another, got {v!r} -> {s!r}")
    return MappingProxyType({v: s for _, (v, s) in rows})


@functools.lru_cache(maxsize=1)
def variants() -> Mapping[str, str]:
    """Traditional and variant characters to the form finner matches (億 -> 亿)."""
    return parse_variants()


# --- idioms -----------------------------------------------------------------
def parse_idioms(text: str | None = None, name: str = "idioms.tsv") -> Tuple[str, ...]:
    rows = read_table(name, ("phrase", "note"), text)
    _unique(name, rows, lambda f: f[0])
    for no, (phrase, _) in rows:
        if len(phrase) < 2:
            raise LexiconError(f"{name}:{no}: an idiom has at least two characters: {phrase!r}")
    return tuple(p for _, (p, _) in rows)


@functools.lru_cache(maxsize=1)
def idioms() -> Tuple[str, ...]:
    """Fixed phrases with numeral characters that are never amounts (一成不变, 十万火急)."""
    return parse_idioms()


# --- change words -----------------------------------------------------------
def parse_change_words(text: str | None = None, name: str = "change_words.tsv") -> Tuple[str, ...]:
    return tuple(_words(name, text))


@functools.lru_cache(maxsize=1)
def change_words() -> Tuple[str, ...]:
    """Verbs of change (上涨, 增加): 上涨5元至30元 is a change of 5元 to 30元, not a range."""
    return parse_change_words()


# --- nouns counted by 块 ---------------------------------------------------------
def parse_kuai_nouns(text: str | None = None, name: str = "kuai_nouns.tsv") -> Tuple[str, ...]:
    return tuple(_words(name, text, lambda w: None if _chinese(w) and w[0] not in "钱元块" else
                        f"a row is a Chinese noun that does not start with 钱, 元 or 块, got {w!r}"))


@functools.lru_cache(maxsize=1)
def kuai_nouns() -> Tuple[str, ...]:
    """Nouns counted in pieces with 块 (蛋糕, 金牌): after a numeral and 块 they
    make 块 a measure word, so 三块蛋糕 is no money."""
    return parse_kuai_nouns()


# --- words ending in 负 that are no sign ------------------------------------------
def parse_not_signs(text: str | None = None, name: str = "not_signs.tsv") -> Tuple[str, ...]:
    return tuple(_words(name, text, lambda w: None if len(w) >= 2 and w[-1] == "负" else
                        f"a row is a word of two or more characters ending in 负, got {w!r}"))


@functools.lru_cache(maxsize=1)
def not_signs() -> Tuple[str, ...]:
    """Words ending in 负 (减负, 抱负): the 负 is part of the word, not a minus sign."""
    return parse_not_signs()


# --- names: banks, organisations, products, titles, surnames ------------------
BANK_KINDS = ("central", "policy", "state", "joint_stock", "city", "rural", "private", "digital", "foreign", "postal")
ORG_KINDS = ("regulator", "ministry", "government", "exchange", "securities", "fund", "insurance", "trust",
             "fintech", "asset_management", "rating", "association", "international", "other")
PRODUCT_KINDS = ("loan", "deposit", "wealth", "payment", "card", "fund", "etf", "insurance", "app", "trust",
                 "currency", "other")
TITLE_KINDS = ("executive", "board", "party", "research", "staff", "government", "academic", "media", "other")


@dataclass(frozen=True)
class Institution:
    canonical: str
    aliases: Tuple[str, ...]
    kind: str
    source: str


def parse_institutions(text: str | None, name: str, kinds: Sequence[str]) -> Tuple[Institution, ...]:
    """Rows ``canonical, aliases (| separated or -), kind, source``.  Every
    surface (canonical name or alias) names exactly one institution."""
    rows = read_table(name, ("canonical", "aliases", "kind", "source"), text)
    _unique(name, rows, lambda f: f[0])
    owner: Dict[str, Tuple[int, str]] = {}
    out = []
    for no, (canonical, aliases, kind, source) in rows:
        if kind not in kinds:
            raise LexiconError(f"{name}:{no}: kind must be one of {kinds}, got {kind!r}")
        alias_list = () if aliases == "-" else tuple(a for a in aliases.split("|"))
        for surface in (canonical,) + alias_list:
            if not surface or surface != surface.strip():
                raise LexiconError(f"{name}:{no}: empty or padded alias in {aliases!r}")
            if surface in owner and owner[surface][1] != canonical:
                raise LexiconError(f"{name}:{no}: {surface!r} already names {owner[surface][1]!r} "
                                   f"(line {owner[surface][0]})")
            owner[surface] = (no, canonical)
        out.append(Institution(canonical, alias_list, kind, source))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def banks() -> Tuple[Institution, ...]:
    """Banks with their aliases (工行 -> 中国工商银行)."""
    return parse_institutions(None, "banks.tsv", BANK_KINDS)


@functools.lru_cache(maxsize=1)
def organizations() -> Tuple[Institution, ...]:
    """Organisations in finance and government with their aliases (证监会)."""
    return parse_institutions(None, "organizations.tsv", ORG_KINDS)


@dataclass(frozen=True)
class Product:
    name: str
    provider: Optional[str]
    kind: str
    source: str


def parse_products(text: str | None = None, name: str = "products.tsv") -> Tuple[Product, ...]:
    rows = read_table(name, ("name", "provider", "kind", "source"), text)
    _unique(name, rows, lambda f: f[0])
    for no, (_, _, kind, _) in rows:
        if kind not in PRODUCT_KINDS:
            raise LexiconError(f"{name}:{no}: kind must be one of {PRODUCT_KINDS}, got {kind!r}")
    return tuple(Product(n, None if p == "-" else p, k, src) for _, (n, p, k, src) in rows)


@functools.lru_cache(maxsize=1)
def products() -> Tuple[Product, ...]:
    """Named financial products, apps and services (微粒贷, 余额宝)."""
    return parse_products()


def parse_titles(text: str | None = None, name: str = "titles.tsv") -> Mapping[str, str]:
    return _word_kinds(text, name, "title", TITLE_KINDS)


@functools.lru_cache(maxsize=1)
def titles() -> Mapping[str, str]:
    """Titles and roles to their kind (副行长 -> executive, 研究员 -> research)."""
    return parse_titles()


PERSON_KINDS = ("state", "government", "central_bank", "regulator", "business", "investor", "economist")


def parse_persons(text: str | None = None, name: str = "persons.tsv") -> Mapping[str, str]:
    """Public figures' names to their kind (潘功胜 -> central_bank, 巴菲特 -> investor)."""
    rows = read_table(name, ("name", "kind", "who"), text)
    _unique(name, rows, lambda f: f[0])
    for no, (person, kind, _) in rows:
        if kind not in PERSON_KINDS:
            raise LexiconError(f"{name}:{no}: kind {kind!r} is not one of {', '.join(PERSON_KINDS)}")
        if len(person) < 2 or not _chinese(person.replace("·", "")):
            raise LexiconError(f"{name}:{no}: {person!r}: two or more Chinese characters (a middle dot between parts)")
    return MappingProxyType({p: k for _, (p, k, _) in rows})


@functools.lru_cache(maxsize=1)
def persons() -> Mapping[str, str]:
    return parse_persons()


def parse_surnames(text: str | None = None, name: str = "surnames.tsv") -> Mapping[str, str]:
    rows = read_table(name, ("surname", "kind"), text)
    _unique(name, rows, lambda f: f[0])
    for no, (surname, kind) in rows:
        if (kind, len(surname)) not in (("single", 1), ("compound", 2)):
            raise LexiconError(f"{name}:{no}: a single surname has one character and a compound one two, "
                               f"got {kind} {surname!r}")
    return MappingProxyType({s: k for _, (s, k) in rows})


@functools.lru_cache(maxsize=1)
def surnames() -> Mapping[str, str]:
    """Chinese surnames, single (王) and compound (欧阳)."""
    return parse_surnames()


def parse_not_names(text: str | None = None, name: str = "not_names.tsv") -> frozenset:
    return frozenset(_words(name, text))


def parse_generic_names(text: str | None = None, name: str = "generic_names.tsv") -> frozenset:
    return frozenset(_words(name, text))


@functools.lru_cache(maxsize=1)
def generic_names() -> frozenset:
    """Generic nouns for kinds of institutions (商业银行, 城商行, 券商): never entities."""
    return parse_generic_names()


@functools.lru_cache(maxsize=1)
def not_names() -> frozenset:
    """Words that begin with a surname but are not names (文章指出, 方面表示)."""
    return parse_not_names()


# --- words that begin with an organisation's one-character ending ------------------
def parse_ending_words(text: str | None = None, name: str = "ending_words.tsv",
                       endings: Optional[Sequence[str]] = None) -> FrozenSet[str]:
    ends = {e for e in (org_endings() if endings is None else endings) if len(e) == 1}
    return frozenset(_words(name, text, lambda w: None if len(w) >= 2 and _chinese(w) and w[0] in ends else
                            f"a row is a Chinese word that begins with a one-character ending of "
                            f"org_endings.tsv, got {w!r}"))


@functools.lru_cache(maxsize=1)
def ending_words() -> FrozenSet[str]:
    """Words that begin with an organisation's one-character ending (局势, 局面):
    after a place, 中东|局势 is no organisation 中东局."""
    return parse_ending_words()


# --- places -------------------------------------------------------------------
PLACE_KINDS = ("country", "city", "region")


def parse_places(text: str | None = None, name: str = "places.tsv") -> Mapping[str, str]:
    rows = read_table(name, ("place", "kind"), text)
    _unique(name, rows, lambda f: f[0])
    for no, (place, kind) in rows:
        if len(place) < 2 or not _chinese(place):
            raise LexiconError(f"{name}:{no}: a place is a Chinese name of two or more characters: {place!r}")
        if kind not in PLACE_KINDS:
            raise LexiconError(f"{name}:{no}: kind must be one of {', '.join(PLACE_KINDS)}, got {kind!r}")
    return MappingProxyType({place: kind for _, (place, kind) in rows})


@functools.lru_cache(maxsize=1)
def places() -> Mapping[str, str]:
    """Countries, cities and regions (莫斯科, 孟买, 哈萨克斯坦) -> their kind: a
    model's PERSON is never one of them, and no model name is a piece of one."""
    return parse_places()


# --- bank short names in context ---------------------------------------------
def parse_bank_short_names(text: str | None = None, name: str = "bank_short_names.tsv",
                           banks_: Sequence[Institution] | None = None,
                           orgs: Sequence[Institution] | None = None) -> Mapping[str, str]:
    """Rows ``word, bank``: a short name (中信) and the canonical name of the bank it
    means in context (中信银行).  The bank must be listed in ``banks.tsv``, and the
    short name must not be a surface of any bank or organisation there (those are
    matched everywhere, without context)."""
    rows = read_table(name, ("word", "bank"), text)
    _unique(name, rows, lambda f: f[0])
    banks_ = banks() if banks_ is None else banks_
    orgs = organizations() if orgs is None else orgs
    canonicals = {b.canonical for b in banks_}
    listed = {s for i in tuple(banks_) + tuple(orgs) for s in (i.canonical,) + i.aliases}
    for no, (word, bank) in rows:
        if len(word) < 2:
            raise LexiconError(f"{name}:{no}: a short name has at least two characters: {word!r}")
        if bank not in canonicals:
            raise LexiconError(f"{name}:{no}: {bank!r} is not a canonical name in banks.tsv")
        if word in listed:
            raise LexiconError(f"{name}:{no}: {word!r} is already a name in banks.tsv or organizations.tsv")
    return MappingProxyType({w: b for _, (w, b) in rows})


@functools.lru_cache(maxsize=1)
def bank_short_names() -> Mapping[str, str]:
    """Short names that mean a bank only in context (中信 -> 中信银行, 招商 -> 招商银行)."""
    return parse_bank_short_names()


BANK_CONTEXT_ROLES = ("after", "before", "verb", "list", "block", "word", "not_before")


def parse_bank_context(text: str | None = None, name: str = "bank_context.tsv",
                       short_names: Mapping[str, str] | None = None
                       ) -> Mapping[str, Mapping[str, Optional[frozenset]]]:
    """Rows ``word, role, names, note``: a word next to a bank's short name and what it
    shows (see ``BANK_CONTEXT_ROLES`` and ``finner/data/README.md``).  Returns
    ``role -> word -> names`` where ``names`` is None for every short name (``*``)
    or the frozenset of short names the row applies to; every role is present."""
    rows = read_table(name, ("word", "role", "names", "note"), text)
    _unique(name, rows, lambda f: f[0] + "\t" + f[1])
    short_names = bank_short_names() if short_names is None else short_names
    out: Dict[str, Dict[str, Optional[frozenset]]] = {r: {} for r in BANK_CONTEXT_ROLES}
    for no, (word, role, names, _) in rows:
        if role not in BANK_CONTEXT_ROLES:
            raise LexiconError(f"{name}:{no}: role must be one of {BANK_CONTEXT_ROLES}, got {role!r}")
        if names == "*":
            out[role][word] = None
            continue
        parts = names.split("|")
        for p in parts:
            if p not in short_names:
                raise LexiconError(f"{name}:{no}: {p!r} is not a short name in bank_short_names.tsv")
        out[role][word] = frozenset(parts)
    return MappingProxyType({r: MappingProxyType(m) for r, m in out.items()})


@functools.lru_cache(maxsize=1)
def bank_context() -> Mapping[str, Mapping[str, Optional[frozenset]]]:
    """Context words around a bank's short name, by role (after: 信用卡, 客服;
    block: 证券; word: 引资, 事故; …), each to the short names it applies to (None for all)."""
    return parse_bank_context()


# --- names built by patterns ---------------------------------------------------
def parse_name_stops(text: str | None = None, name: str = "name_stops.tsv") -> Tuple[str, ...]:
    """Words that never lie inside the place or brand part of a patterned name
    (收购, 关于, 的), longest first."""
    return _longest_first(_words(name, text, lambda w: None if _chinese(w) else f"{w!r}: Chinese characters only"))


@functools.lru_cache(maxsize=1)
def name_stops() -> Tuple[str, ...]:
    return parse_name_stops()


def parse_name_followers(text: str | None = None, name: str = "name_followers.tsv") -> Tuple[str, ...]:
    """Words written right after a person's name that are no title (博士, 女士, 同志)."""
    return tuple(_words(name, text, lambda w: None if len(w) >= 2 and _chinese(w) else
                        f"{w!r}: two or more Chinese characters"))


@functools.lru_cache(maxsize=1)
def name_followers() -> Tuple[str, ...]:
    return parse_name_followers()


NOT_TITLE_READINGS = ("not_title", "title")


def parse_not_titles(text: str | None = None, name: str = "not_titles.tsv") -> Mapping[str, bool]:
    """Words that hold a listed title, to whether the title is one there
    (董事会 -> False, 董事会秘书 -> True); every word holds a listed title."""
    rows = read_table(name, ("word", "reading", "note"), text)
    _unique(name, rows, lambda f: f[0])
    known = titles()
    out: Dict[str, bool] = {}
    for no, (word, reading, _) in rows:
        if reading not in NOT_TITLE_READINGS:
            raise LexiconError(f"{name}:{no}: reading {reading!r} is not one of {', '.join(NOT_TITLE_READINGS)}")
        if not any(t in word for t in known):
            raise LexiconError(f"{name}:{no}: {word!r} holds no title of titles.tsv")
        out[word] = reading == "title"
    return out


@functools.lru_cache(maxsize=1)
def not_titles() -> Mapping[str, bool]:
    return parse_not_titles()


def parse_name_neighbours(text: str | None = None, name: str = "name_neighbours.tsv") -> FrozenSet[str]:
    """Characters that stand as a word of their own beside a name (的, 和, 对, 被, 也)."""
    return frozenset(_words(name, text, lambda w: None if len(w) == 1 and _chinese(w) else
                            f"{w!r}: one Chinese character"))


@functools.lru_cache(maxsize=1)
def name_neighbours() -> FrozenSet[str]:
    return parse_name_neighbours()


QUOTED_PRODUCT_ROLES = ("end", "issuer", "not_end")


def parse_quoted_products(text: str | None = None, name: str = "quoted_products.tsv") -> Mapping[str, Tuple[str, ...]]:
    """``{"end": words a quoted product name ends with, "issuer": endings of
    the names that issue products, "not_end": endings of names that are never
    products (行动, 论坛)}``, longest first."""
    rows = read_table(name, ("word", "role", "note"), text)
    _unique(name, rows, lambda f: f[0] + "\t" + f[1])
    out: Dict[str, List[str]] = {r: [] for r in QUOTED_PRODUCT_ROLES}
    for no, (word, role, _) in rows:
        if role not in out:
            raise LexiconError(f"{name}:{no}: role {role!r} is not one of {', '.join(QUOTED_PRODUCT_ROLES)}")
        out[role].append(word)
    return {r: tuple(sorted(ws, key=len, reverse=True)) for r, ws in out.items()}


@functools.lru_cache(maxsize=1)
def quoted_products() -> Mapping[str, Tuple[str, ...]]:
    return parse_quoted_products()


class NameUnit(NamedTuple):
    word: str
    label: str          # BANK (of a central bank) or ORG (of a regulator or government body)
    place: bool         # a place name stands between the name and the word
    any_bank: bool = False   # the unit follows any bank or branch directly (信用卡中心)


def parse_name_units(text: str | None = None, name: str = "name_units.tsv") -> Tuple[NameUnit, ...]:
    """Units written after a central bank's or a government body's name, or
    after any bank's (place ``bank``: 信用卡中心), and kept in its span
    (征信中心, 江苏监管局), longest first."""
    rows = read_table(name, ("word", "label", "place", "note"), text)
    _unique(name, rows, lambda f: f[0] + "\t" + f[1])
    out = []
    for no, (word, label, place, _) in rows:
        if label not in ("BANK", "ORG"):
            raise LexiconError(f"{name}:{no}: label {label!r} is not BANK or ORG")
        if place not in ("required", "none", "bank"):
            raise LexiconError(f"{name}:{no}: place {place!r} is not 'required', 'none' or 'bank'")
        if place == "bank" and label != "BANK":
            raise LexiconError(f"{name}:{no}: a unit of any bank (place 'bank') is labelled BANK")
        out.append(NameUnit(word, label, place == "required", place == "bank"))
    return tuple(sorted(out, key=lambda u: len(u.word), reverse=True))


@functools.lru_cache(maxsize=1)
def name_units() -> Tuple[NameUnit, ...]:
    return parse_name_units()


def parse_transliteration(text: str | None = None, name: str = "transliteration.tsv") -> FrozenSet[str]:
    """Characters used to write foreign names in transliteration (约, 翰, 摩, 尔)."""
    from finner.officials import NOT_IN_NAME
    return frozenset(_words(name, text, lambda w: f"{w!r}: one Chinese character" if not (len(w) == 1 and _chinese(w))
                            else f"{w!r}: a function word, never in a name" if w in NOT_IN_NAME else None))


@functools.lru_cache(maxsize=1)
def transliteration() -> FrozenSet[str]:
    return parse_transliteration()


def parse_named_after(text: str | None = None, name: str = "named_after.tsv") -> Tuple[str, ...]:
    """Words that make a person's name before them a place's, prize's or team's (球场, 奖, 车队)."""
    return _longest_first(_words(name, text, lambda w: None if _chinese(w) else f"{w!r}: Chinese characters"))


@functools.lru_cache(maxsize=1)
def named_after() -> Tuple[str, ...]:
    return parse_named_after()


def parse_org_endings(text: str | None = None, name: str = "org_endings.tsv") -> Tuple[str, ...]:
    """Endings of organisations' names and of their units (分公司, 研究所), longest first."""
    return _longest_first(_words(name, text))


@functools.lru_cache(maxsize=1)
def org_endings() -> Tuple[str, ...]:
    return parse_org_endings()
