"""What a stated number allows: its interval (rounding, hedges, bounds) and its unit's dimension.

A check compares intervals, never bare values: `40%` stands for [39.5, 40.5],
`约560万` for 560万 ± 3%, `超过500亿` for [500亿, ∞). Numbers used as inputs of a
computation are taken nearly at face value (a writer computes from the figures
they print); the figure being checked gets the full rounding of its precision.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from workbench.models import Bound, Kind, Quantity

#: Relative slack of a hedged number (约, about, nearly) beyond its written rounding.
APPROX_SLACK = 0.03
#: A hedged percentage (约95%) may be this many points off, whatever its rounding.
APPROX_POINTS = 2.0
#: An unhedged input of a computation is trusted to this relative precision at most.
INPUT_SLACK = 0.005

_ARABIC = re.compile(r"\d[\d,]*(?:\.\d+)?")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}


@dataclass(frozen=True)
class Interval:
    """A closed range of values a stated number allows (hi may be infinite)."""

    lo: float
    hi: float

    def overlaps(self, other: Interval) -> bool:
        """Whether the two ranges share a value (with a hair of float slack)."""
        eps = 1e-9 * max(1.0, abs(self.lo), abs(other.lo))
        return self.lo <= other.hi + eps and other.lo <= self.hi + eps

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval) -> Interval:
        products = [_mul(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            return Interval(-math.inf, math.inf)
        inverse = Interval(1 / other.hi if other.hi != math.inf else 0.0, 1 / other.lo)
        return self * inverse

    def scale(self, factor: float) -> Interval:
        """The interval multiplied by a constant (a negative one flips it)."""
        a, b = _mul(self.lo, factor), _mul(self.hi, factor)
        return Interval(min(a, b), max(a, b))

    @property
    def width(self) -> float:
        """hi − lo (infinite for an open bound)."""
        return self.hi - self.lo


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    return a * b


def point(value: float) -> Interval:
    """An exact value."""
    return Interval(value, value)


def written_step(quantity: Quantity) -> float:
    """The unit of the last written digit, in the quantity's value units (8.2万 → 1000; 40% → 1).

    Trailing zeros count as written (600 → 1), Chinese numerals and products
    (64×8) are read as exact (0).
    """
    if quantity.value is None:
        return 0.0
    text = quantity.text.translate(_FULLWIDTH)
    if re.search(r"[×xX*]\s*\d", text):
        return 0.0
    match = _ARABIC.search(text)
    if not match:
        return 0.0
    digits = match.group().replace(",", "")
    try:
        written = float(digits)
    except ValueError:
        return 0.0
    if written == 0:
        return 0.0
    decimals = len(digits.partition(".")[2])
    scale = quantity.value / written
    return abs(10.0**-decimals * scale)


def interval(quantity: Quantity, *, stated: bool = True) -> Interval:
    """The values a quantity allows: as the figure checked (`stated`) or as an input."""
    value = quantity.value or 0.0
    half = written_step(quantity) / 2
    if not stated:
        half = min(half, INPUT_SLACK * abs(value))
    if quantity.approx:
        if quantity.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINTS):
            half = max(half, APPROX_POINTS)
        else:
            half = max(half, APPROX_SLACK * abs(value))
    floor = 0.0 if value >= 0 else -math.inf
    if quantity.bound == Bound.LOWER:
        ceiling = 100.0 if quantity.kind == Kind.PERCENT and value <= 100 else math.inf
        return Interval(value - half, ceiling)
    if quantity.bound == Bound.UPPER:
        return Interval(floor if value >= 0 else value - half, value + half)
    return Interval(value - half, value + half)


# -- units -------------------------------------------------------------------------

_UNIT_TABLE: dict[str, tuple[str, float]] = {}


def _add(dimension: str, factor: float, *names: str) -> None:
    for name in names:
        _UNIT_TABLE[name.lower()] = (dimension, factor)


_add("duration", 365.25 * 24, "years", "year", "yr", "yrs", "年")
_add("duration", 30.4375 * 24, "months", "month", "个月", "月")
_add("duration", 7 * 24, "weeks", "week", "周", "星期")
_add("duration", 24, "days", "day", "天", "日")
_add("duration", 1, "hours", "hour", "hr", "hrs", "h", "小时", "个小时")
_add("duration", 1 / 60, "minutes", "minute", "min", "mins", "分钟")
_add("duration", 1 / 3600, "seconds", "second", "sec", "secs", "s", "秒")
_add("energy", 1, "wh", "瓦时")
_add("energy", 1e3, "kwh", "千瓦时", "度")
_add("energy", 1e6, "mwh", "兆瓦时")
_add("energy", 1e9, "gwh", "吉瓦时")
_add("energy", 1e12, "twh", "太瓦时")
_add("compute", 1e15, "pflops", "pflop/s", "pflop")
_add("compute", 1e18, "eflops", "eflop/s", "eflop")
_add("compute", 1e12, "tflops", "tflop/s", "tflop")
_add("mass", 1, "kg", "千克", "公斤")
_add("mass", 1e3, "tonnes", "tonne", "tons", "ton", "t", "吨")
_add("length", 1, "m", "metres", "meters", "米")
_add("length", 1e3, "km", "kilometres", "kilometers", "公里", "千米")
_add("percent", 1, "percent", "%", "pct")
_add("percentage_points", 1, "percentage points", "percentage point", "pp", "个百分点", "百分点")
_add("times", 1, "times", "x", "倍", "fold")

_DEVICE_HOURS = re.compile(r"(?:gpu|tpu|card|node|device|卡|机)[- ]?(?:hours?|hrs?|小时|时)")

_CURRENCIES = {
    "usd": "USD", "$": "USD", "us$": "USD", "dollars": "USD", "美元": "USD",
    "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "元": "CNY", "人民币": "CNY", "¥": "CNY",
    "eur": "EUR", "€": "EUR", "euros": "EUR", "欧元": "EUR",
    "gbp": "GBP", "£": "GBP", "pounds": "GBP", "英镑": "GBP",
    "jpy": "JPY", "yen": "JPY", "日元": "JPY", "hkd": "HKD", "港元": "HKD",
}  # fmt: skip


@dataclass(frozen=True)
class Dimension:
    """What a quantity measures, comparable across spellings; factor converts to the base unit."""

    name: str
    factor: float = 1.0


def dimension(quantity: Quantity) -> Dimension | None:
    """The quantity's dimension (`currency:USD`, `duration`, `count:people`...), None for dates."""
    kind = quantity.kind
    unit = " ".join(quantity.unit.strip().lower().split())
    if kind == Kind.DATE or quantity.value is None:
        return None
    if kind == Kind.PERCENT:
        return Dimension("percent")
    if kind == Kind.PERCENTAGE_POINTS:
        return Dimension("percentage_points")
    if kind == Kind.CURRENCY:
        code, _, per = unit.partition("/")
        code = _CURRENCIES.get(code, code.upper())
        if per:
            known = _UNIT_TABLE.get(per.strip())
            if known:
                return Dimension(f"currency:{code}/{known[0]}", 1 / known[1])
            return Dimension(f"currency:{code}/{per.strip()}")
        return Dimension(f"currency:{code}")
    if kind == Kind.RATIO:
        if unit in _UNIT_TABLE and _UNIT_TABLE[unit][0] == "times":
            return Dimension("times")
        return Dimension("ratio")
    if kind in (Kind.RANK, Kind.SCORE):
        return Dimension(f"{kind.value}:{unit}")
    if kind == Kind.COUNT:
        return Dimension(f"count:{_singular(unit)}")
    known = _UNIT_TABLE.get(unit)
    if known:
        return Dimension(known[0], known[1])
    if _DEVICE_HOURS.fullmatch(unit):
        return Dimension("duration", 1.0)  # GPU-hours: hours of one device, priced per hour
    return Dimension(f"{kind.value}:{unit}")


