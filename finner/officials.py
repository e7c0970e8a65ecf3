"""Officials: person names found from context, linked to a title and an
organisation.  Pure Python, no spaCy.

A name is a surname from ``surnames.tsv`` and one or two more characters.  It
is only taken where the context says it is a person, never from the surname
alone (many surnames are ordinary words: 文, 国, 和):

* after a title: 副行长黄黎明, 研究员娄远帆, 记者王璐;
* before a title, after punctuation: ，曹文博行长表示;
* before a verb of speech: 王明表示, 李华认为, 张伟称 (after punctuation or at the
  start of the text);

The person's title is the title right before the name, and the organisation
the bank or organisation right before that title (邮储银行研究员娄远帆 ->
娄远帆, 研究员, 邮储银行).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Set, Tuple

from finner import lexicon

__all__ = ["Person", "find_officials", "SPEECH_VERBS", "FOLLOWERS"]

# verbs that follow a speaker's name
SPEECH_VERBS = ("表示", "认为", "称", "介绍", "透露", "指出", "说", "强调", "坦言", "预计", "分析", "建议",
                "提到", "提醒", "解释", "谈到", "回应", "直言", "补充", "举例", "告诉", "对记者")
# what a byline puts after a reporter's name: 记者王璐报道, 王璐摄
_BYLINE_WORDS = ("报道", "摄影", "摄", "发自")
# what follows a name after a title besides a verb of speech: 记者王璐报道
FOLLOWERS = SPEECH_VERBS + _BYLINE_WORDS + ("获悉", "了解到", "注意到", "主持", "出席", "带队", "一行",
                                            "在", "于", "等", "也", "则", "还", "就", "曾", "已", "向", "对")
_BOUNDARY = set("，。；：、！？“”‘’「」『』（）()《》,.;:!? \u3000\n\t")
NOT_IN_NAME = frozenset("的了在是和与及或等也都就把被对向从以为于将年月日说称")   # function words, never in a name


@dataclass(frozen=True)
class Person:
    name: str
    start: int
    end: int
    title: Optional[str]
    org: Optional[str]
    title_start: Optional[int] = None    # where the linked title stands in the text


@functools.lru_cache(maxsize=1)
def _patterns() -> Tuple["re.Pattern[str]", "re.Pattern[str]"]:
    from finner.quantities import _alternation
    surnames = lexicon.surnames()
    name = "(?:" + _alternation(surnames) + ")[\\u4e00-\\u9fff]{1,2}"
    verbs = _alternation(SPEECH_VERBS)
    return re.compile(name), re.compile("(?=(" + name + ")(?:" + verbs + "))")


def _given_ok(name: str, surname_len: int) -> bool:
    return all(c not in NOT_IN_NAME and c not in _BOUNDARY for c in name[surname_len:])


def _read_name(text: str, i: int) -> Optional[str]:
    """The name starting at ``i`` after a title: 3 characters unless the third
    begins a verb of speech or a boundary follows the second."""
    pat, _ = _patterns()
    m = pat.match(text, i)
    if m is None:
        return None
    surnames = lexicon.surnames()
    sl = 2 if text[i:i + 2] in surnames and lexicon.surnames()[text[i:i + 2]] == "compound" else 1
    cands = [text[i:i + sl + 2], text[i:i + sl + 1]]
    for cand in cands:
        end = i + len(cand)
        if len(cand) < sl + 1 or not _given_ok(cand, sl):
            continue
        if end >= len(text) or text[end] in _BOUNDARY or any(text.startswith(v, end) for v in FOLLOWERS):
            return cand
    return cands[0] if len(cands[0]) == sl + 2 and _given_ok(cands[0], sl) else None


def _name_at(text: str, i: int, n: int, taken: Set[int]) -> Optional[str]:
    """A surname and one to three more characters of ``n`` in all at ``i``, none taken."""
    cand = text[i:i + n]
    if len(cand) < n or any(j in taken for j in range(i, i + n)) or cand in lexicon.not_names():
        return None
    surnames = lexicon.surnames()
    sl = 2 if surnames.get(cand[:2]) == "compound" else 1
    if cand[:sl] not in surnames or n <= sl or not _given_ok(cand, sl) or \
            not all("\u4e00" <= c <= "\u9fff" for c in cand):
        return None
    return cand


def _closes_name(text: str, j: int, title_starts: Set[int], speech_only: bool) -> bool:
    """Whether a name can end at ``j``: a verb of speech follows; unless
    ``speech_only``, also the end of a byline (记者柏晓岚）, 记者郑一帆、祁雨桐),
    another title (记者单可馨通讯员) or what a byline puts after a name (报道, 摄)."""
    if any(text.startswith(v, j) for v in SPEECH_VERBS):
        return True
    if speech_only:
        return False
    return j >= len(text) or text[j] in _BYLINE_ENDS or j in title_starts or \
        any(text.startswith(v, j) for v in _BYLINE_FOLLOWERS)


_BYLINE_ENDS = frozenset("）)、】 \u3000")
_BYLINE_FOLLOWERS = _BYLINE_WORDS + ("/文", "／文")


_OPENING = re.compile(r"(?:^|(?<=[。；;\n]))\s*([\u4e00-\u9fff]{2,4})(?=[，,](?:男|女)[，,。；\s]|[，,](?:男|女)$)")


def _resume_openings(text: str, found: List[Person], taken: Set[int]) -> List[Person]:
    """A résumé's opening, ``任家国，男，``: the name before 男 or 女 at the start of the text or of a
    sentence is read whole, also where a model found only its end (家国: 任 is also a verb)."""
    if "男" not in text and "女" not in text:
        return found
    out = list(found)
    for m in _OPENING.finditer(text):
        a, b = m.span(1)
        name = _name_at(text, a, b - a, set())
        if name is None:
            continue
        inside = [p for p in out if a <= p.start and p.end <= b]
        if any(j in taken for j in range(a, b)) and not (inside and all(p.end == b for p in inside)):
            continue
        out = [p for p in out if p not in inside]
        out.append(Person(name, a, b, None, None))
        taken.update(range(a, b))
    return out


def _left_out_names(text: str, entities: Sequence[Tuple[str, int, int, str]],
                    ends: Dict[int, Tuple[str, int, int, str]], starts: Set[int],
                    taken: Set[int], title_starts: Set[int]) -> List[Person]:
    """Names a model left out where nothing else can stand: right after a title
    and right before a verb of speech, a surname and one to three more characters
    (总经理糜少华称, 首席经济学家端木晴川预计); after a reporter's title in a
    byline, before its end or the next title (（记者柏晓岚）, 记者单可馨通讯员冯立);
    and after a person of a byline and 、 (（记者郑一帆、祁雨桐）)."""
    out = []
    for label, s, e, surface in entities:
        if label != "TITLE" or e in starts or e in taken:
            continue
        byline = lexicon.titles().get(surface) == "media"
        for n in (3, 2, 4):
            cand = _name_at(text, e, n, taken)
            if cand is not None and _closes_name(text, e + n, title_starts, not byline):
                before = ends.get(s)
                org = before[3] if before is not None and before[0] in ("BANK", "ORG") else None
                out.append(Person(cand, e, e + n, surface, org, s))
                taken.update(range(e, e + n))
                break
    return out


def _byline_lists(text: str, found: Sequence[Person], taken: Set[int], title_starts: Set[int]) -> List[Person]:
    """More names of a byline after the first one and 、 (（记者郑一帆、祁雨桐）)."""
    out = []
    for p in found:
        if p.title is None or lexicon.titles().get(p.title) != "media":
            continue
        j = p.end
        while j < len(text) and text[j] == "、":
            for n in (3, 2, 4):
                cand = _name_at(text, j + 1, n, taken)
                if cand is not None and _closes_name(text, j + 1 + n, title_starts, False):
                    out.append(Person(cand, j + 1, j + 1 + n, p.title, p.org, p.title_start))
                    taken.update(range(j + 1, j + 1 + n))
                    j += 1 + n
                    break
            else:
                break
    return out


def find_officials(text: str, entities: Sequence[Tuple[str, int, int, str]], read_names: bool = True) -> List[Person]:
    """Persons in ``text``.  ``entities`` are ``(label, start, end, text)`` of the
    BANK, ORG and TITLE spans already found (by finner_gazetteer or a model),
    and PERSON spans a model found: those are linked to the title and
    organisation next to them, and no rule reads a name over them.  With
    ``read_names=False`` the rules read a name only where nothing else can
    stand, between a title and a verb of speech (总经理糜少华称); otherwise only
    the PERSON spans given are linked (finner's model finds persons more precisely than the
    rules, with the same recall, on real text)."""
    persons = [e for e in entities if e[0] == "PERSON"]
    entities = [e for e in entities if e[0] != "PERSON"]
    ends = {e[2]: e for e in entities}
    starts = {e[1] for e in entities}
    taken: Set[int] = set()
    found = _known_persons(persons, entities, ends, taken)
    if not read_names:
        title_starts = {e[1] for e in entities if e[0] == "TITLE"}
        found = _resume_openings(text, found, taken)
        found += _left_out_names(text, entities, ends, starts, taken, title_starts)
        found += _byline_lists(text, found, taken, title_starts)
    else:
        found += _after_titles(text, entities, ends, starts, taken)
        found += _before_titles(text, entities, taken)
        found += _before_speech(text, ends, taken)
    found.sort(key=lambda p: p.start)
    return found


_Entity = Tuple[str, int, int, str]


def _known_persons(persons: Sequence[_Entity], entities: Sequence[_Entity], ends: Dict[int, _Entity],
                   taken: Set[int]) -> List[Person]:
    """The persons already found, linked to the title right before them (副行长[陈志远],
    with the organisation before the title) or right after them ([曹文博]行长)."""
    by_start = {e[1]: e for e in entities}
    found = []
    for _, s, e, surface in persons:
        title = ends.get(s)
        if title is not None and title[0] == "TITLE":
            title_of = ends.get(title[1])        # the entity the title belongs to
            org = title_of[3] if title_of is not None and title_of[0] in ("BANK", "ORG") else None
            found.append(Person(surface, s, e, title[3], org, title[1]))
        elif e in by_start and by_start[e][0] == "TITLE":
            after = by_start[e]
            found.append(Person(surface, s, e, after[3], None, after[1]))
        else:
            found.append(Person(surface, s, e, None, None))
        taken.update(range(s, e))
    return found


def _after_titles(text: str, entities: Sequence[_Entity], ends: Dict[int, _Entity], starts: Set[int],
                  taken: Set[int]) -> List[Person]:
    """A name read after a title: 副行长黄黎明."""
    found = []
    for label, s, e, surface in entities:
        if label != "TITLE" or e >= len(text) or e in starts or e in taken:
            continue
        name = _read_name(text, e)
        if name is None:
            continue
        org = None
        before = ends.get(s)
        if before is not None and before[0] in ("BANK", "ORG"):
            org = before[3]
        found.append(Person(name, e, e + len(name), surface, org, s))
        taken.update(range(e, e + len(name)))
    return found


def _before_titles(text: str, entities: Sequence[_Entity], taken: Set[int]) -> List[Person]:
    """A name read before a title, after a boundary: ，曹文博行长表示."""
    found = []
    for label, s, e, surface in entities:
        if label != "TITLE" or s in taken or s - 1 in taken:
            continue
        for length in (3, 2, 4):
            i = s - length
            if i < 0 or any(j in taken for j in range(i, s)):
                continue
            cand = text[i:s]
            sl = 2 if lexicon.surnames().get(cand[:2]) == "compound" else 1
            if cand[:sl] not in lexicon.surnames() or len(cand) <= sl or not _given_ok(cand, sl) \
                    or cand in lexicon.not_names():
                continue
            if i == 0 or text[i - 1] in _BOUNDARY:
                found.append(Person(cand, i, s, surface, None, s))
                taken.update(range(i, s))
                break
    return found


def _before_speech(text: str, ends: Dict[int, _Entity], taken: Set[int]) -> List[Person]:
    """A name read before a verb of speech, after a boundary: ，王明表示."""
    found = []
    _, speech = _patterns()
    for m in speech.finditer(text):
        i = m.start(1)
        name = m.group(1)
        if any(j in taken for j in range(i, i + len(name))) or not (i == 0 or text[i - 1] in _BOUNDARY or i in ends):
            continue
        sl = 2 if lexicon.surnames().get(name[:2]) == "compound" else 1
        # the verb may start inside a 3-character reading (王明表示 read as 王明表): take the longest
        # reading whose given name holds no verb or function character
        for cand in (name, name[:-1]):
            if cand in lexicon.not_names():
                break
            if len(cand) > sl and _given_ok(cand, sl) and any(text.startswith(v, i + len(cand)) for v in SPEECH_VERBS):
                found.append(Person(cand, i, i + len(cand), None, None))
                taken.update(range(i, i + len(cand)))
                break
    return found
