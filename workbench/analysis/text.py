"""A document seen by the checks: its quantity mentions in order, each placed in its
paragraph, sentence and clause, with the words around it.

The checks recognise relations from the quantities the extractor found and the
words that link them; this module gives them those words (left context within
the clause, the measure a figure names, its scope such as 全球/China, its year).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from workbench.analysis.numbers import Dimension, dimension
from workbench.models import Claim, Document, Kind, Quantity

_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20})
_FOLD.update(
    {
        ord(a): ord(b)
        for a, b in zip("萬億兩點佔與從為較於總計額", "万亿两点占与从为较于总计额", strict=True)
    }
)

# A full stop ends a sentence unless it sits between digits (3.5) or in an abbreviation (U.S.).
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)(?<!\b[A-Z]\.)")
_CLAUSE_END = re.compile(r"[，；：;:、]|(?<!\d),|,(?!\d{3}(?!\d))|\s[-–—]\s")
_YEAR = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})(?:\s*年|(?=\s*[-–—~至到]\s*(?:19|20)\d{2}))"
    r"|(?:\b(?:in|since|by|during|for|of|from|to|year|FY|fiscal)\s+)((?:19|20)\d{2})\b"
)

#: Words that set a figure's scope: a different scope is a different figure.
SCOPE_WORDS = (
    "全球", "世界", "全世界", "国际", "中国", "我国", "国内", "美国", "欧盟", "欧洲", "日本", "韩国",
    "英国", "德国", "法国", "印度", "亚洲", "海外", "中美", "城市", "农村",
    "global", "worldwide", "world", "china", "chinese", "us", "u.s.", "american", "america",
    "europe", "european", "eu", "uk", "britain", "british", "japan", "india", "germany",
    "france", "asia", "domestic", "overseas", "international",
)  # fmt: skip
_SCOPE_ALIASES = {
    "我国": "中国", "china": "中国", "chinese": "中国", "国内": "中国", "domestic": "中国",
    "世界": "全球", "全世界": "全球", "global": "全球", "worldwide": "全球", "world": "全球",
    "国际": "全球", "international": "全球",
    "us": "美国", "u.s.": "美国", "american": "美国", "america": "美国",
    "eu": "欧盟", "europe": "欧洲", "european": "欧洲", "uk": "英国", "britain": "英国",
    "british": "英国", "japan": "日本", "india": "印度", "germany": "德国", "france": "法国",
    "asia": "亚洲", "overseas": "海外",
}  # fmt: skip
_SCOPE_RE = re.compile(
    "|".join(
        (re.escape(w) if re.search(r"[\u4e00-\u9fff]", w) else rf"\b{re.escape(w)}\b")
        for w in sorted(SCOPE_WORDS, key=len, reverse=True)
    ),
    re.I,
)

# Words that only carry a number into a clause (达到, reached, about): no part of a measure's name.
_FILLER = re.compile(
    r"达到了?|已达|高达|达|约为|约|近|超过|超|逾|突破|仅为|仅有|仅|只有|为|是|以上|左右|多|余|"
    r"不足|不到|大约|大概|将近|接近|共计|共有|共|总计|合计|累计|分别|已经|已|在|有|"
    r"\b(?:reached|reach|reaching|hit|was|were|is|are|stood at|stands at|totalled|totaled|"
    r"of|at|about|around|roughly|approximately|nearly|almost|over|more than|less than|"
    r"some|only|just|the|a|an|to|by|and|with|its|their|had|has|have|been|be)\b",
    re.I,
)
_NUMBERISH = re.compile(r"\d[\d,.]*\s*(?:[万亿千百十]+)?")
_PUNCT = re.compile(r"[\s\"'“”‘’《》()（）\[\]【】,，。;；:：、!！?？\-—–/]+")


def fold(text: str) -> str:
    """Full-width to ASCII and a few Traditional forms to Simplified, one char for one char."""
    return text.translate(_FOLD)


@dataclass
class Mention:
    """One quantity of the document, with where it stands."""

    quantity: Quantity
    claims: list[str]
    index: int = 0
    paragraph: int = 0
    sentence: int = 0
    clause: int = 0
    clause_start: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    clause_end: int = 0
    dim: Dimension | None = None

    @property
    def start(self) -> int:
        """Where the mention starts in the document text."""
        return self.quantity.start

    @property
    def end(self) -> int:
        """Where the mention ends in the document text."""
        return self.quantity.end

    @property
    def value(self) -> float:
        """The stated value (0 when the extractor could not read one)."""
        return self.quantity.value or 0.0

    @property
    def kind(self) -> Kind:
        """The quantity's kind."""
        return self.quantity.kind

    @property
    def text(self) -> str:
        """The mention as written."""
        return self.quantity.text

    def brief(self) -> dict[str, object]:
        """What a finding records of the mention (for reviewers and for scoring)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.quantity.value,
            "unit": self.quantity.unit,
            "claims": list(self.claims),
        }


@dataclass
class DocumentView:
    """A document's text, its boundaries and its quantity mentions in order."""

    document_id: str
    text: str
    folded: str
    mentions: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    sentence_bounds: list[int] = field(default_factory=list)
    clause_bounds: list[int] = field(default_factory=list)
    paragraph_bounds: list[int] = field(default_factory=list)

    # -- words around a mention ---------------------------------------------------

    def left(self, mention: Mention) -> str:
        """The folded clause text before the mention."""
        return self.folded[mention.clause_start : mention.start]

    def near_left(self, mention: Mention) -> str:
        """The folded clause text before the mention and after the previous mention."""
        start = mention.clause_start
        if mention.index > 0 and self.mentions[mention.index - 1].end > start:
            start = self.mentions[mention.index - 1].end
        return self.folded[start : mention.start]

    def right(self, mention: Mention) -> str:
        """The folded clause text after the mention."""
        return self.folded[mention.end : mention.clause_end]

    def between(self, a: Mention, b: Mention) -> str:
        """The folded text between two mentions (a before b)."""
        return self.folded[a.end : b.start]

    def clause_text(self, mention: Mention) -> str:
        """The whole folded clause holding the mention."""
        return self.folded[mention.clause_start : mention.clause_end]

    def sentence_text(self, mention: Mention) -> str:
        """The whole folded sentence holding the mention."""
        return self.folded[mention.sentence_start : mention.sentence_end]

    def previous_clause(self, mention: Mention) -> str:
        """The folded clause before the mention's clause, within its sentence ('' at its start)."""
        if mention.clause_start <= mention.sentence_start:
            return ""
        i = bisect.bisect_right(self.clause_bounds, mention.clause_start - 1) - 1
        start = max(self.clause_bounds[i] if i >= 0 else 0, mention.sentence_start)
        return self.folded[start : mention.clause_start]

    def key(self, mention: Mention, *, min_length: int = 6) -> str:
        """The measure a figure names: its clause's words before it, fillers and numbers
        dropped (extended into the previous clause while shorter than `min_length`)."""
        return self.key_span(mention, min_length=min_length)[0]

    def key_span(self, mention: Mention, *, min_length: int = 6) -> tuple[str, int]:
        """The key and where the text it was read from starts."""
        key = normalise_key(self.left(mention))
        start = mention.clause_start
        while len(key) < min_length and start > mention.sentence_start:
            i = bisect.bisect_right(self.clause_bounds, start - 1) - 1
            new_start = max(self.clause_bounds[i] if i >= 0 else 0, mention.sentence_start)
            if new_start >= start:
                break
            start = new_start
            key = normalise_key(self.folded[start : mention.start])
        return key, start

    def years(self, mention: Mention) -> set[str]:
        """The years the mention's sentence speaks of (dates found, else years written)."""
        found = {
            str(int(d.value))
            for d in self.dates
            if d.sentence == mention.sentence and d.value and 1900 <= d.value <= 2100
        }
        if found:
            return found
        return {a or b for a, b in _YEAR.findall(self.sentence_text(mention))}

    def mentions_in_sentence(self, mention: Mention) -> list[Mention]:
        """All mentions in the same sentence, in order."""
        return [m for m in self.mentions if m.sentence == mention.sentence]