def same_measure(a: Dimension | None, b: Dimension | None) -> bool:
    """Whether two figures measure the same thing (a count without a unit fits any count)."""
    if a is None or b is None:
        return False
    if a.name == b.name:
        return True
    return (
        a.name.startswith("count:") and b.name.startswith("count:") and "count:" in (a.name, b.name)
    )


def _singular(unit: str) -> str:
    if unit.endswith("ies") and len(unit) > 4:
        return unit[:-3] + "y"
    if unit.endswith("s") and len(unit) > 3:
        return unit[:-1]
    return unit


def base_value(quantity: Quantity) -> float:
    """The value converted to its dimension's base unit (4 days → 96 hours)."""
    dim = dimension(quantity)
    return (quantity.value or 0.0) * (dim.factor if dim else 1.0)


def hours_in(quantity: Quantity) -> float | None:
    """A duration in hours (None if it is not a duration)."""
    dim = dimension(quantity)
    if dim is None or dim.name != "duration":
        return None
    return (quantity.value or 0.0) * dim.factor


def fmt(value: float | None) -> str:
    """A number for an explanation: 4 significant figures, no float noise."""
    if value is None:
        return "?"
    if value == math.inf:
        return "∞"
    if abs(value) >= 1e4:
        return f"{value:,.0f}"
    return f"{value:.4g}"
