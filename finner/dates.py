"""Dates and reporting periods: 2025年3月末, 2024年末, 12月17日, 一季度,
2025年第一季度, 上半年, 2025年度.  Pure Python, no spaCy.

Only calendar expressions are dates: durations (近5年, 3个月) and tenors
(12月期) are not.  A year needs four digits (2025年; 5年 is a duration).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List

from finner.normalize import check_text, normalize, to_original

__all__ = ["DateSpan", "find_dates"]

_SP = "[ \u3000]?"
_YEAR = r"(?:[12][0-9]{3}|[〇零一二三四五六七八九]{4})" + _SP + "年度?"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])" + _SP + "月(?![期份内])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])" + _SP + "[日号]"
_QUARTER = r"(?:第?[一二三四1-4]季度|前三季度|Q[1-4])"
_HALF = r"[上下]半年"
_PART = r"(?:末|初|底|中旬|上旬|下旬)"
_RELATIVE = r"(?:今年|去年|明年|本年|上年|当年)"
_DATE = re.compile(
    r"(?<![0-9〇零一二三四五六七八九十])(?:"
    r"(?:" + _YEAR + _SP + r"|" + _RELATIVE + r")?(?:" + _MONTH + _SP + r"(?:" + _DAY + r")?|" + _QUARTER + "|" + _HALF + r")"
    + _PART + r"?"
    r"|" + _YEAR + _PART + r"?"
    r")")


@dataclass(frozen=True)
class DateSpan:
    text: str
    start: int
    end: int


def find_dates(text: str) -> List[DateSpan]:
    """Dates and reporting periods in ``text``, in order.

    >>> [d.text for d in find_dates("截至2025年3月末，近5年来12月17日")]     # 近5年 is a duration
    ['2025年3月末', '12月17日']
    >>> find_dates("１２月期")                                              # 12月期 is a tenor
    []
    """
    raw = check_text(text)
    norm, imap = normalize(raw)
    out = []
    for m in _DATE.finditer(norm):
        a, b = m.span()
        if b - a < 2:
            continue
        start, end = to_original(imap, a, b)
        out.append(DateSpan(raw[start:end], start, end))
    return out
