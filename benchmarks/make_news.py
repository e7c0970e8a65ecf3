#!/usr/bin/env python3
"""Generate the synthetic benchmark corpus ``benchmarks/data/news.txt``.

The text imitates Chinese financial news but is written entirely from the
templates and word lists in this file: every person, company, fund, bank
branch, city and figure in it is fictional.  Real institutions (中国工商银行,
招商银行, 微众银行, 证监会, 国家金融监督管理总局, ...) appear only in
sentences that state public facts about them (stock codes, hotlines, their
role), never next to made-up figures.

The corpus is meant for throughput and recall benchmarks of ``finner``: it is
dense in money amounts, percentages and counts in many surface forms, and
equally dense in look-alikes that must NOT be extracted (dates, stock codes,
phone numbers, article numbers, metro lines, durations, idioms containing
numerals, ...).

Output is deterministic: a fixed seed, standard library only, no dependence
on hash ordering.  Running the script twice gives byte-identical files.

Usage::

    python benchmarks/make_news.py            # writes benchmarks/data/news.txt
    python benchmarks/make_news.py --out X    # writes elsewhere
    python benchmarks/make_news.py --stdout   # prints instead of writing
"""

import argparse
import math
import os
import random
import re
import sys

SEED = 20250317
TARGET_CHARS = 210_000          # stop adding paragraphs once this is reached
MIN_CHARS, MAX_CHARS = 200_000, 220_000
PARA_MIN, PARA_MAX = 80, 400

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "data", "news.txt")

