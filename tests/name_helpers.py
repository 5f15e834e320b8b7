"""The person mentions a test reads from a text, one helper for the names tests."""

from __future__ import annotations

from glossary.text import text_mentions


def persons(text: str, lang: str = "de") -> list[str]:
    """The surfaces of the person mentions of ``text`` read whole, as a file ends (with a
    line break)."""
    return [m.surface for m in text_mentions(text + "\n", lang) if m.kind == "person"]
