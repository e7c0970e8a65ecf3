"""Typed quantities from Chinese text: money, percentages and counts.

``find_quantities(text)`` returns every amount in ``text`` as a
:class:`Quantity` with exact ``Decimal`` values and character offsets into the
original text.  ``parse_quantity(text)`` reads a text that is one amount.

How it works, in time linear in the text:

1. :func:`finner.normalize.normalize` makes a normalised copy with an index map.
2. A pre-pass reads the forms that are not "number + unit": fractions
   (``三分之一``, ``百分之五``, ``千分之二``) and discounts (``七五折``, ``打对折``),
   then marks idioms (``一成不变``) and web addresses as taken.
3. The fast pass reads the common shape, a numeral followed by a unit word
   (``1800亿元``, ``12.3%``, ``三成``, ``5.72万户``), with two compiled regexes.
4. The main pass reads everything else (currency words before the number,
   vague and paired numerals, sub-units, spaces inside numerals): a regex
   picks the numeral runs that can be amounts, :func:`finner.numerals.tokenize`
   and :class:`finner.numerals.NumeralReader` read them, and the words around
   them come from ``finner/data``.  The fast pass only saves time: wherever
   a match's neighbours could change its reading (a numeral, 成, 块, a sign
   after letters, a connector before a qualifier, a currency word that may
   belong to the amount before) it leaves the match to the main pass, which
   looks for its candidates in the text itself, so that with or without the
   fast pass the results are the same (``tests/test_two_passes_agree.py``:
   every case-table text, the benchmark text and 60,000 random strings).
5. A last pass joins ``A 至 B`` into ranges, the unit shared by both ends
   (``3至5亿元``).

Nothing here imports spaCy.
"""
from __future__ import annotations

import decimal
import functools
import operator
import re
import string
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, Dict, Iterable, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from finner import lexicon
from finner.normalize import check_text, normalize
from finner.numerals import (DIGITS, DIVISION, EXACT, HARD_NUMERAL_CHARS, NUMERAL_CHARS, SPACES, Numeral, NumeralReader, Token, _clean,
                             _parse_compact, read_plain_chinese, tokenize)

__all__ = ["Quantity", "Qualifier", "find_quantities", "parse_quantity", "KINDS"]

KINDS = ("money", "percent", "quantity")


class Qualifier(str, Enum):
    """How a quantity's value is bounded.  Compares equal to its plain string
    (``Qualifier.OVER == "over"``).  以上、以下、以内 include the number and
    超过、不满 exclude it, as in Chinese statutory usage."""

    OVER = "over"            # > value: 超, 逾, 7000多万
    AT_LEAST = "at_least"    # >= value: 以上, 不低于, 起
    UNDER = "under"          # < value: 不足, 低于
    AT_MOST = "at_most"      # <= value: 以下, 以内, 不超过
    NEARLY = "nearly"        # a little below value: 近, 将近
    ABOUT = "about"          # ~ value: 约, 左右
    RANGE = "range"          # low..high: 3至5亿元, 八九亿
    SEVERAL = "several"      # vague: 数万, 十几万

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Quantity:
    """An amount found in text.  ``text == source[start:end]``; values are exact."""

    kind: str
    value: Optional[Decimal] = None
    low: Optional[Decimal] = None
    high: Optional[Decimal] = None
    unit: Optional[str] = None
    qualifier: Optional[Qualifier] = None
    text: str = ""
    start: int = 0
    end: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        for name in ("value", "low", "high"):
            v = getattr(self, name)
            if v is not None and not isinstance(v, Decimal):
                raise TypeError(f"Quantity.{name} must be a Decimal or None, got {type(v).__name__}")
        if self.qualifier is not None and not isinstance(self.qualifier, Qualifier):
            object.__setattr__(self, "qualifier", Qualifier(self.qualifier))
        if not (0 <= self.start <= self.end) or len(self.text) != self.end - self.start:
            raise ValueError(f"inconsistent span: start={self.start} end={self.end} text={self.text!r}")

    def to_dict(self) -> Dict[str, Any]:
        """JSON-ready dict; numbers as exact positional decimal strings."""
        def num(d: Optional[Decimal]) -> Optional[str]:
            return None if d is None else format(d, "f")
        return {"kind": self.kind, "value": num(self.value), "low": num(self.low), "high": num(self.high),
                "unit": self.unit, "qualifier": None if self.qualifier is None else self.qualifier.value,
                "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Quantity":
        def num(v: Any) -> Optional[Decimal]:
            if v is None:
                return None
            if isinstance(v, float):
                raise TypeError("Quantity.from_dict: numbers must be decimal strings, not float")
            return Decimal(v)
        return cls(kind=d["kind"], value=num(d.get("value")), low=num(d.get("low")), high=num(d.get("high")),
                   unit=d.get("unit"), qualifier=d.get("qualifier"), text=d.get("text", ""),
                   start=d.get("start", 0), end=d.get("end", 0))


# ---------------------------------------------------------------------------
# compiled knowledge
# ---------------------------------------------------------------------------
PERCENT_SUFFIXES = {   # word -> (unit, multiplier applied to the number)
    "%": ("%", Decimal(1)), "‰": ("%", Decimal("0.1")), "‱": ("%", Decimal("0.01")),
    "个百分点": ("pp", Decimal(1)), "百分点": ("pp", Decimal(1)),
    "个基点": ("bp", Decimal(1)), "基点": ("bp", Decimal(1)),
    "个BP": ("bp", Decimal(1)), "个bp": ("bp", Decimal(1)), "个bps": ("bp", Decimal(1)),
    "bp": ("bp", Decimal(1)), "BP": ("bp", Decimal(1)), "bps": ("bp", Decimal(1)), "BPs": ("bp", Decimal(1)),
    "Bp": ("bp", Decimal(1)), "Bps": ("bp", Decimal(1)),
}
# what joins two amounts into a range; a dash may be doubled (1万元--5万元, 2——3万港币)
RANGE_CONNECTORS = ("至", "到", "-", "--", "~", "—", "——", "－", "–", "～")
_CONNECTOR_CHARS = "".join(sorted(set("".join(RANGE_CONNECTORS))))
_DASHES = "".join(c for c in _CONNECTOR_CHARS if c not in "至到")
_RANGE_GAP_FIRST = frozenset(_CONNECTOR_CHARS) | frozenset(" \u3000")   # how a gap between two ends begins
# 成 and 折 are verbs too (成为, 折合): these next characters make them words
NOT_CHENG = frozenset("交本功立长员果绩熟都型品就效分份年人")   # 七成为个人客户: 70% are
NOT_ZHE = frozenset("合算旧扣价让现叠返射腾损线半")
SIGNS = {"-": -1, "负": -1, "+": 1}
ORDINAL_PREFIXES = ("第",)
LATIN = re.compile(r"[A-Za-z]")
_ALL_DIGITS = re.compile("[0-9]+")
_ONE = Decimal(1)
_TEN = Decimal(10)
_ONES = [b"\x01" * k for k in range(64)]     # marks for a span of k characters
_DIGIT_CHARS = frozenset("0123456789") | frozenset(DIGITS)
_UNIT_CHARS = frozenset("十拾百佰千仟万亿")
_POWERS_OF_TEN = frozenset(Decimal(10) ** k for k in range(2, 13))
_START = operator.itemgetter(0)




def _isdigit(c: str) -> bool:
    """An ASCII digit (str.isdigit() is also true for ①, ², ５)."""
    return len(c) == 1 and "0" <= c <= "9"


# web addresses and e-mail: their digits and %xx escapes are not amounts
_URL = re.compile(r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+")
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]++@[A-Za-z0-9.\-]++")


MAGNITUDES = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
              "十亿": Decimal(10) ** 9, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7,
              "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5, "万": Decimal(10) ** 4,
              "千": Decimal(1000), "百": Decimal(100), "兆": Decimal(10) ** 12}
_MAG_EXP = {w: len(str(int(v))) - 1 for w, v in MAGNITUDES.items()}
_ZEROS = ["0" * k for k in range(13)]


def _arabic(n: str, k: int) -> Decimal:
    """The exact value of the Arabic number ``n`` (1,234.56) times 10**k, in
    positional form with no trailing fractional zeros (what ``_clean`` gives):
    the decimal point is moved in the string, so no Decimal arithmetic runs
    (this runs once per amount)."""
    if "," in n:
        n = n.replace(",", "")
    if "." not in n:
        return Decimal(n + _ZEROS[k]) if k else Decimal(n)
    if not k and n[-1] != "0":
        return Decimal(n)
    whole, frac = n.split(".", 1)
    if frac[-1:] == "0":
        frac = frac.rstrip("0")
    if len(frac) <= k:
        return Decimal(whole + frac + _ZEROS[k - len(frac)])
    return Decimal(whole + frac[:k] + "." + frac[k:])