R = random.Random(SEED)


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (weight, value); value may be a callable."""
    total = sum(w for w, _ in pairs)
    x = R.random() * total
    for w, v in pairs:
        x -= w
        if x < 0:
            return v() if callable(v) else v
    v = pairs[-1][1]
    return v() if callable(v) else v


def chance(p):
    return R.random() < p


def logu(lo, hi):
    """Log-uniform float in [lo, hi]."""
    return math.exp(R.uniform(math.log(lo), math.log(hi)))


def fnum(v, nd):
    s = f"{v:.{nd}f}"
    return s


def num(lo, hi, nds=(0, 1, 2), log=True):
    v = logu(lo, hi) if log else R.uniform(lo, hi)
    nd = pick(nds)
    s = fnum(v, nd)
    while float(s) == 0:          # never print a quantity of zero
        nd += 1
        s = fnum(v, nd)
    return s


def inum(lo, hi, log=True):
    return str(int(round(logu(lo, hi) if log else R.uniform(lo, hi))))


def commafy(s):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "." in s:
        i, f = s.split(".")
        f = "." + f
    else:
        i, f = s, ""
    out = []
    while len(i) > 3:
        out.insert(0, i[-3:])
        i = i[:-3]
    out.insert(0, i)
    return ("-" if neg else "") + ",".join(out) + f


def nice_int(lo, hi):
    """A 'round-looking' integer such as 1250, 300, 2000, 45."""
    v = logu(lo, hi)
    mag = 10 ** max(0, int(math.log10(v)) - pick((0, 1, 1, 2)))
    return int(max(lo, int(round(v / mag)) * mag))


# Chinese numerals -----------------------------------------------------------

CN_D = "零一二三四五六七八九"
CN_C = "零壹贰叁肆伍陆柒捌玖"


def _cn4(n, cap, liang):
    digits = CN_C if cap else CN_D
    units = ("仟", "佰", "拾", "") if cap else ("千", "百", "十", "")
    ds = (n // 1000, n // 100 % 10, n // 10 % 10, n % 10)
    out, started, zero = [], False, False
    for i, d in enumerate(ds):
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out.append(digits[0])
            zero = False
        ch = digits[d]
        if liang and d == 2 and not started and i < 2:
            ch = "两"
        out.append(ch + units[i])
        started = True
    return "".join(out)


def cn_int(n, cap=False, liang=False):
    if n == 0:
        return "零"
    yi, rest = divmod(n, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    parts = []
    if yi:
        parts.append(_cn4(yi, cap, liang) + ("亿"))
    if wan:
        if yi and wan < 1000:
            parts.append(CN_C[0] if cap else "零")
        parts.append(_cn4(wan, cap, liang and not yi) + ("万"))
    if ge:
        if (yi or wan) and ge < 1000:
            parts.append(CN_C[0] if cap else "零")
        parts.append(_cn4(ge, cap, liang and not (yi or wan)))
    s = "".join(parts)
    if not cap and s.startswith("一十"):
        s = s[1:]
    return s


def cn_dec(s):
    """'3.5' -> '三点五'."""
    if "." in s:
        i, f = s.split(".")
        return cn_int(int(i)) + "点" + "".join(CN_D[int(c)] for c in f)
    return cn_int(int(s))


# ---------------------------------------------------------------------------
# fictional names
# ---------------------------------------------------------------------------

SURNAMES = list("王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵覃武戴严莫孔向常汤康易乔赖文") + ["万", "钱", "欧阳", "司马", "上官"]
GIVEN_CHARS = list("晓明远志文婷静磊涛伟俊宇欣怡浩然嘉琪思雨子轩博睿诗涵梓航建国海峰立新雅楠晨阳逸凡若汐泽霖景行书瑶慕清彦昊铭哲舒妍")
TRICKY_GIVEN = ["一鸣", "千帆", "万里", "百川", "一凡", "三省", "九龄", "亿辰", "万钧", "千寻"]


def person():
    s = pick(SURNAMES)
    if chance(0.08):
        return s + pick(TRICKY_GIVEN)
    if chance(0.25):
        return s + pick(GIVEN_CHARS)
    return s + pick(GIVEN_CHARS) + pick(GIVEN_CHARS)


CO_PREFIX = ["澜岳", "朔禾", "衡屿", "瀚澄", "岚峰", "霁川", "峪宁", "沐辰", "翊航", "珩泰",
             "璟岚", "曜川", "昶兴", "淇远", "凌岫", "汀澜", "晟岳", "琨瑞", "煦和", "奕澄",
             "砚峰", "槿禾", "崧川", "骁腾", "澈远", "泓屿", "岱衡", "邈云", "铂澜", "钧岫",
             "熠川", "澄岭", "屹衡", "棠溪", "潇禾", "霖岳"]
CO_INDUSTRY = ["科技", "新材", "医药", "生物", "能源", "电子", "智能", "物流", "食品", "汽车",
               "半导体", "环保", "传媒", "软件", "光电", "化工", "农业", "机械", "储能", "精工"]
PLACES = ["澜州", "青屿", "云岭", "北渚", "江屿", "朔川", "霁阳", "沐城", "岱州", "岚城", "曜州", "棠川"]
DISTRICTS = ["滨江区", "高新区", "临湖区", "东城区", "南岭区", "新港区", "西溪区", "北湾区"]
ROADS = ["澜江路", "望海大道", "青禾街", "云岭北路", "朔风路", "创新一路", "金融街", "明湖东路"]
SECTORS = ["半导体", "银行", "券商", "保险", "煤炭", "有色金属", "医药生物", "新能源汽车", "光伏",
           "白酒", "房地产", "军工", "传媒", "计算机", "电力", "消费电子", "机器人", "稀土"]
FUND_STYLE = ["稳健收益", "成长精选", "价值优选", "鑫利", "双债增强", "红利低波", "科技创新", "安享纯债", "中短债", "均衡配置"]
FUND_TYPE = ["债券A", "混合A", "混合C", "股票A", "债券C", "灵活配置混合"]

# Real institutions: used only with public facts (codes, hotlines, roles).
REAL_BANK_FACTS = [
    ("中国工商银行", "601398.SH", "95588"),
    ("招商银行", "600036.SH", "95555"),
    ("中国建设银行", "601939.SH", "95533"),
    ("中国银行", "601988.SH", "95566"),
    ("中国农业银行", "601288.SH", "95599"),
    ("交通银行", "601328.SH", "95559"),
]


def stock_code():
    board = wpick([(4, "600"), (3, "601"), (3, "603"), (3, "000"), (4, "002"), (4, "300"), (2, "688"), (1, "BJ")])
    if board == "BJ":
        return "8%05d.BJ" % R.randrange(30000, 80000)
    tail = "%03d" % R.randrange(1, 1000)
    suffix = ".SH" if board.startswith("6") else ".SZ"
    return board + tail + suffix


class Company:
    def __init__(self):
        self.prefix = pick(CO_PREFIX)
        self.industry = pick(CO_INDUSTRY)
        self.short = self.prefix + self.industry
        self.full = self.short + wpick([(3, "股份有限公司"), (1, "集团股份有限公司")])
        self.code = stock_code()
        self.hk = "%05d.HK" % R.randrange(100, 9999)


def fict_bank():
    p = pick(PLACES)
    return wpick([(4, p + "银行"), (3, p + "农商银行"), (1, p + "农村商业银行"), (1, p + "村镇银行")])


def research_org():
    return pick(CO_PREFIX) + wpick([(3, "证券研究所"), (2, "证券"), (1, "研究院"), (1, "资本"), (1, "期货")])


def fund_name():
    return pick(CO_PREFIX) + pick(FUND_STYLE) + pick(FUND_TYPE)


def fund_co():
    return pick(CO_PREFIX) + "基金"


def insurer():
    return pick(CO_PREFIX) + wpick([(2, "人寿"), (2, "财险"), (1, "保险")])


def platform():
    return pick(CO_PREFIX) + wpick([(2, "金融"), (1, "数科"), (1, "支付"), (1, "消费金融")])


def app_name():
    return pick(CO_PREFIX) + wpick([(2, "钱包"), (1, "App"), (1, "金融App"), (1, "生活")])


def city():
    return pick(PLACES) + "市"


# ---------------------------------------------------------------------------
# money
# ---------------------------------------------------------------------------

SCALES = {
    # unit, low, high (value before unit)
    "yuan": ("", 1, 99999),
    "wan": ("万", 1, 99999),
    "yi": ("亿", 0.1, 9999),
    "wanyi": ("万亿", 0.5, 300),
}
PREFIX_MODS = ["超", "约", "近", "逾", "超", "约", "近", "逾", "超过", "不足", "将近", "接近", "高达", "仅", "大约",
               "不到", "至少"]
SUFFIX_MODS = ["左右", "以上", "以下", "上下"]


def _core(scale, nds=(0, 1, 2), lo=None, hi=None):
    unit, slo, shi = SCALES[scale]
    return num(lo or slo, hi or shi, nds), unit


def round_int(lo, hi):
    """An integer that can take 余/多 after it: 20, 300, 2000, 1800."""
    return max(10, int(round(logu(max(10, lo), max(11, hi)) / 10)) * 10) if hi >= 100 else 10 * R.randrange(1, 10)


def money(scale="yi", cur="元", lo=None, hi=None):
    n, unit = _core(scale, lo=lo, hi=hi)
    f = R.random()
    if f < 0.40:
        return f"{n}{unit}{cur}"
    if f < 0.50 and cur == "元":
        return f"人民币{n}{unit}元"
    if f < 0.68:
        return f"{pick(PREFIX_MODS)}{n}{unit}{cur}"
    if f < 0.78:
        i = str(nice_int(max(10, (lo or 10)), min(9000, max(20, hi or 9000))))
        if not i.endswith("0"):
            return f"{n}{unit}{cur}"
        return f"{i}{pick(['余', '多'])}{unit}{cur}" if unit else f"{i}{pick(['余', '多'])}{cur}"
    if f < 0.86:
        return f"{n}{unit}{cur}{pick(SUFFIX_MODS)}"
    if f < 0.96 and scale in ("wan", "yuan") or (scale == "yi" and (hi or 9999) > 1000 and f < 0.90):
        n = num(1000, 99999 if scale != "yi" else 9999, (2, 2, 0))
        return f"{commafy(n)}{unit}{cur}"
    if cur == "元" and scale in ("yuan", "wan"):
        n = num(1000, 999999, (2, 0))
        return wpick([(2, f"¥{commafy(n)}"), (1, f"￥{commafy(n)}"), (1, f"RMB {commafy(n)}")])
    return f"{n}{unit}{cur}"


def money_comma_yuan():
    """Full-precision yuan figure as printed in filings: 1,234,567,890.12元."""
    n = num(1e6, 9e10, (2, 2, 2, 0))
    return wpick([(4, f"{commafy(n)}元"), (1, f"人民币{commafy(n)}元")])


def money_cn(scale=None):
    scale = scale or wpick([(3, "wan"), (2, "yi"), (2, "yuan")])
    unit = {"wan": "万", "yi": "亿", "yuan": ""}[scale]
    n = nice_int(2, 9999) if scale != "yi" else nice_int(1, 999)
    f = R.random()
    if f < 0.15 and scale == "wan":
        # contract style, capital numerals
        total = n * (10000 if scale == "wan" else 1)
        return f"人民币{cn_int(total, cap=True)}元整"
    return f"{cn_int(n, liang=chance(0.5))}{unit}元"


VAGUE_MONEY = ["近百亿元", "数十亿元", "上千万元", "几百万元", "数百亿元", "千亿元级", "百万元级别",
               "十几万元", "二三十万元", "三五千元", "上百亿元", "数千万元", "近千亿元", "上万元",
               "几十块钱", "数万亿元", "百亿元量级", "几千元"]


def money_vague():
    return pick(VAGUE_MONEY)


def money_range(scale=None, lo=None, hi=None):
    scale = scale or wpick([(3, "yi"), (3, "wan"), (2, "yuan")])
    unit, slo, shi = SCALES[scale]
    lo, hi = lo or slo, hi or shi
    a = logu(lo, hi / 3)
    b = a * R.uniform(1.2, 3)
    nd = pick((0, 0, 1, 2))
    if nd == 0:
        a, b = max(1, round(a)), max(round(a) + 1, round(b))
    sa, sb = fnum(a, nd), fnum(b, nd)
    sep = pick(["至", "至", "到", "-", "~", "～", "—"])
    style = R.random()
    if style < 0.5:
        return f"{sa}{sep}{sb}{unit}元"
    if style < 0.85:
        return f"{sa}{unit}元{pick(['至', '到', '—', '-'])}{sb}{unit}元"
    return f"{sa}{unit}{pick(['至', '到'])}{sb}{unit}元"


def money_neg(scale=None):
    scale = scale or wpick([(3, "yi"), (2, "wan")])
    n, unit = _core(scale, (2, 2, 1))
    return wpick([(3, f"负{n}{unit}元"), (3, f"-{n}{unit}元"), (1, f"－{n}{unit}元")])


FX_CUR = [(5, "美元"), (3, "港元"), (1, "欧元"), (1, "日元"), (1, "英镑"), (1, "澳元"), (1, "新加坡元")]


def money_fx(scale=None):
    scale = scale or wpick([(4, "yi"), (3, "wan"), (1, "yuan"), (1, "wanyi")])
    cur = wpick(FX_CUR)
    n, unit = _core(scale)
    f = R.random()
    if f < 0.55:
        return f"{n}{unit}{cur}"
    if f < 0.75:
        return f"{pick(PREFIX_MODS)}{n}{unit}{cur}"
    if f < 0.85 and cur == "港元":
        return f"港币{n}{unit}元"
    if f < 0.92 and cur == "美元":
        return wpick([(2, f"US${n}{unit}"), (1, f"${commafy(num(1000, 999999, (0, 2)))}")])
    return f"{n}{unit}{cur}"


def money_hkd():
    n = inum(500, 99999)
    return wpick([(3, f"港币{n}元"), (2, f"{n}港元"), (1, f"HK${commafy(n)}"), (1, f"{num(1, 99, (1, 2))}万港元")])


def price_share():
    p = num(1.5, 300, (2,))
    return wpick([(3, f"{p}元/股"), (2, f"{p}元"), (1, f"每股{p}元")])


def per10():
    return f"{num(0.1, 30, (1, 2, 2))}元"


def money_yuan_small():
    return wpick([(5, lambda: f"{inum(20, 9999)}元"), (2, lambda: f"{num(10, 999, (2,))}元"),
                  (1, lambda: f"{inum(50, 999)}块钱"), (1, lambda: f"{inum(2, 99)}块"),
                  (1, lambda: money_cn("yuan"))])


def m_any():
    return wpick([(10, lambda: money(pick(["yi", "wan", "yi", "wanyi", "yuan"]))),
                  (3, money_cn), (3, money_range), (2, money_vague), (2, money_neg), (3, money_fx),
                  (1, money_comma_yuan)])


# ---------------------------------------------------------------------------
# percentages
# ---------------------------------------------------------------------------

def pct(lo=0.1, hi=60, nds=(0, 1, 2, 2)):
    v = num(lo, hi, nds)
    f = R.random()
    if f < 0.80:
        return v + "%"
    if f < 0.90:
        return v + "％"
    return "百分之" + cn_dec(v)


def pct_cn():
    v = wpick([(2, lambda: str(R.randrange(1, 100))), (1, lambda: fnum(R.uniform(0.5, 20), 1))])
    return "百分之" + cn_dec(v)


def permille():
    return wpick([(2, lambda: "千分之" + cn_int(R.randrange(1, 10))), (1, lambda: f"{num(0.5, 9, (1, 1, 0))}‰"),
                  (1, lambda: "万分之" + cn_int(R.randrange(1, 10)))])


def pct_change(kind="同比", hi=80):
    up = chance(0.6)
    verb = pick(["增长", "上升", "增加", "提升"]) if up else pick(["下降", "减少", "下滑", "回落"])
    base = wpick([(6, kind), (2, "较上年同期"), (1, "环比"), (1, "比上年")])
    f = R.random()
    if f < 0.72:
        return f"{base}{verb}{pct(0.1, hi)}"
    if f < 0.80:
        return f"{base}{verb}{pct_cn()}"
    if f < 0.85:
        return f"{base}{'增幅' if up else '降幅'}为{pct(0.1, hi)}"
    if f < 0.92:
        return f"{base}{verb}{cheng()}"
    if f < 0.96:
        return f"{base}{verb}{num(1.1, 5, (1, 2))}倍" if up else f"{base}{verb}{pct(0.1, 40)}"
    return pick([f"{base}持平", f"{base}基本持平", f"{base}翻番", f"{base}实现两位数增长"])


CHENG_MODS = ["超", "近", "逾", "约", "超过", "将近", "不足", ""]


def cheng():
    n = R.randrange(1, 10)
    c = "两" if n == 2 else CN_D[n]
    f = R.random()
    if f < 0.7:
        return f"{pick(CHENG_MODS)}{c}成"
    if f < 0.85:
        return f"{c}成{pick(['以上', '左右', '多'])}"
    return f"{pick(['近', '约', ''])}{c}成{pick(['五', '三'])}"


def pp(signed=True):
    v = num(0.01, 3, (1, 2, 2))
    if not signed:
        return f"{v}个百分点"
    up = chance(0.5)
    verb = pick(["上升", "提高", "提升", "增加"]) if up else pick(["下降", "下降", "减少", "收窄", "回落"])
    return wpick([(6, f"{verb}{v}个百分点"), (1, f"{verb}{cn_dec(v) if len(v) < 4 else v}个百分点"),
                  (2, f"{verb}{bp_only()}"), (1, "持平")])


def bp_only():
    n = str(pick([5, 10, 10, 15, 20, 25, 25, 30, 35, 50, 75, 100, 3, 8, 12]))
    return wpick([(5, f"{n}个基点"), (2, f"{n}BP"), (2, f"{n}bp"), (1, f"{n}bps"), (1, f"{cn_int(int(n))}个基点")])


def pct_range(lo=0.5, hi=12):
    a = logu(lo, hi / 1.5)
    b = a * R.uniform(1.1, 1.6)
    nd = pick((0, 1, 1, 2))
    sa, sb = fnum(a, nd), fnum(b, nd)
    if sa == sb:
        sb = fnum(b + 1, nd)
    f = R.random()
    if f < 0.30:
        return f"{sa}%~{sb}%"
    if f < 0.50:
        return f"{sa}%-{sb}%"
    if f < 0.65:
        return f"{sa}%至{sb}%"
    if f < 0.75:
        return f"{sa}-{sb}%"
    if f < 0.82:
        return f"{sa}%—{sb}%"
    if f < 0.90:
        return f"{sa}%到{sb}%"
    return f"百分之{cn_dec(fnum(a, 1 if nd else 0))}到百分之{cn_dec(fnum(b, 1 if nd else 0))}"


def pct_signed():
    v = num(0.1, 60, (2,))
    return wpick([(3, f"{v}%"), (2, f"-{v}%"), (1, f"+{v}%"), (1, f"负{v}%")])


def pct_stock():
    v = num(0.1, 20, (2,))
    return wpick([(2, f"涨{v}%"), (2, f"跌{v}%"), (1, f"上涨{v}%"), (1, f"下跌{v}%"), (1, "涨停"), (1, "平收"),
                  (1, f"收涨{v}%"), (1, f"收跌{v}%")])


def pct_idx():
    v = num(0.01, 3.5, (2,))
    return pick([f"涨{v}%", f"跌{v}%", f"上涨{v}%", f"下跌{v}%", f"微涨{v}%", f"收跌{v}%"])


def p_any():
    return wpick([(8, lambda: pct()), (4, pct_change), (2, cheng), (3, pp), (2, bp_only), (2, pct_range),
                  (1, permille), (1, pct_cn)])


# ---------------------------------------------------------------------------
# counts
# ---------------------------------------------------------------------------

COUNT_MODS = ["超", "近", "逾", "约", "超过", "", "", ""]


def count(cls, lo, hi, wan_ok=True, yi_ok=False, cn_ok=True):
    f = R.random()
    mod = pick(COUNT_MODS)
    if yi_ok and f < 0.15:
        return f"{mod}{num(1, 20, (1, 2))}亿{cls}"
    if wan_ok and hi >= 10000 and f < 0.55:
        return f"{mod}{num(max(1, lo / 10000), min(9999, hi / 10000), (0, 1, 2, 2))}万{cls}"
    if cn_ok and f < 0.62 and lo < 5000:
        return f"{cn_int(int(nice_int(max(1, lo), min(hi, 9999))), liang=True)}{cls}"
    if f < 0.70:
        return f"{round_int(min(lo, 5000), min(hi, 9999))}{pick(['余', '多'])}{cls}"
    if f < 0.76 and hi >= 1000:
        return f"{commafy(inum(max(1000, lo), hi))}{cls}"
    return f"{mod}{inum(max(1, lo), min(hi, 99999))}{cls}"


def c_shares():
    return wpick([(5, lambda: f"{num(1, 9999, (0, 2, 2))}万股"), (2, lambda: f"{num(0.1, 30, (2, 4))}亿股"),
                  (2, lambda: f"{commafy(inum(10000, 900000000))}股"), (1, lambda: f"{inum(100, 99999)}股")])


def c_bare():
    """A count with no classifier: 超7000万, 46万, 近2亿."""
    return wpick([(4, lambda: f"{pick(['超', '近', '逾', '', '约'])}{nice_int(10, 9999)}万"),
                  (2, lambda: f"{pick(['超', '近', '', '约'])}{num(1, 9, (0, 1))}亿"),
                  (1, lambda: f"{num(1, 999, (0, 2))}万")])


VAGUE_COUNT = ["百余家", "上千家", "数十家", "二十余家", "数百名", "上万名", "十余个", "近百只", "数千户", "上百笔", "千余人", "数十万户"]


def c_any():
    return wpick([(2, lambda: count("户", 100, 9e6, yi_ok=True)), (2, lambda: count("人", 3, 9e6)),
                  (2, c_shares), (2, lambda: count("家", 2, 5000)), (1, lambda: count("笔", 50, 9e7, yi_ok=True)),
                  (1, lambda: count("个", 2, 5e5)), (1, lambda: count("只", 2, 5000, wan_ok=False)),
                  (1, lambda: count("名", 2, 9e4)), (1, lambda: pick(VAGUE_COUNT)), (1, c_bare)])


# ---------------------------------------------------------------------------
# non-quantities
# ---------------------------------------------------------------------------

def _md():
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return m, d


def date_day(c):
    m, d = _md()
    y = c["year"]
    return wpick([(5, f"{m}月{d}日"), (3, f"{y}年{m}月{d}日"), (1, f"{y}-{m:02d}-{d:02d}"),
                  (1, f"{y}/{m}/{d}"), (1, f"{y}.{m:02d}.{d:02d}")])


def date_evening(c):
    m, d = _md()
    return pick([f"{m}月{d}日晚间", f"{m}月{d}日晚", f"{m}月{d}日", "日前", "近日", "今日", "昨日晚间"])


def date_end(c):
    y = c["year"]
    m = pick([3, 6, 9, 12, 3, 6, 12])
    return wpick([(4, f"{y}年{m}月末"), (2, f"{y}年末"), (2, f"{y}年{m}月{30 if m in (6, 9) else 31}日"),
                  (1, f"{m}月末"), (1, "报告期末"), (1, "上月末")])


def date_period(c):
    y = c["year"]
    return pick([f"{y}年", f"{y}年上半年", f"{y}年前三季度", f"{y}年第一季度", f"{y}年一季度", "今年前三季度",
                 "今年上半年", "一季度", "上半年", f"{y}年全年", "今年前11个月", f"{y}年度", "报告期内"])


def date_full(c):
    y = R.randrange(2005, c["year"])
    m, d = _md()
    return f"{y}年{m}月{d}日"


def duration():
    n = R.randrange(2, 11)
    return wpick([(3, f"近{n}年"), (3, f"{R.randrange(1, 13)}个月"), (2, pick(["未来三年", "过去十年", "近一年", "两年内", "半年内"])),
                  (1, f"{n}年"), (1, f"{R.randrange(3, 181)}天"), (1, f"{R.randrange(2, 60)}个交易日")])


def dur_month():
    return pick(["3个月", "6个月", "三个月", "12个月", "90天"])


def dur_year():
    return pick(["3年", "5年", "10年", "20年", "30年", "三年", "5年期", "10年期", "1年期"])


LAWS = [("中华人民共和国证券法", 226), ("中华人民共和国商业银行法", 95), ("中华人民共和国银行业监督管理法", 52),
        ("中华人民共和国反洗钱法", 65), ("中华人民共和国保险法", 185), ("中华人民共和国公司法", 266)]


def law_ref():
    name, n = pick(LAWS)
    a = R.randrange(1, n + 1)
    art = wpick([(4, f"第{cn_int(a)}条"), (1, f"第{a}条")])
    if chance(0.3):
        art += f"第{cn_int(R.randrange(1, 5))}款"
    return f"《{name}》{art}"


def landline():
    area = pick(["010", "021", "0755", "020", "0571", "028", "027", "025"])
    n = R.randrange(10 ** 7 if len(area) == 3 else 10 ** 7, 10 ** 8 - 1)
    return wpick([(3, f"{area}-{n}"), (1, f"（{area}）{n}"), (2, f"400-{R.randrange(100, 999)}-{R.randrange(1000, 9999)}"),
                  (1, f"{area}{n}")])


def mobile_masked():
    return f"1{pick('3578')}{R.randrange(0, 10)}****{R.randrange(1000, 9999)}"


def uscc():
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + "".join(chars[R.randrange(len(chars))] for _ in range(16))


def doc_no(c):
    return wpick([(2, f"证监许可〔{c['year']}〕{R.randrange(100, 3000)}号"), (1, f"银发〔{c['year']}〕{R.randrange(10, 300)}号"),
                  (2, f"公告编号：{c['year']}-{R.randrange(1, 150):03d}")])


def address(c):
    return f"{c['city']}{pick(DISTRICTS)}{pick(ROADS)}{R.randrange(1, 999)}号"


def line():
    return f"地铁{R.randrange(1, 19)}号线"


def ordinal_cn():
    return cn_int(R.randrange(1, 6))


def hour():
    return wpick([(2, f"{R.randrange(9, 17)}:{pick(['00', '30', '15'])}"), (1, f"下午{R.randrange(2, 6)}点"),
                  (1, f"{R.randrange(9, 16)}时{pick(['', '30分'])}")])


# ---------------------------------------------------------------------------
# phrase pools
# ---------------------------------------------------------------------------

QUOTES = [
    "今年信贷投放前置的特征十分明显，预计全年贷款增速仍将保持在{pct_s}左右。",
    "我们会坚持统一授信管理，把风险控制放在第一位。",
    "公司在手订单超过{m_yi}，未来{dur_m}的排产已基本饱和。",
    "多元化布局让我们有能力应对单一市场的波动。",
    "净息差仍有下行压力，但全年降幅有望控制在{bp}以内。",
    "一旦政策落地，行业需求有望回升{cheng}以上。",
    "短期看，板块估值已回到近5年的低位，具备一定安全边际。",
    "我们计划在未来三年新增{c_branch}，重点布局长三角和粤港澳大湾区。",
    "客户对收益率十分敏感，利率每下降{bp}，产品申购量都会明显变化。",
    "一方面要稳住存量客户，另一方面要千方百计拓展新客群。",
    "今年的目标是营收突破{m_yi}，海外收入占比提升到{pct_s}。",
    "万一市场出现极端波动，投资者一定要留足流动性，千万不要盲目加杠杆。",
    "我们对全年完成目标十分有信心。",
    "统一大市场建设持续推进，给中小金融机构带来了新的机会。",
    "从一季度的情况看，新发生不良同比有所减少，资产质量总体稳定。",
    "如果存款准备金率再下调{pp_u}，预计可释放长期流动性约{m_wanyi}。",
    "目前单户授信上限是{m_wan}，后续会根据经营数据动态调整。",
    "过去三年公司累计分红{m_yi}，分红率始终保持在{pct_s}以上。",
]

REASONS = [
    "主营产品销量同比增长、规模效应逐步显现",
    "原材料价格大幅波动导致毛利率下滑",
    "报告期内计提商誉减值准备约{m_yi}",
    "收到政府补助{m_wan}计入当期损益",
    "汇兑损失较上年同期增加{m_wan}",
    "海外订单集中交付，境外收入{pct_chg}",
    "行业竞争加剧，产品平均售价下降{pct_s}",
    "处置子公司股权取得投资收益{m_yi}",
]

PROJECTS = [
    "年产{tons}高性能材料项目", "研发中心建设项目", "补充流动资金", "数字化平台升级项目",
    "智能制造基地二期工程", "偿还银行贷款", "海外营销网络建设项目", "年产{tons}动力电池结构件项目",
]

VIOLATIONS = [
    "贷款资金被挪用于购房", "违规向关系人发放信用贷款", "未按规定履行客户身份识别义务",
    "理财业务管理不审慎", "贷后管理不到位", "员工行为管理不到位", "违规收取小微企业贷款费用",
    "信息披露存在重大遗漏", "未按规定报送大额交易报告",
]

FACTS = [
    # public facts only
    "招商银行（600036.SH）的客服热线为95555。",
    "中国工商银行的A股代码为601398.SH，H股代码为01398.HK。",
    "国家金融监督管理总局于2023年5月18日正式挂牌。",
    "证监会依法对全国证券期货市场实行集中统一监督管理。",
    "投资者如发现证券期货违法违规线索，可拨打证监会热线12386。",
    "银行保险消费者可通过12378热线反映诉求。",
    "贷款市场报价利率（LPR）于每月20日公布，遇节假日顺延。",
    "微众银行是一家民营银行，旗下产品包括微粒贷。",
    "持卡人如有疑问，可拨打{rb_name}客服热线{rb_hot}。",
    "{rb_name}为A股上市银行，证券代码{rb_code}。",
]

FILLERS = [
    "{person}认为，当前市场分化十分明显，投资者应坚持多元化配置。",
    "业内人士指出，统一大市场建设持续推进，将为金融机构打开新的业务空间。",
    "{person}估计，此次事件涉及资金{m_any}，牵涉投资者{c_any}。",
    "据{research}测算，相关政策每年可为企业减负{m_vague}。",
    "分析人士提醒，万一行情急转直下，投资者千万不要盲目加杠杆。",
    "在一揽子增量政策带动下，市场预期有所改善，但一季度数据仍需观察。",
    "{dur}来，行业集中度明显提升，头部机构的优势十分突出。",
    "记者拨打该公司公开电话{landline}，对方表示将在{n_workday}个工作日内回复。",
    "该公司总部位于{address}，距{line}出口步行约{walk}分钟。",
    "本文所涉个股仅作举例，不构成投资建议。",
    "{doc_no}。",
    "公司统一社会信用代码为{uscc}。",
    "知情人士透露，相关方案预计在{dur_m}内落地。",
    "“十四五”以来，当地持续推进金融服务一体化，一带一路沿线项目融资需求十分旺盛。",
    "据了解，该产品在“双十一”和“618”期间均有促销活动。",
    "{person}的手机号为{mobile}，系其本人在开户时登记。",
    "公司第一大股东为{co2}，第二大股东为{co3}。",
    "会议于{hour}召开，为期一天，会址位于{address}。",
]

REPORTS = ["年度报告", "半年度报告", "三季度报告", "一季度报告", "业绩快报", "业绩预告"]
RATINGS = ["AAA", "AA+", "AA", "AA-", "A"]
SOLV_RATING = ["A类", "AA类", "BB类", "B类"]


# ---------------------------------------------------------------------------
# topic templates
# ---------------------------------------------------------------------------
# Each topic: (lead templates, body templates).  Placeholders are resolved by
# fill(): first from the paragraph context, then from SLOTS.

TOPICS = {
    "bank": ([
        "{date_period}，{bank}实现营业收入{m_bank_big}，{pct_chg_s}；实现归属于本行股东的净利润{m_yi}，{pct_chg}。",
        "{bank}{date_evening}披露{year}年度报告，全年实现营业收入{m_yi}，{pct_chg}，拨备前利润{m_yi}。",
        "截至{date_end}，{bank}资产总额{m_deposit}，较上年末增长{pct_small}，负债总额{m_deposit}。",
        "{date_period}，{bank}净利润{m_neg}，上年同期为{m_yi}，由盈转亏。",
    ], [
        "截至{date_end}，该行各项贷款余额{m_bank_big}，各项存款余额{m_bank_big}，不良贷款率{pct_npl}，较上年末{pp}。",
        "拨备覆盖率{pct_cov}，资本充足率{pct_car}，核心一级资本充足率{pct_car}。",
        "净息差为{pct_nim}，同比收窄{bp}，主要受贷款重定价和存款定期化影响。",
        "零售客户数达{c_cust}，较上年末增加{c_cust}；管理零售客户总资产{m_yi}。",
        "该行拟每10股派发现金红利{per10}（含税），合计派发现金股利{m_yi}，占当年净利润的{pct_s}。",
        "普惠型小微企业贷款余额{m_yi}，{pct_chg}，贷款户数{c_cust}，平均利率{pct_rate}，较上年{pp}。",
        "该行信用卡累计发卡{c_cards}，全年信用卡交易额{m_wanyi}，信用卡不良率{pct_npl}。",
        "全年处置不良资产{m_yi}，其中核销{m_yi}，现金清收{m_wan}。",
        "期末员工总数{c_staff}，营业网点{c_branch}，业务覆盖{c_prov}。",
        "手机银行月活跃用户达{c_mau}，线上交易替代率超过{pct_high}。",
        "非利息净收入{m_yi}，在营业收入中占比{pct_s}，其中手续费及佣金净收入{pct_chg}。",
        "该行表示，将坚持多元化经营思路，稳步提升中间业务收入占比。",
        "该行计划未来三年在数字化转型上投入{m_vague}，其中{cheng}用于数据中心建设。",
        "该行预计全年新增贷款{m_range}，其中对公贷款占{cheng}。",
        "该行董事会审议通过了发行无固定期限资本债券的议案，拟发行规模不超过{m_yi}。",
        "{bank}董事长{person}在业绩发布会上表示：“{quote}”",
        "该行对公贷款新增{m_yi}，其中制造业中长期贷款{pct_chg}，绿色贷款余额突破{m_yi}。",
        "个人住房贷款余额{m_yi}，较年初减少{m_yi}，提前还款规模较上年{pp}。",
        "该行科技投入{m_yi}，占营业收入的{pct_s}，科技人员{c_staff}，占员工总数的{pct_s}。",
        "代发工资客户{c_cust}，全年代发金额{m_wanyi}，{pct_chg}。",
    ]),
    "company": ([
        "{co}（{code}）{date_evening}发布{report}，{date_period}公司实现营业收入{m_rev}，{pct_chg}；归母净利润{m_profit}，{pct_chg}。",
        "{date_evening}，{co}披露业绩预告，预计{year}年度归属于上市公司股东的净利润为{m_range}，同比增长{pct_range}。",
        "{co}（{code}）晚间公告称，{date_period}公司归母净利润为{m_neg}，上年同期为{m_yi}，由盈转亏。",
        "{co_full}（证券代码：{code_num}）{date_evening}发布公告，公司{date_period}营业总收入为{m_comma}，{pct_chg}。",
    ], [
        "扣除非经常性损益后的净利润为{m_profit}，{pct_chg}。",
        "报告期内，公司综合毛利率为{pct_s}，较上年同期{pp}。",
        "经营活动产生的现金流量净额为{m_signed}，基本每股收益{eps}。",
        "公司研发投入{m_wan}，占营业收入的{pct_s}，研发人员{c_staff}。",
        "截至{date_end}，公司股东户数为{c_holders}，较上期减少{pct_s}，户均持股{c_shares}。",
        "{co}{date_day}收报{price}，{pct_stock}，总市值约{m_yi}。",
        "公司拟向全体股东每10股派发现金红利{per10}（含税），不送红股，不以资本公积金转增股本。",
        "公告显示，业绩变动主要原因是{reason}。",
        "公司海外业务收入{m_fx}，占总营收的比重提升至{pct_share}。",
        "公司董事会秘书{person}在投资者关系活动中称，“{quote}”",
        "年报显示，公司前五名客户合计销售金额{m_comma}，占年度销售总额{pct_s}。",
        "公司应收账款余额{m_yi}，较期初增长{pct_s}，计提坏账准备{m_wan_comma}。",
        "公司统一社会信用代码为{uscc}，注册地址位于{address}。",
        "投资者可拨打公司证券部电话{landline}咨询。",
        "公司产品单价从{price_range}不等，{year}年累计销售{c_units}。",
        "公司存货账面价值{m_yi}，计提存货跌价准备{m_cn}。",
        "公司近5年累计实现净利润{m_yi}，累计现金分红{m_yi}。",
        "公司管理层预计，{year}年营业收入将在{m_range}之间，海外订单金额或在{m_vague}。",
        "市场人士估算，公司所处细分赛道的市场规模在{m_vague}，公司市占率约{pct_small}。",
    ]),
    "capital": ([
        "{co}拟向不特定对象发行可转换公司债券，募集资金总额不超过{m_plain}（含本数），扣除发行费用后拟用于{project}。",
        "{co}（{code}）{date_evening}公告，公司首次公开发行股票注册申请已获批复，批复文号为{doc_csrc}。",
        "{co}发布回购方案，拟使用自有资金以集中竞价方式回购股份，回购资金总额为{m_range_wan}，回购价格不超过{price}。",
        "{co}{date_evening}公告称，控股股东{person}计划在{dur_m}内以集中竞价方式减持不超过{c_shares}，占公司总股本的{pct_small}。",
    ], [
        "本次发行股票数量为{c_shares}，发行价格为{price}，募集资金总额为{m_comma}。",
        "本次解除限售股份数量为{c_shares}，占公司总股本的{pct_s}，上市流通日期为{date_day}。",
        "网上发行最终中签率为{pct_tiny}，有效申购户数为{c_cust}，有效申购股数为{c_shares}。",
        "该股上市首日开盘价为{price}，较发行价上涨{pct_big}，中一签（{lot}）浮盈约{m_yuan}。",
        "员工持股计划参与对象不超过{c_people}，其中董事、监事和高级管理人员{c_people_small}，拟筹集资金总额上限为{m_wan}。",
        "本次回购股份数量预计为{c_shares}至{c_shares}，约占公司总股本的{pct_range_small}。",
        "截至{date_end}，公司已累计回购股份{c_shares}，成交最高价为{price}，最低价为{price}，支付总金额{m_comma}。",
        "公告编号为{year}-{seq}，本次减持不会导致公司控制权发生变更。",
        "定增认购对象共{c_orgs}，其中{fund_co}获配{c_shares}，获配金额{m_wan}。",
        "本次可转债每张面值为{face}，按面值发行，初始转股价格为{price}。",
        "若按发行价计算，实际控制人{person}的持股市值将超过{m_yi}。",
        "募投项目完全达产后，预计年均新增营业收入{m_yi}，年均新增净利润{m_wan}。",
    ]),
    "regulation": ([
        "{date_day}，{place}金融监管部门公布的行政处罚信息显示，{bank}因{violation}被罚款{m_fine}，时任相关负责人{person}被警告并处罚款{m_fine_ind}。",
        "今年以来，各地监管部门已对银行业机构开出罚单{c_tickets}，罚没金额合计{m_yi}，涉及机构{c_orgs}、责任人{c_people}。",
        "经查，{co}在{year0}年至{year}年间通过虚构交易虚增营业收入累计{m_yi}，虚增利润总额{m_wan}，分别占当期披露金额的{pct_s}和{pct_s}。",
    ], [
        "依据{law}的规定，决定对{co}责令改正，给予警告，并处以{m_fine}罚款。",
        "对直接负责的主管人员{person}给予警告，并处以{m_fine_ind}罚款，对其他直接责任人员分别处以{m_range_fine}不等的罚款。",
        "其中单张罚单最高金额为{m_fine}，涉及{violation}等问题。",
        "知情人士称，该案涉案资金规模在{m_vague}，波及投资者{c_any}。",
        "{bank}因{violation}被没收违法所得{m_wan_comma}，并处罚款{m_fine}，罚没合计{m_fine}。",
        "处罚决定书显示，该公司{dur}内未按规定披露关联交易{c_tx}，涉及金额{m_yi}。",
        "{fact}",
        "依据{law}，相关责任人被禁止从事银行业工作{ban_years}。",
        "监管部门表示，将统一执法尺度，对屡查屡犯的机构依法从严处罚。",
        "有投资者据此提起索赔，已有{c_people}递交材料，索赔金额合计{m_wan}。",
        "律师{person}表示，符合条件的投资者可索赔差额损失，平均每人约{m_yuan}。",
        "这是{place}辖内本年度第{ordinal}张针对该机构的罚单。",
    ]),
    "macro": ([
        "{date_end}，广义货币（M2）余额{m_m2}，{pct_chg_s}；狭义货币（M1）余额{m_m1}，{pct_chg_s}。",
        "{date_period}人民币贷款增加{m_loans}，社会融资规模增量累计为{m_loans}，比上年同期多{m_yi}。",
        "{research}首席经济学家{person}预计，{year}年全年GDP增速在{pct_range}之间，CPI同比涨幅约为{pct_small}。",
        "{date_day}，1年期LPR为{pct_lpr}，5年期以上LPR为{pct_lpr}，均较上月{lpr_move}。",
    ], [
        "{person}测算，若下调存款准备金率{pp_u}，可释放长期流动性约{m_wanyi}。",
        "外汇储备规模为{m_fx_wanyi}，较上月末{updown}{m_usd_yi}，变动幅度为{pct_small}。",
        "{date_day}，人民币对美元汇率中间价报{fx_rate}，较前一交易日调升{pips}个基点。",
        "{research}跟踪的{c_orgs}样本企业{date_period}实现利润总额{m_yi}，{pct_chg}。",
        "居民存款增加{m_wanyi}，其中定期存款占比{pct_share}，为近{n_years}年高位。",
        "{person}认为，{year}年财政赤字率有望提高至{pct_small}，对应赤字规模约{m_wanyi}。",
        "{date_period}，全国网上零售额{m_wanyi}，{pct_chg}，占社会消费品零售总额的比重为{pct_share}。",
        "专项债发行规模{m_wanyi}，其中用于土地储备的比例{cheng}。",
        "{person}表示：“{quote}”",
        "{fact}",
        "该机构预计，年内还有{n_small}次降息，每次幅度约{bp}。",
    ]),
    "market": ([
        "{date_day}，A股三大指数{dir_all}。截至收盘，沪指{pct_idx}，报{pts}点；深成指{pct_idx}；创业板指{pct_idx}。",
        "{date_day}，沪深两市全天成交额{m_turnover}，较上一交易日{vol_move}{m_yi}，全市场超{n_stocks}只个股上涨。",
        "{date_day}早盘，A股{dir_all}，{sector}板块集体走强，{co}{pct_stock}。",
    ], [
        "全市场超{n_stocks}只个股上涨，{n_stocks_small}只个股涨停，{n_stocks_small}只个股跌停。",
        "板块方面，{sector}、{sector2}板块涨幅居前，{sector3}板块跌幅超过{pct_small}。",
        "个股方面，{co}（{code}）{pct_stock}，成交额{m_yi}，换手率{pct_s}。",
        "港股方面，恒生指数{pct_idx}，{co}H股收报{m_hkd_price}，{pct_stock}。",
        "融资融券余额{m_margin}，较前一交易日增加{m_yi}。",
        "ETF方面，{etf}全天成交{m_yi}，份额增加{c_fen}。",
        "{research}策略分析师{person}认为，“{quote}”",
        "龙虎榜数据显示，机构专用席位净买入{co}{m_wan}，3家游资席位合计净卖出{m_wan}。",
        "{co}盘中一度触及{price}，创近{n_years}年新高，年内累计涨幅{pct_big}。",
        "{sector}板块内{c_stocks}个股涨幅超过{pct_small}，板块整体估值仍处于近5年{pct_share}分位。",
        "{co}大宗交易成交{c_shares}，成交价{price}，折价率{pct_small}。",
        "两市共有{c_stocks}成交额超过{m_yi}，其中{co}以{m_yi}居首。",
    ]),
    "fintech": ([
        "{app}注册用户超{c_bare}，月活跃用户数{c_bare}，{year}年新增用户{c_users}。",
        "{platform}累计发放贷款{m_wanyi}，服务小微经营主体{c_cust}，户均授信{m_wan}，不良率控制在{pct_npl}以内。",
        "家住{city}的{person}告诉记者，去年在网上借了{m_cn_small}，原以为“日息{permille_day}”很划算，算下来年化利率接近{pct_apr}。",
        "{date_period}，第三方支付机构共处理网络支付业务{c_tx}，金额{m_wanyi}，{pct_chg}。",
    ], [
        "{person}说，分{n_inst}期每月要还{m_small}，手续费按每期{pct_fee}收取，实际年化成本超过{pct_apr}。",
        "多家银行将消费贷年化利率下调至{pct_lowrate}，部分产品叠加优惠券后最低可至{pct_lowrate}。",
        "{fact}",
        "{platform}单笔交易限额{m_small}，日累计限额{m_wan}，超出部分需到柜台办理。",
        "“双十一”期间，{app}累计处理支付{c_tx}，峰值每秒{n_tps}笔。",
        "{person}称，每个月光手续费就要多付{m_kuai}，一年下来就是{m_small}。",
        "平台宣传“借1000元日息低至{m_jiao}”，按此计算年化利率约{pct_apr}。",
        "截至{date_end}，{platform}助贷余额{m_yi}，合作金融机构{c_orgs}，其中城商行占比{cheng}。",
        "记者注意到，{app}的“新人礼”为{m_small}立减券，满{m_small}可用。",
        "{platform}日均交易笔数{c_tx}，全年交易规模{m_wanyi}，单笔平均金额{m_small}。",
        "该平台逾期{dur_day_s}以上的贷款占比为{pct_npl}，较上年末{pp}。",
        "{person}表示，现在每天在App上理财的用户有{c_bare}，以{age}岁年轻人为主。",
    ]),
    "wealth": ([
        "{fund}成立于{date_full}，截至{date_end}资产净值为{m_yi}，近1年收益率为{pct_signed}，近3年收益率为{pct_signed}。",
        "今年以来，全市场新成立公募基金{c_funds}，合计募集规模{m_yi}，平均发行份额{c_fen}。",
        "截至{date_end}，银行理财市场存续规模{m_wanyi}，较年初{updown}{m_yi}，存续产品{c_funds}。",
        "{fund_co}宣布将旗下{c_funds}基金的管理费率由{pct_fee_y}下调至{pct_fee_y}，托管费率由{pct_fee_y}下调至{pct_fee_y}。",
    ], [
        "该产品业绩比较基准为{pct_range_small}，起购金额{m_small}，投资周期{dur_day}。",
        "基金经理{person}在季报中表示，前十大重仓股合计占基金资产净值的{pct_s}，股票仓位较上季度末{pp}。",
        "{fund}每10份基金份额派发红利{m_div}，本次合计分红{m_wan}。",
        "理财经理{person}提醒，“{quote}”",
        "该基金最大回撤为{pct_s}，年化波动率{pct_small}，夏普比率{ratio_plain}。",
        "投资者可通过基金公司官网、直销App或银行等代销渠道办理申购赎回，申购费率一折起。",
        "单个投资者单日累计申购金额不得超过{m_wan}，超出部分将被确认失败。",
        "{fund}的持有人户数为{c_holders}，其中个人投资者持有份额占比{pct_share}。",
        "现金管理类产品七日年化收益率降至{pct_small}，万份收益{m_wanfen}。",
        "该产品赎回费率持有不满7日为{pct_small}，持有满{dur_m}则为零。",
        "{fact}",
    ]),
    "property": ([
        "{city}宣布，首套住房商业性个人住房贷款利率下限调整为{mortgage_rate}，二套为{mortgage_rate}。",
        "{date_period}，{city}新建商品住宅成交{c_sets}，成交面积{area}，成交金额{m_yi}，{pct_chg}。",
        "{city}住房公积金个人住房贷款最高额度由{m_wan}提高至{m_wan}，首套房首付比例降至{pct_share}。",
    ], [
        "以贷款{m_cn_wan}、期限{dur_year}、等额本息计算，月供可减少{m_small}，总利息节省{m_wan_approx}。",
        "该项目位于{line}沿线，备案均价{m_sqm}，首批推出{c_sets}，当日去化{cheng}。",
        "{person}在{city}{district}买了一套{area_small}的二手房，总价{m_wan}，首付{cheng_bare}，剩余部分申请了{dur_year}的商业贷款。",
        "存量房贷利率平均下降{bp}，惠及借款人{c_people}，每年减少利息支出约{m_yi}。",
        "{co}{date_period}销售金额{m_yi}，{pct_chg}，拿地金额{m_yi}，权益比例{pct_share}。",
        "房企到期债务规模{m_yi}，其中美元债{m_usd_yi}，集中在{date_period}到期。",
        "二手房挂牌量较上月增加{c_sets}，平均成交周期为{dur_day}，议价空间约{pct_small}。",
        "中介{person}说，{m_cn_wan}以下的小户型最好卖，{dur_m}内基本都能成交。",
        "{fact}",
    ]),
    "insurance": ([
        "{date_period}，{insurer}实现原保险保费收入{m_yi}，{pct_chg}；赔付支出{m_yi}，{pct_chg}。",
        "针对此次台风灾害，{insurer}已接到报案{c_cases}，预估赔款{m_wan_approx}，已支付赔款{m_wan}。",
        "截至{date_end}，{insurer}综合偿付能力充足率为{pct_cov}，核心偿付能力充足率为{pct_cov}，风险综合评级为{solv}。",
    ], [
        "{person}为父母投保了一份年缴保费{m_small}的重疾险，基本保额{m_cn_wan}，缴费期{dur_year}。",
        "在香港，{person}以年缴保费{m_hkd}为子女投保了一份储蓄险，约合人民币{m_small}。",
        "代理人渠道人均产能同比提升{pct_s}，代理人数量降至{c_people}。",
        "银保渠道新单保费{m_yi}，{pct_chg}，占新单总保费的{cheng}。",
        "此次理赔共涉及保单{c_policy}，单笔最高赔付{m_wan}。",
        "投资收益率为{pct_small}，综合投资收益率{pct_small}，总投资资产{m_wanyi}。",
        "{fact}",
        "新业务价值{m_yi}，{pct_chg}，新业务价值率{pp}。",
        "车险综合成本率{pct_cov}，承保利润{m_yi}，单均保费约{m_small}。",
        "公司发言人{person}表示，理赔款最快可在{n_hours}小时内到账。",
    ]),
    "bonds": ([
        "{bank}{date_day}在全国银行间债券市场发行{year}年第{ordinal}期二级资本债券，发行规模{m_yi}，期限为{bond_term}，票面利率{pct_coupon}，全场认购倍数{ratio_plain}倍。",
        "{date_day}，10年期国债收益率下行{bp}至{pct_coupon}，30年期国债收益率报{pct_coupon}。",
        "{co}发行{year}年度第{ordinal}期中期票据，规模{m_yi}，期限{dur_year}，票面利率{pct_coupon}，主体评级{rating}。",
    ], [
        "{date_period}信用债违约规模{m_yi}，涉及发行人{c_orgs}，较上年同期减少{c_orgs_small}。",
        "该债券最终票面利率落在询价区间{pct_range_small}的下限附近。",
        "{co}公告称，受资金紧张影响，“{bond_code}”未能按期兑付本息合计{m_comma}。",
        "{bank}永续债发行规模{m_yi}，前5年票面利率{pct_coupon}，每5年调整一次。",
        "{person}指出，超长期特别国债发行规模达{m_wanyi}，投资者认购十分踊跃。",
        "同业存单发行利率较上周{pp}，单周净融资{m_yi}。",
        "{co}境外子公司获得{m_fx}银团贷款，期限{dur_year}，利率为SOFR加{bp}。",
        "城投债净融资{m_neg}，已连续{n_small}个月为负。",
        "{research}固收首席{person}表示：“{quote}”",
    ]),
    "fx": ([
        "{date_day}，在岸人民币对美元{hour}报{fx_rate}，较上一交易日夜盘收盘{fx_move}。",
        "{person}通过跨境理财通购买了{m_hkd}的存款产品，年化利率约{pct_small}。",
        "{co}宣布以{m_fx}收购一家欧洲零部件企业{pct_s}的股权，交易预计于{date_period}完成交割。",
    ], [
        "按当日汇率折算，{m_fx}约合人民币{m_yi}。",
        "{co}{date_period}汇兑损失{m_wan}，公司已对{pct_share}的外币敞口进行套期保值。",
        "{person}表示，今年在香港购买保险花了{m_hkd}，折合人民币不到{m_small}。",
        "美元指数{pct_idx}，报{dxy}，离岸人民币一度升破{fx_round}关口。",
        "{co}出口业务以美元结算，美元收入约{m_fx}，占营业收入的{cheng}。",
        "旅客{person}在机场兑换了{m_fx_small}，手续费{m_small}。",
        "{fact}",
    ]),
    "mna": ([
        "{co}拟以现金{m_yi}收购{co2}{pct_s}股权，交易完成后将持有其{pct_int}股份，标的公司将纳入合并报表范围。",
        "{co}{date_day}召开{year}年第{ordinal}次临时股东大会，审议通过{c_items}议案，出席会议股东代表有表决权股份{c_shares}，占公司有表决权股份总数的{pct_s}。",
        "{co}公告，公司及控股子公司对外担保总额为{m_yi}，占公司最近一期经审计净资产的{pct_s}。",
    ], [
        "标的公司{year}年实现营业收入{m_wan_comma}，净利润{m_neg}，评估值为{m_yi}，增值率{pct_big}。",
        "业绩承诺方承诺，标的公司未来三年扣非净利润分别不低于{m_wan}、{m_wan}和{m_wan}。",
        "公司第一大股东{co2}持股比例为{pct_s}，实际控制人为{person}。",
        "董事会同意聘任{person}为公司总经理，任期三年，自董事会审议通过之日起至第{ordinal}届董事会届满之日止。",
        "本次交易对价分{n_small}期支付，首期支付{pct_int}，即{m_wan}。",
        "出席本次会议的股东及股东代理人共{c_people}，其中中小股东{c_people_small}。",
        "交易完成后，{co2}将成为公司控股子公司，员工{c_staff}将随资产一并转移。",
        "{co}近12个月内累计发生同类交易{c_tx}，合计金额{m_yi}。",
        "公司将于{date_day}{hour}召开业绩说明会，届时董事长{person}将出席。",
        "该议案同意票{c_shares}，反对票{c_shares}，弃权票{c_shares}。",
    ]),
}

TOPIC_WEIGHTS = [(10, "bank"), (10, "company"), (7, "capital"), (6, "regulation"), (6, "macro"), (7, "market"),
                 (7, "fintech"), (6, "wealth"), (5, "property"), (5, "insurance"), (5, "bonds"), (4, "fx"), (5, "mna")]


# ---------------------------------------------------------------------------
# slot table
# ---------------------------------------------------------------------------

def _fact(c):
    t = pick(FACTS)
    name, code, hot = pick(REAL_BANK_FACTS)
    return t.replace("{rb_name}", name).replace("{rb_code}", code).replace("{rb_hot}", hot)


SLOTS = {
    # money with realistic magnitudes for specific series
    "m_m2": lambda c: money("wanyi", lo=190, hi=330),
    "m_m1": lambda c: money("wanyi", lo=55, hi=115),
    "m_loans": lambda c: money("wanyi", lo=0.5, hi=20),
    "m_turnover": lambda c: wpick([(3, lambda: money("wanyi", lo=0.6, hi=3.5)), (1, lambda: money("yi", lo=5000, hi=9999))]),
    "m_margin": lambda c: money("wanyi", lo=1.4, hi=2.3),
    "m_fine": lambda c: wpick([(3, lambda: money("wan", lo=10, hi=3000)), (1, lambda: money_cn("wan"))]),
    "m_fine_ind": lambda c: wpick([(3, lambda: money("wan", lo=1, hi=50)), (1, lambda: f"{cn_int(R.randrange(1, 51))}万元")]),
    "m_rev": lambda c: money("yi", lo=0.5, hi=900),
    "m_bank_big": lambda c: money("yi", lo=100, hi=9000),
    "m_bigco": lambda c: money("yi", lo=5, hi=3000),
    "m_deposit": lambda c: money("wanyi", lo=0.3, hi=40),
    "m_range_fine": lambda c: money_range("wan", lo=1, hi=60),
    "m_yi": lambda c: money("yi", lo=0.2, hi=2000),
    "m_wan": lambda c: money("wan", lo=5, hi=50000),
    "m_wanyi": lambda c: money("wanyi", lo=0.5, hi=60),
    "m_yuan": lambda c: money("yuan"),
    "m_small": lambda c: money_yuan_small(),
    "m_kuai": lambda c: f"{inum(20, 999)}块钱",
    "m_jiao": lambda c: pick(["2毛钱", "3角", "5毛", "两毛钱", "一毛五"]),
    "m_plain": lambda c: f"{num(1, 99, (0, 2))}亿元" if chance(0.7) else f"人民币{inum(5000, 90000)}万元",
    "m_comma": lambda c: money_comma_yuan(),
    "m_wan_comma": lambda c: f"{commafy(num(1000, 99999, (2,)))}万元",
    "m_cn": lambda c: money_cn(),
    "m_cn_wan": lambda c: money_cn("wan"),
    "m_cn_small": lambda c: wpick([(2, lambda: money_cn("wan")), (1, lambda: money_cn("yuan"))]),
    "m_range": lambda c: money_range("yi") if chance(0.6) else money_range("wan"),
    "m_range_wan": lambda c: money_range("wan") if chance(0.7) else money_range("yi"),
    "m_neg": lambda c: money_neg(),
    "m_profit": lambda c: wpick([(5, lambda: money("yi")), (2, lambda: money("wan")), (2, money_neg), (1, money_vague)]),
    "m_signed": lambda c: wpick([(3, lambda: money("yi")), (2, money_neg), (1, lambda: money_cn("yi"))]),
    "m_fx": lambda c: money_fx(),
    "m_fx_yi": lambda c: money_fx("yi"),
    "m_usd_yi": lambda c: money("yi", cur="美元", lo=1, hi=900),
    "m_fx_small": lambda c: f"{inum(100, 9999)}{pick(['美元', '欧元', '日元', '港元', '英镑'])}",
    "m_fx_wanyi": lambda c: pick(["约", "", "超", "逾"]) + f"{num(2.9, 3.5, (2, 4))}万亿美元",
    "m_hkd": lambda c: money_hkd(),
    "m_hkd_price": lambda c: wpick([(2, f"{num(1, 600, (2,))}港元"), (1, f"港币{num(1, 600, (2,))}元"), (1, f"HK${num(1, 600, (2,))}")]),
    "m_wan_approx": lambda c: f"{pick(['约', '近', '超', '逾'])}{nice_int(10, 9000)}万元" if chance(0.6) else f"{round_int(10, 9000)}{pick(['余', '多'])}万元",
    "m_yuan_or_wan": lambda c: money("wan") if chance(0.6) else money_cn("wan"),
    "m_sqm": lambda c: wpick([(2, f"{num(0.8, 12, (1, 2))}万元/平方米"), (1, f"每平方米{inum(8000, 99000)}元"),
                              (1, f"{commafy(inum(8000, 99000))}元/㎡")]),
    "m_div": lambda c: f"{num(0.05, 2, (2, 3))}元",
    "m_wanfen": lambda c: f"{num(0.3, 0.8, (4,), log=False)}元",
    "m_any": lambda c: m_any(),
    "m_vague": lambda c: money_vague(),
    "per10": lambda c: per10(),
    "price": lambda c: price_share(),
    "price_range": lambda c: money_range("yuan") if chance(0.5) else f"{num(5, 50, (1, 2))}元至{num(51, 200, (0, 1))}元",
    "eps": lambda c: wpick([(3, f"{num(0.01, 5, (2, 3))}元"), (1, f"-{num(0.01, 2, (2, 3))}元"), (1, f"{num(0.01, 5, (2,))}元/股")]),
    "face": lambda c: pick(["100元", "人民币100元", "一百元"]),
    # percentages
    "pct_s": lambda c: pct(),
    "pct_apr": lambda c: pct(7.2, 36, (1, 2)),
    "pct_chg_s": lambda c: pct_change(hi=15),
    "pct_small": lambda c: pct(0.05, 9, (1, 2, 2)),
    "pct_tiny": lambda c: f"{num(0.01, 0.09, (4, 5), log=False)}%" if chance(0.8) else permille(),
    "pct_big": lambda c: pct(60, 600, (0, 1, 2)),
    "pct_high": lambda c: pct(80, 99.9, (0, 1, 2)),
    "pct_share": lambda c: wpick([(3, lambda: pct(5, 95)), (2, cheng), (1, pct_cn)]),
    "pct_int": lambda c: f"{R.randrange(5, 100)}%",
    "pct_chg": lambda c: pct_change(),
    "pct_npl": lambda c: f"{num(0.6, 2.5, (2,), log=False)}%",
    "pct_cov": lambda c: f"{num(120, 480, (1, 2), log=False)}%",
    "pct_car": lambda c: f"{num(9, 18, (2,), log=False)}%",
    "pct_nim": lambda c: f"{num(1.3, 2.4, (2,), log=False)}%",
    "pct_rate": lambda c: f"{num(3, 6, (2,), log=False)}%",
    "pct_lpr": lambda c: f"{num(3.0, 4.2, (2,), log=False)}%",
    "pct_coupon": lambda c: f"{num(1.6, 4.5, (2, 3, 4), log=False)}%",
    "pct_lowrate": lambda c: wpick([(3, f"{num(2.6, 3.6, (1, 2), log=False)}%"), (1, "百分之" + cn_dec(num(2.6, 3.6, (1,), log=False)))]),
    "pct_fee": lambda c: wpick([(2, f"{num(0.3, 0.8, (1, 2), log=False)}%"), (2, permille)]),
    "pct_fee_y": lambda c: f"{num(0.05, 1.5, (1, 2), log=False)}%{pick(['', '/年', '每年'])}",
    "pct_signed": lambda c: pct_signed(),
    "pct_stock": lambda c: pct_stock(),
    "pct_idx": lambda c: pct_idx(),
    "pct_range": lambda c: pct_range(5, 120) if chance(0.5) else pct_range(),
    "pct_range_small": lambda c: pct_range(0.8, 6),
    "permille_day": lambda c: pick(["万分之五", "万分之三", "万分之二", "0.05%", "千分之一"]),
    "cheng": lambda c: cheng(),
    "cheng_bare": lambda c: f"{CN_D[R.randrange(2, 5)]}成",
    "pp": lambda c: pp(),
    "pp_u": lambda c: wpick([(3, lambda: pp(False)), (1, lambda: "百分之" + cn_dec(pick(["0.5", "0.25", "1"])))]),
    "bp": lambda c: bp_only(),
    "lpr_move": lambda c: wpick([(2, "保持不变"), (2, lambda: "下降" + bp_only()), (1, lambda: "下调" + bp_only())]),
    "mortgage_rate": lambda c: wpick([(2, lambda: f"{num(2.9, 3.9, (2,), log=False)}%"), (2, lambda: f"不低于相应期限LPR减{bp_only()}"),
                                      (1, lambda: f"LPR加{bp_only()}")]),
    "p_any": lambda c: p_any(),
    # counts
    "c_cust": lambda c: count("户", 200, 9e7, yi_ok=True),
    "c_cards": lambda c: count("张", 1e5, 9e7, yi_ok=True),
    "c_staff": lambda c: count("人", 50, 5e5),
    "c_people": lambda c: count(pick(["人", "名", "人", "位"]), 10, 9e6),
    "c_people_small": lambda c: count(pick(["人", "名"]), 2, 99, wan_ok=False),
    "c_branch": lambda c: count(pick(["个", "家"]), 5, 9000, wan_ok=False),
    "c_prov": lambda c: f"{R.randrange(3, 32)}个省份",
    "c_mau": lambda c: c_bare() + pick(["", "户", "人"]),
    "c_holders": lambda c: count("户", 5000, 9e5),
    "c_shares": lambda c: c_shares(),
    "c_orgs": lambda c: wpick([(4, lambda: count("家", 2, 3000, wan_ok=False)), (1, lambda: pick(VAGUE_COUNT[:4]))]),
    "c_orgs_small": lambda c: f"{R.randrange(1, 20)}家",
    "c_tickets": lambda c: count("张", 100, 9000, wan_ok=False),
    "c_tx": lambda c: count("笔", 30, 9e8, yi_ok=True),
    "c_units": lambda c: count(pick(["台", "辆", "套", "件"]), 500, 9e6),
    "c_fen": lambda c: wpick([(2, lambda: f"{num(0.1, 99, (1, 2))}亿份"), (1, lambda: f"{num(100, 9999, (0, 2))}万份")]),
    "c_funds": lambda c: count("只", 10, 9e4, wan_ok=True),
    "c_sets": lambda c: count("套", 50, 90000),
    "c_cases": lambda c: count(pick(["件", "起", "笔"]), 100, 90000),
    "c_policy": lambda c: count("份", 100, 90000),
    "c_items": lambda c: f"{cn_int(R.randrange(3, 16))}项",
    "c_stocks": lambda c: count("只", 5, 4000, wan_ok=False, cn_ok=False),
    "c_bare": lambda c: c_bare(),
    "c_users": lambda c: count(pick(["人", "户", "名"]), 1e4, 9e7, yi_ok=True),
    "c_any": lambda c: c_any(),
    "lot": lambda c: pick(["500股", "1000股", "200股", "一手", "100股"]),
    "n_stocks": lambda c: str(R.randrange(1000, 5000)),
    "n_stocks_small": lambda c: str(R.randrange(5, 150)),
    "n_tps": lambda c: commafy(inum(1e4, 9e5)),
    "n_small": lambda c: pick(["2", "3", "4", "两", "三", "1至2", "一到两"]),
    "n_inst": lambda c: pick(["12", "24", "6", "3", "36"]),
    "n_years": lambda c: str(R.randrange(2, 11)),
    "n_hours": lambda c: pick(["2", "24", "48", "72"]),
    "n_workday": lambda c: pick(["3", "5", "两", "三"]),
    "walk": lambda c: str(R.randrange(3, 15)),
    "age": lambda c: pick(["25至35", "20-30", "30岁到40", "18到25"]),
    # other quantities / non-quantities
    "area": lambda c: f"{num(5, 900, (1, 2))}万平方米",
    "area_small": lambda c: f"{R.randrange(45, 180)}平方米",
    "tons": lambda c: f"{nice_int(1, 100)}万吨",
    "pts": lambda c: f"{num(2900, 3600, (2,), log=False)}",
    "dxy": lambda c: f"{num(98, 108, (2, 3), log=False)}",
    "fx_rate": lambda c: f"{num(7.0, 7.35, (4,), log=False)}",
    "fx_round": lambda c: pick(["7.1", "7.2", "7.15", "7.25"]),
    "fx_move": lambda c: pick(["上涨", "下跌"]) + f"{R.randrange(10, 400)}个基点",
    "pips": lambda c: str(R.randrange(5, 300)),
    "ratio_plain": lambda c: num(1.2, 5, (1, 2), log=False),
    "bond_term": lambda c: pick(["5+5年", "10年", "10+5年", "3年", "15年"]),
    "bond_code": lambda c: f"{c['co_short']}{c['year'] % 100}MTN00{R.randrange(1, 10)}",
    "rating": lambda c: pick(RATINGS),
    "solv": lambda c: pick(SOLV_RATING),
    "ban_years": lambda c: pick(["终身", "5年", "10年", "三年"]),
    "seq": lambda c: f"{R.randrange(1, 150):03d}",
    "ordinal": lambda c: ordinal_cn(),
    "code_num": lambda c: c["code"].split(".")[0],
    "date_day": date_day,
    "date_evening": date_evening,
    "date_end": date_end,
    "date_period": date_period,
    "date_full": date_full,
    "dur": lambda c: duration(),
    "dur_m": lambda c: dur_month(),
    "dur_year": lambda c: dur_year(),
    "dur_day": lambda c: pick(["90天", "180天", "365天", "7天", "一年", "半年", "14天"]),
    "dur_day_s": lambda c: pick(["90天", "30天", "60天", "M3"]),
    "law": lambda c: law_ref(),
    "landline": lambda c: landline(),
    "mobile": lambda c: mobile_masked(),
    "uscc": lambda c: uscc(),
    "doc_no": doc_no,
    "doc_csrc": lambda c: f"证监许可〔{c['year']}〕{R.randrange(100, 3000)}号",
    "address": address,
    "line": lambda c: line(),
    "hour": lambda c: hour(),
    "dir_all": lambda c: pick(["集体收涨", "集体收跌", "涨跌不一", "震荡分化", "低开高走", "冲高回落"]),
    "vol_move": lambda c: pick(["放量", "缩量", "增加", "减少"]),
    "updown": lambda c: pick(["增加", "减少", "上升", "下降"]),
    "sector": lambda c: pick(SECTORS),
    "sector2": lambda c: pick(SECTORS),
    "sector3": lambda c: pick(SECTORS),
    "etf": lambda c: pick(CO_PREFIX) + pick(["沪深300ETF", "科创50ETF", "红利ETF", "半导体ETF", "证券ETF"]),
    "report": lambda c: pick(REPORTS),
    "reason": lambda c: fill(pick(REASONS), c),
    "project": lambda c: fill(pick(PROJECTS), c),
    "violation": lambda c: pick(VIOLATIONS),
    "quote": lambda c: fill(pick(QUOTES), c),
    "fact": _fact,
    "person": lambda c: person(),
    "district": lambda c: pick(DISTRICTS),
}


SLOT_RE = re.compile(r"\{(\w+)\}")
# When the template already puts a hedge word next to a slot, drop the one the
# generated value brings along, so that "不超过" is never followed by "约".
HEDGE_BEFORE = ("超过", "超", "约", "近", "逾", "不足", "达", "高达", "接近", "至", "仅", "低至", "突破",
                "不到", "大约", "约合", "最高", "上限为", "上限是", "不低于", "有", "和", "、")
LEAD_HEDGE_RE = re.compile(r"^(超过|将近|接近|高达|不足|至少|不到|大约|超|近|逾|约|仅)")
TAIL_HEDGE_RE = re.compile(r"(左右|以上|以下|上下)$")


def fill(tmpl, ctx):
    def repl(m):
        key = m.group(1)
        if key in ctx:
            return ctx[key]
        f = SLOTS.get(key)
        if f is None:
            raise KeyError(f"unknown slot {key!r} in template {tmpl!r}")
        val = f(ctx)
        if tmpl[:m.start()].endswith(HEDGE_BEFORE):
            val = LEAD_HEDGE_RE.sub("", val)
            val = re.sub(r"(?<=\d)[余多](?=[万亿元户人家股笔只个名张套份项件起台辆])", "", val)
        if tmpl[m.end():].startswith(("以上", "左右", "以下", "上下", "以内")):
            val = TAIL_HEDGE_RE.sub("", val)
            val = re.sub(r"成多$", "成", val)
        return val
    return SLOT_RE.sub(repl, tmpl)


def new_context():
    co, co2, co3 = Company(), Company(), Company()
    year = R.randrange(2019, 2026)
    c = {
        "year": str(year),
        "year0": str(year - R.randrange(1, 4)),
        "co": co.short,
        "co_full": co.full,
        "co_short": co.short,
        "code": co.code,
        "co2": co2.full if chance(0.5) else co2.short,
        "co3": co3.short,
        "bank": fict_bank(),
        "place": pick(PLACES),
        "city": city(),
        "research": research_org(),
        "fund": fund_name(),
        "fund_co": fund_co(),
        "insurer": insurer(),
        "platform": platform(),
        "app": app_name(),
    }
    # A paragraph may stick to one named person, or introduce several.
    if chance(0.5):
        c["person"] = person()
    c["year"] = str(year)
    return c


# ``year`` is stored as str for templates; date helpers need ints.
def _ctx_year(c):
    return int(c["year"])


for _name in ("date_day", "date_end", "date_period", "date_full", "doc_no", "bond_code"):
    _f = SLOTS[_name]

    def _wrap(c, _f=_f):
        cc = dict(c)
        cc["year"] = _ctx_year(c)
        return _f(cc)
    SLOTS[_name] = _wrap


# ---------------------------------------------------------------------------
# paragraphs
# ---------------------------------------------------------------------------

DISCLAIMER = ("说明：本文件由 benchmarks/make_news.py 以固定随机种子生成，供 finner 基准测试使用。"
              "文中公司、人物、产品及全部数字均为虚构，不代表任何真实机构的经营或市场数据；"
              "涉及的真实机构名称仅用于陈述其公开的基本信息，如证券代码、客服热线与职能。")


def paragraph():
    topic = wpick(TOPIC_WEIGHTS)
    leads, bodies = TOPICS[topic]
    ctx = new_context()
    target = R.randint(130, 390)
    sents = [fill(pick(leads), ctx)]
    pool = list(bodies)
    R.shuffle(pool)
    length = len(sents[0])
    tries = 0
    while length < target and tries < 40:
        tries += 1
        if chance(0.12):
            s = fill(pick(FILLERS), ctx)
        elif pool:
            s = fill(pool.pop(), ctx)
        else:
            s = fill(pick(FILLERS), ctx)
        if length + len(s) > PARA_MAX:
            if length >= PARA_MIN:
                break
            continue
        sents.append(s)
        length += len(s)
    text = "".join(sents)
    return text


def generate(target=TARGET_CHARS):
    paras = [DISCLAIMER]
    total = len(DISCLAIMER) + 1
    while total < target:
        p = paragraph()
        if not (PARA_MIN <= len(p) <= PARA_MAX):
            continue
        paras.append(p)
        total += len(p) + 1
    return "\n".join(paras) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output path (default: %(default)s)")
    ap.add_argument("--stdout", action="store_true", help="write to stdout instead of a file")
    args = ap.parse_args(argv)

    text = generate()
    paras = text.rstrip("\n").split("\n")
    assert MIN_CHARS <= len(text) <= MAX_CHARS, len(text)
    assert all(PARA_MIN <= len(p) <= PARA_MAX for p in paras)

    if args.stdout:
        sys.stdout.write(text)
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {args.out}: {len(text)} characters, {len(text.encode('utf-8'))} bytes, "
          f"{len(paras)} paragraphs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
