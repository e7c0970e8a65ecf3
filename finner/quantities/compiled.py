"""The lexicon of ``finner/data`` compiled once into the tables and patterns the passes use."""
from __future__ import annotations

import functools
import re
import string
import weakref
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from finner import lexicon
from finner.charsets import (CONNECTOR_CHARS, DIGIT_CHARS, DIGITS, LATIN, NOT_CHENG, NUMERAL_CHARS, ORDINAL_PREFIXES,
                             SIGNS, SPACES)
from finner.quantities.patterns import _alternation, _candidate_pattern, _fast_pattern
from finner.quantities.words import _Behind, _Words
from finner.gcpause import gc_paused


PERCENT_SUFFIXES = {   # word -> (unit, multiplier applied to the number)
    "%": ("%", Decimal(1)), "‰": ("%", Decimal("0.1")), "‱": ("%", Decimal("0.01")),
    "个百分点": ("pp", Decimal(1)), "百分点": ("pp", Decimal(1)),
    # brokers' reports: 同比+1.6pct, 提升2个pct (percentage points)
    # (not ppt: 3个ppt is three slide decks)
    "pct": ("pp", Decimal(1)), "pcts": ("pp", Decimal(1)), "个pct": ("pp", Decimal(1)), "个pcts": ("pp", Decimal(1)),
    "个基点": ("bp", Decimal(1)), "基点": ("bp", Decimal(1)),
    "个BP": ("bp", Decimal(1)), "个bp": ("bp", Decimal(1)), "个bps": ("bp", Decimal(1)),
    "bp": ("bp", Decimal(1)), "BP": ("bp", Decimal(1)), "bps": ("bp", Decimal(1)), "BPs": ("bp", Decimal(1)),
    "Bp": ("bp", Decimal(1)), "Bps": ("bp", Decimal(1)),
}

MAGNITUDES = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
              "十亿": Decimal(10) ** 9, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7,
              "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5, "万": Decimal(10) ** 4,
              "千": Decimal(1000), "百": Decimal(100), "兆": Decimal(10) ** 12}
_MAG_EXP = {w: len(str(int(v))) - 1 for w, v in MAGNITUDES.items()}
# the characters of a run of numerals; what may start a numeral after an amount, or go on
# with the run it ends (FastPass); what FastPass._alone_right looks at after a unit word
RUN_CHARS = frozenset("0123456789" + NUMERAL_CHARS)
NEXT_NUMERAL = RUN_CHARS | frozenset(SPACES)
NEXT_AFTER = NEXT_NUMERAL | frozenset(".,，")
RIGHT_GATE = frozenset(SPACES + string.ascii_letters + "万亿")
# what may follow a currency word and belong to the amount: sub-units (五元三毛), 块's 角 digit, 整
MONEY_TAIL_FIRST = frozenset("又零整正0123456789" + "".join(DIGITS))


@dataclass(frozen=True)
class _Lex:
    pre_currency: Mapping[str, lexicon.Currency]
    post_currency: Mapping[str, lexicon.Currency]
    sub_currency: Mapping[str, lexicon.Currency]
    measures: Mapping[str, str]
    qual_pre: Mapping[str, str]
    qual_post: Mapping[str, str]
    idiom_re: Optional["re.Pattern[str]"]
    fast_re: "re.Pattern[str]"           # numeral [+ magnitude] + unit word
    fast_before: frozenset                  # characters before a numeral that FastPass._alone_before looks at
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
    bare_magnitude_re: "re.Pattern[str]"    # a magnitude with no digit right after a qualifier (超万亿元,
    #                                         上千家) or before 余 (万余人)
    pre_currency_behind: _Behind
    mag_unit_words: "re.Pattern[str]"      # measure words that start with a magnitude: 千瓦时, 千克, 兆瓦
    sub_first: frozenset                    # first characters of sub-units (角, 毛, 分, 美分 …)
    not_sign_behind: _Behind                # 减负, 抱负: a 负 that is no minus sign
    amount_last: frozenset                  # characters an amount can end with (a dash after them joins a range)
    sub_last: frozenset                     # last characters of sub-units (角, 分, 美分, 分钱 …)
    left_chars: frozenset                   # what can stand right before a numeral that a rule reads
    unit_hints: Mapping[str, Tuple[str, frozenset]]   # unit words a finder may hand to AtomReader._decide
    plain_stops: Mapping[str, frozenset]    # unit words whose decision AtomReader._plain_atom remembers,
    #                                         with what a step reads right after them
    plain_quals: Mapping[str, frozenset]    # and those of them that a post qualifier starts with
    context_last: frozenset                 # what an amount that is context for the next one ends with
    qual_only: frozenset                    # characters before a numeral where AtomReader._left reads a
    #                                         qualifier word only (no sign, currency word, code or space)
    fast_left: frozenset                    # characters before a numeral that FastPass and _plain_atom look at
    qual_left: frozenset                    # those of them where only a qualifier word is read (FastPass._fast_atom)
    kuai_nouns: "_Words"                    # nouns counted by 块 (三块蛋糕 is no money)
    # AtomReader's memo of its decisions in plain contexts (AtomReader._plain_atom), per lexicon
    plain: Dict[Tuple[Any, ...], Any] = field(default_factory=dict, compare=False)


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


