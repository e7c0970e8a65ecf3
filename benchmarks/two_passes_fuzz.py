"""Counts the random numeral-rich strings on which the fast pass and the main
pass of finner.find_quantities disagree (issue 11).

    python benchmarks/two_passes_fuzz.py [N=60000] [SEED=1] [SHOW=15] [PIECES=12]

Each string is 1 to PIECES pieces long (the hypothesis property in
tests/test_two_passes_agree.py uses 12).
"""
import random, sys, time
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from finner.quantities import _find
PIECES = list("0123456789零〇一二两三四五六七八九十百千万亿兆壹贰叁拾佰仟廿卅卌弍幺几数多余半点成折") + \
    ["元", "块", "块钱", "角", "分", "毛", "美元", "港币", "人民币", "欧元", "比特币", "%", "个百分点", "基点", "BP",
     "户", "人", "家", "股", "个", "条", "年", "月", "日", "号", "第", "超", "超过", "近", "逾", "约", "以上", "以下", "左右",
     "上下", "多", "至", "到", "-", "--", "—", "——", "~", "～", "－", "负", "减", "上", "过", ".", ",", "，", "、", " ",
     "k", "K", "w", "million", "bn", "US$", "$", "¥", "HK$", "分之", "之间", "在", "从", "又", "整", "钱", "以内", "不足", "a", "增长", "上涨",
     "蛋糕", "金牌", "斤", "场", "半场"]
def gen(rng):
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(1, MAX_PIECES)))
n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
MAX_PIECES = int(sys.argv[4]) if len(sys.argv) > 4 else 12
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
bad = []
t = time.time()
for _ in range(n):
    s = gen(rng)
    a, b = _find(s, fast=True), _find(s, fast=False)
    if a != b:
        bad.append((s, [(q.text, str(q.value), q.unit, q.qualifier, str(q.low), str(q.high)) for q in a],
                    [(q.text, str(q.value), q.unit, q.qualifier, str(q.low), str(q.high)) for q in b]))
print(len(bad), "disagreements of", n, f"{time.time()-t:.1f}s")
for x in bad[:int(sys.argv[3]) if len(sys.argv) > 3 else 15]:
    print(x)
