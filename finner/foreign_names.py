"""Foreign persons' names in Chinese transliteration, written in parts joined by a middle dot.

约翰·摩尔, 安德鲁·贝克, 乔纳森·奈特, J·K·罗琳: each part is a run of the
characters of ``transliteration.tsv`` (or one Latin capital, an initial), and
the dot shows where one part ends and the next begins, which a statistical
model often misses when it has seen few such names.

- The run before the first dot begins after a character that is none of
  them, or after a title (主席约翰·霍洛韦); a longer run than a part is not
  read (no guess about where the name begins).
- The last part ends before a word that follows names: a verb of speech, a
  title, a word of ``name_followers.tsv`` (约翰·摩尔加入), or before a
  character that stands as a word of its own (的, 和, 在: ``name_neighbours.tsv``),
  punctuation, a Latin letter or a digit; before any other Chinese character
  the name is not read (瓦列里·科斯坚科, where 坚 is missing from the list, is
  left to the model rather than cut).
- The first and the last part have two characters at least (沿海·西部 is none).
- A name followed by an institution's ending or a word of ``named_after.tsv``
  (乔治·华盛顿大学, 阿里·萨米扬球场) and a name inside a work's title
  (《哈利·波特》) are not read.
"""
from __future__ import annotations

import functools
import re
from typing import FrozenSet, List, Optional, Tuple

from finner import lexicon

DOTS = "·•・･"
_JOINERS = DOTS + "-"      # 让-保罗·萨特: a hyphen joins the parts of one given name
_PART = 5                  # characters of one part at most (阿卜杜勒, 舍甫琴科)


@functools.lru_cache(maxsize=1)
def _pattern() -> "re.Pattern[str]":
    chars = "[" + re.escape("".join(sorted(lexicon.transliteration()))) + "]"
    part = "(?:" + chars + "{1," + str(_PART) + "}|[A-Z])"
    joiner = "[" + re.escape(_JOINERS) + "]"
    return re.compile("(?<!" + chars + ")(?<![A-Za-z])" + part + "(?:" + joiner + part + ")+(?!" + chars +
                      ")(?![A-Za-z])")


@functools.lru_cache(maxsize=1)
def _words() -> Tuple[Tuple[str, ...], Tuple[str, ...], Tuple[str, ...]]:
    """(titles; what ends the last part; what makes the name a place's or an institution's)."""
    from finner.officials import FOLLOWERS
    titles = tuple(lexicon.titles())
    institution = lexicon.org_endings() + lexicon.named_after()
    return titles, tuple(set(FOLLOWERS + titles + lexicon.name_followers() + institution)), institution


def foreign_names(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every transliterated name with a middle dot in ``text``."""
    if not any(d in text for d in DOTS):
        return []
    out = []
    for m in _pattern().finditer(text):
        span = _settle(text, *m.span())
        if span is not None:
            out.append(span)
    return out


def _settle(text: str, a: int, b: int) -> Optional[Tuple[int, int]]:
    """The name of the match ``text[a:b]``: a title before it and a word after
    it left out; None where it is no person's name."""
    titles, stops, _ = _words()
    first = min(i for i in (text.find(j, a, b) for j in _JOINERS) if i >= 0)
    last = max(text.rfind(j, a, b) for j in _JOINERS)
    a = next((k for k in range(first - 1, a, -1) if text.endswith(titles, 0, k)), a)
    b = next((k for k in range(last + 2, b + 1) if text.startswith(stops, k)), b)
    if named_after(text, b) or not any(d in text[a:b] for d in DOTS) or _in_work_title(text, a, b):
        return None                      # 乔治·华盛顿大学: an institution; 《哈利·波特》: a work
    if not (first - a >= 2 or text[a].isupper()) or b - last < 3:
        return None                      # 沿海·西部: one character is no part of a name here
    if not stands_apart_after(text, b):
        return None                      # 瓦列里·科斯|坚科: a character missing from the list may go on with the name
    return a, b


def stands_apart_after(text: str, b: int) -> bool:
    """Nothing at ``b`` may go on with a name that ends there: the text's end,
    a character that is not Chinese, one that stands as a word of its own
    (的, 和, 在: ``name_neighbours.tsv``), or a word that follows names (a verb
    of speech, a title, a word of ``name_followers.tsv``)."""
    return b >= len(text) or not "\u4e00" <= text[b] <= "\u9fff" or text[b] in _neighbours() or \
        text.startswith(_words()[1], b)


@functools.lru_cache(maxsize=1)
def _neighbours() -> FrozenSet[str]:
    """Characters that stand as words of their own after a name (的, 和, 在, 说)."""
    from finner.officials import NOT_IN_NAME
    return NOT_IN_NAME | lexicon.name_neighbours()


# what may stand right before a foreign name that a model's span took in (《…》中|林赛·卡沃)
_BEFORE_NAME = "中在与和对向让被把给跟同及"


def settle_dotted(text: str, a: int, b: int) -> Tuple[int, int]:
    """A model's person ``text[a:b]`` with a middle dot in it, its ends put
    where the transliterated name's are: a character that stands before names
    left out at the start (中|林赛·卡沃), the first part grown back over the
    transliteration characters before it where a part begins there
    (中伊莲|娜·沃尔科娃 -> 伊莲娜·沃尔科娃), and the last part grown over the
    transliteration characters after it where the name then stands apart
    (布迪·哈尔托|约将 -> 布迪·哈尔托约)."""
    from finner.officials import NOT_IN_NAME
    first = min((i for i in (text.find(d, a, b) for d in DOTS) if i >= 0), default=-1)
    if first < 0:
        return a, b
    while first - a > 2 and (text[a] in _BEFORE_NAME or text[a] in NOT_IN_NAME):
        a += 1
    chars = lexicon.transliteration()
    s = a
    titles = _words()[0]
    while s > 0 and first - s < _PART and text[s - 1] in chars and not text.endswith(titles, 0, s):
        s -= 1                               # (not over a title's last character: 主席|乔纳森)
    if s < a and not (s and text[s - 1] in chars):
        a = s                                # 伊莲|娜·沃尔科娃: the whole first part
    last = max(text.rfind(d, a, b) for d in DOTS)
    e = b
    while e < len(text) and e - last <= _PART and text[e] in chars and not text.startswith(_words()[1], e):
        e += 1
    return (a, e) if e > b and stands_apart_after(text, e) and not named_after(text, e) else (a, b)


def named_after(text: str, b: int) -> bool:
    """A name ending at ``b`` (or a few transliteration characters later: a
    model's 莫里斯·贝 in 莫里斯·贝当奖) is followed by an institution's ending
    or a word of ``named_after.tsv``: it names a place, a prize or a body."""
    institution = _words()[2]
    chars = lexicon.transliteration()
    j = b
    while j < len(text) and j - b < _PART and not text.startswith(institution, j) and text[j] in chars:
        j += 1
    return text.startswith(institution, j)


def _in_work_title(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` lies inside 《…》, the title of a book, film or game."""
    opened = text.rfind("《", 0, a)
    return opened >= 0 and text.rfind("》", opened, a) < 0 and text.find("》", b) >= 0