@functools.lru_cache(maxsize=16)
@gc_paused
def _lex(extra: Tuple[lexicon.Currency, ...] = ()) -> _Lex:
    """The lexicon compiled; ``extra``: currencies added at run time
    (``finner_quantities.add_currency``), on top of currencies.tsv."""
    cur: Dict[str, lexicon.Currency] = dict(lexicon.currencies())
    cur.update((c.surface, c) for c in extra)
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
    unit_info = _unit_info(measures, post)
    mag_words = [w for w in list(measures) + list(PERCENT_SUFFIXES) if len(w) > 1 and w[0] in "十百千万亿兆"]
    mag_unit_words = re.compile(_alternation(mag_words) if mag_words else "(?!)")
    # durations and dates (2025年, 12月) are left unmatched: nothing else reads them either;
    # 3个月 matches 个 and is then recognised as a duration
    unit_words = [w for w, (k, _) in unit_info.items() if k != "skip"]
    firsts = lambda ws: frozenset(w[0] for w in ws)
    # sub-units (角, 分) only follow a main unit, and 分之 is read by the pre-pass: 十分 is "very"
    money_pct_first = firsts(post) | firsts(PERCENT_SUFFIXES) | frozenset("成折点%‰")
    latin = lambda ws: sorted({w for w in ws if LATIN.match(w[0])})
    next_words = list(post) + list(PERCENT_SUFFIXES) + [w for w, k in measures.items() if k == "count"]
    prev_trigger = frozenset(w[-1] for w in pre) | frozenset("-+负")
    money_pct_words = list(post) + list(PERCENT_SUFFIXES) + ["成", "折", "个亿", "个万"]
    candidate_re = _candidate_pattern(next_words + list(qpost) + ["成", "折"] + list(scale_words), money_pct_words,
                                      frozenset(c for c in prev_trigger if not LATIN.match(c) and c not in "-+负"), latin(pre),
                                      mag_unit_words.pattern)
    amount_last = (DIGIT_CHARS | frozenset(NUMERAL_CHARS) | frozenset("%‰") | frozenset(w[-1] for w in post) |
                   frozenset(w[-1] for w in PERCENT_SUFFIXES) | frozenset(w[-1] for w, k in measures.items() if k == "count"))
    sub_last = frozenset(w[-1] for w in sub)
    fast_before = frozenset(SPACES) | frozenset("成块钱点几数半.,，") | sub_last
    hints = _unit_hints(unit_info, [list(PERCENT_SUFFIXES), list(post), list(measures)])
    scale_re = re.compile("[ ]?(" + _alternation(scale_words) + ")(?![A-Za-z])")
    kuai_nouns = _Words(dict.fromkeys(lexicon.kuai_nouns()))
    plain_stops, plain_quals = _plain_stops(hints, _Words(qpost).gate | _Words(post).gate, qpost, scale_re,
                                            scale_words, kuai_nouns.gate)
    left_chars, qual_only = _left_chars(pre, qpre), _qual_only(qpre, pre)
    fast_re = _fast_pattern(unit_words, list(qpost), list(MAGNITUDES), mag_unit_words.pattern,
                            _magnitude_ends(unit_info, sub, qpost),
                            RIGHT_GATE | NEXT_NUMERAL | frozenset().union(*plain_stops.values()), RUN_CHARS)
    lex = _Lex(pre, post, sub, measures, qpre, qpost, idiom_re,
                fast_re, fast_before, prev_trigger, money_pct_first,
                firsts(cur), frozenset(w[-1] for w in qpre), frozenset(w[-1] for w in post), candidate_re,
                _Words(PERCENT_SUFFIXES), _Words(post), _Words(sub), _Words(measures), _Words(qpost),
                _Behind(lexicon.change_words()), _Behind(qpre), qbare, _Behind(qbare),
                {w: v for (w, p), v in lexicon.qualifier_limits().items() if p == "post"},
                frozenset(w[-1] for w, c in cur.items() if c.symbol), scale_words,
                scale_re, frozenset(" ") | firsts(scale_words),
                re.compile("[百千万亿兆佰仟](?:(?<=[" +
                           re.escape("".join(sorted({w[-1] for w in list(qpre) + list(qbare)}))) + "].)|(?<=[万亿])(?=余))"),
                _Behind(pre), mag_unit_words, firsts(sub),
                _Behind(lexicon.not_signs()), amount_last, sub_last, left_chars,
                hints, plain_stops, plain_quals,
                prev_trigger | frozenset("0123456789" + NUMERAL_CHARS),
                qual_only, fast_before | left_chars, qual_only - fast_before, kuai_nouns)
    _COMPILED[id(lex)] = lex
    return lex


