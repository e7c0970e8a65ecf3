"""finner.to_dataframe (EDGE rows 2-3, 9) and the Dask helpers (same records as extract_many)."""
import pandas as pd
import pytest

import finner
from finner.batch import ROW_FIELDS

TEXTS = ["工行上海市分行贷款余额超1800亿元。", None, "邮储银行研究员娄远帆表示，利率约3.45%。", "", "没有金额。",
         float("nan"), pd.NA, "招商银行零售客户数增至1.97亿户。"]


def test_rows_columns_and_error_rows():
    df = finner.to_dataframe(TEXTS)
    assert list(df.columns) == list(ROW_FIELDS)
    errors = df[df.error.notna()]
    assert list(errors.doc_id) == [1, 5, 6]
    assert list(errors.error) == ["TypeError: finner expects str, got NoneType",
                                  "TypeError: finner expects str, got float",
                                  "TypeError: finner expects str, got NAType"]
    money = df[df.label == "MONEY"].iloc[0]
    assert money.value == "180000000000" and money.unit == "CNY" and money.qualifier == "over"
    assert money.start == 11 and str(df.start.dtype) == "Int64"


def test_on_missing_skip_and_raise():
    df = finner.to_dataframe(TEXTS, on_missing="skip")
    assert df.error.isna().all() and set(df.doc_id) == {0, 2, 7}
    with pytest.raises(TypeError, match="got NoneType"):
        finner.to_dataframe(TEXTS, on_missing="raise")
    with pytest.raises(ValueError, match="on_missing"):
        finner.to_dataframe(TEXTS, on_missing="drop")


def test_series_index_is_the_doc_id():
    df = finner.to_dataframe(pd.Series(["超1800亿元", "约5%"], index=["a", "b"]))
    assert list(zip(df.doc_id, df.label)) == [("a", "MONEY"), ("b", "PERCENT")]


def test_docs_are_accepted():
    nlp = finner.load()
    doc = nlp("工行贷款超1800亿元。")
    assert list(finner.to_dataframe(doc).text) == ["工行", "超1800亿元"]
    assert list(finner.to_dataframe([doc, doc]).doc_id) == [0, 0, 1, 1]


def test_longer_than_max_length():
    nlp = finner.load()
    nlp.max_length = 1000
    df = finner.to_dataframe(["工行贷款余额超1800亿元。" * 200], nlp=nlp)     # 2,800 characters
    assert len(df) == 400 and df.error.isna().all() and df.end.max() == 2799


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_dask_bag_equals_extract_many(client):
    import dask.bag as db

    from finner.scale import extract_bag
    texts = TEXTS[:6] * 20
    got = extract_bag(db.from_sequence(texts, npartitions=7)).compute()
    assert len(got) == len(texts) and got == finner.extract_many(texts)


def test_dask_dataframe_equals_to_dataframe(client):
    import dask.dataframe as dd

    from finner.scale import extract_dataframe
    texts = [t for t in TEXTS if t is not pd.NA] * 10
    pdf = pd.DataFrame({"id": [f"d{i}" for i in range(len(texts))], "text": texts})
    got = extract_dataframe(dd.from_pandas(pdf, npartitions=4), id_column="id").compute().reset_index(drop=True)
    want = finner.to_dataframe(pd.Series(texts, index=pdf.id))
    pd.testing.assert_frame_equal(got, want)


def test_dask_dataframe_missing_column():
    import dask.dataframe as dd

    from finner.scale import extract_dataframe
    with pytest.raises(KeyError, match="no column 'body'"):
        extract_dataframe(dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1), text_column="body")