def normalise_key(text: str) -> str:
    """A measure's name for comparison: lower case, no numbers, dates, fillers or punctuation."""
    text = fold(text).lower()
    text = _YEAR.sub("", text)
    text = re.sub(r"\d{1,2}月(?:\d{1,2}日)?", "", text)
    text = _NUMBERISH.sub("#", text)
    text = _FILLER.sub("", text)
    text = text.replace("的", "")
    text = _PUNCT.sub("", text)
    return text.strip("#")


def scopes(text: str) -> frozenset[str]:
    """The scope words (全球, China, US...) a text names, canonicalised."""
    found = set()
    for match in _SCOPE_RE.finditer(fold(text)):
        word = match.group().lower()
        found.add(_SCOPE_ALIASES.get(word, word))
    # 中美 names both; 美国 inside 中美 is not a separate scope.
    if "中美" in found:
        found.discard("中美")
        found.update({"中国", "美国"})
    return frozenset(found)


def nearest_scope(text: str) -> frozenset[str]:
    """The scope named last in a text (the one a following figure falls under)."""
    matches = list(_SCOPE_RE.finditer(fold(text)))
    return scopes(matches[-1].group()) if matches else frozenset()


def bigrams(text: str) -> set[str]:
    """Content units of a text: Chinese character pairs and English words of 3+ letters."""
    folded = fold(text).lower()
    units = {
        w[:-1] if w.endswith("s") and len(w) > 4 else w for w in re.findall(r"[a-z]{3,}", folded)
    }
    units -= _EN_STOP
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", folded):
        units.update(run[i : i + 2] for i in range(len(run) - 1))
    return units


