"""The result types: :class:`Quantity` and :class:`Qualifier`."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from decimal import Decimal
from typing import Any, Dict, Mapping, Optional



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


QUALIFIERS: Dict[Optional[str], Optional[Qualifier]] = {None: None, **{q.value: q for q in Qualifier}}
