"""What finner needs from Python that older versions lack.

``compile_possessive``: the standard ``re`` reads possessive quantifiers
(``a*+``, ``a++``) from Python 3.11 on; on 3.9 and 3.10 the ``regex`` package
compiles the few patterns that use them (pyproject.toml declares it for those
versions only).  The patterns mean the same in both.
"""
from __future__ import annotations

import sys

if sys.version_info >= (3, 11):
    from re import compile as compile_possessive
else:                                                     # pragma: no cover - exercised by CI on 3.9
    # regex ships no type stubs (types-regex is not installed here): a third-party stub gap
    from regex import compile as compile_possessive  # type: ignore[import-untyped]

__all__ = ["compile_possessive"]