_EN_STOP = frozenset(
    "the and for from with that this these those than then was were are has have had its "
    "their they our about around over more less only just some such into which who what "
    "when while will would can could also per cent percent year years total".split()
)


def view(document: Document | str, claims: Sequence[Claim], document_id: str = "") -> DocumentView:
    """The document seen by the checks: mentions sorted, deduplicated by span, placed."""
    text = document if isinstance(document, str) else document.text
    doc_id = document_id or ("" if isinstance(document, str) else document.id)
    folded = fold(text)
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n", text)]
    sentences = sorted(set([0] + [m.end() for m in _SENTENCE_END.finditer(folded)]))
    clauses = sorted(set(sentences) | {m.end() for m in _CLAUSE_END.finditer(folded)})
    result = DocumentView(doc_id, text, folded, [], [], sentences, clauses, paragraphs)
    by_span: dict[tuple[int, int], Mention] = {}
    for claim in claims:
        for quantity in claim.quantities:
            if quantity.end > len(text) or quantity.start >= quantity.end:
                continue
            span = (quantity.start, quantity.end)
            if span in by_span:
                if claim.id not in by_span[span].claims:
                    by_span[span].claims.append(claim.id)
                continue
            by_span[span] = Mention(quantity, [claim.id])
    ordered = sorted(by_span.values(), key=lambda m: (m.start, m.end))
    for mention in ordered:
        _place(result, mention)
        if mention.kind == Kind.DATE:
            result.dates.append(mention)
        elif mention.quantity.value is not None:
            mention.dim = dimension(mention.quantity)
            mention.index = len(result.mentions)
            result.mentions.append(mention)
    return result


def _place(doc: DocumentView, mention: Mention) -> None:
    start = mention.start
    mention.paragraph = bisect.bisect_right(doc.paragraph_bounds, start) - 1
    s = bisect.bisect_right(doc.sentence_bounds, start) - 1
    mention.sentence = s
    mention.sentence_start = doc.sentence_bounds[s]
    mention.sentence_end = (
        doc.sentence_bounds[s + 1] if s + 1 < len(doc.sentence_bounds) else len(doc.text)
    )
    c = bisect.bisect_right(doc.clause_bounds, start) - 1
    mention.clause = c
    mention.clause_start = doc.clause_bounds[c]
    # A clause ends at the next boundary after the mention (a boundary inside it, e.g. the
    # comma of 1,000, does not count because clause bounds skip digit groups).
    c_end = bisect.bisect_right(doc.clause_bounds, mention.end - 1)
    mention.clause_end = (
        doc.clause_bounds[c_end] if c_end < len(doc.clause_bounds) else len(doc.text)
    )