# characters that are numerals wherever they stand (点, 数, 几, 半 are words too: 网点2313家)
HARD_NUMERALS = HARD_NUMERAL_CHARS
# a numeral starts after a non-numeral, or after a soft character that is a word
# of its own (网点2313家, 指数103): never inside a numeral (几十几十… stays linear)
_NOT_AFTER = "(?<![0-9" + HARD_NUMERALS + "])(?<![0-9" + NUMERAL_CHARS + "][几数半点])"


def _shifted(lookbehinds: str) -> str:
    """Negative lookbehinds written for the position before a character, made
    to say the same from the position after it: ``(?<!X)`` -> ``(?<!X.)``."""
    out = re.sub(r"\(\?<!((?:\[[^\]]*\]|[^()\[\]])+)\)", lambda m: "(?<!" + m.group(1) + ".)", lookbehinds)
    assert out.count(".)") == lookbehinds.count("(?<!"), lookbehinds
    return out


def _alternation(words: Iterable[str], sep: str = "") -> str:
    """A regex matching the longest of ``words``, built as a trie so that the
    engine tries one branch per character instead of every word
    (元|美(?:元|金|分)|港(?:元|币) …).  ``sep`` may stand between characters."""
    words = sorted(set(words))
    if not words:
        return "(?!)"

    def build(ws: List[str]) -> str:
        groups: Dict[str, List[str]] = {}
        ends = False
        for w in ws:
            if w:
                groups.setdefault(w[0], []).append(w[1:])
            else:
                ends = True
        alts = []
        for c in sorted(groups):
            rest = groups[c]
            if rest == [""]:
                alts.append(re.escape(c))
            else:
                alts.append(re.escape(c) + sep + build(rest))
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body

    return build(words)


@dataclass(frozen=True)
class _Lex:
    pre_currency: Mapping[str, lexicon.Currency]
    post_currency: Mapping[str, lexicon.Currency]
    sub_currency: Mapping[str, lexicon.Currency]
    measures: Mapping[str, str]
    qual_pre: Mapping[str, str]
    qual_post: Mapping[str, str]
    idiom_re: Optional["re.Pattern[str]"]
    fast_re: "re.Pattern[str]"           # numeral [+ magnitude] + unit word [+ qualifier]
    fast_units: Mapping[str, Tuple[str, Optional[str], Decimal, Optional[lexicon.Currency]]]
    fast_before: frozenset                  # characters before a numeral that the fast pass must look at
    fast_after: frozenset                   # characters after a unit word that the fast pass must look at
    prev_trigger: frozenset             # last characters of what can stand before it
    money_pct_first: frozenset          # first characters of currency and percent words
    currency_first: frozenset
    qual_pre_last: frozenset
    post_last: frozenset
    candidate_re: "re.Pattern[str]"
    pct_words: "_Words"
    post_currency_words: "_Words"
    sub_words: "_Words"
    measure_words: "_Words"
    qual_post_words: "_Words"
    change_behind: _Behind                  # 上涨, 下降 … before a number: 上涨5元至30元 is no range
    qual_pre_behind: _Behind
    qual_bare: Mapping[str, str]            # 上, 过: qualify only a magnitude with no digit (上千家) or 半 (过半)
    qual_bare_behind: _Behind
    qual_post_limits: Mapping[str, Tuple[str, bool]]
    symbol_last: frozenset                  # last characters of currency signs ($, ¥, HK$)
    scale_words: Mapping[str, Tuple[Decimal, str]]   # million, bn, k: (factor, what it needs)
    scale_re: "re.Pattern[str]"
    scale_first: frozenset
    bare_magnitude_re: "re.Pattern[str]"    # a magnitude with no digit right after a qualifier: 超万亿元, 上千家
    pre_currency_behind: _Behind
    mag_unit_words: "re.Pattern[str]"      # measure words that start with a magnitude: 千瓦时, 千克, 兆瓦
    sub_first: frozenset                    # first characters of sub-units (角, 毛, 分, 美分 …)
    not_sign_behind: _Behind                # 减负, 抱负: a 负 that is no minus sign
    amount_last: frozenset                  # characters an amount can end with (a dash after them joins a range)


    def post_qualifier_ok(self, w: str, s: str, after: int, kind: Optional[str], single: bool, cheng: bool,
                          over: bool) -> bool:
        """Whether the post qualifier ``w`` (ending at ``after``) qualifies the amount
        before it; the limits come from ``qualifier_limits.tsv``.  ``single``: the
        amount has one value; ``cheng``: a percentage written with 成; ``over``: it is
        already marked over (7000多万)."""
        limit = self.qual_post_limits.get(w)
        if limit is None:
            return True
        not_before, single_only = limit
        if after < len(s) and s[after] in not_before:
            return False                         # 上下游
        return not (single_only and (not single or kind == "percent" and not cheng or over))


@functools.lru_cache(maxsize=1)
def _lex() -> _Lex:
    cur = lexicon.currencies()
    pre = {s: c for s, c in cur.items() if c.position in ("pre", "both")}
    sub = {s: c for s, c in cur.items() if c.position == "sub"}
    # a sub-unit can stand alone when its name says which currency it is (美分, 港仙,
    # 分钱); 角, 分, 毛 alone cannot (五角大楼, 十分重要, 九牛一毛)
    post = {s: c for s, c in cur.items() if c.position in ("post", "both") or (c.position == "sub" and len(s) > 1)}
    quals = lexicon.qualifier_words()
    scale_words = lexicon.scale_words()
    qpre = {w: q for (w, p), q in quals.items() if p == "pre"}
    qpost = {w: q for (w, p), q in quals.items() if p == "post"}
    qbare = {w: q for (w, p), q in quals.items() if p == "bare"}
    measures = lexicon.measure_words()
    ids = lexicon.idioms()
    idiom_re = re.compile(_alternation(ids)) if ids else None
    unit_info: Dict[str, Tuple[str, Any]] = {}
    for w, kind in measures.items():
        unit_info[w] = ("quantity", w) if kind == "count" else ("skip", None)
    for w, c in post.items():
        unit_info[w] = ("money", c)
    for w, pu in PERCENT_SUFFIXES.items():
        unit_info[w] = ("percent", pu)
    unit_info["成"] = ("cheng", None)
    mag_words = [w for w in list(measures) + list(PERCENT_SUFFIXES) if len(w) > 1 and w[0] in "十百千万亿兆"]
    mag_unit_words = re.compile(_alternation(mag_words) if mag_words else "(?!)")
    # an Arabic number (1,234.56) after its first digit
    # (possessive: a shorter number never helps, a digit follows it; years are tried once)
    number_rest = r"[0-9]{0,2}(?:,[0-9]{3})++(?:\.[0-9]+)?+|[0-9]*+(?:\.[0-9]+)?+"
    # durations and dates (2025年, 12月) are left unmatched: nothing else reads them either;
    # 3个月 matches 个 and is then recognised as a duration
    unit_words = [w for w, (k, _) in unit_info.items() if k != "skip"]
    unit_first = "(?=[" + re.escape("".join(sorted({w[0] for w in unit_words}))) + "])"
    cn = HARD_NUMERALS
    unit = unit_first + r"(?P<{}>" + _alternation(unit_words) + r")(?P<{}>" + _alternation(qpost) + r")?"
    # what may follow a magnitude that is an amount on its own: not the first character
    # of any unit, measure or currency word, numeral, letter, space or connector
    ends = ({w[0] for w in unit_info} | {w[0] for w in sub} | {w[0] for w in qpost} | set(NUMERAL_CHARS) |
            set("0123456789.,%‰折" + string.ascii_letters + SPACES + _CONNECTOR_CHARS))
    # The pattern starts by consuming one character of a class, which lets the
    # regex engine skip every other position in C; what would be said about the
    # position before that character is said by lookbehinds one character longer
    # (shift()), and the numeral groups (nr, cr) hold the rest of the numeral.
    fast_re = re.compile(
        # never from inside a numeral: said once for both branches (a run of 一 or 亿 stays cheap)
        r"[0-9" + cn + r"](?<![0-9" + HARD_NUMERALS + r"].)(?:"
        # Arabic: number, over mark (7000多万), magnitude, then a unit word and a
        # qualifier, or nothing but a range connector and another number (the 3 of 3至5亿元)
        r"(?<=[0-9])(?<![A-Za-z._/\\#@].)" + _shifted(_NOT_AFTER) + r"(?<![0-9][,，].)"
        r"(?P<nr>" + number_rest + r")(?P<o>[多余])?"
        r"(?:(?!" + mag_unit_words.pattern + r")(?P<m>" + _alternation(MAGNITUDES) + r"))?"
        r"(?:[ ]{0,3}" + unit.format("u", "p") +
        r"|(?=[ ]{0,3}[" + re.escape(_CONNECTOR_CHARS) + r"]{1,2}[ ]{0,3}[0-9" + NUMERAL_CHARS + r"])"
        # or, after a magnitude, a qualifier or nothing, then a character no amount
        # can continue with (46万，超7000万人次 is not this): a magnitude alone (mo)
        r"|(?(m)(?P<mo>)(?P<mp>" + _alternation(qpost) + r")?(?![" + re.escape("".join(sorted(ends))) + r"])|(?!)))"
        # Chinese: numeral, over mark, unit word, qualifier
        r"|(?<=[" + cn + r"])(?<![.负几数半多余].)(?<![0-9][.,，].)" + _shifted(_NOT_AFTER) + r"(?P<cr>[" + cn + r"]{0,23})(?P<co>[多余])?" +
        unit.format("cu", "cp") + r")")
    firsts = lambda ws: frozenset(w[0] for w in ws)
    fast_units = {}
    for w, (kind, info) in unit_info.items():
        if kind == "money":
            fast_units[w] = (kind, info.code, _ONE if info.scale == 1 else info.scale, info)
        elif kind == "percent":
            fast_units[w] = (kind, info[0], _ONE if info[1] == 1 else info[1], None)
        elif kind == "cheng":
            fast_units[w] = (kind, "%", _TEN, None)
        else:
            fast_units[w] = (kind, info, _ONE, None)
    # sub-units (角, 分) only follow a main unit, and 分之 is read by the pre-pass: 十分 is "very"
    money_pct_first = firsts(post) | firsts(PERCENT_SUFFIXES) | frozenset("成折点%‰")
    latin = lambda ws: sorted({w for w in ws if LATIN.match(w[0])})
    next_words = list(post) + list(PERCENT_SUFFIXES) + [w for w, k in measures.items() if k == "count"]
    prev_trigger = frozenset(w[-1] for w in pre) | frozenset("-+负")
    money_pct_words = list(post) + list(PERCENT_SUFFIXES) + ["成", "折", "个亿", "个万"]
    candidate_re = _candidate_pattern(next_words + list(qpost) + ["成", "折"] + list(scale_words), money_pct_words,
                                      frozenset(c for c in prev_trigger if not LATIN.match(c) and c not in "-+负"), latin(pre),
                                      mag_unit_words.pattern)
    fast_units[""] = ("quantity", None, _ONE, None)        # a magnitude alone
    amount_last = (_DIGIT_CHARS | frozenset(NUMERAL_CHARS) | frozenset("%‰") | frozenset(w[-1] for w in post) |
                   frozenset(w[-1] for w in PERCENT_SUFFIXES) | frozenset(w[-1] for w, k in measures.items() if k == "count"))
    fast_before = frozenset(SPACES) | frozenset(SIGNS) | frozenset("第成块钱点")
    fast_after = (frozenset(SPACES) | _DIGIT_CHARS | frozenset("又整正半万亿") | firsts(cur) | NOT_CHENG |
                  frozenset(string.ascii_letters) | money_pct_first)
    return _Lex(pre, post, sub, measures, qpre, qpost, idiom_re,
                fast_re, fast_units, fast_before, fast_after, prev_trigger, money_pct_first,
                firsts(cur), frozenset(w[-1] for w in qpre), frozenset(w[-1] for w in post), candidate_re,
                _Words(PERCENT_SUFFIXES), _Words(post), _Words(sub), _Words(measures), _Words(qpost),
                _Behind(lexicon.change_words()), _Behind(qpre), qbare, _Behind(qbare),
                {w: v for (w, p), v in lexicon.qualifier_limits().items() if p == "post"},
                frozenset(w[-1] for w, c in cur.items() if c.symbol), scale_words,
                re.compile("[ ]?(" + _alternation(scale_words) + ")(?![A-Za-z])"), frozenset(" ") | firsts(scale_words),
                re.compile("(?<=[" + re.escape("".join(sorted({w[-1] for w in list(qpre) + list(qbare)}))) +
                           "])[百千万亿兆佰仟]"),
                _Behind(pre), mag_unit_words, firsts(sub),
                _Behind(lexicon.not_signs()), amount_last)


