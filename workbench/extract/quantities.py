"""Quantity mentions: every number of a text with its value, unit, kind, hedge and bound.

`find_mentions(text)` scans the text once for number tokens (Arabic digits,
Chinese numerals, English number words) and reads each one in its context:
currency signs and hedges before it, scale words, units, measure words and
hedges after it, ranges, products, ranks and fractions around it. Years and
dates come back as kind=date (time scope); numbers in names, titles, list or
section numbering come back not at all. Offsets point into `text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.extract.exclude import excluded_mask, is_name_glued
from workbench.extract.fold import fold
from workbench.extract.numbers import (
    CN_DIGITS,
    CN_SCALE,
    EN_FRACTIONS,
    EN_ORDINALS,
    EN_SCALE_WORDS,
    EN_TENS,
    parse_arabic,
    parse_chinese,
    parse_english_words,
)
from workbench.extract.units import (
    CURRENCY_PREFIXES,
    EN_CAPITAL_STOP,
    EN_HEDGES_AFTER,
    EN_HEDGES_BEFORE,
    EN_REFERENCE_WORDS,
    EN_STOPWORDS,
    MONTHS,
    PER_UNITS,
    YEAR_PREPOSITIONS,
    ZH_HEDGES_AFTER,
    ZH_HEDGES_BEFORE,
    ZH_MEASURE_WORDS,
    ZH_NOUNS,
    ZH_PER_BEFORE,
    ZH_UNITS,
)
from workbench.extract.units import (
    EN_UNITS as EN_UNIT_WORDS,
)
from workbench.models import Bound, Kind


@dataclass(slots=True)
class Mention:
    """One quantity mention found in a text (offsets into that text)."""

    start: int
    end: int
    value: float | None
    unit: str
    kind: Kind
    approx: bool = False
    bound: Bound | None = None


_TOKEN = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)*|[零〇一二三四五六七八九十百千万亿两]+")
_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}
_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"
_RANGE_CONNECTORS = "-–—~至到"
_EN_WORD_HIT = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|dozen|a|an|half|doubled|doubling|tripled|tripling|"
    r"quadrupled|halved|twofold|threefold|fourfold|fivefold|tenfold|double|triple|quadruple|twice|thrice|"
    r"top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|number)\b"
)
#: What may follow 成 when it is not "tenths": 成为 (become), 成功, 成本, 成立 …
_NOT_TENTHS = "为功本立果长员熟交就效都绩品型分千万百批套片群"
#: Characters ending a number's scale or unit: a dash after them joins a range, not a sign.
_UNIT_ENDINGS = frozenset("十百千万亿元年月日天个人家件次吨米%‰倍点")
#: "three of the …": a count of a set named after it.
_PARTITIVE = re.compile(r" of (?:the|its|their|our|his|her|them|these|those|all|us)\b")
_EN_WORD_RANGE = re.compile(
    r"(?: to | or |-)(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred)\b"
)
#: Spaces that only ever separate digit groups: 1 120 with a thin or no-break space.
_GROUP_SPACES = frozenset("\u00a0\u202f\u2009")
_PERIOD_MARK = re.compile(r"(?<![a-z0-9])(?:[hq][1-4]|fy) $")
_MONTH_RANGE = re.compile(r"[-–—~至到](?:1[0-2]|0?[1-9])月份?")
_ZH_SPECIAL = re.compile(r"翻番|半数|过半|减半")
_RANK_VERBS_ZH = (
    "排名",
    "排行",
    "位列",
    "位居",
    "名列",
    "位于",
    "跃居",
    "升至",
    "降至",
    "排在",
    "列",
    "居",
    "排",
)
_RANK_WORDS_EN = re.compile(
    r"(?:rank|ranks|ranked|ranking|placed|place|finished|came|come|comes|is|was|are|were|at)"
    r"(?: in| at| the| no\.?| number)*\s*$"
)
_SUPERLATIVE_AFTER = re.compile(
    r"[- ]?(?:largest|biggest|highest|lowest|most|best|worst|busiest|fastest|strongest|"
    r"place|position|spot|ranked|among)\b"
)


def _index(table: dict) -> dict[str, list[tuple[str, object]]]:
    by_first: dict[str, list[tuple[str, object]]] = {}
    for surface, meaning in table.items():
        by_first.setdefault(surface[0], []).append((surface, meaning))
    for entries in by_first.values():
        entries.sort(key=lambda item: -len(item[0]))
    return by_first


_ZH_UNIT_INDEX = _index(ZH_UNITS)
_ZH_MEASURE_INDEX = _index(ZH_MEASURE_WORDS)
_ZH_NOUN_INDEX = _index(ZH_NOUNS)
_ZH_HEDGE_AFTER_INDEX = _index(ZH_HEDGES_AFTER)
_EN_UNIT_INDEX = _index(EN_UNIT_WORDS)
_PER_INDEX = _index(PER_UNITS)
_CURRENCY_LAST = frozenset(p[-1] for p in CURRENCY_PREFIXES)
_CURRENCY_BY_LENGTH = sorted(CURRENCY_PREFIXES.items(), key=lambda item: -len(item[0]))
_ZH_HEDGES_BY_LENGTH = sorted(ZH_HEDGES_BEFORE.items(), key=lambda item: -len(item[0]))
_EN_HEDGES_BY_LENGTH = sorted(EN_HEDGES_BEFORE.items(), key=lambda item: -len(item[0]))
_EN_SCALE_RE = re.compile(
    r" ?(hundred|thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn|lakhs?|crores?)(?![a-z])"
)
_GLUED_SCALE = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
_ORDINAL_SUFFIX = ("st", "nd", "rd", "th")


def _match_index(text: str, pos: int, index: dict) -> tuple[str, object] | None:
    if pos >= len(text):
        return None
    for surface, meaning in index.get(text[pos], ()):
        if text.startswith(surface, pos):
            return surface, meaning
    return None


def _is_cjk(char: str) -> bool:
    return _CJK_LO <= char <= _CJK_HI


def _is_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


class _Scanner:
    """The state of one scan: the folded and lower-cased text, the exclusion mask."""

    def __init__(self, text: str) -> None:
        self.raw = text
        self.f = fold(text)
        self.low = self.f.translate(_ASCII_LOWER)
        self.n = len(self.f)
        self.mask = excluded_mask(self.f)

    # ----------------------------------------------------------------- context

    def char(self, pos: int) -> str:
        return self.f[pos] if 0 <= pos < self.n else ""

    def word_before(self, pos: int) -> tuple[str, int]:
        """The ASCII word ending just before `pos` (skipping spaces), and its start."""
        j = pos
        while j > 0 and self.f[j - 1] == " " and pos - j < 3:
            j -= 1
        k = j
        while k > 0 and j - k < 20 and (_is_letter(self.f[k - 1]) or self.f[k - 1] == "."):
            k -= 1
        return self.f[k:j], k

    def word_after(self, pos: int) -> tuple[str, int]:
        """The ASCII word starting at `pos` after at most one space, and its end."""
        j = pos
        if j < self.n and self.f[j] == " ":
            j += 1
        k = j
        while k < self.n and k - j < 24 and (_is_letter(self.f[k]) or self.f[k] == "-"):
            k += 1
        return self.f[j:k], k

    def hedge_before(self, start: int) -> tuple[int, bool, Bound | None]:
        """A hedge written right before `start`: (new start, approx, bound)."""
        f = self.f
        prev = self.char(start - 1)
        if not prev or not (_is_cjk(prev) or prev == " " or _is_letter(prev) or prev == "."):
            return start, False, None
        for surface, (approx, bound) in _ZH_HEDGES_BY_LENGTH if _is_cjk(prev) else ():
            if f.startswith(surface, start - len(surface)) and start - len(surface) >= 0:
                before = f[start - len(surface) - 1 : start - len(surface)]
                if surface == "近" and before in ("最", "附", "接", "临"):
                    continue
                return start - len(surface), approx, bound
        j = start
        if j > 0 and f[j - 1] == " ":
            j -= 1
        for surface, (approx, bound) in _EN_HEDGES_BY_LENGTH:
            k = j - len(surface)
            if k >= 0 and self.low.startswith(surface, k) and not _is_letter(self.char(k - 1)):
                if j == start and _is_letter(surface[-1]):
                    continue  # "over5" is not a hedge
                return k, approx, bound
        return start, False, None

    def currency_before(self, start: int) -> tuple[int, str]:
        """A currency sign or code right before `start`: (new start, currency code)."""
        f = self.f
        prev = self.char(start - 1)
        if not prev or not (prev in _CURRENCY_LAST or prev == " "):
            return start, ""
        for j in (start, start - 1):
            if j < start and (j < 0 or f[j] != " "):
                continue
            for surface, code in _CURRENCY_BY_LENGTH:
                k = j - len(surface)
                if k >= 0 and f.startswith(surface, k):
                    if _is_letter(surface[0]) and _is_letter(self.char(k - 1)):
                        continue
                    if j < start and not _is_letter(surface[-1]) and surface != "人民币":
                        continue  # "$ 5" is fine only for codes: "USD 5"
                    return k, code
        return start, ""

    # ------------------------------------------------------------------ suffix

    def read_scale(self, pos: int, arabic: bool, has_currency: bool) -> tuple[int, float]:
        """Scale words after a number: 万亿, 千万, million, bn, k (with a currency)."""
        f = self.f
        scale = 1.0
        start = pos
        while pos < self.n and f[pos] in CN_SCALE or (pos < self.n and f[pos] == "兆"):
            ch = f[pos]
            nxt = self.char(pos + 1)
            if not arabic and ch not in "万亿":
                break
            if ch == "十":
                break
            if ch == "千" and nxt in "瓦克米卡焦帕字":
                break
            if ch == "百" and nxt == "分":
                break
            if ch == "兆":
                if nxt in "瓦赫字位帕焦比" or _is_letter(nxt):
                    break
                scale *= 1e12
            else:
                scale *= CN_SCALE[ch]
            pos += 1
        if pos > start:
            return pos, scale
        match = _EN_SCALE_RE.match(self.low, pos)
        if match and not (
            match.group(1) in ("mn", "bn", "tn") and f[pos] == " " and not has_currency
        ):
            return match.end(), EN_SCALE_WORDS[match.group(1)]
        ch = self.low[pos : pos + 1]
        if ch in _GLUED_SCALE and not _is_letter(self.char(pos + 1)):
            upper = f[pos].isupper()
            digits = f[max(0, pos - 8) : pos]
            # 4K and 3M are names; 500K users and 1.5M downloads are amounts
            big_enough = "." in digits or sum(c.isdigit() for c in digits) >= 2
            if has_currency or (upper and big_enough and ch != "t"):
                return pos + 1, _GLUED_SCALE[ch]
        return pos, 1.0

    def read_unit(self, pos: int, arabic: bool) -> tuple[int, str, Kind | None]:
        """The unit after a number (and its scale): (end, unit, kind) or kind None."""
        f = self.f
        hit = _match_index(f, pos, _ZH_UNIT_INDEX)
        if hit:
            surface, (unit, kind) = hit
            nxt = self.char(pos + len(surface))
            ok = True
            if surface == "分":
                ok = arabic and nxt not in "钟之别为配布析散享支数类级" and nxt != "位"
            elif surface == "年":
                ok = nxt not in "级代度会"
            elif surface == "周":
                if nxt == "年":
                    return pos + 2, "years", Kind.DURATION
            elif surface == "元" and nxt in "宇素":
                ok = False
            if ok:
                return pos + len(surface), unit, kind
        hit = _match_index(f, pos, _ZH_MEASURE_INDEX)
        if hit:
            surface, unit = hit
            end = pos + len(surface)
            noun = _match_index(f, end, _ZH_NOUN_INDEX)
            if noun:
                unit = noun[1]
            return end, str(unit), Kind.COUNT
        # English (and Latin units inside Chinese text): optional space or hyphen first.
        j = pos
        if j < self.n and f[j] == " ":
            j += 1
        low = self.low
        for k in (pos, j) if j != pos else (pos,):
            hit = _match_index(low, k, _EN_UNIT_INDEX)
            if hit:
                surface, (unit, kind) = hit
                end = k + len(surface)
                if _is_letter(surface[-1]) and _is_letter(self.char(end)):
                    continue
                if surface in ("x",) and k != pos:
                    continue
                if surface == "second" and k == pos:
                    continue
                return end, str(unit), kind
        return pos, "", None

    def count_noun(self, pos: int) -> tuple[int, str]:
        """An English noun after a number naming what it counts: 300 companies."""
        word, end = self.word_after(pos)
        if not word or word[0].isupper() or len(word) < 2:
            return pos, ""
        lowered = word.lower().strip("-")
        if lowered in EN_STOPWORDS or lowered in MONTHS or "-" in word[:1]:
            return pos, ""
        return end, lowered

    def hedge_after(self, pos: int) -> tuple[int, bool, Bound | None]:
        hit = _match_index(self.f, pos, _ZH_HEDGE_AFTER_INDEX)
        if hit:
            surface, (approx, bound) = hit
            return pos + len(surface), approx, bound
        if self.char(pos) == "+" and not self.char(pos + 1).isdigit():
            return pos + 1, True, Bound.LOWER
        for surface, (approx, bound) in EN_HEDGES_AFTER.items():
            for lead in (" ", "-"):
                if self.low.startswith(lead + surface, pos) and not _is_letter(
                    self.char(pos + len(surface) + 1)
                ):
                    return pos + 1 + len(surface), approx, bound
        return pos, False, None

    def per_unit(self, pos: int) -> tuple[int, str]:
        for k in (pos,):
            hit = _match_index(self.low, k, _PER_INDEX)
            if hit:
                surface, unit = hit
                end = k + len(surface)
                if _is_letter(surface[-1]) and _is_letter(self.char(end)):
                    continue
                return end, str(unit)
        return pos, ""

    # ------------------------------------------------------------------ tokens

    def scan(self) -> list[Mention]:
        mentions: list[Mention] = []
        consumed = 0
        f = self.f
        for match in _TOKEN.finditer(f):
            start, end = match.span()
            if start < consumed or self.mask[start]:
                continue
            if f[start].isdigit():
                mention = self.arabic(start, end)
                if mention is not None and mention.kind != Kind.DATE and self.minus_before(start):
                    mention.start = min(mention.start, start - 1)
                    mention.value = -mention.value if mention.value else mention.value
            else:
                mention = self.chinese(start, end)
            if mention is not None:
                mentions.append(mention)
                consumed = max(consumed, mention.end)
        mentions.extend(self.english_words())
        mentions.extend(self.chinese_specials())
        return _drop_overlaps(mentions)

    def arabic(self, s: int, e: int) -> Mention | None:
        f = self.f
        tok = f[s:e]
        if tok.count(".") >= 2:
            return None
        if tok.endswith(","):
            return None
        if tok[0] == "0" and tok[1:2].isdigit():
            return None  # 050, 007: a code or the tail of a digit group, never a number alone
        if is_name_glued(f, s, e):
            return None
        e = self.space_grouped(s, e)
        tok = f[s:e]
        value = parse_arabic(tok.replace(" ", ""))
        if value is None:
            return None
        nxt = self.char(e)
        if nxt == "-" and self.char(e + 1).isupper() and not _is_letter(self.char(e + 2)):
            return None  # 10-K, 20-F: a form's name
        if nxt in ":：" and self.char(e + 1).isdigit():
            return self.colon_ratio(s, e, value)
        if nxt == "/" and self.char(e + 1).isdigit():
            return self.slash_date(s, e, value)
        if _is_letter(nxt):
            letters_end = e
            while letters_end < self.n and letters_end - e < 12 and _is_letter(f[letters_end]):
                letters_end += 1
            letters = self.low[e:letters_end]
            known = self._known_suffix(letters) or (
                letters == "t" and bool(self.currency_before(s)[1])
            )  # $1.8T, but 2T is a name
            if not self.char(letters_end).isdigit() and not known:
                if letters in _ORDINAL_SUFFIX or letters == "s":
                    pass
                else:
                    return None  # 5G, 4K, 3D: a name
        date = self.date(s, e, tok, value)
        if date is not False:
            return date
        integer = "." not in tok

        # Before the number.
        start = s
        prev = self.char(s - 1)
        if prev == "第":
            return self.ordinal_zh(s - 1, e, value)
        if prev == "前":
            return self.top_zh(s - 1, e, value)
        if prev == "#":
            return Mention(s - 1, e, value, "rank", Kind.RANK)
        word, word_start = self.word_before(s)
        lowered = word.lower()
        if lowered in ("no.", "no", "number") and _RANK_WORDS_EN.search(
            self.low[max(0, word_start - 24) : word_start]
        ):
            return Mention(word_start, e, value, "rank", Kind.RANK)
        if lowered in EN_REFERENCE_WORDS and " " not in tok:
            return None  # Figure 3; but "Power generation 1 050" is a table row
        if lowered == "top" and integer:
            end, _, _ = self.read_unit(e, True)
            return Mention(word_start, e, value, "rank", Kind.RANK, bound=Bound.UPPER)
        if integer and _is_letter(self.char(e)) and self.low[e : e + 2] in _ORDINAL_SUFFIX:
            return self.ordinal_en(s, e + 2, value)
        start, currency = self.currency_before(s)
        per = ""
        for surface, per_unit in ZH_PER_BEFORE.items():
            k = start - len(surface)
            if k >= 0 and f.startswith(surface, k):
                start, per = k, per_unit
                break
        between = self.low.endswith("between ", 0, start)
        start, approx, bound = self.hedge_before(start)
        pct_prefix = False
        return self.finish(
            s, e, start, value, arabic=True, currency=currency, per=per, approx=approx,
            bound=bound, between=between, pct_prefix=pct_prefix, capital_name=self.capital_before(s),
        )  # fmt: skip

    def space_grouped(self, s: int, e: int) -> int:
        """The end of a number written with spaces between digit groups (1 120, 12 345 678).

        A thin or no-break space always groups digits; a plain one only when the number
        then ends the line or takes a unit, as in a table flattened to text.
        """
        f = self.f
        if not (1 <= e - s <= 3) or not f[s:e].isdigit() or self.char(s - 1) in ".,":
            return e
        end = e
        spaces: list[str] = []
        while (
            self.char(end) == " "
            and f[end + 1 : end + 4].isdigit()
            and len(f[end + 1 : end + 4]) == 3
            and not self.char(end + 4).isdigit()
        ):
            spaces.append(self.raw[end])
            end += 4
        if end == e:
            return e
        if all(c in _GROUP_SPACES for c in spaces):
            return end
        rest = self.char(end)
        if rest in ("", "\n") or (rest == "." and not self.char(end + 1).isdigit()):
            return end
        if self.read_unit(end, True)[2] not in (None, Kind.COUNT, Kind.DATE):
            return end
        return e

    def minus_before(self, s: int) -> bool:
        """True when a minus sign, not a range dash or a hyphen, stands right before `s`: −2.3%, 为-2.49‰."""
        if self.char(s - 1) != "-":
            return False
        before = self.char(s - 2)
        if not before or before in " \t\n|(（:：,，;；=":
            return True
        return _is_cjk(before) and before not in _UNIT_ENDINGS

    def colon_ratio(self, s: int, e: int, value: float) -> Mention | None:
        """3:1 is a ratio; 10:30 (two-digit minutes) is a time of day."""
        m2 = _TOKEN.match(self.f, e + 1)
        if m2 is None or not self.f[e + 1].isdigit():
            return None
        second = parse_arabic(m2.group())
        digits = m2.group()
        if second is None or not second or "," in digits:
            return None
        if len(digits) == 2 and digits.isdigit() or self.char(m2.end()) in ":：":
            return None  # 10:30, 1:23:45
        if _is_letter(self.char(m2.end())):
            return None
        return self.with_hedges(s, m2.end(), round(value / second, 4), "", Kind.RATIO)

    def _known_suffix(self, letters: str) -> bool:
        if letters in _ORDINAL_SUFFIX or letters in ("s",):
            return True
        if letters in EN_SCALE_WORDS or letters in _GLUED_SCALE and letters != "t":
            return True
        if letters in EN_UNIT_WORDS or letters in ("h", "x", "pc"):
            return True
        if letters in (
            "ppt",
            "pp",
            "bps",
            "bp",
            "mn",
            "bn",
            "tn",
            "trn",
            "mln",
            "bln",
            "yr",
            "yrs",
            "hr",
            "hrs",
        ):
            return True
        return False

    def capital_before(self, s: int) -> bool:
        """True when a capitalised word stands right before the number: Gemini 1.5, Figure 3."""
        if s < 2 or self.f[s - 1] != " ":
            return False
        word, word_start = self.word_before(s)
        word = word.rstrip(".")
        if not word or not word[0].isupper():
            return False
        if word.lower() in EN_CAPITAL_STOP or word.lower() in EN_HEDGES_BEFORE:
            return False
        return not self.table_row(word_start, s)

    def table_row(self, label_start: int, s: int) -> bool:
        """True when `label number…` is a whole line of a table flattened to text: Grids 450."""
        line_start = self.f.rfind("\n", 0, label_start) + 1
        if self.f[line_start:label_start].strip(" |\t"):
            return False
        line_end = self.f.find("\n", s)
        rest = self.f[s : self.n if line_end == -1 else line_end]
        if not rest or rest.strip("0123456789.,%‰ |\t-"):
            return False
        cells = [c for c in rest.replace("|", " ").split() if c]
        return len(cells) >= 2 or (cells[0][:1].isdigit() and parse_arabic(cells[0]) or 0) >= 20

    def finish(
        self,
        s: int,
        e: int,
        start: int,
        value: float,
        *,
        arabic: bool,
        currency: str = "",
        per: str = "",
        approx: bool = False,
        bound: Bound | None = None,
        between: bool = False,
        pct_prefix: bool = False,
        capital_name: bool = False,
    ) -> Mention | None:
        """Read what follows a number at [s, e) and build its mention."""
        f = self.f
        pos = e
        kind: Kind | None = None
        unit = ""
        # 余/多/来 between the number and its scale or unit: 120余万条, 600多家.
        mid = self.char(pos)
        if mid and mid in "余多来" and pos + 1 < self.n:
            after = f[pos + 1]
            if (
                after in CN_SCALE
                or after in ZH_MEASURE_WORDS
                or after in "万亿"
                or _match_index(f, pos + 1, _ZH_UNIT_INDEX)
            ):
                approx, bound = True, (bound or (Bound.LOWER if mid != "来" else None))
                pos += 1
        product = None
        if arabic and self.char(pos) in "×xX*" and pos == e:
            j = pos + 1
            while j < self.n and f[j] == " " and j - pos < 3:
                j += 1
            m2 = _TOKEN.match(f, j)
            if m2 and f[j].isdigit():
                second = parse_arabic(m2.group())
                if second is not None:
                    product = value * second
                    pos = m2.end()
        if product is not None:
            value = product
        pos, scale = self.read_scale(pos, arabic, bool(currency))
        value *= scale
        if self.char(pos) in "余多" and scale > 1 and _match_index(f, pos + 1, _ZH_MEASURE_INDEX):
            approx, bound = True, bound or Bound.LOWER
            pos += 1
        upos, unit, kind = self.read_unit(pos, arabic)
        if kind is not None:
            pos = upos
            if unit == "times" and self.char(pos) == "半":
                value, pos = value + 0.5, pos + 1  # 两倍半 = 2.5 times
        elif not currency and arabic:
            npos, noun = self.count_noun(pos)
            if noun and capital_name and scale == 1.0:
                return None  # Llama 3 models, Phase 2 trials: a name with a version
            if noun:
                kind, unit = Kind.COUNT, noun
                pos = npos
        if currency:
            if kind in (None, Kind.COUNT) or kind == Kind.CURRENCY:
                if kind == Kind.COUNT:
                    pos = upos if upos > pos else pos
                kind, unit = Kind.CURRENCY, currency if kind != Kind.CURRENCY else unit
        # 多 after a unit: 3年多.
        if kind is not None and self.char(pos) == "多" and kind in (Kind.DURATION, Kind.COUNT):
            approx, bound = True, bound or Bound.LOWER
            pos += 1
        # Ranges: 1-3年, 5至7, 20%-30%, between 5 and 7, 5 to 7 million.
        rng = self.range_after(pos, kind, between)
        if rng is not None:
            r_end, r_scale, r_unit, r_kind = rng
            if scale == 1.0:
                value *= r_scale  # €30–35 billion: the scale written once, after the range
            if kind is None:
                unit, kind = r_unit, r_kind
            pos = r_end
        hpos, h_approx, h_bound = self.hedge_after(pos)
        if hpos > pos:
            approx, bound = approx or h_approx, bound or h_bound
            pos = hpos
        if kind == Kind.CURRENCY or (kind is None and currency):
            ppos, per_unit = self.per_unit(pos)
            if per_unit:
                per = per_unit
                pos = ppos
        if per and kind == Kind.CURRENCY:
            unit = f"{unit}/{per}"
        if kind == Kind.DURATION and self.low[start : start + 5] in ("over ", "under"):
            start, approx, bound = s, False, None  # "over five years" is a period, not a hedge
        if kind is None and pos == e and _is_letter(self.char(e)):
            return None  # 4K, 3M: letters glued to the number make a name
        if kind is None:
            if capital_name and product is None and scale == 1.0:
                return None
            if not arabic:
                return None
            kind, unit = self.bare_kind(start, pos)
            if kind is None:
                return None
        return Mention(start, pos, _clean(value), unit, kind, approx, bound)

    def bare_kind(self, start: int, end: int) -> tuple[Kind | None, str]:
        """The kind of a number written without a unit, from the words around it."""
        before = self.low[max(0, start - 8) : start]
        after = self.f[end : end + 4]
        if (
            after.startswith(("的总分", "的得分", "的分数", "的评分", "总分", "分"))
            or "score" in self.low[max(0, start - 16) : start]
        ):
            return Kind.SCORE, "points"
        if "比" in before or re.search(r"\bratio", before) or "率" in before[-2:]:
            return Kind.RATIO, ""
        return Kind.COUNT, ""

    def range_after(
        self, pos: int, kind: Kind | None, between: bool
    ) -> tuple[int, float, str, Kind | None] | None:
        """A second number making a range with the first: its end, scale, unit and kind."""
        f = self.f
        j = pos
        if j < self.n and f[j] == " " and self.char(j + 1) in "-–—~":
            j += 1
        connector = self.char(j)
        if connector in _RANGE_CONNECTORS and connector:
            k = j + 1
            if k < self.n and f[k] == " ":
                k += 1
        elif between and self.low.startswith(" and ", j):
            k = j + 5
        elif (
            kind is None
            and self.low.startswith(" to ", j)
            and not self._from_before(pos)
            and not self._by_before(pos)
        ):
            k = j + 4
        else:
            return None
        m2 = _TOKEN.match(f, k)
        if not m2 or self.mask[k]:
            return None
        second = m2.group()
        if f[k].isdigit():
            if parse_arabic(second) is None or second.count(".") > 1:
                return None
            arabic = True
        else:
            if parse_chinese(second) is None:
                return None
            arabic = False
        end = m2.end()
        end, scale = self.read_scale(end, arabic, False)
        u_end, unit, u_kind = self.read_unit(end, arabic)
        if u_kind is None and kind is None and self.char(k - 1) == "-":
            # "2023-2024" and "10-20" without a unit: a span of years or an id, not a range
            if len(second) == 4 or len(second) >= 3 and second.isdigit():
                return None
        if u_kind is not None:
            if kind is not None and u_kind != kind:
                return None
            end = u_end
        if u_kind is None and kind is None:
            npos, noun = self.count_noun(end)
            if noun:
                end, unit, u_kind = npos, noun, Kind.COUNT
        if u_kind == Kind.DATE:
            return None
        return end, scale, unit, u_kind

    def _by_before(self, pos: int) -> bool:
        """True when the number before `pos` is a change ("fell by 26,000 to 761,000")."""
        k = pos
        while k > 0 and not self.f[k - 1].isspace() and pos - k < 24:
            k -= 1
        return self.low.endswith("by ", 0, k)

    def _from_before(self, pos: int) -> bool:
        window = self.low[max(0, pos - 40) : pos]
        return " from " in window or window.startswith("from ")

    # ------------------------------------------------------------------- dates

    def date(self, s: int, e: int, tok: str, value: float) -> Mention | None | bool:
        """A date mention for a year, month or day used as time scope; False if not a date."""
        f = self.f
        if "." in tok or "," in tok or " " in tok:
            return False
        nxt = self.char(e)
        year_like = len(tok) == 4 and 1000 <= value <= 2999
        if (
            nxt == "季"
            and self.char(e + 1) == "度"
            and 1 <= value <= 4
            and self.char(s - 1) != "个"
        ):
            return self._date_span(s, e + 2)  # 3季度: the third quarter
        if year_like and _PERIOD_MARK.search(self.low, max(0, s - 4), s):
            return self._date_span(s, e)  # H1 2024, Q3 2025, FY 2024
        if nxt == "年":
            if year_like or (len(tok) == 2 and self.char(e + 1).isdigit()):
                return self._date_span(s, e + 1)
            if self.char(e + 1) == "代":
                return self._date_span(s, e + 2)
            return False
        if nxt in "-–—~至到" and 1 <= value <= 12 and len(tok) <= 2:
            month_range = _MONTH_RANGE.match(f, e)
            if month_range:
                return self._date_span(s, month_range.end())  # 1-11月, 1—9月份: a period
        if nxt == "月" and 1 <= value <= 12 and self.char(s - 1) != "个":
            j = e + 1
            while j < self.n and j - e < 4 and f[j].isdigit():
                j += 1
            if j > e + 1 and self.char(j) in "日号":
                return self._date_span(s, j + 1)  # 7月26日
            return self._date_span(s, e + 1)
        if nxt in "日号" and 1 <= value <= 31 and self.char(s - 1) == "月":
            return self._date_span(s, e + 1)
        if value <= 31 and self.char(s - 1) == ":" and self.char(s - 2).isdigit():
            return None  # the minutes of 10:30
        word_after, after_end = self.word_after(e)
        if (
            1 <= value <= 31
            and len(tok) <= 2
            and word_after.lower() in MONTHS
            and e < self.n
            and f[e] == " "
        ):
            return self._date_span(s, after_end)  # 5 March
        word_before, _ = self.word_before(s)
        if 1 <= value <= 31 and len(tok) <= 2 and word_before.lower().rstrip(".") in MONTHS:
            return self._date_span(s, e)  # March 5
        if year_like and nxt in "-–—~至到/." and self.char(e + 1).isdigit():
            j = e + 1
            while j < self.n and j - e < 12 and (f[j].isdigit() or f[j] in "-/."):
                j += 1
            if self.char(j) == "年":
                j += 1
            return self._date_span(s, j)
        if year_like and (s == 0 or f[s - 1] in "-–—~至到") and self.char(s - 2).isdigit():
            return self._date_span(s, e)
        if not year_like or not (1800 <= value <= 2100):
            if len(tok) == 4 and tok.startswith(("19", "20")) and nxt == "s":
                return self._date_span(s, e + 1)
            return False
        if nxt == "s" and not _is_letter(self.char(e + 1)):
            return self._date_span(s, e + 1)
        # A bare four-digit year: a date unless a unit, scale, currency or count says otherwise.
        if self.currency_before(s)[1]:
            return False
        hedge_start, _, _ = self.hedge_before(s)
        if hedge_start < s:
            return False
        pos, scale = self.read_scale(e, True, False)
        if scale != 1.0:
            return False
        _, _, kind = self.read_unit(e, True)
        if kind is not None and kind not in (Kind.DURATION,):
            return False
        if _is_cjk(nxt) and _match_index(f, e, _ZH_MEASURE_INDEX):
            return False
        word, _ = self.word_before(s)
        if word.lower().rstrip(".") not in YEAR_PREPOSITIONS:
            _, noun = self.count_noun(e)
            if noun and noun.endswith("s") and noun not in ("levels", "s"):
                return False
        return self._date_span(s, e)

    def _date_span(self, s: int, e: int) -> Mention:
        return Mention(s, e, None, "date", Kind.DATE)

    def slash_date(self, s: int, e: int, value: float) -> Mention | None:
        """7/26 and 2025/7/26 are dates; 24/7 is an expression."""
        j = e + 1
        while j < self.n and j - e < 8 and (self.f[j].isdigit() or self.f[j] == "/"):
            j += 1
        parts = self.f[s:j].split("/")
        if len(parts) >= 2 and all(p.isdigit() for p in parts if p):
            nums = [int(p) for p in parts if p and len(p) <= 4]
            if len(nums) >= 2 and (nums[0] > 31 or (1 <= nums[0] <= 12 and 1 <= nums[1] <= 31)):
                return self._date_span(s, j)
        return None

    # ------------------------------------------------------------------- ranks

    def ordinal_zh(self, s: int, e: int, value: float) -> Mention | None:
        """第N: a rank when the text ranks something (排名第二, 第二名, 第二大), else nothing."""
        nxt = self.char(e)
        if nxt in "名位":
            return Mention(s, e + 1, value, "rank", Kind.RANK)
        if nxt in "大高低" and self.char(e + 1) not in "类批届部章节条次":
            return Mention(s, e, value, "rank", Kind.RANK)
        window = self.f[max(0, s - 8) : s]
        cut = max(window.rfind(c) for c in ",，。;；:：、\n")
        window = window[cut + 1 :]
        if any(verb in window for verb in _RANK_VERBS_ZH):
            if nxt in ",，。;；:：、)）的 \n" or e >= self.n or nxt in "梯":
                if nxt == "梯":
                    return None
                return Mention(s, e, value, "rank", Kind.RANK)
        return None

    def top_zh(self, s: int, e: int, value: float) -> Mention | None:
        """前N名 / 排在前N: a rank with an upper bound."""
        nxt = self.char(e)
        if nxt in "名强位甲":
            return Mention(s, e + 1, value, "rank", Kind.RANK, bound=Bound.UPPER)
        window = self.f[max(0, s - 6) : s]
        if any(verb in window for verb in ("排", "列", "进入", "跻身", "居", "位于")):
            if nxt in ",，。;；:：、) \n" or e >= self.n:
                return Mention(s, e, value, "rank", Kind.RANK, bound=Bound.UPPER)
        return None

    def ordinal_en(self, s: int, e: int, value: float) -> Mention | None:
        """2nd, 3rd: a rank after 'ranked' or before 'largest'."""
        before = self.low[max(0, s - 30) : s]
        if _RANK_WORDS_EN.search(before) and re.search(
            r"\b(?:rank|ranks|ranked|ranking|placed|place|finished|came)\b", before
        ):
            return Mention(s, e, value, "rank", Kind.RANK)
        if _SUPERLATIVE_AFTER.match(self.low, e):
            return Mention(s, e, value, "rank", Kind.RANK)
        return None

    # -------------------------------------------------------- Chinese numerals

    def chinese(self, s: int, e: int) -> Mention | None:
        f = self.f
        tok = f[s:e]
        prev = self.char(s - 1)
        if tok[0] == "百" and f.startswith("分之", e):
            return self.percent_words(s, e + 2)
        if (
            f.startswith("分之", e)
            and tok[0] in CN_DIGITS
            or (tok[0] == "十" and f.startswith("分之", e))
        ):
            return self.fraction_zh(s, e)
        if tok[0] in "百千万亿":
            return None
        value = parse_chinese(tok)
        if value is None:
            return None
        nxt = self.char(e)
        if nxt == "是" and (s == 0 or not _is_cjk(prev) or prev in "其"):
            return None
        if prev == "第":
            return self.ordinal_zh(s - 1, e, value)
        if prev == "前":
            return self.top_zh(s - 1, e, value)
        if nxt == "番" and (prev == "翻" or f.endswith("翻了", 0, s)):
            start = s - (1 if prev == "翻" else 2)
            return Mention(start, e + 1, 2.0**value, "times", Kind.RATIO)
        if nxt == "半" and tok == "一" and self.char(e + 1) not in "年天月":
            return self.with_hedges(s, e + 1, 0.5, "", Kind.RATIO)
        if nxt == "成" and len(tok) == 1 and value < 10 and self.char(e + 1) not in _NOT_TENTHS:
            return self.with_hedges(s, e + 1, value / 10, "", Kind.RATIO)
        if nxt == "年" and value >= 1000:
            return self._date_span(s, e + 1)
        if tok in ("零", "〇"):
            return None
        if tok == "一" and nxt != "倍":
            return None  # 一 with a measure word is an article ("a company"), not a count
        if tok == "二" and nxt == "次":
            return None  # 二次 = secondary
        if nxt == "大" and value >= 2:
            start, approx, bound = self.hedge_before(s)
            return Mention(start, e + 1, value, "areas", Kind.COUNT, approx, bound)
        if nxt == "国":
            if value < 3 or self.char(e + 1) == "集":
                return None
            return Mention(s, e + 1, value, "countries", Kind.COUNT)
        start, approx, bound = self.hedge_before(s)
        return self.finish(s, e, start, value, arabic=False, approx=approx, bound=bound)

    def with_hedges(self, s: int, e: int, value: float, unit: str, kind: Kind) -> Mention:
        """A mention of [s, e) widened by the hedges written before and after it."""
        start, approx, bound = self.hedge_before(s)
        end, h_approx, h_bound = self.hedge_after(e)
        return Mention(start, end, value, unit, kind, approx or h_approx, bound or h_bound)

    def percent_words(self, s: int, pos: int) -> Mention | None:
        """百分之十五 / 百分之3.5."""
        m2 = _TOKEN.match(self.f, pos)
        if not m2:
            return None
        tok = m2.group()
        value = parse_arabic(tok) if tok[0].isdigit() else parse_chinese(tok)
        if value is None:
            return None
        end = m2.end()
        if not tok[0].isdigit() and self.char(end) == "点":
            frac = _TOKEN.match(self.f, end + 1)
            combined = parse_chinese(tok + "点" + (frac.group() if frac else ""))
            if frac and combined is not None:
                value, end = combined, frac.end()
        start, approx, bound = self.hedge_before(s)
        end2, h_approx, h_bound = self.hedge_after(end)
        return Mention(
            start, end2, value, "percent", Kind.PERCENT, approx or h_approx, bound or h_bound
        )

    def fraction_zh(self, s: int, e: int) -> Mention | None:
        """三分之二 → 0.6667."""
        denominator = parse_chinese(self.f[s:e])
        m2 = _TOKEN.match(self.f, e + 2)
        if denominator is None or not m2 or not denominator:
            return None
        numerator = (
            parse_chinese(m2.group()) if not m2.group()[0].isdigit() else parse_arabic(m2.group())
        )
        if numerator is None:
            return None
        start, approx, bound = self.hedge_before(s)
        end, h_approx, h_bound = self.hedge_after(m2.end())
        return Mention(
            start,
            end,
            round(numerator / denominator, 4),
            "",
            Kind.RATIO,
            approx or h_approx,
            bound or h_bound,
        )

    def chinese_specials(self) -> list[Mention]:
        """翻番 (doubled), 半数 (half), 过半 (more than half), 减半 (halved)."""
        out = []
        for match in _ZH_SPECIAL.finditer(self.f):
            if self.mask[match.start()]:
                continue
            word = match.group()
            if word == "翻番":
                out.append(Mention(match.start(), match.end(), 2.0, "times", Kind.RATIO))
            elif word == "过半":
                out.append(
                    Mention(match.start(), match.end(), 0.5, "", Kind.RATIO, True, Bound.LOWER)
                )
            else:
                start, approx, bound = self.hedge_before(match.start())
                out.append(Mention(start, match.end(), 0.5, "", Kind.RATIO, approx, bound))
        return out

    # ------------------------------------------------------- English words

    def english_words(self) -> list[Mention]:
        """Quantities written in English words: three countries, a third of, doubled, top three."""
        out: list[Mention] = []
        low = self.low
        consumed = 0
        for match in _EN_WORD_HIT.finditer(low):
            s, e = match.span()
            if s < consumed or self.mask[s]:
                continue
            word = match.group()
            mention = self.english_word(s, e, word)
            if mention is not None:
                out.append(mention)
                consumed = mention.end
        return out

    def english_word(self, s: int, e: int, word: str) -> Mention | None:
        low = self.low
        if word in ("doubled", "doubling", "tripled", "tripling", "quadrupled", "halved"):
            value = {"doub": 2.0, "trip": 3.0, "quad": 4.0, "halv": 0.5}[word[:4]]
            return Mention(s, e, value, "times", Kind.RATIO)
        if word in ("twice", "thrice"):
            if low.startswith(("-", " a ", " per ", " weekly", " daily", " yearly"), e):
                return None  # twice-yearly, twice a year: a frequency
            return self.with_hedges(s, e, 2.0 if word == "twice" else 3.0, "times", Kind.RATIO)
        if word in ("double", "triple", "quadruple"):
            before = low[max(0, s - 16) : s]
            start, approx, bound = self.hedge_before(s)
            if start < s or re.search(
                r"\b(?:to|will|would|could|may|might|set to|expected to)\s$", before
            ):
                value = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}[word]
                return Mention(start, e, value, "times", Kind.RATIO, approx, bound)
            return None
        if word.endswith("fold"):
            value = parse_english_words([word[:-4]])
            return Mention(s, e, value, "times", Kind.RATIO) if value else None
        if word == "top":
            nxt = re.compile(
                r"[ -]((?:[0-9]+)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b"
            ).match(low, e)
            if not nxt:
                return None
            tok = nxt.group(1)
            if tok[0].isdigit():
                return None  # read by the digit scanner ("top 3")
            value = parse_english_words([tok])
            return Mention(s, nxt.end(), value, "rank", Kind.RANK, bound=Bound.UPPER)
        if word == "number":
            if low.startswith(" one", e) and _RANK_WORDS_EN.search(low[max(0, s - 24) : s]):
                return Mention(s, e + 4, 1.0, "rank", Kind.RANK)
            return None
        if word in EN_ORDINALS:
            return self.english_ordinal(s, e, word)
        if word == "half":
            return self.english_half(s, e)
        # Cardinal words, possibly several: three hundred, twenty-five, a million.
        words = [word]
        end = e
        while True:
            nxt = re.compile(
                r"[ -](?:and )?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)\b"
            ).match(low, end)
            if not nxt:
                break
            if low[end] == "-" and words[-1] not in EN_TENS:
                break  # five-six is a range, twenty-five one number
            words.append(nxt.group(1))
            end = nxt.end()
        # Fractions: a third of, two-thirds, three quarters.
        frac = re.compile(r"[ -](half|halves|thirds?|quarters?|fourths?|fifths?|tenths?)\b").match(
            low, end
        )
        if frac and (word not in ("a", "an") or len(words) == 1):
            numerator = 1.0 if word in ("a", "an") else parse_english_words(words)
            denominator = EN_FRACTIONS[frac.group(1)]
            after = low[frac.end() : frac.end() + 4]
            before = low[max(0, s - 4) : s]
            plural_fraction = frac.group(1).endswith("s") and (
                not frac.group(1).startswith("quarter")
                or frac.group().startswith("-")
                or after.startswith(" of")
            )  # "within two quarters" counts periods, "three quarters of" is a fraction
            if numerator and (after.startswith(" of") or before.endswith("by ") or plural_fraction):
                if (
                    frac.group(1).startswith("third")
                    and word in ("a", "an")
                    and not after.startswith(" of")
                ):
                    return None
                start, approx, bound = self.hedge_before(s)
                return Mention(
                    start,
                    frac.end(),
                    round(numerator / denominator, 4),
                    "",
                    Kind.RATIO,
                    approx,
                    bound,
                )
            if not frac.group(1).startswith("quarter") or word in ("a", "an"):
                return None
        if word in ("a", "an"):
            if len(words) == 1:
                return None
            words = words[1:]
        if word == "dozen":
            return None
        value = parse_english_words(words)
        if value is None:
            return None
        # "one in five", "three out of four"
        ratio = re.compile(
            r" (?:in|out of) (one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\b"
        ).match(low, end)
        if ratio:
            base = (
                parse_english_words([ratio.group(1)])
                if not ratio.group(1).isdigit()
                else float(ratio.group(1))
            )
            if base:
                start, approx, bound = self.hedge_before(s)
                return Mention(
                    start, ratio.end(), round(value / base, 4), "", Kind.RATIO, approx, bound
                )
        if words != ["one"] and _PARTITIVE.match(low, end):
            start, approx, bound = self.hedge_before(s)
            return Mention(start, end, value, "", Kind.COUNT, approx, bound)  # three of the top 10
        if words == ["one"]:
            upos, unit, kind = self.read_unit(end, False)
            if kind in (Kind.PERCENT, Kind.CURRENCY, Kind.MEASURE):
                start, approx, bound = self.hedge_before(s)
                return Mention(start, upos, 1.0, unit, kind, approx, bound)
            return None
        if words[-1] in EN_SCALE_WORDS and words[0] in EN_SCALE_WORDS and word not in ("a", "an"):
            return None
        start, currency = self.currency_before(s)
        start, approx, bound = self.hedge_before(start)
        second = _EN_WORD_RANGE.match(low, end)
        if second and parse_english_words([second.group(1)]) is not None:
            end = second.end()  # two to three times, five-six years: the low end is the value
        upos, unit, kind = self.read_unit(end, False)
        if kind is not None:
            end = upos
        else:
            npos, noun = self.count_noun(end)
            if not noun:
                return None
            kind, unit, end = Kind.COUNT, noun, npos
            if noun in ("of", "times"):
                return None
        if currency:
            kind, unit = Kind.CURRENCY, currency
        if kind == Kind.DURATION and low[start : start + 5] in ("over ", "under"):
            start, approx, bound = s, False, None  # "over five years" is a period, not a hedge
        hpos, h_approx, h_bound = self.hedge_after(end)
        return Mention(start, hpos, value, unit, kind, approx or h_approx, bound or h_bound)

    def english_ordinal(self, s: int, e: int, word: str) -> Mention | None:
        before = self.low[max(0, s - 30) : s]
        value = float(EN_ORDINALS[word])
        if re.search(
            r"\b(?:rank|ranks|ranked|ranking|placed|finished|came)(?: in| at)?(?: the)?\s$", before
        ):
            return Mention(s, e, value, "rank", Kind.RANK)
        if _SUPERLATIVE_AFTER.match(self.low, e) and not self.low.startswith(" half", e):
            nxt = _SUPERLATIVE_AFTER.match(self.low, e)
            if nxt and nxt.group().strip(" -") in (
                "place",
                "position",
                "spot",
                "largest",
                "biggest",
                "highest",
                "lowest",
                "best",
                "worst",
                "busiest",
                "fastest",
                "strongest",
                "most",
            ):
                if word == "first" and nxt.group().strip(" -") not in ("place", "position", "spot"):
                    return None  # "the first largest" is not English; "world's first" is borderline
                return Mention(s, e, value, "rank", Kind.RANK)
        return None

    def english_half(self, s: int, e: int) -> Mention | None:
        low = self.low
        before = low[max(0, s - 12) : s]
        after = low[e : e + 8]
        if re.search(r"(?:first|second|latter|other|the|a)\s$", before) and not before.endswith(
            "than a "
        ):
            if not re.search(
                r"(?:by|nearly|almost|than|over|about|around|roughly|just|some)\s(?:a\s)?$", before
            ):
                return None
        if after.startswith(("-year", " year", "-time", " time", "way")):
            return None
        if not (
            after.startswith((" of", " the", " its", " their", " all", " our"))
            or before.endswith("by ")
        ):
            return None
        start, approx, bound = self.hedge_before(s)
        if start == s and before.endswith("a "):
            start, approx, bound = self.hedge_before(s - 2)
            if start == s - 2:
                start = s
        return Mention(start, e, 0.5, "", Kind.RATIO, approx, bound)


def _clean(value: float) -> float:
    rounded = round(value, 6)
    return float(rounded)


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    last_end = -1
    for mention in mentions:
        if mention.start >= last_end:
            out.append(mention)
            last_end = mention.end
        elif (
            out
            and mention.kind != Kind.DATE
            and out[-1].kind == Kind.DATE
            and mention.end > last_end
        ):
            out[-1] = mention
            last_end = mention.end
    return out


def find_mentions(text: str) -> list[Mention]:
    """Every quantity and date mention of `text`, in order, with offsets into `text`."""
    if not text:
        return []
    return _Scanner(text).scan()
