"""The lexicon: unit words, measure words, hedges and currency signs, Chinese and English.

Each table maps a surface form (as it appears in folded text) to its
normalised unit and kind; the scanner tries longer forms first.
"""

from __future__ import annotations

from workbench.models import Bound, Kind

P, PP, CUR, CNT, DUR, MEA, RAT, SCO = (
    Kind.PERCENT,
    Kind.PERCENTAGE_POINTS,
    Kind.CURRENCY,
    Kind.COUNT,
    Kind.DURATION,
    Kind.MEASURE,
    Kind.RATIO,
    Kind.SCORE,
)

#: Chinese unit words directly after a number (and its scale), longest first.
ZH_UNITS: dict[str, tuple[str, Kind]] = {
    "%": ("percent", P), "‰": ("permille", P), "个百分点": ("percentage points", PP),
    "百分点": ("percentage points", PP), "倍": ("times", RAT),
    "亿美元": ("USD", CUR), "美元": ("USD", CUR), "美金": ("USD", CUR), "元人民币": ("CNY", CUR),
    "人民币": ("CNY", CUR), "元": ("CNY", CUR), "欧元": ("EUR", CUR), "日元": ("JPY", CUR),
    "英镑": ("GBP", CUR), "港元": ("HKD", CUR), "港币": ("HKD", CUR), "韩元": ("KRW", CUR),
    "新台币": ("TWD", CUR), "卢布": ("RUB", CUR), "块钱": ("CNY", CUR),
    "个多月": ("months", DUR), "个月": ("months", DUR), "个季度": ("quarters", DUR),
    "个星期": ("weeks", DUR), "星期": ("weeks", DUR), "周": ("weeks", DUR), "天": ("days", DUR),
    "个工作日": ("days", DUR), "个小时": ("hours", DUR), "小时": ("hours", DUR),
    "分钟": ("minutes", DUR), "毫秒": ("milliseconds", DUR), "秒": ("seconds", DUR),
    "年": ("years", DUR),
    "千瓦时": ("kWh", MEA), "兆瓦时": ("MWh", MEA), "度电": ("kWh", MEA), "千瓦": ("kW", MEA),
    "兆瓦": ("MW", MEA), "吉瓦": ("GW", MEA), "太瓦": ("TW", MEA), "瓦": ("W", MEA),
    "吨标准煤": ("tce", MEA), "吨": ("tonnes", MEA), "千克": ("kg", MEA), "公斤": ("kg", MEA),
    "克": ("g", MEA), "公里": ("km", MEA), "千米": ("km", MEA), "平方公里": ("km2", MEA),
    "平方千米": ("km2", MEA), "平方米": ("m2", MEA), "立方米": ("m3", MEA), "公顷": ("ha", MEA),
    "亩": ("mu", MEA), "厘米": ("cm", MEA), "毫米": ("mm", MEA), "纳米": ("nm", MEA),
    "米": ("m", MEA), "毫升": ("ml", MEA), "升": ("l", MEA), "桶": ("barrels", MEA),
    "字节": ("bytes", MEA), "摄氏度": ("°C", MEA), "℃": ("°C", MEA),
    "分": ("points", SCO),
}  # fmt: skip

#: Chinese measure words of counts, with the unit they imply when no noun follows.
ZH_MEASURE_WORDS: dict[str, str] = {
    "人次": "person-times", "家": "organisations", "人": "people", "名": "people",
    "位": "people", "个": "items", "项": "items", "起": "cases", "条": "items", "种": "kinds",
    "所": "institutions", "台": "units", "块": "pieces", "件": "items", "辆": "vehicles",
    "架": "aircraft", "只": "items", "头": "head", "篇": "articles", "部": "items",
    "款": "products", "座": "sites", "套": "sets", "批": "batches", "次": "times", "例": "cases",
    "份": "copies", "张": "sheets", "本": "volumes", "支": "items", "颗": "items", "枚": "items",
    "户": "households", "间": "rooms", "处": "sites", "场": "events", "届": "sessions",
    "轮": "rounds", "类": "categories", "笔": "transactions", "宗": "cases", "所高校": "universities",
}  # fmt: skip

