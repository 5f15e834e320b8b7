"""Words of technical prose that name no person, whatever list has them: a command's
option (*-Osymbols*), English's name of a language in a program's list (*Bulgarian
(bg)*), a program's or a system's name (*Gnumeric*). Manuals, guides and help texts
hold many of them, news few. :class:`glossary.detect._Finder` mixes these checks in;
they read its ``toks``, ``text`` and ``lang``.
"""

from __future__ import annotations

from glossary.gazetteer import is_place_name
from glossary.givenform import _given
from glossary.lexicon import is_common_word, is_package_name, words
from glossary.listfiles import fold
from glossary.namelists import is_family_name
from glossary.tokens import Tok


class TechnicalWords:
    """Checks on token ``n`` of a finder (``toks``, ``text``, ``lang``)."""

    toks: list[Tok]
    text: str
    lang: str

    def option_flag(self, n: int) -> bool:
        """Right after a hyphen that follows a space (*dpkg-gensymbols -Osymbols*): a
        command's option; a dash before a name stands apart from it (*- Merkel*)."""
        start = self.toks[n].start
        before = self.text[max(0, start - 2) : start]
        return before.endswith("-") and before[:-1].strip() == ""

    def english_language(self, n: int) -> bool:
        """English's name of a language in another language's text (*Bulgarian (bg),
        Catalan (ca)*, a program's list of languages): no one's name; one that a list has
        as a name too (*French*, *English*) only beside another language's name."""
        word, lang = self.toks[n].text, self.lang
        if lang == "en" or fold(word) not in words("en", "language"):
            return False
        if _given(word, lang) is None and not is_family_name(word):
            return True
        near = self.toks[max(0, n - 3) : n] + self.toks[n + 1 : n + 4]
        return any(t.text[:1].isupper() and fold(t.text) in words("en", "language") for t in near)

    def program_alone(self, word: str) -> bool:
        """A Debian package's name that no list has as a given or family name, no place
        and no word of the text's language: a program's or a system's name alone
        (*Gnumeric*, *Konqueror*); *Hugo*, *Einstein*, *Hurd* are listed names first."""
        if not is_package_name(word) or is_family_name(word) or _given(word, self.lang):
            return False
        return not (is_place_name(word, self.lang) or is_common_word(word, self.lang))
