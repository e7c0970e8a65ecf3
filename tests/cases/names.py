"""Cases for the classes of name errors in issue 10 (point 5), run by tests/test_names_cases.py.

Each table is a list of ``(text, Expect)`` tuples.  Every sentence was written for these
tables; the persons are fictional; banks are the ones in finner/data/banks.tsv, and
the other organisations are invented unless a real public company is named.

``Expect`` holds, for the labels PERSON, TITLE, ORG, BANK and PRODUCT:

* ``ents``: ``(surface, label)`` pairs that must be entities with exactly these
  boundaries (an entity whose text is the surface and whose label is the label);
* ``exhaustive``: True when no other entity of those five labels may be found;
* ``absent``: ``(surface, label)`` pairs that must not be found: no entity of that label
  may overlap an occurrence of the surface (label ``*``: none of the five labels).

The names of the tables do not start with FROM_ or NOT_: tests/test_quantity_tables.py
collects those from every module in this package.
"""
from typing import NamedTuple, Tuple

NAME_LABELS = ("PERSON", "TITLE", "ORG", "BANK", "PRODUCT")
MARKUP_CHARS = "<>&;"


class Expect(NamedTuple):
    ents: Tuple[Tuple[str, str], ...] = ()
    exhaustive: bool = False
    absent: Tuple[Tuple[str, str], ...] = ()


def E(*ents: Tuple[str, str], exhaustive: bool = False, absent: Tuple[Tuple[str, str], ...] = ()) -> Expect:
    return Expect(tuple(ents), exhaustive, tuple(absent))


# (1) boundaries: a name followed directly by a verb or a noun; the span stops at the name
BOUNDARIES = [
    ("微众银行进行了系统升级", E(("微众银行", "BANK"), exhaustive=True)),
    ("微众银行优势在于线上获客", E(("微众银行", "BANK"), exhaustive=True)),
    ("微众银行又孵化出一个智能客服平台", E(("微众银行", "BANK"), exhaustive=True)),
    ("招商银行推出了新版手机银行", E(("招商银行", "BANK"), exhaustive=True)),
    ("宁波银行净利润同比增长", E(("宁波银行", "BANK"), exhaustive=True)),
    ("南京银行发行绿色金融债", E(("南京银行", "BANK"), exhaustive=True)),
    ("兴业银行加大对小微企业的支持", E(("兴业银行", "BANK"), exhaustive=True)),
    ("浙商银行资产质量保持稳定", E(("浙商银行", "BANK"), exhaustive=True)),
    ("网商银行服务了更多农户", E(("网商银行", "BANK"), exhaustive=True)),
    ("北京银行董事会审议通过了议案", E(("北京银行", "BANK"), exhaustive=True)),
    ("中信银行零售转型成效显著", E(("中信银行", "BANK"), exhaustive=True)),
    ("邮储银行网点覆盖全国", E(("邮储银行", "BANK"), exhaustive=True)),
    ("证监会召开新闻发布会", E(("证监会", "ORG"), exhaustive=True)),
    ("蚂蚁集团调整了组织架构", E(("蚂蚁集团", "ORG"), exhaustive=True)),
    ("腾讯发布了三季度业绩", E(("腾讯", "ORG"), exhaustive=True)),
    ("青禾数据科技有限公司完成新一轮融资", E(("青禾数据科技有限公司", "ORG"), exhaustive=True)),
    ("远帆智能宣布进军海外市场", E(("远帆智能", "ORG"), exhaustive=True)),
    ("粮食安全保障能力持续提升", E(exhaustive=True, absent=(("保障能", "*"), ("粮食安全", "ORG")))),
    ("智能运维系统全面上线", E(exhaustive=True, absent=(("智能运", "ORG"),))),
    ("微粒贷放款规模继续扩大", E(("微粒贷", "PRODUCT"), exhaustive=True)),
    ("余额宝收益率小幅回落", E(("余额宝", "PRODUCT"), exhaustive=True)),
    # a span never cuts a run of Latin letters (NEOT|V), and a person's name stops before
    # a degree or a form of address written after it (许航|博士)
    ("NEOTV将继续转播本届联赛。", E(("NEOTV", "ORG"), exhaustive=True)),
    ("东篱大学经济学院副教授许航博士说，利率市场化仍在推进。",
     E(("副教授", "TITLE"), ("许航", "PERSON"), absent=(("博士", "PERSON"),))),
    ("《星海远征》的首席设计师Anderson已经离职。", E(("Anderson", "PERSON"))),
    # a name found once is read again only where it stands apart, never inside a longer word
    ("分析师高峰表示，早高峰时段的客流比去年多了一成",
     E(("分析师", "TITLE"), ("高峰", "PERSON"), absent=(("早高峰时段", "PERSON"),))),
]

