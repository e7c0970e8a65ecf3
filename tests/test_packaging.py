"""pyproject.toml keeps its promises: every runtime dependency is one finner imports."""
import ast
import re
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

FINNER = Path(__file__).resolve().parent.parent / "finner"


def imported_top_level_modules():
    """Top-level names of every module imported anywhere in finner/ (lazy imports included)."""
    names = set()
    for path in FINNER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def requirements(extra=None):
    reqs = [Requirement(r) for r in metadata.requires("finner") or []]
    if extra is None:
        return [r for r in reqs if r.marker is None or "extra" not in str(r.marker)]
    return [r for r in reqs if r.marker is not None and r.marker.evaluate({"extra": extra})]


RUNTIME = [r.name for r in requirements()]


@pytest.mark.parametrize("dist", RUNTIME)
def test_runtime_dependency_is_imported_by_finner(dist):
    module = re.sub(r"[-.]", "_", dist.lower())
    assert module in imported_top_level_modules(), f"{dist} is a runtime dependency that finner never imports"


# Declared where they are used: cn2an is an oracle in the tests, the segmenters are extras.
NOT_RUNTIME = ["cn2an", "tqdm", "jieba", "spacy-pkuseg", "pandas"]


@pytest.mark.parametrize("dist", NOT_RUNTIME)
def test_optional_package_is_not_a_runtime_dependency(dist):
    assert dist not in RUNTIME


def test_regex_is_needed_only_before_python_3_11():
    # finner/compat.py: the standard re reads possessive quantifiers from 3.11 on
    (req,) = [r for r in requirements() if r.name == "regex"]
    assert req.marker is not None
    assert req.marker.evaluate({"python_version": "3.10"}) and not req.marker.evaluate({"python_version": "3.11"})


EXTRAS = [("jieba", "jieba"), ("pkuseg", "spacy-pkuseg"), ("pandas", "pandas"), ("test", "cn2an"),
          ("test", "jieba"), ("test", "spacy-pkuseg")]


@pytest.mark.parametrize("extra,dist", EXTRAS, ids=[f"{e}-{d}" for e, d in EXTRAS])
def test_extra_brings_its_package(extra, dist):
    assert dist in [r.name for r in requirements(extra)]
