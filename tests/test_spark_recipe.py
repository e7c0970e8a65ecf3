"""The Spark recipe of docs/scale-out.md, run where pyspark (and Java) is installed."""
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "scale-out.md"


def test_spark_recipe():
    pytest.importorskip("pyspark", reason="pyspark is not installed: the Spark recipe is tested only with it")
    code = re.search(r"<!-- no-test -->\n```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    scope = {"__name__": "__spark__"}
    exec(compile(code, str(DOC), "exec"), scope)
    rows = scope["rows"]
    got = sorted((r["doc_id"], r["label"], r["text"], r["value"]) for r in rows)
    assert got == [("a", "BANK", "工行", None), ("a", "MONEY", "超1800亿元", "180000000000"), ("b", "PERCENT", "约5%", "5")]
    scope["spark"].stop()