# (2) generic nouns that are never names (the label given in ``absent``, or any with *)
GENERIC_NOUNS = [
    ("人工智能正在改变金融服务的方式", E(exhaustive=True, absent=(("人工智能", "*"),))),
    ("移动互联网让支付变得更方便", E(exhaustive=True, absent=(("移动互联网", "*"),))),
    ("AI治理需要各方共同参与", E(exhaustive=True, absent=(("AI治理", "*"),))),
    ("金融机构要有长耐心，做长期资本", E(exhaustive=True, absent=(("长耐心", "PRODUCT"),))),
    ("为实体经济注入金融活水", E(exhaustive=True, absent=(("活水", "PRODUCT"),))),
    ("银行称将继续优化线上服务", E(exhaustive=True, absent=(("银行", "*"),))),
    ("该行表示将加大信贷投放", E(exhaustive=True, absent=(("该行", "*"),))),
    ("该行有关负责人介绍了情况", E(absent=(("该行", "*"),))),
    ("他拥有中国国籍，无境外永久居留权", E(exhaustive=True, absent=(("中国国籍", "BANK"), ("中国国籍", "ORG")))),
    ("高级工程师职称评审结果公布", E(absent=(("高级工程师", "BANK"), ("高级工程师", "ORG")))),
    ("商业银行要守住风险底线", E(exhaustive=True, absent=(("商业银行", "*"),))),
    ("城商行的资本补充压力较大", E(exhaustive=True, absent=(("城商行", "*"),))),
    ("多家银行下调了存款利率", E(exhaustive=True, absent=(("银行", "*"),))),
    ("金融科技公司纷纷布局大模型", E(exhaustive=True, absent=(("金融科技", "*"),))),
    ("这家券商的母公司在港股上市，旗下资管子公司规模超过百亿元。", E(exhaustive=True)),
    ("多家科技公司和互联网公司宣布加大研发投入。", E(exhaustive=True)),
    ("当地平台公司发行的债券认购倍数超过三倍。", E(exhaustive=True)),
    ("区块链技术在跨境支付中得到应用", E(exhaustive=True, absent=(("区块链", "*"),))),
    ("数字经济成为增长新引擎", E(exhaustive=True, absent=(("数字经济", "*"),))),
    ("云计算降低了中小企业的成本", E(exhaustive=True, absent=(("云计算", "*"),))),
    ("大数据风控提高了审批效率", E(exhaustive=True, absent=(("大数据", "*"),))),
    ("普惠金融覆盖面不断扩大", E(exhaustive=True, absent=(("普惠金融", "*"),))),
    ("券商板块午后走强", E(exhaustive=True, absent=(("券商", "*"),))),
    # a line of banking business is no bank (the model once read 零售银行 as one)
    ("零售银行实验室的研究员撰文分析了信用卡分期", E(("研究员", "TITLE"), exhaustive=True,
                                           absent=(("零售银行", "*"),))),
    ("私人银行和投资银行业务的收入都在下降", E(exhaustive=True, absent=(("私人银行", "*"), ("投资银行", "*")))),
]

# (3) markup around names: no entity contains < > & or ;, and the obvious name is found
MARKUP = [
    ("<p>招商银行发布了年度报告</p>", E(("招商银行", "BANK"))),
    ("<p>微众银行进行了系统升级</p>", E(("微众银行", "BANK"))),
    ('<span style="color:red">兴业银行</span>加大了投放', E(("兴业银行", "BANK"))),
    ("&nbsp;&nbsp;宁波银行净利润增长", E(("宁波银行", "BANK"))),
    ("中信银行&amp;网商银行联合发布报告", E(("中信银行", "BANK"), ("网商银行", "BANK"))),
    ("<p>证监会召开新闻发布会</p>", E(("证监会", "ORG"))),
    ("<p><span>余额宝</span>收益率回落</p>", E(("余额宝", "PRODUCT"))),
    ("<div class=\"content\"><p>南京银行发行金融债</p></div>", E(("南京银行", "BANK"))),
    ("<br/>邮储银行网点覆盖全国<br/>", E(("邮储银行", "BANK"))),
    ("<p>记者&nbsp;郑怀远&nbsp;报道</p>", E()),
    ("<p>副行长季明川表示</p>", E(("副行长", "TITLE"))),
    ("<strong>浙商银行</strong>资产质量稳定", E(("浙商银行", "BANK"))),
    ('<a href="https://example.com">北京银行</a>董事会', E(("北京银行", "BANK"))),
    ("<p>&lt;公告&gt;华夏银行关于董事变更的公告</p>", E(("华夏银行", "BANK"))),
    ("<p></p><p>&nbsp;</p>", E(exhaustive=True)),
    ('<span style="font-size:14px">人工智能正在改变金融</span>', E(exhaustive=True)),
    ("<p>蚂蚁集团&amp;腾讯</p>", E(("蚂蚁集团", "ORG"), ("腾讯", "ORG"))),
    ("<td>光大银行</td><td>民生银行</td>", E(("光大银行", "BANK"), ("民生银行", "BANK"))),
    ("<p>央行宣布降准&nbsp;0.5个百分点</p>", E(("央行", "BANK"))),
    ("<li>微粒贷</li><li>花呗</li>", E(("微粒贷", "PRODUCT"), ("花呗", "PRODUCT"))),
    # web and e-mail addresses are no names either
    ("请联系lu.minghao@example.com索取资料", E(exhaustive=True)),
    ("访问www.example.com.cn了解详情", E(exhaustive=True)),
    ("详见https://www.example.gov.cn/notice/index.html上的公告", E(exhaustive=True)),
    ("登录finance-example.com查询", E(exhaustive=True)),
]

