"""Finding a claim's numbers in a source, across forms and languages.

`scan_numbers(text)` finds every number a source states, as written (`12万起`,
`120,000 cases`, `US$82K`, `ninety-five percent`, `1.2 trillion kWh`), with its
value, unit and the precision it was written to. `match_claim(claim, text)`
compares each of the claim's quantities with them: converted to a common base
unit where the units are commensurable (TWh and 千瓦时; years and months), and
judged with a tolerance that respects the claim's hedges (约/about widen it; an
exact number allows the rounding of the stated precision). Text is folded
(full-width → ASCII, Traditional → Simplified numerals) only for scanning; every
span points into the text as given.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from workbench.extract.numbers import (
    EN_TENS,
    EN_UNITS,
    apply_cn_scale,
    parse_chinese,
    parse_english_words,
)
from workbench.models import Bound, Claim, Kind, Quantity, Stance

#: Relative tolerance for a hedged claim (约, about, nearly).
APPROX_TOLERANCE = 0.05
#: Within this (relative) a number is "close" even if outside the claim's tolerance.
CLOSE_TOLERANCE = 0.10
#: Rounded whole numbers (120,000) are read as rounded, but never looser than this.
MAX_ROUNDING = 0.05
#: A bound (超过, more than) is "the same" up to this far past the bound.
BOUND_SPAN = 0.5
#: Characters of source text kept on each side of a found number.
PASSAGE_SIDE = 100
#: At most this many matches are kept per claim (same first, then close, then different).
MAX_MATCHES = 60

# -- folding ---------------------------------------------------------------------

_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0xFFE5: ord("¥"), 0xFFE0: ord("¢"), 0xFFE1: ord("£")})
_FOLD.update({ord(a): ord(b) for a, b in zip("萬億兩點〇貳參陸", "万亿两点零二三六", strict=True)})
_FOLD.update({ord("\u00a0"): 0x20, ord("\u202f"): 0x20, ord("\u2009"): 0x20})


def fold(text: str) -> str:
    """The text with full-width forms, odd spaces and Traditional numerals folded, 1:1 in length."""
    return text.translate(_FOLD)


# -- units -----------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """What a unit measures (its dimension), its factor to the dimension's base, its name."""

    dimension: str
    factor: float
    name: str


def _units() -> dict[str, Unit]:
    table: dict[str, Unit] = {}

    def add(dimension: str, factor: float, name: str, *spellings: str) -> None:
        for spelling in (name, *spellings):
            table[spelling.lower()] = Unit(dimension, factor, name)

    add("percent", 1, "percent", "%", "per cent", "pct", "百分比")
    add("percentage_points", 1, "percentage points", "percentage point", "个百分点", "百分点")
    add("percentage_points", 1, "pp", "ppt")
    for code, names in {
        "USD": ("$", "us$", "u.s.$", "usd", "dollar", "dollars", "美元", "美金", "us dollars"),
        "CNY": ("¥", "rmb", "cny", "yuan", "元", "人民币", "元人民币", "块", "块钱"),
        "EUR": ("€", "eur", "euro", "euros", "欧元"),
        "GBP": ("£", "gbp", "pound", "pounds", "英镑"),
        "JPY": ("jpy", "yen", "日元"),
        "HKD": ("hk$", "hkd", "港元", "港币"),
    }.items():
        add(f"currency:{code}", 1, code, *names)
    add("energy", 1, "Wh", "瓦时")
    add("energy", 1e3, "kWh", "千瓦时", "千瓦小时", "度", "度电")
    add("energy", 1e6, "MWh", "兆瓦时")
    add("energy", 1e9, "GWh", "吉瓦时")
    add("energy", 1e12, "TWh", "太瓦时")
    add("power", 1, "W", "瓦")
    add("power", 1e3, "kW", "千瓦")
    add("power", 1e6, "MW", "兆瓦")
    add("power", 1e9, "GW", "吉瓦")
    add("mass", 1, "kg", "千克", "公斤", "kilograms", "kilogram")
    add("mass", 1e3, "tonnes", "吨", "tons", "tonne", "ton", "t")
    add("mass", 1e-3, "g", "克", "grams", "gram")
    add("length", 1e3, "km", "公里", "千米", "kilometres", "kilometers")
    add("length", 1, "metres", "米", "meters", "metre", "meter")
    add("duration", 365.25, "years", "year", "yrs", "年")
    add("duration", 30.4375, "months", "month", "个月")
    add("duration", 7, "weeks", "week", "周", "星期", "个星期")
    add("duration", 1, "days", "day", "天")
    add("duration", 1 / 24, "hours", "hour", "hrs", "hr", "h", "小时", "个小时")
    add("duration", 1 / 1440, "minutes", "minute", "mins", "min", "分钟")
    add("duration", 1 / 86400, "seconds", "second", "secs", "sec", "秒", "秒钟")
    add("times", 1, "times", "x", "×", "倍", "fold")
    counts = (
        "起 例 人 名 位 家 个 件 项 次 台 辆 户 所 座 张 篇 部 款 条 种 只 套 份 批 块 枚 颗 "
        "人次 万人 余人 多人 家企业 个国家 个城市 "
        "cases people persons person firms firm companies company organisations organizations "
        "organisation organization businesses users employees workers patients deaths students "
        "jobs units items households countries cities schools hospitals projects models "
        "products standards records funds areas indicators categories diseases gpus chips"
    )
    for word in counts.split():
        table[word.lower()] = Unit("count", 1, word)
    return table