# ---------------------------------------------------------------------------
# small text helpers over the normalised copy
# ---------------------------------------------------------------------------
_GAP = 4   # at most this many spaces between two parts of one amount


def _skip_spaces(s: str, i: int) -> int:
    j = i
    while j < len(s) and s[j] in SPACES and j - i < _GAP:
        j += 1
    return j if j < len(s) and s[j] not in SPACES else i


_NOSPACE = {ord(c): None for c in SPACES}


class _Words:
    """Longest-match lookup of a word table at a position, in C: one compiled
    alternation, longest words first.  A word may be written with spaces
    between its characters (个 百 分 点), as Recognizers-Text's cases do."""

    __slots__ = ("table", "pattern")

    def __init__(self, table: Mapping[str, Any]):
        self.table = table
        gap = "[ \t\u3000\u00a0]{0,%d}" % _GAP
        self.pattern = re.compile(_alternation(table, gap)) if table else None

    def match(self, s: str, i: int) -> Optional[Tuple[str, int, int]]:
        if self.pattern is None:
            return None
        m = self.pattern.match(s, i)
        if m is None:
            return None
        w = m.group()
        return (w if w in self.table else w.translate(_NOSPACE)), i, m.end()


def _match_ahead(s: str, i: int, words: "_Words", spaces: bool = True) -> Optional[Tuple[str, int, int]]:
    """Longest word of ``words`` starting at ``i`` (after up to _GAP spaces when
    ``spaces``).  Returns ``(word, start, end)``."""
    j = i
    if spaces:
        while j < len(s) and s[j] in SPACES and j - i < _GAP:
            j += 1
    return words.match(s, j)


class _Behind:
    """Longest-match lookup of a word table ending at a position (before up
    to _GAP spaces): the words are indexed by their last character, so a
    position costs one dict lookup."""

    __slots__ = ("by_last",)

    def __init__(self, table: Iterable[str]):
        by_last: Dict[str, List[str]] = {}
        for w in sorted(table, key=len, reverse=True):
            by_last.setdefault(w[-1], []).append(w)
        self.by_last = {c: tuple(ws) for c, ws in by_last.items()}

    def match(self, s: str, i: int) -> Optional[Tuple[str, int]]:
        """``(word, start)`` of the longest word ending at ``i``, or None."""
        j = i
        while j > 0 and s[j - 1] in SPACES and i - j < _GAP:
            j -= 1
        if j == 0:
            return None
        words = self.by_last.get(s[j - 1])
        if words is not None:
            for w in words:
                a = j - len(w)
                if a >= 0 and s.startswith(w, a):
                    return w, a
        return None


# ---------------------------------------------------------------------------
# atoms: one numeral with what touches it
# ---------------------------------------------------------------------------
class _Atom(NamedTuple):
    """One amount (or a bare number) read from the normalised copy; immutable."""

    start: int                 # span in the normalised copy
    end: int
    kind: Optional[str]        # None: a bare number, kept only to join ranges (3至5亿元)
    value: Optional[Decimal]
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    low: Optional[Decimal] = None
    high: Optional[Decimal] = None
    scale: Decimal = Decimal(1)     # what the suffix multiplied (亿 -> 1e8, 成 -> 10): shared in ranges
    has_scale_word: bool = False    # the numeral holds 万/亿 or took a 成/k suffix
    mag: Decimal = Decimal(1)       # the big units the numeral ends with (亿 -> 1e8, 万亿 -> 1e12)