# (4) persons missed today: bylines, a name before a title, speech verbs other than 表示,
# transliterated foreign names, résumé openings, lists of names, two-character names
PERSONS_MISSED = [
    ("记者 郑怀远 报道", E(("郑怀远", "PERSON"))),
    ("本报记者 柯雨桐", E(("柯雨桐", "PERSON"))),
    ("文/记者 祁晓岚 编辑/ 殷梓航", E(("祁晓岚", "PERSON"), ("殷梓航", "PERSON"))),
    ("季明川行长在会上介绍了上半年的经营情况", E(("季明川", "PERSON"), ("行长", "TITLE"))),
    ("邬东林同志长期从事金融工作", E(("邬东林", "PERSON"))),
    ("卢海平董事长主持了本次会议", E(("卢海平", "PERSON"), ("董事长", "TITLE"))),
    ("滕志远说，今年的目标是稳中求进", E(("滕志远", "PERSON"), exhaustive=True)),
    ("葛文彬强调，要守住不发生系统性风险的底线", E(("葛文彬", "PERSON"), exhaustive=True)),
    ("闵若溪指出，消费信贷仍有增长空间", E(("闵若溪", "PERSON"), exhaustive=True)),
    ("车怀谦认为，利率还有下行空间", E(("车怀谦", "PERSON"), exhaustive=True)),
    ("马蒂亚斯·奥伦多夫在论坛上发言", E(("马蒂亚斯·奥伦多夫", "PERSON"), exhaustive=True)),
    ("伊莎贝拉・科斯塔维表示欢迎各方合作", E(("伊莎贝拉・科斯塔维", "PERSON"), exhaustive=True)),
    ("经济学家拉斐尔·门多萨认为通胀将回落", E(("拉斐尔·门多萨", "PERSON"), ("经济学家", "TITLE"))),
    ("费立诚，男，1968年出生，硕士研究生学历，高级经济师", E(("费立诚", "PERSON"))),
    ("龚淑仪，女，汉族，1975年生，大学本科学历", E(("龚淑仪", "PERSON"))),
    ("蒲嘉树先生，1970年出生，中国国籍，无境外永久居留权", E(("蒲嘉树", "PERSON"))),
    ("郁文涛、储佳宁、齐嘉禾等人出席了会议", E(("郁文涛", "PERSON"), ("储佳宁", "PERSON"), ("齐嘉禾", "PERSON"),
                                               exhaustive=True)),
    ("参加座谈的有骆明轩、庞书瑶和谈一鸣", E(("骆明轩", "PERSON"), ("庞书瑶", "PERSON"), ("谈一鸣", "PERSON"),
                                              exhaustive=True)),
    ("罗斌表示，业务转型需要时间", E(("罗斌", "PERSON"), exhaustive=True)),
    ("邹洁说，客户体验是第一位的", E(("邹洁", "PERSON"), exhaustive=True)),
    ("南京银行副行长晏宁介绍", E(("南京银行", "BANK"), ("副行长", "TITLE"), ("晏宁", "PERSON"), exhaustive=True)),
    ("分析师苗逸凡预计，下半年需求回暖", E(("分析师", "TITLE"), ("苗逸凡", "PERSON"), exhaustive=True)),
    # a compound surname the model cut (司|马文远) or read as a title of its own (上官|思齐)
    ("司马文远认为，利率还有下行空间", E(("司马文远", "PERSON"), exhaustive=True)),
    ("上官思齐、令狐岚和皇甫立当选为理事", E(("上官思齐", "PERSON"), ("令狐岚", "PERSON"), ("皇甫立", "PERSON"),
                                            ("理事", "TITLE"), exhaustive=True)),
    ("上官明月当选为新一届监事", E(("上官明月", "PERSON"), absent=(("上官", "TITLE"),))),
]

