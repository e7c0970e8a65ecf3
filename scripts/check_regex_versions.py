"""List finner's regular expressions that the standard ``re`` of an older Python rejects.

Possessive quantifiers (``a*+``, ``a++``, ``a?+``, ``a{1,4}+``) and atomic groups
(``(?>...)``) arrived in ``re`` with Python 3.11; on 3.9 and 3.10 they raise
``re.error: multiple repeat`` (possessive) or ``unknown extension ?>`` (atomic).

Run it with Python 3.11 or later.  It records every pattern finner compiles while
its modules import and while it reads a few sentences, finds each possessive
quantifier and atomic group with ``re``'s own parser, then asks the older Python
(``--python``, default pyenv's 3.9) to compile each pattern::

    python scripts/check_regex_versions.py --python /root/.pyenv/versions/3.9.18/bin/python

It exits 1 when a pattern fails on the older Python.
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any, Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ["截至2025年3月末，中国银行深圳市分行普惠金融贷款余额超1800亿元，同比增长12.3%。",
             "约3.2万亿美元", "不足五成", "5.72万户", "12.5元至15元", "１２．３４亿元", "联系 a.b@example.com www.x.cn",
             "1,234.56万元", "10-20个基点", "7000多万", "人民币1,350万元", "负3", "一千二百五十万"]


def _site() -> str:
    """file:line in finner/ that compiled the pattern, or "" when the caller is
    another package (spaCy and its dependencies pick their own patterns by version)."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        path = Path(frame.filename).resolve()
        if path.name in ("re.py", "__init__.py") and path.parent.name == "re" or path.name == "re.py":
            continue                     # re.compile / re.match and friends: look at their caller
        if ROOT / "finner" in path.parents:
            return f"{path.relative_to(ROOT)}:{frame.lineno}"
        return ""
    return ""


def record() -> Dict[Tuple[str, int], str]:
    seen: Dict[Tuple[str, int], str] = {}
    real = re._compile  # type: ignore[attr-defined]

    def spy(pattern: Any, flags: Any):
        site = _site() if isinstance(pattern, str) else ""
        if site:
            seen.setdefault((pattern, int(flags)), site)
        return real(pattern, flags)

    re._compile = spy  # type: ignore[attr-defined]
    re.purge()
    try:
        import finner
        for mod in pkgutil.walk_packages(finner.__path__, "finner."):
            importlib.import_module(mod.name)
        for text in SENTENCES:
            finner.find_quantities(text)
        nlp = finner.load(ner=False)
        list(nlp.pipe(SENTENCES))
    finally:
        re._compile = real  # type: ignore[attr-defined]
    return seen


def new_syntax(pattern: str, flags: int) -> List[str]:
    """The possessive quantifiers and atomic groups in ``pattern``, by re's parser (3.11+)."""
    from re import _constants as c, _parser as p  # type: ignore[attr-defined]
    found: List[str] = []

    def walk(items: Any) -> None:
        for op, av in items:
            if op is c.POSSESSIVE_REPEAT:
                found.append("possessive " + ("*+" if av[1] == c.MAXREPEAT and av[0] == 0 else
                                              "++" if av[1] == c.MAXREPEAT and av[0] == 1 else
                                              "?+" if (av[0], av[1]) == (0, 1) else f"{{{av[0]},{av[1]}}}+"))
            if op is c.ATOMIC_GROUP:
                found.append("atomic group (?>...)")
            for sub in (av if isinstance(av, (list, tuple)) else [av]):
                if isinstance(sub, p.SubPattern):
                    walk(sub)
                elif isinstance(sub, (list, tuple)):
                    for s in sub:
                        if isinstance(s, p.SubPattern):
                            walk(s)
    walk(p.parse(pattern, flags))
    return found


CHECK = """import json, re, sys
out = []
for pattern, flags in json.load(sys.stdin):
    try:
        re.compile(pattern, flags)
        out.append(None)
    except re.error as e:
        out.append(str(e))
print(json.dumps(out))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--python", default="/root/.pyenv/versions/3.9.18/bin/python")
    args = ap.parse_args()
    if sys.version_info < (3, 11):
        sys.exit("run this with Python 3.11 or later (its re parses the new syntax)")
    seen = record()
    items = sorted(seen.items(), key=lambda kv: kv[1])
    res = subprocess.run([args.python, "-c", CHECK], input=json.dumps([k for k, _ in items]),
                         capture_output=True, text=True, check=True)
    errors = json.loads(res.stdout)
    bad = 0
    for ((pattern, flags), site), err in zip(items, errors):
        syntax = new_syntax(pattern, flags)
        if err is None and not syntax:
            continue
        bad += err is not None
        shown = pattern if len(pattern) <= 160 else pattern[:160] + f"... ({len(pattern)} chars)"
        print(f"{site}: {err or 'compiles'} on {args.python}; {', '.join(sorted(set(syntax)))}")
        print(f"    {shown}")
    print(f"{len(seen)} patterns compiled by finner, {bad} rejected by {args.python}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
