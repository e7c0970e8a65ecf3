"""Runs every case table in ``tests/cases`` (see ``tests/tables.py``)."""
import importlib
import pkgutil

import pytest

import cases
from tables import Row, check


def _collect():
    params = []
    for info in sorted(pkgutil.iter_modules(cases.__path__), key=lambda i: i.name):
        mod = importlib.import_module(f"cases.{info.name}")
        for name in sorted(vars(mod)):
            if not (name.startswith(("FROM_", "NOT_")) or name == "KNOWN_GAPS"):
                continue
            for row in getattr(mod, name):
                assert isinstance(row, Row), f"{info.name}.{name}: {row!r} is not a Row"
                marks = []
                if name == "KNOWN_GAPS":
                    assert row.reason, f"{info.name}.KNOWN_GAPS: {row.text!r} needs a reason"
                    marks.append(pytest.mark.xfail(strict=True, reason=row.reason))
                params.append(pytest.param(row, id=f"{info.name}.{name}:{row.id}", marks=marks))
    return params


ROWS = _collect()


@pytest.mark.parametrize("row", ROWS)
def test_case(row):
    check(row)


def test_tables_are_big_enough():
    # issue 2: at least 400 rows over the seven groups, negatives included
    assert len(ROWS) >= 400, len(ROWS)
