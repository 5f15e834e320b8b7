"""English titles: capitalised common words before a name no list has.

English writes a common noun capitalised inside a sentence as a title before a
name (*Prime Minister Keir Starmer*, *President Xi Jinping*), and the words
after it that English has no use for are the person's name, however new to
every list. Without the title such words stay unread: *Sunni Arab* and
*Islamic Jihad* look the same. A mixin of :class:`glossary.detect._Finder`.
"""

from __future__ import annotations

from glossary.lexicon import is_firm_word, is_lower_word, is_place_name
from glossary.wordclass import _stop, name_like


class EnglishTitles:
    """Titles in capitals before unknown words, in a finder's English text."""

    def english_title_run(self, seg: list[int], start: int) -> bool:
        """Whether ``seg[start:]`` is a name after a title: capitalised lower-case words
        before it, one of them mid-sentence, and two or three words that are none."""
        toks = self.toks
        if self.lang != "en" or start == 0 or not 2 <= len(seg) - start <= 3:
            return False
        if all(toks[n].initial for n in seg[:start]):
            return False
        for n in seg[start:]:
            w = toks[n].text
            if (
                not name_like(w)
                or is_lower_word(w, "en")
                or is_place_name(w, "en")
                or is_firm_word(w)
                or _stop(w, "en")
            ):
                return False
        return True
