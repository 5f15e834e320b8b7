"""English names no list has: after a title in capitals, before a verb of saying.

English writes a common noun capitalised inside a sentence as a title before a
name (*Prime Minister Keir Starmer*, *President Xi Jinping*), and news names a
speaker right before *said* (*Keir Starmer said*): there, two words English has
no use for are a person's name, however new to every list. Without such
evidence they stay unread: *Sunni Arab* and *Islamic Jihad* look the same. A
mixin of :class:`glossary.detect._Finder`.
"""

from __future__ import annotations

from glossary.lexicon import is_firm_word, is_lower_word, is_place_name
from glossary.wordclass import _stop, name_like

#: Verbs that report speech in English news, in the past and present.
_SAYING = frozenset(
    "said says told tells added adds wrote writes asked asks replied replies explained "
    "explains announced announces insisted insists argued argues noted notes warned warns "
    "stated states declared declares".split()
)


class EnglishTitles:
    """Titles in capitals and verbs of saying around unknown words, in English text."""

    def english_title_run(self, seg: list[int], start: int) -> bool:
        """Whether ``seg[start:]`` is a name after a title: capitalised lower-case words
        before it, one of them mid-sentence, and two or three words that are none."""
        toks = self.toks
        if self.lang != "en" or start == 0 or not 2 <= len(seg) - start <= 3:
            return False
        if all(toks[n].initial for n in seg[:start]):
            return False
        return all(self._unknown_english(toks[n].text) for n in seg[start:])

    def english_speaker(self, seg: list[int]) -> bool:
        """Two words English has no use for right before a verb of saying (Keir Starmer
        said): a speaker, though no list has the name."""
        toks = self.toks
        if self.lang != "en" or len(seg) != 2 or seg[-1] + 1 >= len(toks):
            return False
        verb = toks[seg[-1] + 1]
        if verb.text not in _SAYING or self.text[toks[seg[-1]].end : verb.start] != " ":
            return False
        return all(self._unknown_english(toks[n].text) for n in seg)

    def _unknown_english(self, w: str) -> bool:
        """A capitalised word English has no use for: no lower-case word, place, firm or
        stop word (Starmer, Jinping; not President, Paris, Boeing, Monday)."""
        return not (
            not name_like(w)
            or is_lower_word(w, "en")
            or is_place_name(w, "en")
            or is_firm_word(w)
            or _stop(w, "en")
        )