# (5) sentences with no name at all
NO_ENTITY = [
    ("今天的天气不错，适合出门散步", E(exhaustive=True)),
    ("市场情绪有所回暖，成交量明显放大", E(exhaustive=True)),
    ("利率下行对储户的影响正在显现", E(exhaustive=True)),
    ("下半年消费有望继续恢复", E(exhaustive=True)),
    ("房地产市场仍在调整之中", E(exhaustive=True)),
    ("这款产品的收益并不稳定", E(exhaustive=True)),
    ("大家都在关注投资者如何理性看待短期波动", E(exhaustive=True)),
    ("他们在会上讨论了风险管理的问题", E(exhaustive=True)),
    ("我们会继续关注后续进展", E(exhaustive=True)),
    ("出口增速有所放缓，内需仍需提振", E(exhaustive=True)),
    ("很多年轻人开始选择定投", E(exhaustive=True)),
    ("监管部门要求加强信息披露", E(exhaustive=True)),
    ("债券收益率小幅上行", E(exhaustive=True)),
    ("小微企业融资难的问题有所缓解", E(exhaustive=True)),
    ("大家都在等待政策落地", E(exhaustive=True)),
    ("平安无事地度过了这个冬天", E(exhaustive=True)),
    ("招商引资工作取得新进展", E(exhaustive=True)),
    ("交通事故的理赔流程比较复杂", E(exhaustive=True)),
    ("民生保障水平进一步提高", E(exhaustive=True)),
    ("农业生产总体平稳", E(exhaustive=True)),
    # a place in a contest, a kind of plant, a commodity (generic_names.tsv: the model read each as
    # an organisation or a person in the dev split)
    ("这支球队去年拿到了亚军，今年的目标是冠军", E(exhaustive=True)),
    ("投资者可将黄金在组合中的配置比例提高一些", E(exhaustive=True)),
    ("这家加工厂的月产能提升了两成", E(exhaustive=True)),
]

# (6) names built by patterns: the place of a rural bank starts after the words before it
# (name_stops.tsv), units stay in the span of a central bank or a regulator (name_units.tsv)
PATTERNED = [
    ("青松银行拟收购临川长乐村镇银行部分股权", E(("临川长乐村镇银行", "BANK"), absent=(("收购", "*"),))),
    ("江宁银行把两家控股村镇银行改建为支行", E(absent=(("控股村镇银行", "BANK"),))),
    ("存款增速放缓倒逼农商行调整负债结构", E(exhaustive=True, absent=(("倒逼农商行", "*"),))),
    ("对不少村镇银行来说，股权分散仍是难题", E(exhaustive=True)),
    ("某报关于云梦农商行改革的报道引起关注", E(("云梦农商行", "BANK"), absent=(("关于", "*"),))),
    ("在安徽太和农村商业银行营业厅里排队的人不多", E(("安徽太和农村商业银行", "BANK"))),
    ("记者从湖南浏阳农村商业银行获悉，春耕贷款已发放两万笔", E(("湖南浏阳农村商业银行", "BANK"),
                                                     absent=(("记者从", "BANK"),))),
    ("全省二十余家农商行下调了存款利率", E(absent=(("余家农商行", "BANK"), ("二十余家", "BANK")))),
    ("中国人民银行征信中心发布了新版信用报告", E(("中国人民银行征信中心", "BANK"), exhaustive=True)),
    ("人民银行营业管理部召开座谈会", E(("人民银行营业管理部", "BANK"), exhaustive=True)),
    ("中国人民银行上海总部发布跨境人民币报告", E(("中国人民银行上海总部", "BANK"), exhaustive=True)),
    ("金融监管总局浙江监管局对一家支行开出罚单", E(("金融监管总局浙江监管局", "ORG"))),
    ("国家外汇管理局河北省分局查处一起违规换汇案", E(("国家外汇管理局河北省分局", "ORG"))),
    ("招商银行总部位于深圳福田", E(("招商银行", "BANK"), absent=(("总部", "BANK"),))),
    ("标普认为中国银行业的资本充足率总体稳定", E(absent=(("中国银行", "BANK"),))),
    ("花旗集团高层本周与监管机构会面", E(("花旗集团", "ORG"), absent=(("花旗", "BANK"),))),
]

# (7) products in quotes: a quoted name that ends like a product, or that a financial
# institution's name stands before, is a PRODUCT; listed names inside give way
QUOTED_PRODUCTS = [
    ("云杉理财旗下“松涛稳盈3号”上半年年化收益率为2.8%", E(("松涛稳盈3号", "PRODUCT"))),
    ("北辰人寿“安享晚晴”养老年金险可选60周岁领取", E(("安享晚晴", "PRODUCT"))),
    ("浦发银行推出联名卡“浦发山海白金卡”，首年免年费", E(("浦发山海白金卡", "PRODUCT"), ("浦发银行", "BANK"))),
    ("“青峦稳健成长混合”首日认购超过10亿元", E(("青峦稳健成长混合", "PRODUCT"))),
    ("“星河指数投资计划”的跟投人数还在增加", E(("星河指数投资计划", "PRODUCT"))),
    ("她说“我们只做银行不愿做的客户”", E(absent=(("我们只做银行不愿做的客户", "PRODUCT"),))),
    ("公司“远航行动”的核心人力占比提升", E(absent=(("远航行动", "PRODUCT"),))),
    ("银行举办“金秋理财论坛”吸引了不少老客户", E(absent=(("金秋理财论坛", "PRODUCT"),))),
    ("溪桥基金“溪桥优选一年持有”规模已翻倍", E(("溪桥优选一年持有", "PRODUCT"))),
    ("青柚保险推出的“安心住院宝”保费不高", E(("安心住院宝", "PRODUCT"))),
    ("不少用户把“零钱通”当作日常备用金", E(("零钱通", "PRODUCT"))),
    ("据介绍，“稳盈添利30天持有期”的业绩基准为2.5%至3.2%", E(("稳盈添利30天持有期", "PRODUCT"))),
    ("他把这次活动称为“春雨计划”的一部分", E(absent=(("春雨计划", "BANK"), ("春雨计划", "ORG")))),
    ("小区门口挂着“欢迎回家”的横幅", E(exhaustive=True)),
    ("孩子们唱起了“我和我的祖国”", E(absent=(("我和我的祖国", "PRODUCT"),))),
    ("万松证券旗下“万松优享”App月活跃用户突破300万", E(("万松优享", "PRODUCT"))),
    ("“长青养老2040”目标日期基金成立于2021年", E(absent=(("长青养老2040", "ORG"),))),
    ("公司决定“苏银理财朝朝宝”暂停申购", E(("苏银理财朝朝宝", "PRODUCT"))),
]

