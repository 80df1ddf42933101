"""Folding text for matching: full-width to ASCII, Traditional to Simplified, same length.

The folded string has exactly one character per character of the original, so
every offset found in it is an offset into the original text.
"""

from __future__ import annotations

# Traditional forms of the characters the extractor's patterns look at. Only
# one-to-one character pairs belong here (folding must keep offsets).
_TRADITIONAL = (
    "億亿 萬万 兩两 個个 項项 種种 條条 臺台 塊块 歲岁 據据 顯显 於于 約约 幾几 餘余 點点 "
    "發发 佈布 類类 級级 數数 達达 為为 長长 減减 從从 間间 週周 時时 鐘钟 噸吨 畝亩 輛辆 "
    "場场 單单 雙双 與与 總总 計计 統统 稱称 報报 國国 佔占 過过 來来 內内 頭头 隻只 張张 "
    "戶户 屆届 輪轮 層层 區区 處处 員员 車车 機机 構构 標标 準准 險险 資资 產产 額额 對对 "
    "關关 強强 擴扩 後后 將将 會会 實实 現现 較较 漲涨 傳传 億亿 遠远 趨趋 勢势 網网 線线 "
    "據据 調调 測测 預预 查查 顯显 據据 僅仅 僅仅 億亿 兆兆 瓦瓦 時时 噸吨 釐厘 萬万 圓圆 "
    "門门 證证 華华 韓韩 歐欧 紐纽 澳澳 臺台 灣湾 鎊镑 盧卢 幣币 價价 費费 億亿 倍倍 "
    "篇篇 篇篇 例例 筆笔 學学 業业 專专 務务 參参 評评 指指 標标 躍跃 躋跻 範范 圍围 "
    "強强 進进 領领 導导 僱雇 雖虽 為为 誌志 訊讯 聯联 盟盟 組组 織织 經经 濟济 劃划 "
    "問问 卷卷 調调 樣样 態态 構构 應应 設设 備备 據据 庫库 類类 別别 億亿 萬万 兩两"
)
_MAP: dict[int, int] = {}
for _pair in _TRADITIONAL.split():
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        _MAP[ord(_pair[0])] = ord(_pair[1])
# Full-width ASCII block and the ideographic space.
for _code in range(0xFF01, 0xFF5F):
    _MAP[_code] = _code - 0xFEE0
_MAP[0x3000] = 0x20
_MAP[0xFFE5] = ord("¥")  # full-width yen sign
_MAP[0x2212] = ord("-")  # minus sign
_MAP[0x00A0] = 0x20  # no-break space
_MAP[0x202F] = 0x20  # narrow no-break space
_MAP[0x2009] = 0x20  # thin space


def fold(text: str) -> str:
    """The text folded for matching, one character for each character of `text`."""
    return text.translate(_MAP)