#: Nouns after a measure word that name what is counted.
ZH_NOUNS: dict[str, str] = {
    "国家": "countries", "地区": "regions", "企业": "organisations", "公司": "organisations",
    "机构": "organisations", "单位": "organisations", "指标": "indicators", "模型": "models",
    "产品": "products", "项目": "projects", "城市": "cities", "省份": "provinces",
    "行业": "industries", "领域": "areas", "用户": "users", "岗位": "jobs", "标准": "standards",
    "案件": "cases", "专利": "patents", "论文": "papers", "国": "countries", "人": "people",
    "GPU": "GPU", "芯片": "chips", "数据中心": "data centres", "学校": "schools", "高校": "universities",
}  # fmt: skip

#: Hedges written before a number: (approx, bound).
ZH_HEDGES_BEFORE: dict[str, tuple[bool, Bound | None]] = {
    "约为": (True, None), "大约": (True, None), "约": (True, None), "将近": (True, None),
    "接近": (True, None), "近": (True, None), "逾": (True, Bound.LOWER), "超过": (True, Bound.LOWER),
    "超": (True, Bound.LOWER), "突破": (True, Bound.LOWER), "大于": (True, Bound.LOWER),
    "高于": (True, Bound.LOWER), "多于": (True, Bound.LOWER), "至少": (True, Bound.LOWER),
    "不少于": (True, Bound.LOWER), "不低于": (True, Bound.LOWER), "不足": (True, Bound.UPPER),
    "不到": (True, Bound.UPPER), "不超过": (True, Bound.UPPER), "少于": (True, Bound.UPPER),
    "低于": (True, Bound.UPPER), "小于": (True, Bound.UPPER), "最多": (True, Bound.UPPER),
    "未超过": (True, Bound.UPPER),
}  # fmt: skip

#: Hedges written after a number or its unit.
ZH_HEDGES_AFTER: dict[str, tuple[bool, Bound | None]] = {
    "以上": (True, Bound.LOWER), "有余": (True, Bound.LOWER), "之多": (False, None),
    "以下": (True, Bound.UPPER), "以内": (True, Bound.UPPER), "左右": (True, None),
    "上下": (True, None),
}  # fmt: skip

EN_HEDGES_BEFORE: dict[str, tuple[bool, Bound | None]] = {
    "about": (True, None), "around": (True, None), "approximately": (True, None),
    "approx.": (True, None), "approx": (True, None), "roughly": (True, None),
    "nearly": (True, None), "almost": (True, None), "close to": (True, None),
    "an estimated": (True, None), "estimated": (True, None), "some": (True, None),
    "circa": (True, None), "more than": (True, Bound.LOWER), "over": (True, Bound.LOWER),
    "above": (True, Bound.LOWER), "at least": (True, Bound.LOWER), "in excess of": (True, Bound.LOWER),
    "upwards of": (True, Bound.LOWER), "exceeding": (True, Bound.LOWER),
    "exceeded": (True, Bound.LOWER), "exceeds": (True, Bound.LOWER), "exceed": (True, Bound.LOWER),
    "surpassed": (True, Bound.LOWER), "surpassing": (True, Bound.LOWER),
    "greater than": (True, Bound.LOWER), "higher than": (True, Bound.LOWER),
    "north of": (True, Bound.LOWER), "just over": (True, Bound.LOWER), "well over": (True, Bound.LOWER),
    "no fewer than": (True, Bound.LOWER), "no less than": (True, Bound.LOWER),
    "less than": (True, Bound.UPPER), "fewer than": (True, Bound.UPPER), "under": (True, Bound.UPPER),
    "below": (True, Bound.UPPER), "up to": (True, Bound.UPPER), "at most": (True, Bound.UPPER),
    "no more than": (True, Bound.UPPER), "not more than": (True, Bound.UPPER),
    "just under": (True, Bound.UPPER), "as many as": (True, Bound.UPPER),
}  # fmt: skip

