"""Ranges (low..high, shared unit) and vague amounts (several)."""
from tables import C, N, Q, S, gap

FROM_DESIGN = [
    C("3至5亿元", "money", None, "CNY", "range", "300000000", "500000000"),
    C("10-20个基点", "percent", None, "bp", "range", "10", "20"),
    C("6.5%~7.2%", "percent", None, "%", "range", "6.5", "7.2"),
    C("八九亿", "quantity", None, None, "range", "800000000", "900000000"),
    C("12.5元至15元", "money", None, "CNY", "range", "12.5", "15"),
    C("数万条", "quantity", None, "条", "several", "20000", "90000"),
    C("几十亿", "quantity", None, None, "several", "2000000000", "9000000000"),
    C("十几万", "quantity", None, None, "several", "110000", "190000"),
]

FROM_ISSUE = [
    C("三五百元", "money", None, "CNY", "range", "300", "500"),
    C("三四十万元", "money", None, "CNY", "range", "300000", "400000"),
    C("两三个", "quantity", None, "个", "range", "2", "3"),
    C("5000万元到1亿元", "money", None, "CNY", "range", "50000000", "100000000"),
    C("从3亿元到5亿元", "money", None, "CNY", "range", "300000000", "500000000"),
    S("在5%至10%之间", Q("在5%至10%之间", "percent", None, "%", "range", "5", "10")),
    # several: 几 before a unit is 2..9, 几 as the last digit is 1..9
    C("几万", "quantity", None, None, "several", "20000", "90000"),
    C("几百万", "quantity", None, None, "several", "2000000", "9000000"),
    C("几千万", "quantity", None, None, "several", "20000000", "90000000"),
    C("二十几亿", "quantity", None, None, "several", "2100000000", "2900000000"),
    C("几千元", "money", None, "CNY", "several", "2000", "9000"),
    C("几万块", "money", None, "CNY", "several", "20000", "90000"),
    C("数百亿元", "money", None, "CNY", "several", "20000000000", "90000000000"),
    C("数十家", "quantity", None, "家", "several", "20", "90"),
    C("十几家", "quantity", None, "家", "several", "11", "19"),
]

# Short forms written for these tables (not named in the issue text).
FROM_OWN = [
    # ranges with two neighbouring digits
    C("两三千元", "money", None, "CNY", "range", "2000", "3000"),
    C("五六十人", "quantity", None, "人", "range", "50", "60"),
    C("一两个", "quantity", None, "个", "range", "1", "2"),
    C("七八成", "percent", None, "%", "range", "70", "80"),
    C("三四成", "percent", None, "%", "range", "30", "40"),
    C("百分之二三十", "percent", None, "%", "range", "20", "30"),
    # connectors and shared units
    C("3.5%至4%", "percent", None, "%", "range", "3.5", "4"),
    C("3-5%", "percent", None, "%", "range", "3", "5"),
    C("3%-5%", "percent", None, "%", "range", "3", "5"),
    C("20%-30%", "percent", None, "%", "range", "20", "30"),
    C("2-3个百分点", "percent", None, "pp", "range", "2", "3"),
    C("0.5-1个百分点", "percent", None, "pp", "range", "0.5", "1"),
    C("100元到200元", "money", None, "CNY", "range", "100", "200"),
    C("5至10家", "quantity", None, "家", "range", "5", "10"),
    C("20至30家", "quantity", None, "家", "range", "20", "30"),
    # a change is not a range
    S("从5%降至3%", Q("5%", "percent", "5", "%"), Q("3%", "percent", "3", "%")),
    S("由4.2%下调至3.95%", Q("4.2%", "percent", "4.2", "%"), Q("3.95%", "percent", "3.95", "%")),
]

FROM_EDGE_CASES = [
    # 17: ranges, never 0-200亿元 or 34
    C("100-200亿元", "money", None, "CNY", "range", "10000000000", "20000000000"),
    C("100至200亿元", "money", None, "CNY", "range", "10000000000", "20000000000"),
    C("100~200亿元", "money", None, "CNY", "range", "10000000000", "20000000000"),
    C("100～200亿元", "money", None, "CNY", "range", "10000000000", "20000000000"),
    C("100—200亿元", "money", None, "CNY", "range", "10000000000", "20000000000"),
    C("三四十万元", "money", None, "CNY", "range", "300000", "400000"),
]