UNITS = _units()
_CLAIM_UNIT_ALIASES = {"percent": "percent", "ratio": "ratio", "rank": "rank", "points": "points"}


def unit_of(text: str) -> Unit | None:
    """The Unit a spelling names (`TWh`, `千瓦时`, `per cent`, `美元`), or None."""
    return UNITS.get(" ".join(text.lower().split()))


def claim_unit(quantity: Quantity) -> Unit | None:
    """What a claim's quantity measures, from its normalised unit and kind; None: not matchable."""
    kind = quantity.kind
    if kind == Kind.DATE or quantity.value is None:
        return None
    if kind == Kind.PERCENT:
        return UNITS["percent"]
    if kind == Kind.PERCENTAGE_POINTS:
        return UNITS["percentage points"]
    unit = quantity.unit.strip()
    if kind == Kind.CURRENCY:
        code, _, per = unit.partition("/")
        base = unit_of(code) or Unit(f"currency:{code.upper()}", 1, code.upper())
        if per:
            per_unit = unit_of(per)
            if per_unit is None:
                return Unit(f"{base.dimension}/{per.lower()}", 1, unit)
            return Unit(f"{base.dimension}/{per_unit.dimension}", 1 / per_unit.factor, unit)
        return base
    if kind == Kind.COUNT:
        return Unit("count", 1, unit or "count")
    if kind in (Kind.RANK, Kind.SCORE):
        return Unit(kind.value, 1, unit or kind.value)
    if kind == Kind.RATIO:
        if unit_of(unit) is not None and unit_of(unit).dimension == "times":  # type: ignore[union-attr]
            return UNITS["times"]
        return Unit("ratio", 1, unit or "ratio")
    known = unit_of(unit)
    if known is not None:
        return known
    return Unit(f"raw:{unit.lower()}", 1, unit) if unit else None


# -- scanning --------------------------------------------------------------------


@dataclass
class FoundNumber:
    """A number as a source states it: span, value in its unit, and its written precision."""

    start: int
    end: int
    text: str
    value: float
    unit: Unit | None
    #: The smallest step of the number as written (0.1 for "1.2"), in the same unit.
    step: float
    #: A unit-like word after the number that no table knows ("EFlops"), lower-cased.
    raw_unit: str = ""

    @property
    def base_value(self) -> float:
        """The value in the dimension's base unit (Wh, days, one unit of currency)."""
        return self.value * (self.unit.factor if self.unit else 1)

    @property
    def base_step(self) -> float:
        """The step in the base unit."""
        return self.step * (self.unit.factor if self.unit else 1)


