"""finner_gazetteer and finner.gazetteer.find_names: banks (with branches),
organisations, products and titles from the data files."""
import subprocess
import sys

import pytest

import finner
from finner.gazetteer import find_names

# (text, [(surface, label, canonical)])
FROM_ISSUE = [
    ("中国银行深圳市分行普惠金融贷款余额超1800亿元", [("中国银行深圳市分行", "BANK", "中国银行")]),
    ("工行上海市分行", [("工行上海市分行", "BANK", "中国工商银行")]),
    ("建设银行北京分行营业部", [("建设银行北京分行营业部", "BANK", "中国建设银行")]),
    ("邮储银行研究员娄远帆表示", [("邮储银行", "BANK", "中国邮政储蓄银行"), ("研究员", "TITLE", None)]),
    ("央行宣布下调存款准备金率", [("央行", "BANK", "中国人民银行")]),
    ("工银瑞信基金", [("工银瑞信基金", "ORG", "工银瑞信基金管理有限公司")]),
    ("微众银行副行长黄黎明", [("微众银行", "BANK", "深圳前海微众银行"), ("副行长", "TITLE", None)]),
    ("证监会发布新规", [("证监会", "ORG", "中国证券监督管理委员会")]),
    ("微粒贷累计放款", [("微粒贷", "PRODUCT", "微粒贷")]),
    ("余额宝规模", [("余额宝", "PRODUCT", "余额宝")]),
    ("该行行长助理表示", [("行长助理", "TITLE", None)]),
    ("首席经济学家认为", [("首席经济学家", "TITLE", None)]),
]
# the overlap policy: the longer name wins; a bank's alias inside an organisation's or a
# product's name stays inside it; a title inside a longer title too
OVERLAPS = [
    ("工银瑞信基金发布公告", [("工银瑞信基金", "ORG", "工银瑞信基金管理有限公司")]),
    ("中国银行业协会", [("中国银行业协会", "ORG", "中国银行业协会")]),
    ("中银E贷", [("中银E贷", "PRODUCT", "中银E贷")]),
    ("招行朝朝宝", [("招行", "BANK", "招商银行"), ("朝朝宝", "PRODUCT", "朝朝宝")]),
    ("副行长", [("副行长", "TITLE", None)]),
    ("该行推出“江农e贷”产品", [("江农e贷", "PRODUCT", "江农e贷")]),
    ("「泽惠宝」上线", [("泽惠宝", "PRODUCT", "泽惠宝")]),
    # rural and village banks that no data file lists, by their naming pattern
    ("江州农村商业银行涉农贷款", [("江州农村商业银行", "BANK", "江州农村商业银行")]),
    ("上半年，江州农商行新增", [("江州农商行", "BANK", "江州农村商业银行")]),
    ("青溪村镇银行成立以来", [("青溪村镇银行", "BANK", "青溪村镇银行")]),
]

NOT_NAMES = ["商业银行", "各大银行", "五大行", "城商行", "银行", "农村商业银行", "中国银行发布公告称其深圳分行将",
             "加工行业", "其中行业", "个人行为", "盛世行情", "上海银行间同业拆放利率", "美国银行业",
             "各家农商行", "部分村镇银行", "中小农商行"]


