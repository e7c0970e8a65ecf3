"""What stands around a numeral: its sign, a closing 钱, sub-units after a currency."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional, Tuple

from finner import lexicon
from finner.charsets import DASHES, DIGITS, LATIN, SIGNS, SPACES, isdigit
from finner.quantities.compiled import _Lex, _lex
from finner.quantities.words import _match_ahead


def _sign_before(s: str, i: int, lex: Optional[_Lex] = None) -> Tuple[int, int]:
    """The sign written before the numeral at ``i``, as ``(sign, start)``.  负 is a
    sign before a digit (负3.9%, 负一), not in words (减负千亿元); -, + are signs
    unless they join two numbers (100-200亿元 is a range)."""
    c = s[i - 1] if i else ""
    if c not in SIGNS:
        return 1, i
    lex = lex if lex is not None else _lex()
    if c == "负":
        if not (isdigit(s[i]) or s[i] in DIGITS) or lex.not_sign_behind.match(s, i) is not None:
            return 1, i                      # 减负八九十亿元: 负 belongs to the word 减负
        return -1, i - 1
    # a minus is a minus only where nothing on its left can be the first end of a
    # range: in 1万元--5万元 and 3%-5% the dash joins two amounts
    p = i - 2
    while p >= 0 and (s[p] in DASHES or s[p] in SPACES) and i - p <= 6:
        p -= 1
    before = s[p] if p >= 0 else ""
    if before and (before in lex.amount_last or LATIN.match(before)):
        return 1, i
    return SIGNS[c], i - 1


def _money_end(s: str, i: int) -> bool:
    return i >= len(s) or s[i] in "钱，。；、,.;!?！？ \n" or s[i] in DIGITS


def _counted_sub_unit(s: str, i: int, value: Decimal, code: str, lex: _Lex,
                      spaces: bool) -> Optional[Tuple[Decimal, int, lexicon.Currency]]:
    """A numeral of ``value`` ending at ``i`` that counts a sub-unit of the
    currency ``code`` written there (伍角, 人民币 5 角, ¥5角伍分): its value in the
    main unit, where the amount ends (after more sub-units and 整) and the
    sub-unit; None where no such sub-unit follows or a longer measure word starts
    there (伍分钟, 人民币 3 分钟)."""
    hit = _match_ahead(s, i, lex.sub_words, spaces)
    if hit is None or lex.sub_currency[hit[0]].code != code:
        return None
    mw = _match_ahead(s, i, lex.measure_words, spaces)
    if mw is not None and mw[2] > hit[2]:
        return None
    sub = lex.sub_currency[hit[0]]
    total, end = _sub_units(s, hit[2], value * sub.scale, sub, lex)
    assert total is not None
    if end < len(s) and s[end] in "整正":
        end += 1
    return total, end, sub


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
        if isdigit(c):
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