FROM_NEWS = [
    S("机构预计该行今年将发行3至5亿元二级资本债。",
      Q("3至5亿元", "money", None, "CNY", "range", "300000000", "500000000")),
    S("市场普遍预计年内政策利率还将下调10-20个基点。",
      Q("10-20个基点", "percent", None, "bp", "range", "10", "20")),
    S("今年经济增速目标区间为4.5%~5.5%。",
      Q("4.5%~5.5%", "percent", None, "%", "range", "4.5", "5.5")),
    S("分析人士预计该股合理估值在12.5元至15元之间。",
      Q("在12.5元至15元之间", "money", None, "CNY", "range", "12.5", "15")),
    S("据券商测算，此次定增募资规模或达八九亿。",
      Q("八九亿", "quantity", None, None, "range", "800000000", "900000000")),
    S("这类小额贷款单笔金额多在三五百元。",
      Q("三五百元", "money", None, "CNY", "range", "300", "500")),
    S("一些中小商户的月流水只有三四十万元。",
      Q("三四十万元", "money", None, "CNY", "range", "300000", "400000")),
    S("每个网点通常配备两三个理财经理。",
      Q("两三个", "quantity", None, "个", "range", "2", "3")),
    S("该行今年将新增数十家社区支行。",
      Q("数十家", "quantity", None, "家", "several", "20", "90")),
    S("该平台一天能处理数万条交易数据。",
      Q("数万条", "quantity", None, "条", "several", "20000", "90000")),
    S("该项目前期投入就达几十亿。",
      Q("几十亿", "quantity", None, None, "several", "2000000000", "9000000000")),
    S("他估计这批货物价值十几万。",
      Q("十几万", "quantity", None, None, "several", "110000", "190000")),
    S("2024年1-3月，该省实际使用外资120亿元。",
      Q("120亿元", "money", "12000000000", "CNY")),
    S("目前该类产品的利率区间为3.2%-3.8%。",
      Q("3.2%-3.8%", "percent", None, "%", "range", "3.2", "3.8")),
    S("预计5月份CPI同比涨幅在0.2%至0.5%之间。",
      Q("在0.2%至0.5%之间", "percent", None, "%", "range", "0.2", "0.5")),
    S("公司计划未来三年新增门店200至300家。",
      Q("200至300家", "quantity", None, "家", "range", "200", "300")),
    S("机构预测全年新增贷款在18万亿元到20万亿元之间。",
      Q("在18万亿元到20万亿元之间", "money", None, "CNY", "range", "18000000000000", "20000000000000")),
    S("今年以来，首套房贷利率从4.2%下调至3.95%。",
      Q("4.2%", "percent", "4.2", "%"),
      Q("3.95%", "percent", "3.95", "%")),
    S("短短一周，该股股价从18元跌至12元。",
      Q("18元", "money", "18", "CNY"),
      Q("12元", "money", "12", "CNY")),
    S("每户补贴标准为2000元到5000元不等。",
      Q("2000元到5000元", "money", None, "CNY", "range", "2000", "5000")),
    S("调查显示，多数消费者愿意为此支付两三千元。",
      Q("两三千元", "money", None, "CNY", "range", "2000", "3000")),
    S("目前市场上七八成的产品收益率都在2%至3%。",
      Q("七八成", "percent", None, "%", "range", "70", "80"),
      Q("2%至3%", "percent", None, "%", "range", "2", "3")),
    S("一般来说，这类企业的员工规模在五六十人。",
      Q("五六十人", "quantity", None, "人", "range", "50", "60")),
    S("此次募集资金5000万元到1亿元，用于补充流动资金。",
      Q("5000万元到1亿元", "money", None, "CNY", "range", "50000000", "100000000")),
    S("该行计划从3亿元到5亿元分批投放专项贷款。",
      Q("从3亿元到5亿元", "money", None, "CNY", "range", "300000000", "500000000")),
    S("不少网点每天要接待几百名客户。",
      Q("几百名", "quantity", None, "名", "several", "200", "900")),
    S("这家初创公司已完成数千万元的天使轮融资。",
      Q("数千万元", "money", None, "CNY", "several", "20000000", "90000000")),
    S("券商研报预计，该板块今年净利润增速在15%-20%。",
      Q("15%-20%", "percent", None, "%", "range", "15", "20")),
]

NOT_QUANTITIES = [
    N("2024-2025年"),
    N("1-3月"),
    N("2024年1-3月"),
    N("3~5年"),
    N("1-3个月"),
    N("三五成群"),
    N("七上八下"),
    N("一五一十"),
    N("接二连三"),
    N("成千上万的投资者"),
]

# rows first written as known gaps, fixed since
FROM_FIXED_GAPS = [
    C("50万至100万户", "quantity", None, "户", "range", "500000", "1000000"),
    C("1.5万~2万元", "money", None, "CNY", "range", "15000", "20000"),
    C("2亿至3亿美元", "money", None, "USD", "range", "200000000", "300000000"),
    S("全年营收预计在80亿至100亿元之间。",
          Q("在80亿至100亿元之间", "money", None, "CNY", "range", "8000000000", "10000000000")),
    S("年内新发基金规模有望达到1万亿至1.2万亿元。",
          Q("1万亿至1.2万亿元", "money", None, "CNY", "range", "1000000000000", "1200000000000")),
]

KNOWN_GAPS = [

]