# (8) products in customers' own words (app reviews, complaints, forum posts): a bank's
# alias or short name before its product is its own span (招行 + 闪电贷), a name whose
# bank prefix is part of the brand is one (农行掌银, 中银e贷, 工银e生活); product kinds
# and generic words (信用卡, 手机银行, 网银, 白金卡, 理财, 贷款) are never products
CUSTOMER_PRODUCTS = [
    ("招行掌上生活更新以后又闪退，登录一次要等半天", E(("招行", "BANK"), ("掌上生活", "PRODUCT"))),
    ("工银e生活签到领的积分到底能换什么", E(("工银e生活", "PRODUCT"))),
    ("农行掌银转账一直提示系统繁忙，急死人了", E(("农行掌银", "PRODUCT"))),
    ("用中信动卡空间还款居然还要重新绑卡，太麻烦", E(("中信", "BANK"), ("动卡空间", "PRODUCT"))),
    ("中信颜卡的年费刷满五次就能免吧？", E(("中信", "BANK"), ("颜卡", "PRODUCT"))),
    ("招行YOUNG卡批了两万额度，学生党够用了", E(("招行", "BANK"), ("YOUNG卡", "PRODUCT"))),
    ("广发臻尚白金卡的年费太贵了，权益还一直在砍", E(("广发", "BANK"), ("臻尚白金卡", "PRODUCT"))),
    ("建行快贷额度从二十万降到五万，也没个通知", E(("建行", "BANK"), ("快贷", "PRODUCT"))),
    ("工行融e借提前还款不收违约金，这点比别家强", E(("工行", "BANK"), ("融e借", "PRODUCT"))),
    ("农行网捷贷审批秒过，就是利率没宣传的那么低", E(("农行", "BANK"), ("网捷贷", "PRODUCT"))),
    ("中银e贷申请了三次都被拒，征信明明没问题", E(("中银e贷", "PRODUCT"))),
    ("平安新一贷的客户经理天天打电话推销，烦不烦", E(("平安", "BANK"), ("新一贷", "PRODUCT"))),
    ("交行惠民贷和好享贷到底哪个利息低？", E(("交行", "BANK"), ("惠民贷", "PRODUCT"), ("好享贷", "PRODUCT"))),
    ("招行闪电贷点进去显示暂无额度，是不是被风控了", E(("招行", "BANK"), ("闪电贷", "PRODUCT"))),
    ("借呗关了以后花呗额度也降了，支付宝是怎么想的",
     E(("借呗", "PRODUCT"), ("花呗", "PRODUCT"), ("支付宝", "PRODUCT"))),
    ("京东白条和京东金条我都开了，感觉金条利息更高",
     E(("京东白条", "PRODUCT"), ("京东金条", "PRODUCT"), ("金条", "PRODUCT"))),
    ("美团月付默认开通了，我根本不知道，莫名其妙扣了钱", E(("美团月付", "PRODUCT"))),
    ("抖音月付和放心借一直弹窗，关都关不掉", E(("抖音月付", "PRODUCT"), ("放心借", "PRODUCT"))),
    ("度小满有钱花的利息比360借条低一点", E(("度小满", "ORG"), ("有钱花", "PRODUCT"), ("360借条", "PRODUCT"))),
    ("分期乐和安逸花都借过，催收电话一个比一个凶", E(("分期乐", "PRODUCT"), ("安逸花", "PRODUCT"))),
]