EN_HEDGES_AFTER: dict[str, tuple[bool, Bound | None]] = {
    "or more": (True, Bound.LOWER), "or above": (True, Bound.LOWER), "plus": (True, Bound.LOWER),
    "or less": (True, Bound.UPPER), "or fewer": (True, Bound.UPPER), "or so": (True, None),
}  # fmt: skip

#: Currency signs and codes written before an amount.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "NZ$": "NZD", "S$": "SGD", "A$": "AUD",
    "C$": "CAD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₹": "INR",
    "₩": "KRW", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "CNY": "CNY", "RMB": "CNY",
    "JPY": "JPY", "HKD": "HKD", "INR": "INR", "Rs": "INR", "Rs.": "INR", "人民币": "CNY",
}  # fmt: skip

#: English unit words after a number (lower case), longest first when matched.
EN_UNITS: dict[str, tuple[str, Kind]] = {
    "%": ("percent", P), "per cent": ("percent", P), "percent": ("percent", P),
    "pct": ("percent", P), "percentage points": ("percentage points", PP),
    "percentage point": ("percentage points", PP), "pp": ("percentage points", PP),
    "ppt": ("percentage points", PP), "ppts": ("percentage points", PP),
    "basis points": ("basis points", PP), "bps": ("basis points", PP), "bp": ("basis points", PP),
    "x": ("times", RAT), "times": ("times", RAT), "-fold": ("times", RAT), "fold": ("times", RAT),
    "dollars": ("USD", CUR), "dollar": ("USD", CUR), "usd": ("USD", CUR), "euros": ("EUR", CUR),
    "euro": ("EUR", CUR), "eur": ("EUR", CUR), "yuan": ("CNY", CUR), "renminbi": ("CNY", CUR),
    "rmb": ("CNY", CUR), "cny": ("CNY", CUR), "yen": ("JPY", CUR), "won": ("KRW", CUR),
    "rupees": ("INR", CUR), "pounds sterling": ("GBP", CUR), "gbp": ("GBP", CUR),
    "years": ("years", DUR), "year": ("years", DUR), "yrs": ("years", DUR), "yr": ("years", DUR),
    "-year": ("years", DUR), "months": ("months", DUR), "month": ("months", DUR),
    "-month": ("months", DUR), "weeks": ("weeks", DUR), "week": ("weeks", DUR),
    "-week": ("weeks", DUR), "days": ("days", DUR), "day": ("days", DUR), "-day": ("days", DUR),
    "hours": ("hours", DUR), "hour": ("hours", DUR), "hrs": ("hours", DUR), "hr": ("hours", DUR),
    "-hour": ("hours", DUR), "minutes": ("minutes", DUR), "minute": ("minutes", DUR),
    "mins": ("minutes", DUR), "min": ("minutes", DUR), "seconds": ("seconds", DUR),
    "second": ("seconds", DUR), "decades": ("decades", DUR), "decade": ("decades", DUR),
    "quarters": ("quarters", DUR),
    "gpu-hours": ("GPU-hours", MEA), "gpu hours": ("GPU-hours", MEA), "gpu-hour": ("GPU-hours", MEA),
    "eflops": ("EFlops", MEA), "exaflops": ("EFlops", MEA), "pflops": ("PFlops", MEA),
    "petaflops": ("PFlops", MEA), "tflops": ("TFlops", MEA), "teraflops": ("TFlops", MEA),
    "flops": ("FLOPS", MEA), "kwh": ("kWh", MEA), "mwh": ("MWh", MEA), "gwh": ("GWh", MEA),
    "twh": ("TWh", MEA), "kw": ("kW", MEA), "mw": ("MW", MEA), "gw": ("GW", MEA), "tw": ("TW", MEA),
    "km": ("km", MEA), "kilometres": ("km", MEA), "kilometers": ("km", MEA), "miles": ("miles", MEA),
    "kg": ("kg", MEA), "tonnes": ("tonnes", MEA), "tons": ("tonnes", MEA), "tonne": ("tonnes", MEA),
    "mt": ("Mt", MEA), "gt": ("Gt", MEA), "barrels": ("barrels", MEA), "bpd": ("barrels/day", MEA),
    "ghz": ("GHz", MEA), "mhz": ("MHz", MEA), "gbps": ("Gbps", MEA), "mbps": ("Mbps", MEA),
    "tb": ("TB", MEA), "gb": ("GB", MEA), "pb": ("PB", MEA), "eb": ("EB", MEA), "mb": ("MB", MEA),
    "nm": ("nm", MEA), "mm": ("mm", MEA), "cm": ("cm", MEA), "hectares": ("ha", MEA),
    "acres": ("acres", MEA), "litres": ("l", MEA), "liters": ("l", MEA), "°c": ("°C", MEA),
    "°f": ("°F", MEA), "mph": ("mph", MEA), "sq km": ("km2", MEA), "square kilometres": ("km2", MEA),
    "points": ("points", SCO), "point": ("points", SCO),
}  # fmt: skip