class _Scanner:
    def __init__(self, s: str):
        self.s = s
        self.lex = _lex()
        self.atoms: List[_Atom] = []
        self.taken = bytearray(len(s))        # characters already inside an atom or an idiom
        if "://" in s or "www." in s:
            for m in _URL.finditer(s):
                self._take(m.start(), m.end())
        if "@" in s:
            for m in _EMAIL.finditer(s):
                self._take(m.start(), m.end())

    # -- helpers ------------------------------------------------------------
    def _free(self, a: int, b: int) -> bool:
        return self.taken.find(1, a, b) < 0

    def _take(self, a: int, b: int) -> None:
        self.taken[a:b] = b"\x01" * (b - a)

    def _add(self, atom: _Atom) -> None:
        self.atoms.append(atom)
        self._take(atom.start, atom.end)

    # -- pre-pass: fractions and two-digit discounts -------------------------
    _FRACTION = re.compile(r"分\s{0,2}之")
    _DEN_CHARS = frozenset("0123456789.零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟 \u3000")
    _ZHE_PAIR = re.compile(r"([1-9一二三四五六七八九两])\s?([0-9一二三四五六七八九])\s?折")
    _NOT_BEFORE_ZHE = frozenset("0123456789零〇一二两三四五六七八九十百千万亿点.")
    _DUIZHE = re.compile(r"打(对折)")

    def prepass(self) -> None:
        s = self.s
        for m in self._FRACTION.finditer(s):
            self._fraction(m)
        # idioms after fractions: 十分之一 is a fraction, 十分重要 an idiom
        if self.lex.idiom_re is not None:
            for m in self.lex.idiom_re.finditer(s):
                self._take(m.start(), m.end())
        for m in self.lex.bare_magnitude_re.finditer(s):
            self._bare_magnitude(m.start())
        if "半" in s:
            for m in self._HALF.finditer(s):
                self._half(m)
        if "折" not in s:
            return
        for m in self._ZHE_PAIR.finditer(s):
            if not self._free(m.start(), m.end()) or (m.end() < len(s) and s[m.end()] in NOT_ZHE and
                                                      s[m.end():m.end() + 2] != "价格") or \
                    (m.start() > 0 and s[m.start() - 1] in self._NOT_BEFORE_ZHE):
                continue
            d1, d2 = (int(g) if _isdigit(g) else DIGITS[g] for g in m.groups())
            v = Decimal(d1 * 10 + d2)
            self._add(_Atom(m.start(), m.end(), "percent", v, "%"))
        for m in self._DUIZHE.finditer(s):
            a, b = m.span(1)
            if self._free(a, b):
                self._add(_Atom(a, b, "percent", Decimal(50), "%"))

    # halves: 一半, 半数, and 半 alone after a qualifier (过半, 近半, 过半的受访者; not 近半年)
    _HALF = re.compile("(?<![0-9" + NUMERAL_CHARS + "另])(?:一半|半数|半(?:(?![\u3400-\u9fff])|(?=的)))(?![0-9" + NUMERAL_CHARS + "])")

    def _qualifier_behind(self, i: int, bare: bool) -> Optional[Tuple[str, int]]:
        """The qualifier word ending at ``i`` as ``(qualifier, start)``; ``bare``
        words (上, 过) count too."""
        lex = self.lex
        q = lex.qual_pre_behind.match(self.s, i)
        qb = lex.qual_bare_behind.match(self.s, i) if bare else None
        if qb is not None and (q is None or qb[1] < q[1]):
            return lex.qual_bare[qb[0]], qb[1]
        return None if q is None else (lex.qual_pre[q[0]], q[1])

    def _bare_magnitude(self, i: int) -> None:
        s = self.s
        if self.taken[i]:
            return
        q = self._qualifier_behind(i, True)
        if q is None or s[i] in "百千佰仟" and self.lex.qual_bare_behind.match(s, i) is None:
            return                           # 超百亿 is read by the ordinary passes; 上千 is not
        toks = [Token("D", _ONE, i, i, 1, "")] + tokenize(s, i)    # an implied 一 before the magnitude
        num = NumeralReader(toks).read(0)
        if num is None:
            return
        atom = self._atom(toks, 0, num)
        if atom is not None and atom.kind is not None and self._free(atom.start, atom.end):
            if atom.start == i and atom.qualifier is None:
                atom = atom._replace(start=q[1], qualifier=q[0])     # 上千家: at least a thousand
            if atom.start < i:
                self._add(atom)

    def _half(self, m: "re.Match[str]") -> None:
        s = self.s
        start, end = m.span()
        q = self._qualifier_behind(start, True)
        if m.group() == "半" and q is None:
            return                           # 半 alone is half of something only after 过, 近, 超
        qual = None
        if q is not None:
            qual, start = q
        post = _match_ahead(s, end, self.lex.qual_post_words)
        if post is not None and self.lex.post_qualifier_ok(post[0], s, post[2], "percent", True, False, False):
            qual = qual or self.lex.qual_post[post[0]]
            end = post[2]
        if self._free(start, end):
            self._add(_Atom(start, end, "percent", Decimal(50), "%", qual))

    def _fraction(self, m: "re.Match[str]") -> None:
        s = self.s
        a = m.start()
        b = a
        while b > 0 and s[b - 1] in self._DEN_CHARS and a - b < 24:
            b -= 1
        while b < a and s[b] in SPACES:
            b += 1
        den_text = "".join(c for c in s[b:a] if c not in SPACES)
        if not den_text:
            return
        den = _denominator(den_text)
        if den is None or den <= 0:
            return
        # numerator: a numeral right after 分之 (a sign is allowed: 负一)
        j = m.end()
        while j < len(s) and s[j] in SPACES:
            j += 1
        sign = 1
        if j < len(s) and s[j] in ("负", "-"):
            sign, j = -1, j + 1
        toks = tokenize(s, j, min(len(s), j + 64))
        if not toks or toks[0].kind == "S":
            return
        num = _plain_numeral(s, toks) or NumeralReader(toks).read(0)
        if num is None:
            return
        numer = num.value * sign
        end = num.end
        k = _skip_spaces(s, end)
        if k < len(s) and s[k] in "kK" and _isdigit(s[num.start]) and not (k + 1 < len(s) and LATIN.match(s[k + 1])):
            numer, end = numer * 1000, k + 1       # 百分之15K (Recognizers-Text writes these)
        power_of_ten = den in _POWERS_OF_TEN
        if not power_of_ten and (numer != numer.to_integral_value() or num.positional):
            return    # 五百分之2.2 is not how Chinese writes a share
        qual = None
        low = high = None
        # 百分之二三十: a range written with two neighbouring digits
        pair = _digit_pair(toks, 0)
        if pair is not None:
            num2 = NumeralReader(toks).read(1)
            if num2 is not None and _units_only_after(toks, 1, num2.last):
                d1, d2 = pair
                low, high = num2.value / d2 * d1, num2.value
                end, qual = num2.end, "range"
        if num.low is not None:
            qual = "several"
        with decimal.localcontext(DIVISION):
            # one division, so 三分之二 is 200/3 rounded once, not 2 x (100/3 rounded)
            value = _clean(numer * 100 / den)
            if qual == "range":
                low, high = _clean(low * 100 / den), _clean(high * 100 / den)
            elif qual == "several":
                low, high = _clean(num.low * 100 / den), _clean(num.high * 100 / den)
        if qual is not None:
            value = None
        start = b
        lex = self.lex
        if b > 0 and s[b - 1] == "负" and sign == 1:
            start = b - 1                    # 负百分之五
            value = -value if value is not None else None
            if low is not None:
                low, high = -high, -low
        if qual is None:
            # 约四分之一, 超过三分之一, 三分之一以上, 百分之三左右
            q = lex.qual_pre_behind.match(s, b)
            if q is not None:
                qual, start = lex.qual_pre[q[0]], q[1]
            post = _match_ahead(s, end, lex.qual_post_words)
            if post is not None and lex.post_qualifier_ok(post[0], s, post[2], "percent", True, False, False):
                if qual is None:
                    qual = lex.qual_post[post[0]]
                end = post[2]
        if not self._free(start, end):
            return
        self._add(_Atom(start, end, "percent", value, "%", qual, low, high, has_scale_word=True))

    # -- fast pass: a numeral [+ magnitude] + unit, the common shape -------------
    def fast(self) -> None:
        """Reads the common shape, a numeral + a unit word ("1800亿元", "12.3%",
        "600人", "三成", "五百万股", "人民币258.6亿元") with one compiled regex
        and no tokenising: Arabic numbers are converted directly, Chinese
        numerals through a cache.  Anything unusual around a match (a second
        currency or a sub-unit after it, a vague or paired numeral, spaces
        inside it) is left to :meth:`scan`, which reads every form; both give
        the same result where both apply (``tests/test_two_passes_agree.py``).

        This loop runs once per amount of the text, so it is written flat:
        the characters just before and after a match are first tested against
        the sets of characters that can matter there (``lex.fast_before``,
        ``lex.fast_after``); most amounts stand between ordinary characters
        and skip every rule about their neighbours."""
        s = self.s
        lex = self.lex
        taken = self.taken
        atoms = self.atoms
        size = len(s)
        fast_units = lex.fast_units
        fast_before = lex.fast_before
        fast_after = lex.fast_after
        prev_trigger = lex.prev_trigger
        qual_pre_last = lex.qual_pre_last
        new_atom = tuple.__new__             # _Atom(...) without its Python-level __new__
        for m in lex.fast_re.finditer(s):
            i = m.start()
            if taken[i]:
                continue
            n, over, mag_word, u, post, alone, alone_post, cn, cn_over, cn_u, cn_post = m.groups()
            if n is not None:
                n = s[i:m.end(1)]
                if over and ("." in n or len(n) < 2 or n[-1] != "0"):
                    continue                 # 15多: not how Chinese writes "over"; see scan()
                if mag_word is None:
                    mag, has_big = _ONE, False
                    value = _arabic(n, 0) if "," in n or n[-1] == "0" and "." in n else Decimal(n)
                else:
                    mag, has_big = MAGNITUDES[mag_word], mag_word[-1] in "万亿兆"
                    value = _arabic(n, _MAG_EXP[mag_word])
                lone = False
                if u is not None:
                    ne, e = m.start(4), m.end(4)
                elif alone is None:
                    if not has_big:
                        self._fast_bare(i, m.end(), value, has_big, mag)
                    continue                 # 3亿至…: a magnitude alone or the first end, see scan()
                elif "万" in mag_word or "亿" in mag_word or "兆" in mag_word:
                    u, post, ne = "", alone_post, m.end(3)   # 46万, 超7000万: a magnitude alone
                    e = ne
                else:
                    continue                 # 5千 alone: a number, see scan()
            else:
                n, over, u, post = s[i:m.end(8)], cn_over, cn_u, cn_post
                if over and n[-1] not in "十百千万亿拾佰仟":
                    continue
                read = _cn_numeral(n)
                if read is None:
                    continue
                value, has_big, lone, mag = read
                ne, e = m.start(10), m.end(10)
            kind, unit, scale, cur = fast_units[u]
            c = s[i - 1] if i else ""
            before = c in fast_before        # 第, a space, a sign
            if before and c in "第成块钱点":
                if c == "第":
                    self._take(i, ne)            # 第3季度, 第1名: ordinals, never quantities
                    continue
                if c != "点" or i > 1 and s[i - 2] in SPACES:
                    continue                 # 一成三, 3块弍, 贰 点9: the numeral may end the amount before, see scan()
            nxt = s[e] if e < size else ""
            after = nxt in fast_after
            if after and LATIN.match(nxt) and LATIN.match(u[-1:]):
                continue                     # 1BPa: letters run on, see scan()
            if after and nxt in SPACES:
                continue                     # 2.4 个百分 点: words written with spaces, see scan()
            if before:
                if c in SPACES and self._numeral_before_spaces(i):
                    continue                 # 四点 五个百分点: a numeral written with spaces, see scan()
                sign, start = _sign_before(s, i) if c in SIGNS else (1, i)
                if start < i and start and (_isdigit(s[start - 1]) or s[start - 1] in "._/\\#@第" or
                                            LATIN.match(s[start - 1])):
                    continue                 # k负1亿, 5负4亿: a code; 第-3: an ordinal, see scan()
                p = start - 1
                while p >= 0 and s[p] in SPACES and start - p <= _GAP:
                    p -= 1
                prev = s[p] if p >= 0 else ""
            else:
                sign, start, prev = 1, i, c
            if prev in prev_trigger:
                hit = lex.pre_currency_behind.match(s, start)
                if hit is not None:
                    # 人民币258.6亿元, 港币2960元: the currency word before names the yuan
                    pre_cur = lex.pre_currency[hit[0]]
                    if kind != "money" or not cur.generic or pre_cur.generic or \
                            taken.find(1, hit[1], start) >= 0 or self._shared_currency_word(hit[0], hit[1]):
                        continue             # 人民币100美元, 人民币5%, 100亿元人民币2亿元: see scan()
                    unit, scale = pre_cur.code, (_ONE if pre_cur.scale == 1 else pre_cur.scale)
                    start = hit[1]
                    prev = "" if start == 0 else s[start - 1]
            if kind == "money":
                if after and ((nxt in _DIGIT_CHARS and (u in ("块", "块钱") or s[e + 1:e + 2] in lex.sub_first))
                              or nxt in "又整正" or
                              (nxt in lex.currency_first and lex.post_currency_words.match(s, e) is not None)):
                    continue                 # 5000万元人民币, 5元3角, 三块五: see scan()
                if lone and value == 1 and u == "块":
                    continue
                if cur.position == "sub" and c and (c in "又零" or c in lex.post_last or c in lex.sub_first):
                    continue                 # 两美元又三美分: the sub-unit belongs to the amount before
            elif kind == "cheng":
                if after and (nxt in NOT_CHENG or nxt == "半" or nxt in _DIGIT_CHARS) or value > 10:
                    continue                 # 三成半, 七成六, 成为: see scan()
                kind = "percent"
            elif kind == "quantity":
                if u == "个" and (nxt in "多余" or self._duration_after(e, nxt, i)):
                    continue                 # 3个多月, 两个半月: durations; 1个多百分点: see scan()
                if after and (nxt in _DIGIT_CHARS or LATIN.match(nxt) or nxt in "万亿" or
                              (nxt in lex.money_pct_first and (lex.pct_words.match(s, e) is not None or
                                                               lex.post_currency_words.match(s, e) is not None))):
                    continue                 # 2.4个百分 点, 两个亿: see scan()
                if lone and n in "一壹零〇":
                    if prev not in prev_trigger:
                        self._take(i, ne)
                    continue                 # 一家银行: an article; 零部件: never quantities
            end = e
            qualifier = "over" if over else None
            if post is not None:
                pe = m.end()
                if lex.post_qualifier_ok(post, s, pe, kind, True, u == "成", bool(over)):
                    if not (over and lex.qual_post[post] == "over"):
                        qualifier = lex.qual_post[post]
                    end = pe
            if prev in qual_pre_last:
                q = lex.qual_pre_behind.match(s, start)
                if q is not None:
                    qualifier, start = lex.qual_pre[q[0]], q[1]
                    if self._after_connector(start):
                        continue             # 3至超5亿元: no range, see scan()
            if taken.find(1, start, end) >= 0:
                continue
            if scale is not _ONE:
                value = _clean(EXACT.multiply(value, scale * sign))
            elif sign != 1:
                value = -value
            atoms.append(new_atom(_Atom, (start, end, kind, value, unit, qualifier, None, None, scale,
                                          has_big or u == "成", mag)))
            if end - start < 64:
                taken[start:end] = _ONES[end - start]
            else:
                self._take(start, end)

    def _shared_currency_word(self, word: str, a: int) -> bool:
        """The currency word at ``a`` may belong to what stands before it: the
        amount it ends (100亿元人民币), the other end of a range (5至RMB 12元),
        or letters it continues (ABCRMB).  The main pass decides those."""
        s = self.s
        p = a - 1
        while p >= 0 and s[p] in SPACES and a - p <= _GAP:
            p -= 1
        if p < 0:
            return False
        c = s[p]
        return (_isdigit(c) or c in NUMERAL_CHARS or c in self.lex.amount_last or c in "多余" or c in _CONNECTOR_CHARS or
                (p == a - 1 and LATIN.match(c) is not None and LATIN.match(word[0]) is not None))

    def _after_connector(self, i: int) -> bool:
        """A range connector stands before ``i`` (spaces between)."""
        s = self.s
        p = i - 1
        while p >= 0 and s[p] in SPACES and i - p <= _GAP:
            p -= 1
        return p >= 0 and s[p] in _CONNECTOR_CHARS

    def _numeral_before_spaces(self, i: int) -> bool:
        s = self.s
        p = i - 1
        while p > 0 and s[p] in SPACES:
            p -= 1
        return s[p] in NUMERAL_CHARS or _isdigit(s[p])

    def _duration_after(self, e: int, nxt: str, i: int) -> bool:
        """个 starts a duration (3个多月, 两个半月): mark it read and say so."""
        if self.lex.post_currency_words.match(self.s, e) is not None:
            return True                      # 一拾个日元: money, see scan()
        after = e + 1 if nxt and nxt in "多余半" else e
        later = self.lex.measure_words.match(self.s, after)
        if later is not None and self.lex.measures[later[0]] != "count":
            self._take(i, later[2])
            return True
        return False

    def _fast_bare(self, i: int, end: int, value: Decimal, has_big: bool, mag: Decimal) -> None:
        """The first end of a range (3 in 3至5亿元): kept so that results() can
        give it the other end's unit."""
        c = self.s[i - 1] if i else ""
        if c in SIGNS:
            if _sign_before(self.s, i) != (1, i):
                return                       # a sign: see scan(); 400-986-4236 has none
        elif c and (c in SPACES or c == "第" or c in self.lex.prev_trigger):
            return                           # a currency word: see scan()
        self._add(_Atom(i, end, None, value, None, None, None, None, _ONE, has_big, mag))

    # -- main pass: every other form ----------------------------------------------
    def scan(self) -> None:
        s = self.s
        taken = self.taken
        done = 0
        # candidates are looked for in the text itself, so that their context is
        # what the main pass alone would see; what was read already is skipped
        for m in self.lex.candidate_re.finditer(s):
            i, b = m.span()
            if i < done:
                continue
            while i < b and taken[i]:
                i += 1
            while i < b:
                i = self._scan_from(i)
                while i < b and not ("0" <= s[i] <= "9" or s[i] in NUMERAL_CHARS) or i < b and taken[i]:
                    i += 1
            done = i

    def _scan_from(self, i: int) -> int:
        """Read the numerals of the stretch starting at ``i``; return where reading stopped."""
        s = self.s
        taken = self.taken
        wide = not (i > 0 and s[i - 1] in self.lex.symbol_last)   # $1，000 is not one number
        toks = tokenize(s, i, wide_commas=wide)
        if not toks:
            return i + 1
        for x, t in enumerate(toks):
            if t.kind in "TB" and x and self.lex.mag_unit_words.match(s, t.start):
                toks = toks[:x]                  # 100千瓦时: 千 starts the measure word
                break
        reader = NumeralReader(toks)
        k = 0
        furthest = toks[-1].end
        read_to = i                              # the end of the last atom read from these tokens
        while k < len(toks):
            t = toks[k]
            if t.kind in "SPM" or taken[t.start]:
                k += 1
                continue
            if k and toks[k - 1].end == t.start and toks[k - 1].kind in "ADTB" and toks[k - 1].end > read_to:
                k += 1                           # never start inside a run of numeral characters
                continue
            num = reader.read(k)
            if num is None:
                k += 1
                continue
            if not self._free(num.start, num.end):
                k = num.last
                continue
            atom = self._atom(toks, k, num)
            if atom is not None and not self._free(atom.start, atom.end):
                atom = None                      # its context reaches into an amount read already
            if atom is not None and _run_goes_on(toks, atom.end):
                atom = None                      # 九九…亿亿亿亿: a run is read whole or not at all
            if atom is not None:
                self._add(atom)
                read_to = atom.end
                furthest = max(furthest, atom.end)
                while k < len(toks) and toks[k].start < atom.end:
                    k += 1
            else:
                k = max(num.last, k + 1)
        return max(furthest, i + 1)

    def _atom(self, toks: Sequence[Token], k: int, num: Numeral) -> Optional[_Atom]:
        s = self.s
        lex = self.lex
        ns, ne = num.start, num.end
        value = num.value
        low, high = num.low, num.high
        qualifier = "several" if num.low is not None else ("over" if num.over else None)
        if qualifier == "several":
            value = None
        # neighbouring digits as a range: 八九亿, 三五百, 两三个
        pair = _digit_pair(toks, k)
        if pair is not None and num.last == k + 1:
            num2 = NumeralReader(toks).read(k + 1)
            if num2 is not None and (num2.last == k + 2 or _units_only_after(toks, k + 1, num2.last)) and \
                    num2.value % pair[1] == 0:       # 二三万佰 (30100) is no pair: 2/3 of it never ends
                d1, d2 = pair
                with decimal.localcontext(EXACT):
                    low, high = num2.value / d2 * d1, num2.value
                value, qualifier, ne = None, "range", num2.end
                num = num2._replace(start=ns, first=k, has_digit=True, lone_digit=False)
        # ---- left context ----------------------------------------------------
        sign, start = _sign_before(s, ns)
        # ordinals and codes: 第三十九条, A202107…, 600036.SH
        if start > 0 and s[start - 1] in ORDINAL_PREFIXES:
            return None
        currency: Optional[lexicon.Currency] = None
        hit = lex.pre_currency_behind.match(s, start)
        if hit is not None and not self._free(hit[1], start):
            hit = None                      # 10日元5…: 日元 already ends the amount before
        if hit is not None:
            currency = lex.pre_currency[hit[0]]
            start = hit[1]
            if start > 0 and LATIN.match(s[start - 1]) and LATIN.match(hit[0][0]):
                currency, start = None, ns if sign == 1 else ns - 1
        if currency is None and start > 0 and (LATIN.match(s[start - 1]) or s[start - 1] in "._/\\#@"):
            if num.start == ns and _isdigit(s[ns]):
                return None
        if currency is None and start > 0 and _isdigit(s[start - 1]):
            return None
        q = lex.qual_pre_behind.match(s, start)
        pre_qual = None
        if q is not None:
            pre_qual = lex.qual_pre[q[0]]
            qstart = q[1]
        # ---- right context -----------------------------------------------------
        end = ne
        kind: Optional[str] = None
        unit: Optional[str] = None
        scale = Decimal(1)
        has_scale = num.has_big_unit
        # Latin scale words: US$3 million, 2 bn, 15k (not 3M, which is a company)
        latin_scale = None
        sw = lex.scale_re.match(s, end) if end < len(s) and s[end] in lex.scale_first and _isdigit(s[ne - 1]) else None
        if sw is not None:
            factor, latin_scale = lex.scale_words[sw.group(1)]
            if latin_scale != "currency" or currency is not None:
                scale *= factor
                end = sw.end()
                has_scale = True
            else:
                latin_scale = None
        post_generic = False
        has_cheng = False
        pct = _match_ahead(s, end, lex.pct_words)
        if pct is None and s.startswith("个多", end) and qualifier is None:
            pct = lex.pct_words.match(s, end + 2)        # 1个多百分点: over 1 pp
            if pct is not None and PERCENT_SUFFIXES[pct[0]][0] in ("pp", "bp") and pct[0][0] != "个":
                qualifier = "over"
            else:
                pct = None
        if pct is not None:
            kind = "percent"
            unit, mult = PERCENT_SUFFIXES[pct[0]]
            scale *= mult
            end = pct[2]
        if kind is None:
            j = _skip_spaces(s, end)
            c = s[j] if j < len(s) else ""
            has_cheng = c == "成"
            if c == "成" and not (j + 1 < len(s) and s[j + 1] in NOT_CHENG) and value is not None or \
                    (c == "成" and qualifier == "range"):
                if value is None or value <= 10:
                    kind, unit = "percent", "%"
                    scale *= 10
                    end = j + 1
                    has_scale = True
                    # 三成半, 七成六
                    j2 = _skip_spaces(s, end)
                    if value is not None and j2 < len(s) and s[j2] == "半":
                        value += Decimal("0.5")
                        end = j2 + 1
                    elif value is not None and j2 < len(s) and s[j2] in DIGITS and DIGITS[s[j2]] > 0 and \
                            not (j2 + 1 < len(s) and (s[j2 + 1] in "十百千万亿成" or s[j2 + 1] in DIGITS)):
                        value += Decimal(DIGITS[s[j2]]) / 10
                        end = j2 + 1
            elif c == "折" and value is not None and not (j + 1 < len(s) and s[j + 1] in NOT_ZHE
                                                          and s[j + 1:j + 3] != "价格"):   # 八折价格
                v = value
                whole = "".join(t.text for t in toks[num.first:num.last] if t.kind != "S")
                if whole == "半":
                    kind, unit, value, end = "percent", "%", Decimal(50), j + 1   # 半折: half price
                elif 0 < v < 10:
                    kind, unit, scale, end = "percent", "%", Decimal(10), j + 1
                elif 10 <= v < 100 and _ALL_DIGITS.fullmatch(whole) and len(whole) == 2:
                    kind, unit, end = "percent", "%", j + 1
                else:
                    return None
        if kind is None:
            cur = _match_ahead(s, end, lex.post_currency_words)
            if cur is None and end < len(s) and s[end] in "个枚":
                cur = lex.post_currency_words.match(s, end + 1)    # 20个比特币: money, not a count of 个
                if cur is not None and (lex.post_currency[cur[0]].generic or lex.post_currency[cur[0]].scale != 1):
                    cur = None
            if cur is not None:
                c2 = lex.post_currency[cur[0]]
                kind = "money"
                end = cur[2]
                if c2.generic and currency is not None:
                    pass                          # 港币2960元: the named currency wins
                elif c2.generic and currency is None:
                    currency, post_generic = c2, True
                else:
                    if currency is not None and not currency.generic and currency.code != c2.code:
                        start = ns if sign == 1 else ns - 1      # 人民币100美元: the suffix wins
                        if q is not None:
                            q = lex.qual_pre_behind.match(s, start)
                            pre_qual = lex.qual_pre[q[0]] if q else None
                            qstart = q[1] if q else start
                    currency = c2
                if cur[0] == "块" and num.lone_digit and value == 1 and not _money_end(s, end):
                    return None                                   # 一块蛋糕
                # a second currency word: 5000万元人民币, 9000元日币
                if post_generic or c2.generic:
                    nxt = _match_ahead(s, end, lex.post_currency_words, spaces=False)
                    if nxt is not None and not lex.post_currency[nxt[0]].generic:
                        currency = lex.post_currency[nxt[0]]
                        end = nxt[2]
                # sub-units: 五元三毛, 50元6角三分, 两美元又三美分, 壹拾壹元整
                value, end = _sub_units(s, end, value, currency, lex)
                if cur[0] in ("块", "块钱") and value is not None:
                    j2 = end
                    if j2 < len(s) and s[j2] in DIGITS and DIGITS[s[j2]] > 0 and \
                            not (j2 + 1 < len(s) and (s[j2 + 1] in DIGITS or s[j2 + 1] in "十百千万亿角毛分")) and \
                            lex.post_currency_words.match(s, j2 + 1) is None and \
                            lex.pct_words.match(s, j2 + 1) is None:              # 3块四块, 3块钱壹%: two amounts
                        value += Decimal(DIGITS[s[j2]]) / 10      # 三块五
                        end = j2 + 1
                if end < len(s) and s[end] in "整正" and currency is not None:
                    end += 1
            elif currency is not None:
                mw = _match_ahead(s, end, lex.measure_words)
                if mw is not None and lex.measures[mw[0]] != "count":
                    return None                     # 人民币 … 3年: a duration after a currency word
                kind = "money"
                if not _isdigit(s[ns]) and currency.symbol:
                    return None                     # a sign stands before Arabic digits only
            if kind == "money" and currency is not None:
                unit = currency.code
                if currency.scale != 1:
                    scale *= currency.scale
        if kind is None:
            mw = _match_ahead(s, end, lex.measure_words)
            if mw is not None:
                mkind = lex.measures[mw[0]]
                if mkind != "count":
                    return None                     # 2025年, 3个月, 近5年, 2号线
                after = mw[2] + 1 if mw[2] < len(s) and s[mw[2]] in "多余半" else mw[2]
                nxt_mw = _match_ahead(s, after, lex.measure_words)
                if mw[0] == "个" and nxt_mw is not None and lex.measures[nxt_mw[0]] != "count":
                    return None                     # 3个 交易日, 3个多月, 两个半月: durations
                if num.lone_digit and s[ns] in "一壹" and value == 1:
                    return None                     # 一家银行: an article, not a count
                if num.lone_digit and value == 0:
                    return None                     # 零部件, 〇号
                kind, unit, end = "quantity", mw[0], mw[2]
            elif num.has_big_unit and (num.has_digit or toks[num.first].text in "十拾") or latin_scale == "any" or \
                    latin_scale == "unit" and (pre_qual is not None or _match_ahead(s, end, lex.qual_post_words)):
                kind = "quantity"                   # 46万, 超7000万: a magnitude alone
        # trailing qualifier: 以上, 左右, 多
        post_q = _match_ahead(s, end, lex.qual_post_words)
        post_qual = None
        if post_q is not None and kind is not None:
            w = post_q[0]
            if lex.post_qualifier_ok(w, s, post_q[2], kind, value is not None, has_cheng, qualifier == "over"):
                post_qual = lex.qual_post[w]
                end = post_q[2]
        # codes and identifiers: the number runs into letters (5G, 600036.SH)
        if kind is None or kind == "quantity" and unit is None:
            if end < len(s) and (LATIN.match(s[end]) or (s[end] == "." and end + 1 < len(s)
                                                         and LATIN.match(s[end + 1]))):
                return None
        if kind is None:
            # a bare number: kept for 3至5亿元, never reported
            if num.lone_digit and s[ns] in "一壹":
                return None
            if sign != 1 and value is not None:
                value = -value                   # -3至-5亿元: the bare end keeps its sign
            return _Atom(start, ne, None, value, None, None, low, high, _ONE,
                         num.has_big_unit, _trailing_magnitude(toks, num))
        if pre_qual is not None and qualifier not in ("range", "several"):
            qualifier = pre_qual
            start = qstart
        elif post_qual is not None and qualifier not in ("range", "several"):
            qualifier = post_qual if qualifier is None or post_qual != "over" else qualifier
        elif pre_qual is not None and qualifier == "several":
            start = qstart
        with decimal.localcontext(EXACT):
            if value is not None:
                value = _clean(value * scale * sign)
            if low is not None:
                low, high = _clean(low * scale * sign), _clean(high * scale * sign)
                if low > high:
                    low, high = high, low        # 负八九十亿元: low is never above high
        if kind == "money" and value is None and qualifier not in ("range", "several"):
            return None
        return _Atom(start, end, kind, value, unit, qualifier, low, high, scale,
                     has_scale, _trailing_magnitude(toks, num))

    # -- ranges ------------------------------------------------------------------
    def results(self, raw: str, index_map: Optional[Tuple[List[int], List[int]]]) -> List[Quantity]:
        """The quantities of the atoms in text order, two ends joined into one
        range where a range connector stands between them (3至5亿元), bare
        numbers dropped, spans mapped back to ``raw``."""
        atoms = sorted(self.atoms, key=_START)
        s = self.s
        starts, ends = index_map if index_map is not None else (None, None)
        out: List[Quantity] = []
        new = object.__new__
        n = len(atoms)
        i = 0
        size = len(s)
        while i < n:
            a = atoms[i]
            i += 1
            if i < n:
                b = atoms[i]
                e = a.end
                if b.start - e <= 2 * _GAP + 1 and e < size and s[e] in _RANGE_GAP_FIRST and \
                        s[e:b.start].strip(" \u3000") in RANGE_CONNECTORS:
                    joined = self._join(a, b)
                    if joined is not None:
                        a = joined
                        i += 1
            start, end, kind, value, unit, qualifier, low, high, _, _, _ = a
            if kind is None:
                continue
            if starts is not None:
                start, end = starts[start], ends[end - 1]
            # built field by field: the values were checked where they were made
            q = new(Quantity)
            q.__dict__.update(kind=kind, value=value, low=low, high=high, unit=unit,
                              qualifier=_QUALIFIERS[qualifier], text=raw[start:end], start=start, end=end)
            out.append(q)
        return out

    def _join(self, a: _Atom, b: _Atom) -> Optional[_Atom]:
        s = self.s
        if a.kind == "quantity" and a.unit is None and a.qualifier is None and (b.kind != "quantity" or b.unit):
            a = _Atom(a.start, a.end, None, a.value, None, None, None, None, _ONE, True, a.mag)       # 2亿至3亿美元: 2亿 shares the unit of the other end
        if b.kind is None or b.value is None or a.qualifier in ("range", "several") or b.qualifier in ("range", "several"):
            return None
        gap = s[a.end:b.start].strip(" \u3000")
        if gap not in RANGE_CONNECTORS:
            return None
        if a.kind is not None and b.kind != "percent" and gap == "至" and \
                self.lex.change_behind.match(s, a.start) is not None:
            return None                      # 上涨5元至30元: a change of 5元, to 30元
        if a.kind is None:
            if a.value is None:
                return None
            # 3至5亿元: the bare end takes the other end's magnitude and unit scale
            with decimal.localcontext(EXACT):
                low = a.value * b.scale
                if not a.has_scale_word:
                    # 八到九百亿元 borrows 百亿; 5千至8千万元, whose first end has its own 千, only 万
                    low = low * (b.mag if a.mag == 1 else _big_part(b.mag))
            low = _clean(low)
        else:
            if a.kind != b.kind or a.unit != b.unit or a.value is None:
                return None
            low = a.value
        high = b.value
        if low > high:
            if high > 0:
                return None                  # 5至3亿元: not a range
            low, high = high, low            # -3至-5: low is never above high
        start, end = a.start, b.end
        if start > 0 and s[start - 1] == "从" and gap in ("至", "到"):
            start -= 1
        elif start > 0 and s[start - 1] == "在" and s[end:end + 2] == "之间":
            start, end = start - 1, end + 2   # 在5%至10%之间: the frame belongs to the span, as 从…到…
        return _Atom(start, end, b.kind, None, b.unit, "range", low, high, b.scale)