# (8, continued) wealth, payment and credit-score names; generic words that are no product
CUSTOMER_PRODUCTS_2 = [
    ("工资一到账就转进朝朝宝，比放活期强", E(("朝朝宝", "PRODUCT"))),
    ("余额宝的收益越来越低，零钱通也差不多", E(("余额宝", "PRODUCT"), ("零钱通", "PRODUCT"))),
    ("理财通里买的那个产品赎回要三天才到账", E(("理财通", "PRODUCT"))),
    ("美团借钱给我发了张免息券，借还是不借", E(("美团借钱", "PRODUCT"))),
    ("微信分付开通了但是好多商家都用不了", E(("微信分付", "PRODUCT"))),
    ("超市收银说只能用云闪付或者微信支付，不收现金", E(("云闪付", "PRODUCT"), ("微信支付", "PRODUCT"))),
    ("手机绑了交行的卡，用Apple Pay坐地铁很方便", E(("交行", "BANK"), ("Apple Pay", "PRODUCT"))),
    ("京东支付结账的时候默认勾了分期，差点没注意", E(("京东支付", "PRODUCT"))),
    ("翼支付充话费有返现，就是提现太麻烦", E(("翼支付", "PRODUCT"))),
    ("浦大喜奔和买单吧我都装了，积分规则各不一样", E(("浦大喜奔", "PRODUCT"), ("买单吧", "PRODUCT"))),
    ("芝麻分掉了二十分，借呗直接给关了", E(("芝麻分", "PRODUCT"), ("借呗", "PRODUCT"))),
    ("中国银行缤纷生活的饭票活动每次都抢不到", E(("中国银行", "BANK"), ("缤纷生活", "PRODUCT"))),
    ("信用卡还款日又忘了，被收了一笔滞纳金", E(exhaustive=True, absent=(("信用卡", "PRODUCT"),))),
    ("手机银行转账限额调到五万还得去柜台办", E(exhaustive=True, absent=(("手机银行", "*"),))),
    ("这个月花了钱也没攒下来，工资全交房租了", E(exhaustive=True, absent=(("花了钱", "PRODUCT"),))),
    ("网银登录老是提示证书过期，客服也说不清楚", E(exhaustive=True, absent=(("网银", "*"),))),
    ("白金卡的年费太贵，办了一年就销户了", E(exhaustive=True, absent=(("白金卡", "PRODUCT"),))),
    ("银行理财亏了两千块，以后再也不买了", E(exhaustive=True, absent=(("银行理财", "*"),))),
    ("贷款审批下来了，利率比预期高一点", E(exhaustive=True, absent=(("贷款", "PRODUCT"),))),
    ("钱借了就按时还呗，别总想着以贷养贷", E(exhaustive=True, absent=(("还呗", "PRODUCT"),))),
]

# (7) a title inside a body's, a meeting's or an index's name, or straddling two words,
# is no title (董事会, 总经理办公会, 采购经理指数, 该行|长期); the position itself is one
TITLES_IN_WORDS = [
    ("公司董事会审议通过了年度利润分配方案", E(exhaustive=True, absent=(("董事会", "*"),))),
    ("监事会对财务报告提出了书面意见", E(exhaustive=True, absent=(("监事会", "*"),))),
    ("理事会成员由会员大会选举产生", E(exhaustive=True, absent=(("理事会", "*"),))),
    ("总经理办公会研究决定压降不良贷款", E(exhaustive=True, absent=(("总经理", "TITLE"),))),
    ("行长办公会审议了三季度的授信方案", E(exhaustive=True, absent=(("行长", "TITLE"),))),
    ("该行长期深耕县域市场，涉农贷款占比较高", E(exhaustive=True, absent=(("行长", "TITLE"),))),
    ("这家银行长期为小微企业提供首贷服务", E(exhaustive=True, absent=(("行长", "TITLE"),))),
    ("11月制造业采购经理指数回升至50.3%", E(absent=(("经理", "TITLE"),))),
    ("发布会上，首席经济学家办公室公布了最新的预测", E(exhaustive=True, absent=(("首席经济学家", "TITLE"),))),
    ("独立董事制度还需要进一步完善", E(exhaustive=True, absent=(("独立董事", "TITLE"),))),
    ("央行当天下午召开记者会介绍有关情况", E(absent=(("记者", "TITLE"),))),
    ("柜员机因为卡钞，没有吐出现金", E(exhaustive=True, absent=(("柜员", "TITLE"),))),
    ("经理层的考核办法由董事会制定", E(exhaustive=True, absent=(("经理", "TITLE"), ("董事会", "*")))),
    ("他担任行长期间推动了零售转型", E(("行长", "TITLE"))),
    ("公司董事会秘书凌思远表示，回购将在年内完成", E(("董事会秘书", "TITLE"), ("凌思远", "PERSON"),
                                                   exhaustive=True)),
    ("监事会主席卜云川主持了会议", E(("监事会主席", "TITLE"), ("卜云川", "PERSON"), exhaustive=True)),
    ("董事长岑立新在总经理办公会上讲话", E(("董事长", "TITLE"), ("岑立新", "PERSON"), exhaustive=True)),
    # a minister's title after a country (美国财政部长: not the ministry 美国财政部), but not where
    # it straddles the words after it (财政部|长期以来)
    ("美国财政部长贝仲言表示，债务上限必须尽快提高", E(("财政部长", "TITLE"), ("贝仲言", "PERSON"),
                                                   absent=(("美国财政部", "ORG"),))),
    ("财政部长期以来重视地方债风险", E(("财政部", "ORG"), absent=(("财政部长", "TITLE"),))),
    ("美国商务部长期关注芯片出口", E(("美国商务部", "ORG"), absent=(("商务部长", "TITLE"),))),
]