# the organisations of the financial sector by their list, one of each kind or two
# (organizations.tsv): the short name or former name finds the current full name
FROM_SECTOR_LISTS = [
    ("华泰柏瑞基金发布公告", [("华泰柏瑞基金", "ORG", "华泰柏瑞基金管理有限公司")]),
    ("上投摩根旗下产品", [("上投摩根", "ORG", "摩根基金管理(中国)有限公司")]),
    ("西南证券发布研报", [("西南证券", "ORG", "西南证券股份有限公司")]),
    ("平安证券的研报", [("平安证券", "ORG", "平安证券股份有限公司")]),
    ("华融证券已更名", [("华融证券", "ORG", "国新证券股份有限公司")]),
    ("永安期货业绩预告", [("永安期货", "ORG", "永安期货股份有限公司")]),
    ("中国人民保险集团发布年报", [("中国人民保险集团", "ORG", "中国人民保险集团股份有限公司")]),
    ("人保寿险总经理", [("人保寿险", "ORG", "中国人民人寿保险股份有限公司"), ("总经理", "TITLE", None)]),
    ("人保再保险成立", [("人保再保险", "ORG", "人保再保险股份有限公司")]),
    ("爱心人寿获批开业", [("爱心人寿", "ORG", "爱心人寿保险股份有限公司")]),
    ("国寿养老的年金业务", [("国寿养老", "ORG", "中国人寿养老保险股份有限公司")]),
    ("平安理财发行新产品", [("平安理财", "ORG", "平安理财有限责任公司")]),
    ("渝农商理财开业", [("渝农商理财", "ORG", "渝农商理财有限责任公司")]),
    ("施罗德交银理财获批", [("施罗德交银理财", "ORG", "施罗德交银理财有限公司")]),
    ("工银投资参与债转股", [("工银投资", "ORG", "工银金融资产投资有限公司")]),
    ("中原资产收购不良资产", [("中原资产", "ORG", "中原资产管理有限公司")]),
    ("中诚信托涉诉", [("中诚信托", "ORG", "中诚信托有限责任公司")]),
    ("陕国投发布公告", [("陕国投", "ORG", "陕西省国际信托股份有限公司")]),
    ("苏宁消费金融更名", [("苏宁消费金融", "ORG", "南银法巴消费金融有限公司")]),
    ("工银金租交付飞机", [("工银金租", "ORG", "工银金融租赁有限公司")]),
    ("百行征信的报告", [("百行征信", "ORG", "百行征信有限公司")]),
    ("标普信评给予AAA评级", [("标普信评", "ORG", "标普信用评级(中国)有限公司")]),
    ("拉卡拉发布财报", [("拉卡拉", "ORG", "拉卡拉支付股份有限公司")]),
    ("京东金融上线新功能", [("京东金融", "ORG", "京东科技控股股份有限公司")]),
    ("宁德时代股价上涨", [("宁德时代", "ORG", "宁德时代新能源科技股份有限公司")]),
    ("茅台股价回升", [("茅台", "ORG", "贵州茅台酒股份有限公司")]),
    ("比亚迪发布销量数据", [("比亚迪", "ORG", "比亚迪股份有限公司")]),
    ("中石化集团旗下", [("中石化集团", "ORG", "中国石油化工集团有限公司")]),
]
# ordinary sentences with a company's short name, or part of one, inside other words:
# no name at all (organizations.tsv leaves these short names out)
NOT_ORG_NAMES = ["投入5000万科研经费", "每一百度电的成本下降", "精神升华为力量", "中美团队合作研发",
                 "价格力度加大", "高通胀压力", "京东方面表示", "中国石油进口量同比增加",
                 "中国移动支付用户规模扩大", "电网易受极端天气影响", "为大家养老提供保障",
                 "大家资产配置需求", "便捷信贷服务", "赚快钱的心态", "小米和大米价格"]


# general news (organizations.tsv): news agencies and media, party and state organs,
# international bodies, universities and academies, think tanks and companies
FROM_GENERAL_NEWS = [
    ("据央视新闻报道", [("央视", "ORG", "中央广播电视总台")]),
    ("中新社北京电", [("中新社", "ORG", "中国新闻社")]),
    ("据路透社报道", [("路透社", "ORG", "路透社")]),
    ("香港经济日报报道", [("香港经济日报", "ORG", "香港经济日报")]),
    ("中共中央、国务院印发意见", [("中共中央", "ORG", "中国共产党中央委员会"),
                               ("国务院", "ORG", "中华人民共和国国务院")]),
    ("中共中央政治局召开会议", [("中共中央政治局", "ORG", "中共中央政治局")]),
    ("全国政协副主席出席", [("全国政协", "ORG", "中国人民政治协商会议全国委员会"), ("副主席", "TITLE", None)]),
    ("国台办发言人表示", [("国台办", "ORG", "中共中央台湾工作办公室"), ("发言人", "TITLE", None)]),
    ("世卫组织发布报告", [("世卫组织", "ORG", "世界卫生组织")]),
    ("联合国安理会通过决议", [("联合国安理会", "ORG", "联合国安全理事会")]),
    ("亚太经合组织会议", [("亚太经合组织", "ORG", "亚太经济合作组织")]),
    ("清华大学发布报告", [("清华大学", "ORG", "清华大学")]),
    ("北京大学生命科学学院", [("北京大学", "ORG", "北京大学")]),
    ("中科院院士", [("中科院", "ORG", "中国科学院"), ("院士", "TITLE", None)]),
    ("中国商飞交付首架飞机", [("中国商飞", "ORG", "中国商用飞机有限责任公司")]),
    ("中石油和中石化的股价双双上涨", [("中石油", "ORG", "中国石油天然气股份有限公司"),
                                  ("中石化", "ORG", "中国石油化工股份有限公司")]),
    ("这家公司在纳斯达克上市后股价翻了一倍", [("纳斯达克", "ORG", "纳斯达克证券交易所")]),
    ("曼联股价周五上涨", [("曼联", "ORG", "曼彻斯特联足球俱乐部")]),
]
# ordinary sentences where a short name left out of organizations.tsv (北约, 浙大, 空客,
# 上证报, 路透, 中共, 亚马逊, 国家安全部 alone) or a listed university (北京大学生, 重庆大学城)
# would be wrong: no name at all
NOT_GENERAL_NEWS_NAMES = ["北京大学生电影节开幕", "重庆大学城的房价上涨", "航空客运量同比增长",
                          "上证报收3200点", "道路透水铺装工程", "河北约有3000家企业", "江浙大部分地区降雨",
                          "数据集中共享平台", "国家安全部门依法处置", "亚马逊雨林面积缩小",
                          "住在离登巴萨机场最近的酒店"]     # 巴萨 (a club's alias) in 登巴萨 (places.tsv)


