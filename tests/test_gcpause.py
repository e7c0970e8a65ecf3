"""finner.gcpause: the table builders run with the collector paused and leave it as they found it."""
import gc

import pytest

from finner.gcpause import gc_paused


@gc_paused
def _state_inside():
    return gc.isenabled()


@gc_paused
def _fails():
    raise RuntimeError("while building")


@pytest.mark.parametrize("enabled_before", [True, False], ids=["enabled", "disabled by the caller"])
def test_paused_inside_and_restored_after(enabled_before):
    was = gc.isenabled()
    try:
        (gc.enable if enabled_before else gc.disable)()
        assert _state_inside() is False
        assert gc.isenabled() is enabled_before
    finally:
        (gc.enable if was else gc.disable)()


def test_restored_after_an_exception():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        _fails()
    assert gc.isenabled()


@pytest.mark.parametrize("builder", ["finner.quantities.compiled._lex", "finner.gazetteer._table",
                                     "finner.normalize._tables"])
def test_table_builders_pause_the_collector(builder):
    import importlib
    module, name = builder.rsplit(".", 1)
    func = getattr(importlib.import_module(module), name)
    paused = func.__wrapped__                          # lru_cache over gc_paused over the builder
    assert paused.__code__ is gc_paused(len).__code__
    assert paused.__wrapped__.__name__ == name