_SMALL = {**EN_UNITS, **EN_TENS}
_ENGLISH_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "t": 1e12,
}

_WORD = (
    "(?:"
    + "|".join(
        sorted(
            list(_SMALL) + ["hundred", "thousand", "million", "billion", "trillion"],
            key=len,
            reverse=True,
        )
    )
    + ")"
)
_CURRENCY_PREFIX = r"(?:US\s?\$|U\.S\.\s?\$|HK\$|\$|€|£|¥|(?:USD|RMB|CNY|EUR|GBP|JPY|HKD)\s?)"
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# 千 and 百 are not part of a numeral when they begin a unit (千瓦时, 百分点).
_CN_CHAR = r"(?:[零一二两三四五六七八九十万亿]|千(?![瓦克米])|百(?!分))"
_CN_NUM = rf"{_CN_CHAR}+(?:点[零一二三四五六七八九]+(?:[十万亿]|千(?![瓦克米])|百(?!分))*)?"
# A Chinese scale after Arabic digits (not the 千 of 千瓦时, nor the 百 of 百分点).
_CN_SCALE = r"(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦克米])|百(?!分))"
_EN_SCALE = (
    r"(?:\s?(?:hundred|thousand|million|billion|trillion|mn|mln|bn|tn)\b|(?:k|K|M|B|T)(?![A-Za-z]))"
)

_UNIT_WORDS = sorted(
    (
        u
        for u in UNITS
        if not re.fullmatch(r"[a-z]{1,2}", u)
        or u in {"kw", "mw", "gw", "wh", "pp", "km", "kg", "hr", "h", "x"}
    ),
    key=len,
    reverse=True,
)
_UNIT_RE = "|".join(
    re.escape(u) for u in _UNIT_WORDS if u not in {"$", "¥", "€", "£", "us$", "hk$", "u.s.$"}
)

_NUMBER = re.compile(
    rf"""
    (?P<prefix>{_CURRENCY_PREFIX})?
    (?:
        (?P<arabic>(?<![A-Za-z0-9_.]){_ARABIC})
        (?P<cnscale>{_CN_SCALE})?
        (?P<enscale>{_EN_SCALE})?
      | (?P<words>\b{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*\b)
      | (?P<cn>(?:百分之)?{_CN_NUM})
    )
    (?P<unit>\s?(?:{_UNIT_RE})(?![A-Za-z]))?
    (?P<per>\s?(?:/|per\s|每)\s?(?:hour|hr|h|day|month|year|yr|kWh|小时|时|天|日|月|年)(?![A-Za-z]))?
    (?P<raw>(?:\s?[A-Za-z][A-Za-z\-]{{1,24}}))?
    """,
    re.X | re.I,
)
_STOPWORDS = frozenset(
    "the a an and or of in on at to for from by with as is are was were be been that this "
    "these those it its than then there their they we our you your he she his her not no "
    "per cent percent over about around nearly almost more less up down which who what when "
    "while will would can could may might has have had also into out only just some such "
    "each other all any most many much year years".split()
)


def scan_numbers(text: str) -> list[FoundNumber]:
    """Every number the text states, with its value, unit and written precision, in order."""
    folded = fold(text)
    found: list[FoundNumber] = []
    for match in _NUMBER.finditer(folded):
        number = _read_match(match, folded)
        if number is not None:
            found.append(number)
    return found