@functools.lru_cache(maxsize=1024)
def _denominator(text: str) -> Optional[Decimal]:
    """The denominator of X分之Y: 百 -> 100, 三 -> 3, 百万 -> 10^6."""
    den = _parse_compact(text)
    if den is None and text[0] in "十百千万亿拾佰仟":
        den = _parse_compact("一" + text)
    return den


@functools.lru_cache(maxsize=8192)
def _cn_numeral(text: str) -> Optional[Tuple[Decimal, bool, bool, Decimal]]:
    """A Chinese numeral that is one plain numeral, as (value, has a big unit,
    is one lone digit, trailing magnitude); None for anything the main pass
    must read (digit pairs 八九, a numeral followed by more numerals)."""
    plain = read_plain_chinese(text)
    if plain is not None:
        return plain
    toks = tokenize(text)
    if not toks or toks[-1].end != len(text):
        return None
    num = NumeralReader(toks).read(0)
    if num is None or num.last != len(toks) or num.low is not None or num.over or _digit_pair(toks, 0):
        return None
    return num.value, num.has_big_unit, num.lone_digit, _trailing_magnitude(toks, num)


def _plain_numeral(s: str, toks: Sequence[Token]) -> Optional[Numeral]:
    """What ``NumeralReader(toks).read(0)`` gives when the tokens spell a plain
    Chinese numeral (百分之三十点五), read without the reader; else None."""
    text = s[toks[0].start:toks[-1].end]
    plain = read_plain_chinese(text)
    if plain is None:
        return None
    value, has_big, lone, _ = plain
    return Numeral(value, toks[0].start, toks[-1].end, 0, len(toks), chinese=True, has_big_unit=has_big,
                   has_digit=not set(text) <= _UNIT_CHARS, lone_digit=lone)


