"""Rows from reviewing docs/quantities.md against finner (forms a reader of the
reference tried and found wrong, fixed since)."""
from tables import C, N, Q, S

FROM_DOCS_REVIEW = [
    C("一个亿", "quantity", "100000000"),
    C("负百分之五", "percent", "-5", "%"),
    C("5\u00a0亿元", "money", "500000000", "CNY"),
    C("超过\u00a010\u00a0亿美元", "money", "1000000000", "USD", "over"),
    C("几家", "quantity", None, "家", "several", "2", "9"),
    C("十几家", "quantity", None, "家", "several", "11", "19"),
    S("该店以八折价格出售", Q("八折", "percent", "80", "%")),
    S("近七成为个人客户", Q("近七成", "percent", "70", "%", "nearly")),
]

NOT_QUANTITIES = [
    N("七折八扣"),
    N("几十几十几十几十"),
]