def _read_match(match: re.Match[str], text: str) -> FoundNumber | None:
    groups = match.groupdict()
    prefix = (groups["prefix"] or "").strip()
    unit_text = (groups["unit"] or "").strip()
    scaled = False
    if groups["arabic"]:
        at = match.start("arabic")
        if re.search(r"[A-Za-z]-$", text[max(0, at - 2) : at]):
            return None  # a name like GPT-4
        written = groups["arabic"].replace(",", "")
        value, step = float(written), _arabic_step(written)
        number_end = match.end("arabic")
        if groups["cnscale"]:
            scale = _cn_scale(groups["cnscale"])
            value, step, number_end, scaled = (
                value * scale,
                step * scale,
                match.end("cnscale"),
                True,
            )
        if groups["enscale"]:
            word = groups["enscale"].strip()
            if word in {"m", "b", "t"} and not prefix:
                return None  # 5m is metres, 3b a label: a lower-case letter scales money only
            scale = _ENGLISH_SCALES[word.lower()]
            value, step, number_end, scaled = (
                value * scale,
                step * scale,
                match.end("enscale"),
                True,
            )
        if not scaled and text[number_end : number_end + 1] in {"月", "日", "号"}:
            return None  # 7月26日: a date
    elif groups["words"]:
        words_value = _english_words(groups["words"])
        if words_value is None or (not unit_text and words_value < 10):
            return None  # "one of the": a word, not a count
        value, step, number_end = words_value, _rounding_step(words_value), match.end("words")
    elif groups["cn"]:
        cn = groups["cn"]
        percent = cn.startswith("百分之")
        cn_value = _chinese_number(cn[3:] if percent else cn)
        if cn_value is None:
            return None
        if percent:
            unit_text = "percent"
        elif not unit_text or cn_value < 2:
            return None  # a bare numeral is too often a word (一些, 十分); 一个 is an article
        value, step, number_end = cn_value, _rounding_step(cn_value), match.end("cn")
    else:
        return None
    unit = _unit_for(prefix, unit_text)
    end = match.end("unit") if groups["unit"] else number_end
    if groups["per"] and unit is not None and unit.dimension.startswith("currency"):
        per_text = re.sub(r"^\s?(?:/|per\s|每)\s?", "", groups["per"]).strip()
        per = unit_of(per_text)
        if per is not None:
            unit = Unit(
                f"{unit.dimension}/{per.dimension}",
                unit.factor / per.factor,
                f"{unit.name}/{per_text}",
            )
            end = match.end("per")
    raw = ""
    if groups["raw"] and not groups["unit"] and not groups["per"]:
        word = groups["raw"].strip().lower()
        if word not in _STOPWORDS and word not in _ENGLISH_SCALES:
            raw = word
            end = match.end("raw")
    year_like = groups["arabic"] and not scaled and value.is_integer() and 1800 <= value <= 2100
    if year_like and not prefix and (unit is None or unit.name == "years") and not raw:
        return None  # 2025 or 2025年: when, not how much
    if not math.isfinite(value):
        return None
    span = text[match.start() : end].rstrip()
    return FoundNumber(
        start=match.start(),
        end=match.start() + len(span),
        text=span,
        value=value,
        unit=unit,
        step=step,
        raw_unit=raw,
    )


def _unit_for(prefix: str, unit_text: str) -> Unit | None:
    unit = unit_of(unit_text) if unit_text else None
    if prefix:
        currency = unit_of(prefix.replace(" ", "")) or unit_of(prefix.strip())
        if currency is not None and (unit is None or unit.dimension.startswith("currency")):
            return currency
    return unit


def _arabic_step(written: str) -> float:
    if "." in written:
        return 10.0 ** -len(written.split(".")[1])
    return _rounding_step(float(written))


def _rounding_step(value: float) -> float:
    """The step of a whole number: 1, or 10^k for a round number with three or more zeros."""
    if value <= 0 or not float(value).is_integer():
        return 1.0 if float(value).is_integer() else 10.0 ** -len(repr(value).split(".")[1])
    integer = int(value)
    zeros = len(str(integer)) - len(str(integer).rstrip("0"))
    if zeros < 3:
        return 1.0
    return min(10.0**zeros, 2 * MAX_ROUNDING * value)


