"""Building a large table once, without the cyclic garbage collector.

A first call builds finner's word tables and compiles its patterns: tens of
thousands of small objects, none of them in a reference cycle.  With a spaCy
pipeline and its model loaded, every collection the allocations trigger walks
all the objects alive, and those collections took about 40 to 55 ms of a first
call of about 120 ms on the development machine.  ``gc_paused`` runs the
building function with the collector paused and restores it as it was found
(a caller that disabled it keeps it disabled).
"""
from __future__ import annotations

import functools
import gc
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def gc_paused(func: F) -> F:
    """``func`` run with the cyclic garbage collector paused."""
    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return run  # type: ignore[return-value]