# a title that a word of not_titles.tsv rules out leaves its start to a shorter listed name, and
# only there: the names after it are found as in a text of their own (written for these tests)
TITLES_RULED_OUT = [
    ("外交部长期以来关注此事", [("外交部", "ORG", "中华人民共和国外交部")]),
    ("董事会审议通过了议案。公司董事会秘书凌思远称，招商银行行长出席",
     [("董事会秘书", "TITLE", None), ("招商银行", "BANK", "招商银行"), ("行长", "TITLE", None)]),
    ("该部长期关注此事，他担任部长期间推动了改革", [("部长", "TITLE", None)]),
    # a minister's title that ends one character past a ministry's name (美国财政部|长) is the
    # title, where the words after it do not rule it out (财政部|长期以来, 教育部|长达)
    ("美国财政部长在会上发言", [("财政部长", "TITLE", None)]),
    ("财政部长期以来关注此事", [("财政部", "ORG", "中华人民共和国财政部")]),
    ("美国商务部长期关注芯片出口", [("美国商务部", "ORG", "美国商务部")]),
    ("他在财政部长期间推动了税制改革", [("财政部长", "TITLE", None)]),
    ("教育部长达三个小时的发布会", [("教育部", "ORG", "中华人民共和国教育部")]),
    ("市委组织部长在会上讲话", [("组织部长", "TITLE", None)]),
]

# public figures of persons.tsv where they stand apart, in sentences written for these tests
# (the names are public facts; what they say here is invented)
LISTED_PERSONS = [
    ("美国财政部长耶伦表示，债务上限必须尽快提高", [("财政部长", "TITLE", None), ("耶伦", "PERSON", None)]),
    ("特朗普通了电话后，市场情绪有所好转", [("特朗普", "PERSON", None)]),
    ("周小川行长在论坛上谈到了数字货币", [("周小川", "PERSON", None), ("行长", "TITLE", None)]),
    ("巴菲特旗下的伯克希尔又增持了一家日本商社", [("巴菲特", "PERSON", None), ("伯克希尔", "ORG", "伯克希尔·哈撒韦公司")]),
    ("鲍威尔暗示年内还会降息", [("鲍威尔", "PERSON", None)]),
    ("特朗普与普京通了电话", [("特朗普", "PERSON", None), ("普京", "PERSON", None)]),
    ("马云的一次演讲在网上流传甚广", [("马云", "PERSON", None)]),
    ("比尔·盖茨和马斯克都谈到了人工智能", [("比尔·盖茨", "PERSON", None), ("马斯克", "PERSON", None)]),
]
# where a listed name is part of something else: a longer name (马云飞, 司马云), a word (李强|调),
# a place, a body or a doctrine named after the person (李嘉诚基金会, 凯恩斯主义, 奥巴马政府), a title
NOT_LISTED_PERSONS = ["盖茨比的一厢情愿终究落空", "马云飞是一名年轻的工程师", "司马云表示将继续深耕本地市场",
                      "老李强调，要守住不发生风险的底线", "李嘉诚基金会宣布了新的捐赠计划", "凯恩斯主义再度流行",
                      "奥巴马政府对这项技术很感兴趣"]