#: Per-unit suffixes after a price: $2/hr, 每小时2美元, $3 per share.
PER_UNITS: dict[str, str] = {
    "/hr": "hour", "/hour": "hour", "/h": "hour", " per hour": "hour", " an hour": "hour",
    " a month": "month", "/month": "month", "/mo": "month", " per month": "month",
    "/year": "year", "/yr": "year", " per year": "year", " a year": "year", " per annum": "year",
    "/day": "day", " per day": "day", " a day": "day", " per share": "share", "/share": "share",
    " a share": "share", " per capita": "capita", " per person": "person", "/kwh": "kWh",
    " per kwh": "kWh", "/mwh": "MWh", "/ton": "tonne", "/tonne": "tonne", " per tonne": "tonne",
    "/barrel": "barrel", " per barrel": "barrel", " a barrel": "barrel", "/小时": "hour",
    "/月": "month", "/年": "year", "/天": "day", "/人": "person", "/吨": "tonne", "/桶": "barrel",
    "/千瓦时": "kWh", "/度": "kWh", "/股": "share",
}  # fmt: skip

#: 每<unit> written before a number: 每小时2美元.
ZH_PER_BEFORE: dict[str, str] = {
    "每小时": "hour", "每天": "day", "每日": "day", "每月": "month", "每年": "year",
    "每人": "person", "每吨": "tonne", "每千瓦时": "kWh", "每度": "kWh", "每股": "share",
}  # fmt: skip

#: English words after a number that are not what it counts.
EN_STOPWORDS = frozenset(
    "of and or to in on at for by from with as than is are was were be been being has have had "
    "will would could should may might can that which who whom whose the a an this these those "
    "it its their our his her while but compared versus vs up down out over under into through "
    "between among after before since during across per more less most least about around "
    "respectively alone only each both all such then so also not no yes if when where because "
    "percent million billion thousand trillion hundred".split()
)

#: Words before a number that make it a reference, not a quantity: Figure 3, page 12.
EN_REFERENCE_WORDS = frozenset(
    "figure fig fig. table chart exhibit box section chapter part appendix annex article art "
    "art. page p. pp. p pp step phase stage level tier version v gen generation class group type "
    "vol vol. volume issue edition item note footnote paragraph para clause rule slide question "
    "q line row column col lot batch model series season episode grade room floor".split()
)

#: Capitalised words that may stand before a bare number without making it a name.
EN_CAPITAL_STOP = frozenset(
    "in on at by of for from to since until till through during and or but the a an this that "
    "these those about around over under nearly almost some only just roughly approximately "
    "more less at least up top with than after before between among across within while when "
    "if as it its there here we they he she you i is are was were all each every total just "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec q1 q2 q3 q4 h1 h2 fy".split()
)

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

#: Prepositions that make a bare four-digit number a year: in 2024, since 2019.
YEAR_PREPOSITIONS = frozenset(
    "in on since by from to until till through during of for early late mid end before after "
    "between and year years fiscal fy as than around circa c. the".split()
)
