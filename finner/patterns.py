"""Patterns a user adds to a loaded pipeline, in spaCy SpanRuler's format.

    {"label": "BANK", "pattern": "星河湾银行", "id": "星河湾商业银行"}
    {"label": "PRODUCT", "pattern": [{"TEXT": "微"}, {"TEXT": "粒"}, {"TEXT": "贷"}]}

A phrase pattern (a string) matches the characters of ``doc.text``, whatever the
segmenter made of them; a token pattern (a list of dicts) is a spaCy ``Matcher``
pattern over the document's tokens.  ``id`` is the canonical name the span gets
(``span._.canonical``).  Pure Python apart from the token patterns, which the
component hands to spaCy.

>>> ps = PatternSet()
>>> ps.add([{"label": "BANK", "pattern": "星河湾银行", "id": "星河湾商业银行"}])
>>> ps.find_phrases("星河湾银行深圳分行")
[(0, 5, 'BANK', '星河湾商业银行')]
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Optional, Pattern, Tuple

__all__ = ["PatternSet", "check_pattern"]

Match = Tuple[int, int, str, Optional[str]]          # start, end (characters, end-exclusive), label, id


def check_pattern(p: Any, where: str = "pattern") -> Dict[str, Any]:
    """``p`` as a clean pattern dict, or ValueError saying what is wrong with it."""
    if not isinstance(p, dict):
        raise ValueError(f"{where}: a pattern is a dict with 'label' and 'pattern', got {type(p).__name__}")
    extra = set(p) - {"label", "pattern", "id"}
    if extra:
        raise ValueError(f"{where}: unknown keys {sorted(extra)} (a pattern has 'label', 'pattern', 'id')")
    label, pattern, pid = p.get("label"), p.get("pattern"), p.get("id")
    if not isinstance(label, str) or not label.strip():
        raise ValueError(f"{where}: 'label' must be a non-empty string, got {label!r}")
    if isinstance(pattern, str):
        if not pattern.strip():
            raise ValueError(f"{where}: an empty phrase pattern matches nothing")
    elif isinstance(pattern, list):
        if not pattern or not all(isinstance(t, dict) for t in pattern):
            raise ValueError(f"{where}: a token pattern is a non-empty list of dicts (spaCy Matcher)")
    else:
        raise ValueError(f"{where}: 'pattern' must be a string or a list of token dicts, got {pattern!r}")
    if pid is not None and (not isinstance(pid, str) or not pid.strip()):
        raise ValueError(f"{where}: 'id' must be a non-empty string when given, got {pid!r}")
    out = {"label": label, "pattern": pattern}
    if pid is not None:
        out["id"] = pid
    return out


class PatternSet:
    """Patterns in the order they were added; a phrase added twice keeps its last label and id."""

    def __init__(self) -> None:
        self._patterns: List[Dict[str, Any]] = []
        self._phrases: Dict[str, Tuple[str, Optional[str]]] = {}
        self._re: Optional[Pattern[str]] = None

    def __len__(self) -> int:
        return len(self._patterns)

    def add(self, patterns: Iterable[Dict[str, Any]]) -> None:
        """Check every pattern first, then add them all (nothing is added when one is wrong)."""
        clean = [check_pattern(p, f"pattern {i}") for i, p in enumerate(patterns)]
        self._patterns += clean
        for p in clean:
            if isinstance(p["pattern"], str):
                self._phrases[p["pattern"]] = (p["label"], p.get("id"))
        self._re = None

    def clear(self) -> None:
        self.__init__()  # type: ignore[misc]

    @property
    def patterns(self) -> List[Dict[str, Any]]:
        """Every pattern, as added (copies)."""
        return [dict(p) for p in self._patterns]

    @property
    def token_patterns(self) -> List[Dict[str, Any]]:
        return [p for p in self.patterns if isinstance(p["pattern"], list)]

    def find_phrases(self, text: str) -> List[Match]:
        """Leftmost, then longest, non-overlapping matches of the phrase patterns."""
        if not self._phrases:
            return []
        if self._re is None:
            words = sorted(self._phrases, key=lambda w: (-len(w), w))      # longest first: 星河湾银行深圳分行 before 星河湾银行
            self._re = re.compile("|".join(map(re.escape, words)))
        return [(m.start(), m.end(), *self._phrases[m.group()]) for m in self._re.finditer(text)]