def _candidate_pattern(next_words: Sequence[str], money_pct_words: Sequence[str],
                       prev_chars: frozenset, prev_latin: Sequence[str], unit_words: str) -> "re.Pattern[str]":
    """The numeral runs the main pass must read, selected in C.  A run is a
    candidate when a unit, currency, percent or qualifier word follows it
    (the whole word: 20日 is a date, 20日元 money), a currency word or sign
    stands before it, or it holds 万/亿/兆 (46万).  A lone 一 counts only before
    money or percent words (一家 is an article).  Runs are matched possessively
    and never from inside a number (1,1,1,… stays linear)."""
    cls = lambda chars: "[" + re.escape("".join(sorted(chars))) + "]"
    num = "[0-9" + NUMERAL_CHARS + "]"
    # a run stops before a unit word that starts with a numeral character (1.5百分点, 100千瓦时)
    step = "(?:(?!" + unit_words + ")" + num + "|[.,，](?=[0-9]))"
    gap = "[ \u3000]{0,4}"
    connectors = _CONNECTOR_CHARS
    cjk = [w for w in next_words if not LATIN.match(w[0]) and w not in ("多", "余")]
    latin = [w for w in next_words if LATIN.match(w[0])]
    word = "(?:" + _alternation(cjk) + "|" + _alternation(latin) + "(?![A-Za-z]))"
    follows = ("(?=" + gap + "(?:" + word +
               "|[多余](?=" + gap + "(?:" + word + "|[万亿兆]))"
               "|" + cls(connectors) + "{1,2}(?=" + gap + num + ")"
               "))")
    before = "|".join("(?<=" + cls(prev_chars) + sp + ")" for sp in ("", "[ \u3000]", "[ \u3000]{2}"))
    if prev_latin:
        # one cheap look at the last character first: most positions follow no Latin currency code
        last = cls({w[-1] for w in prev_latin})
        before += ("|(?:(?<=" + last + ")|(?<=" + last + " ))(?:" +
                   "|".join("(?<=" + re.escape(w) + sp + ")" for w in prev_latin for sp in ("", " ")) + ")")
    # The pattern consumes the run's first character first (so that the regex
    # engine skips other positions in C) and says what it would have said
    # before it with lookbehinds over that character: (?<=(?:A).) is A at the
    # position before; the rest of the run (rest) follows.
    first = "[0-9" + NUMERAL_CHARS.translate({ord(c): None for c in "万亿兆点"}) + "]"
    rest = step + "*+(?:[ \u3000]{1,4}+" + step + "++)*+"
    return re.compile(
        first + _shifted(_NOT_AFTER) + "(?<![0-9][.,，].)(?:"
        "(?<=[一壹])(?![0-9 \u3000" + NUMERAL_CHARS + "])(?=" + _alternation(money_pct_words) + ")"
        "|(?<!(?=" + unit_words + ").)(?:"
        "(?<=(?:" + before + ").)" + rest +
        "|(?:(?<![一壹])|(?=" + num + "))" + rest + follows +
        "|(?=" + step + "*?[万亿兆])" + rest + "))")


