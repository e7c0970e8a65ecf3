"""The character sets of numbers and amounts, in one place: the numeral reader
(:mod:`finner.numerals`) and the quantity scanner (:mod:`finner.quantities`)
build their tables and patterns from these, so that a character
``parse_number`` reads is found in text too.  Grammar, not knowledge: these
never change (the words, currencies and qualifiers are in ``finner/data``)."""
from __future__ import annotations

import re

# --- numerals ---------------------------------------------------------------
DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    "弍": 2, "弎": 3, "幺": 1,
}
# Financial capitals that are also ordinary words (伍 in 队伍, 陆 in 陆地, 拾 in
# 收拾, 肆 in 放肆) only count as numerals next to another numeral character.
AMBIGUOUS_CAPITALS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟幺")
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10 ** 4, "亿": 10 ** 8, "兆": 10 ** 12}
COMPOSITES = {"廿": 20, "卅": 30, "卌": 40}
POINT = "点"
HALF = "半"
VAGUE = "几"          # 几十, 十几 (数 joins when it stands before a unit: 数万)
OVER_MARKS = "多余"   # 7000多万, 2000余万, 十 余 万
SPACES = " \t\u3000\u00a0"
HARD_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(COMPOSITES) + "".join(BIG_UNITS)
# 几, 数, 半 and 点 are numerals only next to other numerals (网点, 指数, 一半)
NUMERAL_CHARS = HARD_NUMERAL_CHARS + VAGUE + "数" + HALF + POINT
DIGIT_CHARS = frozenset("0123456789") | frozenset(DIGITS)     # one digit, Arabic or Chinese
UNIT_CHARS = frozenset("十拾百佰千仟万亿")


def isdigit(c: str) -> bool:
    """An ASCII digit (str.isdigit() is also true for ①, ², ５)."""
    return len(c) == 1 and "0" <= c <= "9"


# --- around amounts -----------------------------------------------------------
# what joins two amounts into a range; a dash may be doubled (1万元--5万元, 2——3万港币)
RANGE_CONNECTORS = ("至", "到", "-", "--", "~", "—", "——", "－", "–", "～")
CONNECTOR_CHARS = "".join(sorted(set("".join(RANGE_CONNECTORS))))
DASHES = "".join(c for c in CONNECTOR_CHARS if c not in "至到")
RANGE_GAP_FIRST = frozenset(CONNECTOR_CHARS) | frozenset(" \u3000")   # how a gap between two ends begins
# 成 and 折 are verbs too (成为, 折合): these next characters make them words
NOT_CHENG = frozenset("交本功立长员果绩熟都型品就效分份年人")   # 七成为个人客户: 70% are
NOT_ZHE = frozenset("合算旧扣价让现叠返射腾损线半")
SIGNS = {"-": -1, "负": -1, "+": 1}
ORDINAL_PREFIXES = ("第",)
LATIN = re.compile(r"[A-Za-z]")
