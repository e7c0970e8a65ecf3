"""finner.inference: the lean forward pass gives thinc's scores, and the same
entities, for the shipped model; other shapes fall back to thinc."""
import numpy
import pytest

from finner.inference import compile_tagger
from finner.ml import TextNorms
from finner.tagging import predict
from finner.training.train import add_labels, blank_model, load_model

# texts of different kinds: one character, spaces (tokens longer than one
# character), Latin letters and digits, an empty text, a long one
TEXTS = [
    "招商银行行长王良表示，零售转型仍在推进。",
    "中",
    "",
    "记者  施宇翔   报道 \n 上海",
    "HSBC与UBS在2025年Q3的报告中提到RMB清算。",
    "常建良，男，1962年出生，高级工程师，曾任中国工商银行某分行副行长。",
    "平安无事。" * 300,
    "  ",
]


@pytest.fixture(scope="module")
def shipped():
    return load_model("default")


def _norms(nlp, texts):
    read = TextNorms(nlp.vocab)
    return [read(t)[0] for t in texts]


def _thinc(model, feats):
    return [model.ops.to_numpy(x) for x in model.predict(feats)]


def test_shipped_model_compiles(shipped):
    assert compile_tagger(shipped.get_pipe("tagger").model) is not None


def test_scores_equal_thincs(shipped):
    model = shipped.get_pipe("tagger").model
    feats = _norms(shipped, TEXTS)
    mine = compile_tagger(model)(feats)
    theirs = _thinc(model, feats)
    assert [x.shape for x in mine] == [x.shape for x in theirs]
    for a, b in zip(mine, theirs):
        assert numpy.allclose(a, b, atol=1e-4)
        assert (a.argmax(axis=1) == b.argmax(axis=1)).all()


def test_every_sequence_alone_equals_the_batch(shipped):
    """Padding between sequences keeps them apart, as in thinc."""
    fwd = compile_tagger(shipped.get_pipe("tagger").model)
    feats = _norms(shipped, TEXTS)
    together = fwd(feats)
    for f, t in zip(feats, together):
        assert numpy.allclose(fwd([f])[0], t, atol=1e-5)


def _untrained(**size):
    """An initialised model of finner's architecture with random weights."""
    nlp = blank_model(rows=500, **size)
    add_labels(nlp, ["BANK", "PERSON"])
    nlp.get_pipe("tagger").add_label("O")
    nlp.initialize()
    return nlp


# untrained models of other sizes: window 1 and 2, three maxout pieces
SIZES = [dict(width=32, depth=2, pieces=3), dict(width=32, depth=2, window=2), dict(width=16, depth=1, window=3)]


@pytest.mark.parametrize("size", SIZES, ids=[str(sorted(s.items())) for s in SIZES])
def test_untrained_model_of_other_sizes_equals_thinc(size):
    nlp = _untrained(**size)
    model = nlp.get_pipe("tagger").model
    feats = _norms(nlp, TEXTS)
    fwd = compile_tagger(model)
    assert fwd is not None and fwd.window == size.get("window", 2)
    for a, b in zip(fwd(feats), _thinc(model, feats)):
        assert numpy.allclose(a, b, atol=1e-4)


def test_pair_features_fall_back_to_thinc():
    nlp = _untrained(pairs=200)
    assert compile_tagger(nlp.get_pipe("tagger").model) is None
    assert len(list(predict(nlp, TEXTS))) == len(TEXTS)       # thinc reads it


def test_grown_output_layer_is_read_as_it_is_now():
    """After add_labels (fine-tuning grows the softmax) the weights are read anew."""
    nlp = load_model("default")
    add_labels(nlp, ["INSURER"], like="ORG")
    model = nlp.get_pipe("tagger").model
    feats = _norms(nlp, TEXTS[:3])
    mine = compile_tagger(model)(feats)
    assert mine[0].shape[1] == len(nlp.get_pipe("tagger").labels)
    for a, b in zip(mine, _thinc(model, feats)):
        assert numpy.allclose(a, b, atol=1e-4)


def test_predict_reads_a_grown_model():
    """predict keeps the lean pass between calls and looks again after add_labels."""
    nlp = load_model("default")
    before = list(predict(nlp, TEXTS[:1]))
    add_labels(nlp, ["INSURER"], like="ORG")
    after = list(predict(nlp, TEXTS[:1]))            # 25 tags now: a stale pass would not fit them
    assert before == after                           # INSURER's rows start below ORG's: same spans
    assert nlp._finner_lean_forward[2].output is nlp.get_pipe("tagger").model.layers[-1].layers[0]