def _run_goes_on(toks: Sequence[Token], end: int) -> bool:
    """A numeral token other than a space starts right at ``end``."""
    for t in toks:
        if t.start == end:
            return t.kind != "S"
        if t.start > end:
            break
    return False


def _big_part(mag: Decimal) -> Decimal:
    """The 万/亿 part of a place: 千万 (1e7) -> 万 (1e4), 千亿 -> 亿, 万亿 -> 万亿."""
    exp = len(str(int(mag))) - 1
    return Decimal(10) ** (exp - exp % 4)


def _trailing_magnitude(toks: Sequence[Token], num: Numeral) -> Decimal:
    """The magnitude the first end of an elliptical range borrows (八到九百亿元 is
    800亿 to 900亿).  When the numeral starts with a digit, it is the place of
    that digit: the small unit right after it times the big units that close
    its group (九百亿 -> 1e10, 三仟 -> 1e3, 5亿 -> 1e8, 3万4000 -> 1e4).
    Otherwise the big units it ends with (十五万 -> 1e4)."""
    ts = [t for t in toks[num.first:num.last] if t.kind != "S"]
    mag = Decimal(1)
    if ts and ts[0].kind in "AD":
        j = 1
        if j < len(ts) and ts[j].kind == "T":
            mag *= ts[j].value
            j += 1
        while j < len(ts) and ts[j].kind != "B":
            j += 1
        while j < len(ts) and ts[j].kind == "B":
            mag *= ts[j].value
            j += 1
        return mag
    for t in reversed(ts):
        if t.kind == "B":
            mag *= t.value
        elif t.kind != "M":
            break
    return mag