def _cn_scale(text: str) -> float:
    return apply_cn_scale(1.0, text)


def _english_words(text: str) -> float | None:
    return parse_english_words([w for w in re.split(r"[\s-]+", text) if w])


def _chinese_number(text: str) -> float | None:
    """十二万 → 120000, 一点二万亿 → 1.2e12, 九十五 → 95, 二零二四 → 2024; None if malformed.

    The extractor's numeral reader, plus a scale after a decimal (一点二万亿),
    where the scale multiplies the whole decimal.
    """
    core = text.rstrip("万亿千百十") if "点" in text else text
    scale = text[len(core) :]
    value = parse_chinese(core)
    return None if value is None else apply_cn_scale(value, scale)


# -- matching --------------------------------------------------------------------


@dataclass
class Comparison:
    """How a found number stands to a claim's quantity."""

    relation: str  # "same", "close" or "different"
    claim_value: float
    found_value: float  # in the claim's unit


def tolerance(quantity: Quantity, unit: Unit) -> float:
    """How far (in base units) a number may lie from the claim's and still state it."""
    written = _written_step(quantity, unit)
    value = abs(quantity.value or 0) * unit.factor
    tol = written / 2
    if quantity.approx:
        tol = max(tol, APPROX_TOLERANCE * value)
    return tol


def _written_step(quantity: Quantity, unit: Unit) -> float:
    """The claim's stated precision in base units, read from its text (1.2万亿 → 1e11 kWh)."""
    value = abs(quantity.value or 0)
    for number in scan_numbers(quantity.text):
        if number.value and value and _near_ratio(number.value, value):
            return number.step * (value / number.value) * unit.factor
    return _rounding_step(value) * unit.factor if value else 0.0


def _near_ratio(a: float, b: float) -> bool:
    """True when a equals b up to a power of ten (the claim's value had its unit converted)."""
    ratio = abs(b / a)
    exponent = round(math.log10(ratio)) if ratio > 0 else 0
    return abs(ratio / 10.0**exponent - 1) < 1e-6


def compare(quantity: Quantity, unit: Unit, number: FoundNumber) -> Comparison:
    """Same, close or different: the found number against the claim's quantity (same dimension)."""
    claim_base = (quantity.value or 0) * unit.factor
    found_base = number.base_value
    tol = max(tolerance(quantity, unit), number.base_step / 2)
    tol += 1e-9 * max(abs(claim_base), 1)
    diff = found_base - claim_base
    close = max(2.5 * tol, CLOSE_TOLERANCE * abs(claim_base))
    if quantity.bound == Bound.LOWER:
        same = -tol <= diff <= BOUND_SPAN * abs(claim_base) + tol
        near = -close <= diff
    elif quantity.bound == Bound.UPPER:
        same = -BOUND_SPAN * abs(claim_base) - tol <= diff <= tol
        near = diff <= close
    else:
        same = abs(diff) <= tol
        near = abs(diff) <= close
    relation = "same" if same else "close" if near else "different"
    return Comparison(relation, quantity.value or 0, found_base / unit.factor)


def commensurable(unit: Unit, number: FoundNumber) -> str:
    """'known' when the found number measures what the claim's does, 'bare' for a unitless
    number a count/score/rank may be written as, '' when they cannot be compared."""
    if number.unit is not None:
        if number.unit.dimension == unit.dimension:
            return "known"
        if unit.dimension == "ratio" and number.unit.dimension == "times":
            return "known"
        return ""
    if unit.dimension.startswith("raw:"):
        return "known" if number.raw_unit and number.raw_unit == unit.dimension[4:] else ""
    if unit.dimension in {"count", "score", "rank", "ratio"} and not number.raw_unit:
        return "bare"
    return ""