# every lexicon compiled so far (while it is in use), for clear_memos
_COMPILED: "weakref.WeakValueDictionary[int, _Lex]" = weakref.WeakValueDictionary()


def clear_memos() -> None:
    """Forget the decisions that every compiled lexicon remembers (``_Lex.plain``)."""
    for lex in list(_COMPILED.values()):
        lex.plain.clear()


def _plain_stops(hints: Mapping[str, Tuple[str, frozenset]], after: frozenset, qpost: Mapping[str, str],
                 scale_re: "re.Pattern[str]", scale_words: Mapping[str, Any], kuai_first: frozenset
                 ) -> Tuple[Dict[str, frozenset], Dict[str, frozenset]]:
    """The unit words whose decision AtomReader._plain_atom may remember, as
    ``(stops, quals)``.  ``stops``: for each word, the characters after it
    that a step reads: its own (the hint's stop characters; for 成, what
    AtomReader._cheng_or_zhe and _cheng read: 七成为 is no 70%, 三成半, 七成六),
    the first characters of post qualifiers and of currency words (``after``),
    and what may follow a currency word (sub-units, 块's 角 digit, 整); for 块,
    also the first characters of the nouns it counts (``kuai_first``: 三块蛋糕).
    ``quals``: those of them that a post qualifier begins with (以上, 左右) and
    no step reads for another reason.  Left out: words where a Latin scale word
    may be read (bn, k: read before the unit)."""
    own = {w: stops for w, (_, stops) in hints.items()
           if scale_re.match(w) is None and not any(sw.startswith(w) for sw in scale_words)}
    own["成"] = frozenset(SPACES) | frozenset("半") | frozenset(DIGITS) | NOT_CHENG
    if "块" in own:
        own["块"] = own["块"] | kuai_first
    first = frozenset(w[0] for w in qpost)
    return ({w: o | after | MONEY_TAIL_FIRST for w, o in own.items()},
            {w: frozenset(c for c in first if c not in o and c not in MONEY_TAIL_FIRST) for w, o in own.items()})