# every table of names with what find_names must give, by where its sentences came from
# a unit licensed as a branch of its own belongs to the bank's span (name_units.tsv, place
# bank; annotation.md: 招商银行信用卡中心); a department does not (招商银行|金融市场部)
FROM_BANK_UNITS = [
    ("平安银行信用卡中心发布公告", [("平安银行信用卡中心", "BANK", "平安银行")]),
    ("招行信用卡中心回应称", [("招行信用卡中心", "BANK", "招商银行")]),
    ("光大银行深圳分行信用卡中心的工作人员", [("光大银行深圳分行信用卡中心", "BANK", "中国光大银行")]),
    ("兴业银行资金运营中心的交易员", [("兴业银行资金运营中心", "BANK", "兴业银行"), ("交易员", "TITLE", None)]),
    ("中信信用卡中心的催收电话", [("中信信用卡中心", "BANK", "中信银行")]),
    ("江川农村商业银行信用卡中心", [("江川农村商业银行信用卡中心", "BANK", "江川农村商业银行")]),
    ("招商银行金融市场部", [("招商银行", "BANK", "招商银行")]),
]
NAME_TABLES = {"issue": FROM_ISSUE, "overlaps": OVERLAPS, "sector_lists": FROM_SECTOR_LISTS,
               "general_news": FROM_GENERAL_NEWS, "titles_ruled_out": TITLES_RULED_OUT,
               "listed_persons": LISTED_PERSONS, "bank_units": FROM_BANK_UNITS}
NAME_CASES = [pytest.param(text, want, id=f"{table}:{text}") for table, rows in NAME_TABLES.items()
              for text, want in rows]
# ordinary sentences where a listed or left-out short name would be wrong: no name at all
NO_NAME_CASES = [pytest.param(text, id=f"{table}:{text}") for table, rows in
                 {"sector_lists": NOT_ORG_NAMES, "general_news": NOT_GENERAL_NEWS_NAMES}.items() for text in rows]


@pytest.mark.parametrize("text", NOT_LISTED_PERSONS)
def test_no_listed_person_inside_other_words(text):
    assert [n.text for n in find_names(text) if n.label == "PERSON"] == []


@pytest.mark.parametrize("text,want", NAME_CASES)
def test_find_names(text, want):
    got = [(n.text, n.label, n.canonical) for n in find_names(text)]
    assert got == want
    assert all(text[n.start:n.end] == n.text for n in find_names(text))


@pytest.mark.parametrize("text", NO_NAME_CASES)
def test_ordinary_words_are_no_names(text):
    assert [(n.text, n.label) for n in find_names(text)] == []


@pytest.mark.parametrize("text", NOT_NAMES)
def test_generic_nouns_are_not_names(text):
    got = [(n.text, n.label) for n in find_names(text)]
    assert ("中国银行", "BANK") in got if text.startswith("中国银行") else got == []
    assert not any(n.text.endswith("分行") for n in find_names(text))


def test_pipeline_labels_canonical_and_quantities():
    nlp = finner.load()
    assert nlp.pipe_names == ["finner_gazetteer", "finner_ner", "finner_officials", "finner_quantities", "finner_dates"]
    doc = nlp("截至2025年3月末，工行上海市分行普惠贷款余额超1800亿元，证监会表示支持。")
    got = [(e.text, e.label_, e._.canonical) for e in doc.ents]
    assert got == [("2025年3月末", "DATE", None), ("工行上海市分行", "BANK", "中国工商银行"),
                   ("超1800亿元", "MONEY", None), ("证监会", "ORG", "中国证券监督管理委员会")]


