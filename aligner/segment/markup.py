"""Inline Markdown removed from a segment's text (its span keeps the markup)."""

from __future__ import annotations

import re

_LINE_PREFIX = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)", re.M)
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$", re.M)
_TABLE_EDGE = re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.M)
# Link texts hold no bracket and targets are bounded: a line of unclosed "[" or
# "](" must cost linear time, not a rescan of the line from every bracket.
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,1000})\]\([^)\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\[\]\n]{1,1000})\]\([^)\n]{0,2000}\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,1000})\]\[[^\[\]\n]{0,200}\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>\n]{0,200}>")
_CODE = re.compile(r"`{1,16}([^`\n]+)`{1,16}")
_OPEN_EMPH = re.compile(r"(?<![\w*_~\\])(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])")
_CLOSE_EMPH = re.compile(r"(?<=[^\s*_~\\])(\*{1,3}|_{1,3}|~~)(?![\w*_~])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")


def strip_markdown(raw: str) -> str:
    """The text a reader sees: no heading/list/quote markers, emphasis, link targets or tags."""
    text = _LINE_PREFIX.sub("", raw)
    text = _HEADING_TAIL.sub("", text)
    text = _TABLE_EDGE.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    text = _OPEN_EMPH.sub("", text)
    text = _CLOSE_EMPH.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return text.strip()