def _sign_before(s: str, i: int) -> Tuple[int, int]:
    """The sign written before the numeral at ``i``, as ``(sign, start)``.  负 is a
    sign before a digit (负3.9%, 负一), not in words (减负千亿元); -, + are signs
    unless they join two numbers (100-200亿元 is a range)."""
    c = s[i - 1] if i else ""
    if c not in SIGNS:
        return 1, i
    if c == "负":
        if not (_isdigit(s[i]) or s[i] in DIGITS) or _lex().not_sign_behind.match(s, i) is not None:
            return 1, i                      # 减负八九十亿元: 负 belongs to the word 减负
        return -1, i - 1
    # a minus is a minus only where nothing on its left can be the first end of a
    # range: in 1万元--5万元 and 3%-5% the dash joins two amounts
    p = i - 2
    while p >= 0 and (s[p] in _DASHES or s[p] in SPACES) and i - p <= 6:
        p -= 1
    before = s[p] if p >= 0 else ""
    if before and (before in _lex().amount_last or LATIN.match(before)):
        return 1, i
    return SIGNS[c], i - 1


def _digit_pair(toks: Sequence[Token], k: int) -> Optional[Tuple[int, int]]:
    """Two neighbouring Chinese digits read as a range: 八九, 三五, 两三, 一两."""
    if k + 1 >= len(toks):
        return None
    t1, t2 = toks[k], toks[k + 1]
    if t1.kind != "D" or t2.kind != "D" or t1.value == 0 or t2.value == 0:
        return None
    if t1.text not in "一二两三四五六七八九" or t2.text not in "一二两三四五六七八九":
        return None
    d1, d2 = int(t1.value), int(t2.value)
    if d2 == d1 + 1 or (d1, d2) == (3, 5):
        return d1, d2
    return None


def _units_only_after(toks: Sequence[Token], k: int, last: int) -> bool:
    """The numeral starting at digit ``k`` is that digit followed only by units (三十, 九亿, 五百万)."""
    return last > k + 1 and all(t.kind in "TBS" for t in toks[k + 1:last])


def _money_end(s: str, i: int) -> bool:
    return i >= len(s) or s[i] in "钱，。；、,.;!?！？ \n" or s[i] in DIGITS


def _sub_units(s: str, end: int, value: Optional[Decimal], currency: Optional[lexicon.Currency],
               lex: _Lex) -> Tuple[Optional[Decimal], int]:
    """角/分 after 元 (五元三毛, 50元6角三分) and 美分 after 美元 (两美元又三美分)."""
    if value is None or currency is None:
        return value, end
    for _ in range(2):
        j = end
        if j < len(s) and s[j] in "又零":
            j += 1
        if j >= len(s):
            break
        c = s[j]
        if _isdigit(c):
            d = Decimal(c)
            j += 1
        elif c in DIGITS and DIGITS[c] > 0:
            d = Decimal(DIGITS[c])
            j += 1
        else:
            break
        hit = _match_ahead(s, j, lex.sub_words, spaces=False)
        if hit is None or lex.sub_currency[hit[0]].code != currency.code:
            break
        value = value + d * lex.sub_currency[hit[0]].scale
        end = hit[2]
    return value, end


# ---------------------------------------------------------------------------
# public functions
# ---------------------------------------------------------------------------
def find_quantities(text: str) -> List[Quantity]:
    """Every money amount, percentage and count in ``text``, in order.

    >>> [q.text for q in find_quantities("贷款余额超1800亿元，同比增长12.3%")]
    ['超1800亿元', '12.3%']
    """
    return _find(check_text(text), fast=True)


def _find(raw: str, *, fast: bool) -> List[Quantity]:
    """``fast=False`` skips the fast pass, so that the main pass reads every
    form; tests compare both ways on every case-table text."""
    if not raw or raw.isspace():
        return []
    norm, imap = normalize(raw)
    sc = _Scanner(norm)
    sc.prepass()
    if fast:
        sc.fast()
    sc.scan()
    return sc.results(raw, imap)


_QUALIFIERS = {None: None, **{q.value: q for q in Qualifier}}


def parse_quantity(text: str) -> Optional[Quantity]:
    """Read ``text`` as one amount (``"超1800亿元"``); None when it is not
    exactly one money amount, percentage or count."""
    raw = check_text(text)
    found = find_quantities(raw)
    stripped = raw.strip()
    if len(found) != 1 or not stripped:
        return None
    q = found[0]
    lead = len(raw) - len(raw.lstrip())
    if q.start != lead or q.end != lead + len(stripped):
        return None
    return q