# (9) titles of state and foreign office, and occupations, beside a name: the title stays a
# title, the person stays a person, and the words built on a title (an embassy, a hotel suite, a
# cup) or two words a title straddles (一部|长达, 指导|演练) are no title
TITLES_OF_STATE = [
    ("驻外大使柯望舒昨日会见了当地商会代表", E(("大使", "TITLE"), ("柯望舒", "PERSON"))),
    ("二等兵卢晓川在演习中表现突出", E(("二等兵", "TITLE"), ("卢晓川", "PERSON"))),
    ("该国财长在会上谈到了债务上限问题", E(("财长", "TITLE"), absent=(("财长", "ORG"), ("财长", "PERSON")))),
    ("该国外长当天抵达北京进行访问", E(("外长", "TITLE"))),
    ("参议员费南德在听证会上追问了加息的影响", E(("参议员", "TITLE"), absent=(("参议员", "PERSON"),))),
    ("州长办公室发表声明，暂缓发行市政债券", E(absent=(("州长", "TITLE"),))),    # a body, as 总经理办公会
    ("签证可以在大使馆或总领事馆办理", E(exhaustive=True, absent=(("大使", "TITLE"), ("领事", "TITLE")))),
    ("这家酒店的总统套房每晚售价过万元", E(absent=(("总统", "*"),))),
    ("他所在的球队两次捧起了国王杯", E(absent=(("国王", "*"),))),
    ("湖南省委书记在调研时强调要防范化解金融风险", E(("湖南省委", "ORG"), ("书记", "TITLE"), exhaustive=True)),
    ("主教练萧定邦赛后坦言，球队的防守还需要加强", E(("主教练", "TITLE"), ("萧定邦", "PERSON"))),
    ("导演甘若溪的新片在年底上映，首日票房过亿元", E(("导演", "TITLE"), ("甘若溪", "PERSON"))),
    ("这栋楼由建筑师宓文澜设计，去年刚刚落成", E(("建筑师", "TITLE"), ("宓文澜", "PERSON"))),
    ("该行理财师提醒，高风险产品不适合保守型客户", E(("理财师", "TITLE"))),
    ("该系列的第一部长达三个小时，票房却很可观", E(absent=(("部长", "TITLE"),))),
    ("总行派人到网点指导演练，检查应急预案的落实", E(absent=(("导演", "*"),))),
    ("不少年轻人在工作家庭之间疲于奔命", E(exhaustive=True, absent=(("作家", "*"),))),
    ("当地部队长期帮扶这个村的小学", E(exhaustive=True, absent=(("队长", "*"),))),
    ("两国即将军事合作的消息传出后，军工板块大涨", E(absent=(("将军", "*"),))),
    ("队长期间他带领球队拿下了两个冠军", E(("队长", "TITLE"))),
    ("该国外交部长当天表示反对", E(("外交部长", "TITLE"))),
    ("外交部长期以来坚持多边主义", E(("外交部", "ORG"), absent=(("外交部长", "TITLE"),))),   # 外交部|长期
    ("该部长期关注小微企业融资", E(exhaustive=True, absent=(("部长", "*"),))),
    ("该国众议院以微弱多数通过了预算案", E(("众议院", "ORG"), absent=(("该国", "*"),))),   # not 国众议院
]


# transliterated foreign names written with a middle dot (finner.foreign_names), read where
# the model misses them; not a venue, an institution or a work named after a person
FOREIGN_NAMES = [
    ("芬兰工程师奥列格·塔瓦宁在发布会上说，新系统下月上线", E(("奥列格·塔瓦宁", "PERSON"))),
    ("董事会主席卡琳·维斯特伯格出席了签约仪式", E(("董事会主席", "TITLE"), ("卡琳·维斯特伯格", "PERSON"))),
    ("基金经理马蒂亚斯·霍尔姆加入该公司已有三年", E(("基金经理", "TITLE"), ("马蒂亚斯·霍尔姆", "PERSON"))),
    ("分析师让-吕克·博纳尔表示，欧元区通胀仍有黏性", E(("让-吕克·博纳尔", "PERSON"))),
    ("外交官艾哈迈德·萨利姆·贾巴里抵达会场", E(("艾哈迈德·萨利姆·贾巴里", "PERSON"))),
    ("研究员托马斯·韦伯（thomasweber）指出，央行仍会谨慎行事", E(("托马斯·韦伯", "PERSON"),
                                                                ("thomasweber", "PERSON"))),
    ("作家J·R·米勒顿的新书本周出版", E(("J·R·米勒顿", "PERSON"))),
    ("中后卫蒂亚戈·萨洛蒙伤愈复出", E(("蒂亚戈·萨洛蒙", "PERSON"))),
    ("主帅亚历克斯·莫兰多当时就在场边", E(("主帅", "TITLE"), ("亚历克斯·莫兰多", "PERSON"))),
    ("纪念馆以奥古斯特·韦尔纳命名", E(("奥古斯特·韦尔纳", "PERSON"))),
    ("拍卖会上成交的作品来自汉娜·霍夫曼、罗伊·", E(("汉娜·霍夫曼", "PERSON"), ("罗伊", "PERSON"))),
    ("在小说《雾港》中伊莲娜·沃尔科娃是一名码头工人", E(("伊莲娜·沃尔科娃", "PERSON"))),
    # a period written for the middle dot
    ("安娜.彼得罗娃因伤退出了本站比赛", E(("安娜.彼得罗娃", "PERSON"), exhaustive=True)),
    ("他在奥斯卡·林德大学完成了学业", E(absent=(("奥斯卡·林德", "PERSON"),))),
    ("球队的主场设在阿尔贝托·萨维球场", E(absent=(("阿尔贝托·萨维", "PERSON"),))),
    ("《安娜·卡列宁娜》是她最喜欢的小说", E(absent=(("安娜·卡列宁娜", "PERSON"),))),
    ("该项目位于沿海·西部新区", E(absent=(("海·西", "PERSON"),))),
    ("莫里斯·贝当奖今年颁给了两位青年经济学家", E(absent=(("莫里斯·贝当", "PERSON"),))),    # a listed foreign leader of two characters before a word that begins with a verb (persons.tsv)
    ("特朗普与普京通了电话，谈及能源价格", E(("特朗普", "PERSON"), ("普京", "PERSON"), exhaustive=True)),
    ("普京与莫迪会面后发表了联合声明", E(("普京", "PERSON"), ("莫迪", "PERSON"), exhaustive=True)),
]


