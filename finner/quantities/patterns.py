"""Regex building blocks: tries of words, lookbehinds, and the main pass's candidate pattern."""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Sequence

from finner.charsets import CONNECTOR_CHARS, HARD_NUMERAL_CHARS, LATIN, NUMERAL_CHARS
from finner.compat import compile_possessive


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


_GUARDED = 8      # a branch of a word trie with more ways on than this looks at the next character first


def _alternation(words: Iterable[str], sep: str = "") -> str:
    """A regex matching the longest of ``words``, built as a trie so that the
    engine tries one branch per character instead of every word
    (元|美(?:元|金|分)|港(?:元|币) …).  ``sep`` may stand between characters,
    and only there: it belongs to the optional rest of a word (块(?: *钱)?), so
    that a word never ends in it.  Where a word goes on in many ways (the 60
    idioms that begin with 一), a lookahead at the next character comes first, so
    that the engine does not try each branch in turn where none can match."""
    words = sorted(set(words))
    if not words:
        return "(?!)"

    def build(ws: List[str], lead: str, nested: bool) -> str:
        """The words ``ws`` (what is left of them after a first character when
        ``nested``), ``lead`` before each."""
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
                alts.append(re.escape(c) + build(rest, sep, True))
        if nested and len(alts) > _GUARDED:      # one look at the next character instead of many
            lead += "(?=[" + re.escape("".join(sorted(groups))) + "])"
        if ends and lead:
            return "(?:" + lead + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")") + ")?"
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        return lead + body + "?" if ends else lead + body

    return build(words, "", False)


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
    connectors = CONNECTOR_CHARS
    cjk = [w for w in next_words if not LATIN.match(w[0]) and w not in ("多", "余")]
    latin = [w for w in next_words if LATIN.match(w[0])]
    # a cheap look at the first character before the long alternation: most runs are followed by no word
    word = ("(?=" + cls({w[0] for w in cjk + latin}) + ")(?:" + _alternation(cjk) + "|" + _alternation(latin) +
            "(?![A-Za-z]))")
    follows = ("(?=" + gap + "(?:" + word +
               "|[多余](?=" + gap + "(?:" + word + "|[万亿兆]))"
               "|" + cls(connectors) + "{1,2}(?=" + gap + "[\\x00" + num[1:] + ")"   # \x00: masked, read already
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
    return compile_possessive(
        first + _shifted(_NOT_AFTER) + "(?<![0-9][.,，].)(?:"
        "(?<=[一壹])(?![0-9 \u3000" + NUMERAL_CHARS + "])(?=" + _alternation(money_pct_words) + ")"
        "|(?<!(?=" + unit_words + ").)(?:"
        "(?<=(?:" + before + ").)" + rest +
        "|(?:(?<![一壹])|(?=" + num + "))" + rest + follows +
        "|(?=" + step + "*?[万亿兆])" + rest + "))")


def _fast_pattern(unit_words: Sequence[str], qpost: Sequence[str], magnitudes: Sequence[str], mag_unit_words: str,
                  ends: Iterable[str], clean_right: Iterable[str], run_chars: Iterable[str]) -> "re.Pattern[str]":
    """The fast pass's pattern: a numeral [+ magnitude] + a unit word, or the
    first end of a range, or a magnitude alone (46万).  The
    pattern starts by consuming one character of a class, which lets the regex
    engine skip every other position in C; what would be said about the
    position before that character is said by lookbehinds one character longer
    (:func:`_shifted`), and the numeral groups (nr, cr) hold the rest of the numeral.

    Group ``rc`` (empty) is set after an Arabic number and its unit word that
    are followed by a clean context: no over mark, no space before the unit
    word, none of ``clean_right`` right after it, nor a point or comma after a
    unit word that ends in one of ``run_chars``, and a unit word that does not
    end in 成.  Group ``cc`` says the same after a Chinese numeral and its unit
    word, 成 included."""
    # an Arabic number (1,234.56) after its first digit
    # (possessive: a shorter number never helps, a digit follows it; years are tried once)
    number_rest = r"[0-9]{0,2}(?:,[0-9]{3})++(?:\.[0-9]+)?+|[0-9]*+(?:\.[0-9]+)?+"
    unit_first = "(?=[" + re.escape("".join(sorted({w[0] for w in unit_words}))) + "])"
    cn = HARD_NUMERALS
    unit = unit_first + r"(?P<{}>" + _alternation(unit_words) + r")"
    cls = lambda chars: "[" + re.escape("".join(sorted(set(chars)))) + "]"
    # (an optional part written as a branch with an empty way: cheaper for the engine than ``?``)
    right = "(?!" + cls(clean_right) + ")(?:(?![.,，])|(?<!" + cls(run_chars) + "))"
    clean = "(?:(?(o)(?!)|)(?(sp)(?!)|)(?<!成)" + right + "(?P<rc>)|)"
    clean_cn = "(?:(?(co)(?!)|)" + right + "(?P<cc>)|)"
    return compile_possessive(
        # never from inside a numeral: said once for both branches (a run of 一 or 亿 stays cheap)
        r"[0-9" + cn + r"](?<![0-9" + HARD_NUMERALS + r"].)(?:"
        # Arabic: number, over mark (7000多万), magnitude, then a unit word, or
        # nothing but a range connector and another number (the 3 of 3至5亿元)
        r"(?<=[0-9])(?<![A-Za-z._/\\#@].)" + _shifted(_NOT_AFTER) + r"(?<![0-9][,，].)"
        r"(?P<nr>" + number_rest + r")(?P<o>[多余])?"
        r"(?:(?!" + mag_unit_words + r")(?P<m>" + _alternation(magnitudes) + r"))?"
        r"(?:(?P<sp>[ ]{1,3})?" + unit.format("u") + clean +
        r"|(?=[ ]{0,3}[" + re.escape(CONNECTOR_CHARS) + r"]{1,2}[ ]{0,3}[0-9" + NUMERAL_CHARS + r"])"
        # or, after a magnitude, a qualifier or nothing, then a character no amount
        # can continue with (46万，超7000万人次 is not this): a magnitude alone (mo)
        r"|(?(m)(?P<mo>)(?:" + _alternation(qpost) + r")?(?![" + re.escape("".join(sorted(ends))) + r"])|(?!)))"
        # Chinese: numeral, over mark, unit word
        r"|(?<=[" + cn + r"])(?<![.负几数半多余].)(?<![0-9][.,，].)" + _shifted(_NOT_AFTER) +
        r"(?P<cr>[" + cn + r"]{0,23})(?P<co>[多余])?" + unit.format("cu") + clean_cn + r")")