def test_gazetteer_factory_without_import_finner():
    code = ("import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('finner_gazetteer'); "
            "print([(e.label_, e._.canonical) for e in nlp('工行').ents])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[('BANK', '中国工商银行')]"


def test_every_surface_is_found_as_itself():
    # each bank and organisation surface alone is found whole, with its canonical name
    from finner import lexicon
    for inst, label in [(b, "BANK") for b in lexicon.banks()] + [(o, "ORG") for o in lexicon.organizations()]:
        for surface in (inst.canonical,) + inst.aliases:
            got = [(n.text, n.label, n.canonical) for n in find_names(surface)]
            assert got == [(surface, label, inst.canonical)], (surface, got)


# --- bank short names in context (issue 10 point 6) ----------------------------------
# (text, [(surface, label, canonical)]); the short name keeps its own span, the canonical
# name comes from banks.tsv
SHORT_FROM_ISSUE = [
    ("中信的信用卡", [("中信", "BANK", "中信银行")]),
    ("招商客服态度很好", [("招商", "BANK", "招商银行")]),
    ("光大app", [("光大", "BANK", "中国光大银行")]),
    ("广发卡额度", [("广发", "BANK", "广发银行")]),
    ("民生信用卡", [("民生", "BANK", "中国民生银行")]),
    ("在浦发办了贷款", [("浦发", "BANK", "上海浦东发展银行")]),
    ("招商、中信和光大的卡我都有", [("招商", "BANK", "招商银行"), ("中信", "BANK", "中信银行"),
                                  ("光大", "BANK", "中国光大银行")]),
]
# customers' words, written for these tests
SHORT_CUSTOMERS = [
    ("工商的储蓄卡丢了怎么挂失", [("工商", "BANK", "中国工商银行")]),
    ("交通信用卡的账单日改了", [("交通", "BANK", "交通银行")]),
    ("平安app又更新了", [("平安", "BANK", "平安银行")]),
    ("建设手机银行登不上去", [("建设", "BANK", "中国建设银行")]),
    ("农业网点排队一个小时", [("农业", "BANK", "中国农业银行")]),
    ("兴业的客服一直占线", [("兴业", "BANK", "兴业银行")]),
    ("华夏额度提不上去", [("华夏", "BANK", "华夏银行")]),
    ("浦发分期的手续费太高", [("浦发", "BANK", "上海浦东发展银行")]),
    ("邮储网银转账很方便", [("邮储", "BANK", "中国邮政储蓄银行")]),
    ("中信还款日是每月五号", [("中信", "BANK", "中信银行")]),
    ("民生柜台的阿姨很耐心", [("民生", "BANK", "中国民生银行")]),
    ("广发的年费能免吗", [("广发", "BANK", "广发银行")]),
    ("光大APP闪退", [("光大", "BANK", "中国光大银行")]),
    ("浙商借记卡可以跨行取款", [("浙商", "BANK", "浙商银行")]),
    ("招商理财收益还行", [("招商", "BANK", "招商银行")]),
    ("恒丰的网点比较少", [("恒丰", "BANK", "恒丰银行")]),
    ("渤海信用卡申请通过了", [("渤海", "BANK", "渤海银行")]),
]
# 在/去/到/找 + name + a verb of banking
SHORT_BEFORE_VERB = [
    ("上周去招商开了一张卡", [("招商", "BANK", "招商银行")]),
    ("我在中信办了张卡", [("中信", "BANK", "中信银行")]),
    ("到建设办理房贷", [("建设", "BANK", "中国建设银行")]),
    ("去光大存钱", [("光大", "BANK", "中国光大银行")]),
    ("找民生借了点钱", [("民生", "BANK", "中国民生银行")]),
]
# a list with another bank, short or full
SHORT_LISTS = [
    ("工行和招商都有网点", [("工行", "BANK", "中国工商银行"), ("招商", "BANK", "招商银行")]),
    ("建设银行、农业和中信的卡", [("建设银行", "BANK", "中国建设银行"), ("农业", "BANK", "中国农业银行"),
                               ("中信", "BANK", "中信银行")]),
    ("民生或者招行都行", [("民生", "BANK", "中国民生银行"), ("招行", "BANK", "招商银行")]),
    ("兴业与华夏银行", [("兴业", "BANK", "兴业银行"), ("华夏银行", "BANK", "华夏银行")]),
    ("光大还是广发的额度高", [("光大", "BANK", "中国光大银行"), ("广发", "BANK", "广发银行")]),
]
# the full names, aliases and other institutions of the same brand stay as they were
SHORT_OTHER_INSTITUTIONS = [
    ("中信证券发布研报", [("中信证券", "ORG", "中信证券股份有限公司")]),
    ("平安集团公布业绩", [("平安集团", "ORG", "中国平安保险(集团)股份有限公司")]),
    ("中信银行信用卡中心", [("中信银行信用卡中心", "BANK", "中信银行")]),    # a card centre is a unit of the bank (annotation.md)
    ("光大理财发行新产品", [("光大理财", "ORG", "光大理财有限责任公司")]),
    ("招商证券的客服", [("招商证券", "ORG", "招商证券股份有限公司")]),
    ("中信信托的产品", [("中信信托", "ORG", "中信信托有限责任公司")]),
    ("平安银行的信用卡", [("平安银行", "BANK", "平安银行")]),
    ("招商局集团旗下", [("招商局集团", "ORG", "招商局集团有限公司")]),
]
# the same characters where no bank is meant: no BANK at all
SHORT_NOT_BANKS = [
    "招商引资工作取得成效", "交通事故责任认定", "交通运输行业", "一路平安无事", "平安保险的理赔",
    "民生保障持续加强", "工商局上门检查", "工商注册流程简化", "光大门楣", "建设项目开工",
    "农业生产稳定", "平安保险公司", "交通卡充值", "去工商办执照", "个体工商户贷款",
    "推广发卡业务", "集中信用卡审批", "国计民生", "报平安", "智慧农业app上线", "城市交通卡",
    "交通app查路况", "平安夜快乐", "建设用地指标", "华夏文明源远流长", "振兴业务", "新兴业态",
    "渤海湾的天气", "浙商大会召开", "民生领域的投入", "招商和交通运输部门", "平安城市建设",
    "加强基础设施建设项目", "恒丰大厦", "工商联发布报告",
]


SHORT_CASES = SHORT_FROM_ISSUE + SHORT_CUSTOMERS + SHORT_BEFORE_VERB + SHORT_LISTS + SHORT_OTHER_INSTITUTIONS


@pytest.mark.parametrize("text,want", SHORT_CASES, ids=[t for t, _ in SHORT_CASES])
def test_bank_short_names_in_context(text, want):
    found = find_names(text)
    assert [(n.text, n.label, n.canonical) for n in found] == want
    assert all(text[n.start:n.end] == n.text for n in found)


@pytest.mark.parametrize("text", SHORT_NOT_BANKS)
def test_bank_short_names_not_banks(text):
    assert [(n.text, n.label) for n in find_names(text) if n.label == "BANK"] == []


def test_short_names_keep_offsets_in_the_original_text():
    # full-width letters and a zero-width space are normalised, offsets stay in the original
    text = "我的\u200b光大ＡＰＰ和中信的卡"
    got = [(n.text, n.start, n.end, n.canonical) for n in find_names(text)]
    assert got == [("光大", 3, 5, "中国光大银行"), ("中信", 9, 11, "中信银行")]


def test_pipeline_short_name_is_a_bank_with_canonical():
    nlp = finner.load()
    doc = nlp("招商客服态度很好，交通事故的理赔还没到账。")
    banks = [(e.text, e._.canonical) for e in doc.ents if e.label_ == "BANK"]
    assert banks == [("招商", "招商银行")]


# a bank's short name that begins an ordinary word: no name may be read there
ORDINARY_WORDS = [
    ("招商引资工作取得新进展", [(0, 4)]),
    ("交通事故的理赔流程比较复杂", [(0, 4)]),
    ("平安无事地度过了这个冬天", [(0, 4)]),
    ("民生保障水平进一步提高", [(0, 4)]),
    ("农业生产总体平稳", [(0, 4)]),
    ("中信的信用卡额度提高了", []),
    ("招商客服态度很好", []),
    ("平安银行发布年报", []),
]


@pytest.mark.parametrize("text, spans", ORDINARY_WORDS, ids=[c[0] for c in ORDINARY_WORDS])
def test_ordinary_words(text, spans):
    from finner.gazetteer import ordinary_words
    assert ordinary_words(text) == spans


# a foreign bank's mainland arm belongs to its span; a domestic bank takes no such suffix
MAINLAND_ARM = [
    ("花旗银行（中国）有限公司发布公告", [("花旗银行（中国）有限公司", "BANK", "花旗银行")]),
    ("华侨银行(中国)表示", [("华侨银行(中国)", "BANK", "华侨银行")]),
    ("渣打银行（中国）深圳分行", [("渣打银行（中国）深圳分行", "BANK", "渣打银行")]),
    ("工商银行(中国)", [("工商银行", "BANK", "中国工商银行")]),
]


@pytest.mark.parametrize("text, expected", MAINLAND_ARM, ids=[c[0] for c in MAINLAND_ARM])
def test_a_foreign_banks_mainland_arm(text, expected):
    assert [(n.text, n.label, n.canonical) for n in find_names(text)] == expected
