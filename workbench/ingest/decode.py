"""Bytes to text: the encoding is detected, never assumed.

Order: a byte-order mark; strict UTF-8; then charset-normalizer's best guess
(it tells GB18030/GBK, Big5 and UTF-16 apart reliably, see README).
"""

from __future__ import annotations

import codecs

import charset_normalizer

from workbench.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """The text of `data` and the encoding it was read with; InputError if it is not text."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: not valid {encoding} ({error.reason})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        # A UTF-8 file cut off inside its last character (a truncated download):
        # keep what is whole rather than guess another encoding for all of it.
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            try:
                return data[: error.start].decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(
            f"{name}: not a text file (binary, or an encoding that cannot be detected)"
        )
    text = str(best)
    if _looks_binary(text):
        raise InputError(f"{name}: not a text file (binary content)")
    return text, best.encoding


def _looks_binary(text: str) -> bool:
    """True when the decoded text is mostly control characters, as binary data decodes."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return "\x00" in sample or controls > len(sample) * 0.05