# places read as persons or cut into pieces by the model (places.tsv); football clubs (organizations.tsv)
PLACES = [
    ("他从莫斯科飞往伦敦参加年会", E(absent=(("莫斯科", "PERSON"), ("莫斯科飞", "*"), ("伦敦", "PERSON")))),
    ("巴黎和柏林的股市周五双双收跌", E(absent=(("巴黎", "PERSON"), ("柏林", "PERSON")))),
    ("孟买的投资者对这只新股反应冷淡", E(absent=(("孟买", "PERSON"),))),
    ("悉尼和墨尔本的房价本季度回落", E(absent=(("悉尼", "PERSON"), ("墨尔本", "PERSON")))),
    ("华盛顿方面表示将延长豁免期限", E(absent=(("华盛顿方", "*"), ("华盛顿", "PERSON")))),
    ("土耳其里拉兑美元汇率再创新低", E(absent=(("土耳其里", "*"),))),
    ("阿根廷比索兑美元继续走弱", E(absent=(("阿根廷", "*"), ("阿根廷比索", "*")))),
    ("中东局势再度紧张，国际油价应声上涨", E(absent=(("中东局", "*"),))),
    ("乌克兰局势牵动欧洲天然气价格", E(absent=(("乌克兰局", "*"),))),
    ("哈萨克斯坦央行宣布维持利率不变", E(absent=(("哈萨克斯", "*"),))),
    ("一家中资银行在内罗毕开设了代表处", E(absent=(("内罗", "*"), ("内罗毕", "PERSON")))),
    ("苏黎世的私人银行正在调整收费", E(absent=(("苏黎世", "PERSON"),))),
    ("据路透社报道，高盛集团计划在亚洲裁员", E(("高盛集团", "ORG"), absent=(("洲裁员", "*"),))),
    ("记者从呼和浩特铁路局获悉，春运首日发送旅客十万人次", E(("呼和浩特铁路局", "ORG"))),
    # a longer name holding the place stands
    ("莫斯科交易所暂停了部分品种的交易", E(("莫斯科交易所", "ORG"))),
    ("土耳其央行宣布加息五百个基点", E(("土耳其央行", "BANK"))),
    # a person with a place's name where the place is not listed: 米兰 is a given name too
    ("米兰说她很喜欢这份工作", E(("米兰", "PERSON"))),
    # clubs: listed companies and names the news cites
    ("曼联股价周五上涨，球队的赞助收入创新高", E(("曼联", "ORG"))),
    ("埃弗顿刚刚和主帅签订了续约合同", E(("埃弗顿", "ORG"), ("主帅", "TITLE"), absent=(("埃弗顿", "PERSON"),))),
    ("尤文图斯发布的半年报显示转播收入下降", E(("尤文图斯", "ORG"))),
    ("那个赛季他随费耶诺德远征斯巴达克", E(("费耶诺德", "ORG"), ("斯巴达克", "ORG"))),
]


TABLES = {
    "boundaries": BOUNDARIES,
    "generic_nouns": GENERIC_NOUNS,
    "markup": MARKUP,
    "persons_missed": PERSONS_MISSED,
    "no_entity": NO_ENTITY,
    "patterned": PATTERNED,
    "quoted_products": QUOTED_PRODUCTS,
    "customer_products": CUSTOMER_PRODUCTS,
    "customer_products_2": CUSTOMER_PRODUCTS_2,
    "titles_in_words": TITLES_IN_WORDS,
    "titles_of_state": TITLES_OF_STATE,
    "foreign_names": FOREIGN_NAMES,
    "places": PLACES,
}