def terms(text: str) -> set[str]:
    """Words that say what a passage is about: English words and Chinese character pairs."""
    folded = fold(text).lower()
    found = {
        w[:-1] if w.endswith("s") and len(w) > 4 else w
        for w in re.findall(r"[a-z][a-z\-]{2,}", folded)
        if w not in _STOPWORDS
    }
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", folded):
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    return found


def match_claim(claim: Claim, text: str) -> list[dict[str, Any]]:
    """Every place in `text` where the claim's quantities appear (or are contradicted), best first.

    Each match: quantity_text, found_text, passage (≈200 characters of the
    source), start/end (the found text's span in the passage), value and unit
    (in the claim's unit), relation ("same" | "close" | "different"),
    position (offset in `text`) and relevance (how much the passage shares
    the claim's words). A "different" number is kept only where the passage
    speaks of the same thing; a unitless number only where it does too.
    """
    if not text:
        return []
    numbers = scan_numbers(text)
    claim_terms = terms(_without_quantities(claim))
    matches: list[dict[str, Any]] = []
    for quantity in claim.quantities:
        unit = claim_unit(quantity)
        if unit is None:
            continue
        for number in numbers:
            kind = commensurable(unit, number)
            if not kind:
                continue
            comparison = compare(quantity, unit, number)
            relevance = _relevance(claim_terms, text, number)
            related = relevance >= 0.15 and len(claim_terms) > 0
            if (kind == "bare" or comparison.relation == "different") and not related:
                continue
            matches.append(_match_record(quantity, unit, number, comparison, text, relevance, kind))
    order = {"same": 0, "close": 1, "different": 2}
    matches.sort(key=lambda m: (order[m["relation"]], -m["relevance"], m["position"]))
    return matches[:MAX_MATCHES]


def suggest_stance(matches: Iterable[dict[str, Any]]) -> Stance | None:
    """SUPPORTS if a match states the same value; REFUTES if only a different one of the same
    measure; else None. A suggestion for the reviewer, never a verdict."""
    relations = {m.get("relation") for m in matches}
    if "same" in relations:
        return Stance.SUPPORTS
    if "different" in relations:
        return Stance.REFUTES
    return None


def _match_record(
    quantity: Quantity,
    unit: Unit,
    number: FoundNumber,
    comparison: Comparison,
    text: str,
    relevance: float,
    kind: str,
) -> dict[str, Any]:
    left = max(0, number.start - PASSAGE_SIDE)
    right = min(len(text), number.end + PASSAGE_SIDE)
    return {
        "quantity_text": quantity.text,
        "found_text": text[number.start : number.end],
        "passage": text[left:right],
        "start": number.start - left,
        "end": number.end - left,
        "position": number.start,
        "value": _tidy(comparison.found_value),
        "unit": unit.name,
        "source_value": _tidy(number.value),
        "source_unit": number.unit.name if number.unit else number.raw_unit,
        "claim_value": _tidy(comparison.claim_value),
        "relation": comparison.relation,
        "relevance": round(relevance, 2),
        "unit_known": kind == "known",
    }


def _relevance(claim_terms: set[str], text: str, number: FoundNumber) -> float:
    if not claim_terms:
        return 0.0
    window = text[max(0, number.start - 80) : number.end + 80]
    shared = claim_terms & terms(window)
    if len(shared) < 2 and len(claim_terms) > 2:
        return min(0.1, len(shared) / len(claim_terms))
    return len(shared) / len(claim_terms)


def _without_quantities(claim: Claim) -> str:
    text = claim.sentence or claim.text
    for quantity in claim.quantities:
        text = text.replace(quantity.text, " ")
    return text


def _tidy(value: float) -> float:
    return float(f"{value:.12g}")


def iter_found(text: str) -> Iterator[tuple[str, float, str]]:
    """(text, value, unit) of every number in `text`: a debugging aid for the CLI and tests."""
    for number in scan_numbers(text):
        yield number.text, number.value, number.unit.name if number.unit else number.raw_unit