def _unit_hints(unit_info: Mapping[str, Tuple[str, Any]],
                tables: Sequence[Sequence[str]]) -> Dict[str, Tuple[str, frozenset]]:
    """The unit words that name what follows a numeral whatever the order of
    the lookups: a finder that found one as the longest unit word right after
    a numeral may hand it over to :meth:`AtomReader._decide`, unless the
    character after it is one of the word's stop characters.  ``tables``: the
    percent, currency and measure words, in the order AtomReader looks them up.
    Each word maps to ``(kind, stop characters)``: spaces, and every character
    that continues it into a longer word of its own or an earlier table (人 ->
    人民币, 人次: a lookup allows spaces inside words).  Left out: a word that a
    word of an earlier table begins (a shorter match there wins), a currency or
    measure word that starts with 个 or 枚 (20个比特币: a currency word may follow
    them), 成 and 折 (read by the characters after them)."""
    hints: Dict[str, Tuple[str, frozenset]] = {}
    order = {"percent": 1, "money": 2, "quantity": 3}
    earlier = [frozenset(v for table in tables[:k] for v in table) for k in range(len(tables))]
    # for the words of the first k tables: each proper prefix -> the characters that continue it
    nexts: List[Dict[str, set]] = []
    for k in range(len(tables)):
        after: Dict[str, set] = {}
        for v in earlier[k] | frozenset(tables[k]):
            for j in range(1, len(v)):
                after.setdefault(v[:j], set()).add(v[j])
        nexts.append(after)
    for w, (kind, _) in unit_info.items():
        if kind not in order or w[0] in "成折" or w[0] in "个枚" and kind != "percent":
            continue
        k = order[kind] - 1
        if any(w[:j] in earlier[k] for j in range(1, len(w))):
            continue
        hints[w] = (kind, frozenset(nexts[k].get(w, ())) | frozenset(SPACES))
    return hints


def _left_chars(pre: Mapping[str, lexicon.Currency], qpre: Mapping[str, str]) -> frozenset:
    """The characters before a numeral that a rule of the left context reads: a
    sign, an ordinal prefix, spaces, the last character of a currency or
    qualifier word, what makes a code (a letter, a digit, ._/\\#@) and 、 (第1、2名)."""
    return (frozenset(SIGNS) | frozenset(ORDINAL_PREFIXES) | frozenset(SPACES) | frozenset(string.ascii_letters) |
            frozenset("._/\\#@0123456789、") | frozenset(w[-1] for w in pre) | frozenset(w[-1] for w in qpre))


def _magnitude_ends(unit_info: Mapping[str, Any], sub: Mapping[str, Any], qpost: Mapping[str, str]) -> frozenset:
    """What may follow a magnitude that is an amount on its own (46万): not the
    first character of any unit, measure or currency word, numeral, letter,
    space or connector."""
    return frozenset({w[0] for w in unit_info} | {w[0] for w in sub} | {w[0] for w in qpost} | set(NUMERAL_CHARS) |
                     set("0123456789.,%‰折" + string.ascii_letters + SPACES + CONNECTOR_CHARS))


def _qual_only(qpre: Mapping[str, str], pre: Mapping[str, lexicon.Currency]) -> frozenset:
    """The last characters of qualifier words before a numeral (超, 约, 近) that
    no rule of AtomReader._left reads for another reason: no sign, ordinal
    prefix or space, no last character of a currency word, no letter or digit
    and none of ._/\\#@ (what makes a code)."""
    return frozenset(w[-1] for w in qpre) - (frozenset(SIGNS) | frozenset(ORDINAL_PREFIXES) | frozenset(SPACES) |
                                            frozenset(string.ascii_letters) | frozenset("._/\\#@0123456789") |
                                            frozenset(w[-1] for w in pre))


def _unit_info(measures: Mapping[str, str], post: Mapping[str, lexicon.Currency]) -> Dict[str, Tuple[str, Any]]:
    """Every word that can follow a number, with what it makes of it."""
    unit_info: Dict[str, Tuple[str, Any]] = {}
    for w, kind in measures.items():
        unit_info[w] = ("quantity", w) if kind == "count" else ("skip", None)
    for w, c in post.items():
        unit_info[w] = ("money", c)
    for w, pu in PERCENT_SUFFIXES.items():
        unit_info[w] = ("percent", pu)
    unit_info["成"] = ("cheng", None)
    return unit_info
