"""Guards against catastrophic backtracking and quadratic scans.

Times are never asserted; the test compares the time for a text with the time
for the same pattern ten times longer, measured in the same run: linear code
takes about 10x, and anything well under 30x passes.  (benchmarks/bench_linear.py
measures the curve up to 1M characters.)
"""
import gc
import time

import pytest

import finner

PATTERNS = {
    "yi": "亿",
    "one_yuan": "1元",
    "chao": "超",
    "digits": "9",
    "commas": "1,",
    "yi_digit": "一",
    "ten": "十",
    "one_yi": "1亿",
    "point": "点一",
    "fraction": "分之",
    "percent": "5%至",
    "vague": "几十",
    "zero_width": "1\u200b",
    "soft_numerals": "几",
    "soft_pairs": "数十",
    "half_point": "半点",
    "dotted": "1.1.",
    "wide_commas": "1，",
    "percent_words": "百分之",
    "digit_pairs": "一二",
    "over_marks": "10多",
    "range_words": "3至",
    "mixed": "几十1，亿点",
    "full_width": "１，",
    "news": "截至2025年3月末，该行贷款余额超1800亿元，同比增长12.3%，服务5.72万户。",
}


def _timed(text):
    t = time.perf_counter()
    finner.find_quantities(text)
    return time.perf_counter() - t


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_ten_times_the_text_takes_well_under_thirty_times_the_time(name):
    unit = PATTERNS[name]
    small = unit * max(1, 10_000 // len(unit))
    big = unit * max(1, 100_000 // len(unit))
    _timed(small)                                     # warm caches
    # the two sizes are timed in turns, and the best of each kept, so that a busy
    # neighbour on the machine slows both alike; no collection runs in between
    t_small = t_big = float("inf")
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(5):
            t_small = min(t_small, _timed(small))
            t_big = min(t_big, _timed(big))
    finally:
        if was_enabled:
            gc.enable()
    ratio = t_big / max(t_small, 1e-4)
    assert ratio < 30, f"{name}: 10x text took {ratio:.1f}x the time ({t_small:.4f}s -> {t_big:.4f}s)"
