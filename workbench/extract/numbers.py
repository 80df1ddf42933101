"""Reading numbers as written: Arabic, Chinese numerals, scale words, English number words.

All functions take already folded text (see fold.py): ASCII digits, Simplified forms.
"""

from __future__ import annotations

import math

CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
#: Characters that may appear in a Chinese numeral.
CN_NUMERAL_CHARS = frozenset(CN_DIGITS) | frozenset(CN_SMALL_UNITS) | frozenset(CN_BIG_UNITS)
#: Scale words that may follow an Arabic number: 1.2万亿 = 1.2e12.
CN_SCALE = {"十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}

#: Longest digit run read as a number; longer runs are identifiers, not quantities.
MAX_DIGITS = 24


def parse_arabic(token: str) -> float | None:
    """The value of an Arabic number such as '1,200.5' (None if it is not one)."""
    digits = token.replace(",", "")
    if not digits or len(digits) > MAX_DIGITS + 8:
        return None
    try:
        value = float(digits)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_chinese(token: str) -> float | None:
    """The value of a Chinese numeral: 五 → 5, 两百 → 200, 三千五百万 → 3.5e7, 二〇二五 → 2025.

    Returns None when the characters do not form a well-formed numeral.
    """
    token = token.replace("兩", "两").replace("萬", "万").replace("億", "亿").replace("點", "点")
    if not token or len(token) > 40 or any(c not in CN_NUMERAL_CHARS and c != "点" for c in token):
        return None
    if "点" in token:
        whole, _, frac = token.partition("点")
        base = parse_chinese(whole) if whole else None
        if base is None or not frac or any(c not in CN_DIGITS for c in frac):
            return None
        return float(f"{int(base)}.{''.join(str(CN_DIGITS[c]) for c in frac)}")
    if all(c in CN_DIGITS for c in token):
        if len(token) == 1:
            return float(CN_DIGITS[token])
        # A digit-by-digit reading such as 二〇二五; 两 is never used that way,
        # and two digits (三五) mean "three or five", not 35.
        if "两" in token or (len(token) < 3 and "〇" not in token and "零" not in token):
            return None
        return float("".join(str(CN_DIGITS[c]) for c in token))
    total = 0.0  # completed 亿/万 sections
    section = 0.0  # the current section below 万
    digit: float | None = None
    last_small = 10_000
    last_big = math.inf
    for char in token:
        if char in CN_DIGITS:
            if digit is not None and CN_DIGITS[char] != 0 and digit != 0:
                return None  # two digits in a row: 三五 is not a numeral
            digit = float(CN_DIGITS[char])
        elif char in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[char]
            if unit >= last_small:
                return None
            section += (1.0 if digit is None else digit) * unit
            digit = None
            last_small = unit
        else:
            unit = CN_BIG_UNITS[char]
            section += digit or 0.0
            digit = None
            if section == 0 and total == 0:
                return None
            if unit >= last_big:
                # 万亿: a scale applied to everything so far
                total = (total + section) * unit
            else:
                total += section * unit
            section = 0.0
            last_small = 10_000
            last_big = unit
    return total + section + (digit or 0.0)


def apply_cn_scale(value: float, scale: str) -> float:
    """`value` multiplied by a run of Chinese scale characters such as 万亿 or 千万."""
    for char in scale:
        value *= CN_SCALE[char]
    return value


EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
EN_SCALES = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
#: Scale words and abbreviations after an Arabic number: 5.6 million, €3bn, $2tn.
EN_SCALE_WORDS = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
#: Denominators of fractions in words: a third, two-thirds, three quarters.
EN_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip


def parse_english_words(words: list[str]) -> float | None:
    """The value of English number words such as ['three', 'hundred'] or ['twenty-five']."""
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        for word in raw.lower().split("-"):
            if word in EN_UNITS:
                current += EN_UNITS[word]
            elif word in EN_TENS:
                current += EN_TENS[word]
            elif word == "hundred":
                current = (current or 1) * 100
            elif word in EN_SCALES:
                total += (current or 1) * EN_SCALES[word]
                current = 0
            elif word in ("a", "and"):
                continue
            else:
                return None
            seen = True
    return total + current if seen else None
