"""Words of technical prose that name no person, whatever list has them: a command's
option (*-Osymbols*), English's name of a language in a program's list (*Bulgarian
(bg)*), a program's or a system's name (*Gnumeric*), a label a Slavic manual
capitalises (*Ширину и Высоту*). Manuals, guides and help texts
hold many of them, news few. :class:`glossary.detect._Finder` mixes these checks in;
they read its ``toks``, ``text`` and ``lang``.
"""

from __future__ import annotations

import re

from glossary.apposition import animate_noun
from glossary.gazetteer import is_place_name
from glossary.givenform import _given, listed_name
from glossary.lexicon import is_common_word, is_lower_word, is_package_name, words
from glossary.listfiles import fold
from glossary.namelists import is_family_name
from glossary.shapes import _EAST_SLAVIC
from glossary.tokens import Tok, line_end

#: What ends right before a bracket: a closing quote, or a word (its letters taken).
_BEFORE_BRACKET = re.compile(r"(?:([»”“\"])|(?<![^\W\d_])([^\W\d_]+)) ?\($")

#: A field's label in a program's output or a configuration file, up to its colon: words
#: and single spaces from the line's start, a column's gap or the value before it (a
#: digit or a bracket: wrapped lines are joined), then a colon that a space precedes or
#: two spaces or a tab follow, then a value in digits, lower case, a path or a bracket
#: (*Array Size : 8378368*, *Runall:     root*, *Logfile produced at: \t/var/log/…*);
#: *Merz: Wir …* and *Maintainer: Daniel Leidert* are no such label.
_LABEL_BEFORE = re.compile(r"(?:^|\n|  |\t|[\d)] )[ \t]*(?:[^\W\d_][\w.-]* )*$")
_LABEL_AFTER = re.compile(r"(?: [^\W\d_][\w.-]*)*(?: +:[ \t]+|:(?:[ \t]{2,}|\t))[\d/(\-a-z~]")

#: The arrows between a program's menu and its item (*Filter → Verbessern →
#: Deinterlace*, *Image->Metadata->View*).
_ARROWS = ("→", "->", "▸", "⇒")
_ARROW = "(?:" + "|".join(map(re.escape, _ARROWS)) + ")"
#: A menu's word, an arrow and the item's words before a word, or after it.
_MENU_BEFORE = re.compile(rf"[^\W\d_][\w.…-]*[ \t]*{_ARROW}[ \t]*(?:[^\W\d_][\w-]*[ \t])*$")
_MENU_AFTER = re.compile(rf"(?:[ \t]+[^\W\d_][\w-]*)*[ \t]*{_ARROW}[ \t]*[^\W\d_]")


def unnamed_lower_word(word: str, lang: str) -> bool:
    """A word that an East Slavic language writes in lower case and no list has as a name
    or a place (*Высоту*, *Пипеткой*): capitalised, a label, never a person."""
    if lang not in _EAST_SLAVIC or not is_lower_word(word, lang):
        return False
    return not (listed_name(word, lang) or is_place_name(word, lang))


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

    def output_label(self, n: int) -> bool:
        """Token ``n`` is a word of a field's label in a program's output or a file (*Used
        Dev Size : 4189184*): no speaker before what he says. Not in French, which sets a
        space before every colon (*Macron : la réforme …*)."""
        if self.lang == "fr":
            return False
        tok = self.toks[n]
        before = self.text[max(0, tok.start - 80) : tok.start]
        return bool(_LABEL_BEFORE.search(before) and _LABEL_AFTER.match(self.text, tok.end))

    def interface_word(self, n: int) -> bool:
        """Token ``n`` is a word of a menu's path (*Filter → Verbessern → Deinterlace*) or
        of a key combination (*Alt+Umschalt*, *Strg+P*): a program's interface, no name."""
        tok = self.toks[n]
        text = self.text
        if text[tok.end : tok.end + 1] == "+" and text[tok.end + 1 : tok.end + 2].isalnum():
            return True
        if tok.start > 1 and text[tok.start - 1] == "+" and text[tok.start - 2].isalnum():
            return True
        start, end = text.rfind("\n", 0, tok.start) + 1, line_end(text, tok.end)
        line = text[start:end]
        if not any(arrow in line for arrow in _ARROWS):
            return False  # most lines: no menu to read
        return bool(
            _MENU_BEFORE.search(text, start, tok.start) or _MENU_AFTER.match(text, tok.end, end)
        )

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

    def slavic_label(self, a: int) -> bool:
        """Token ``a`` inside a sentence of an East Slavic text, a lower-case word of the
        language that no list has as a name (*Высоту*): capitalised there, a label of a
        program or a form (*Вы можете указать Ширину и Высоту*), and so is what it is
        joined to. Not in Polish or Czech, whose surnames are words more often than
        their lists know (*Gąsiorek i Orlikowski*)."""
        if self.toks[a].initial:
            return False
        return unnamed_lower_word(self.toks[a].text, self.lang)

    def translated_original(self, first: int, last: int) -> bool:
        """Tokens ``first`` to ``last`` fill a bracket in an East Slavic text right after a
        quoted term or a lower-case word that names no person: the original words of what
        the text has just translated, no person (*мультфильма «История игрушек» (Toy
        Story)*, *фонд свободного ПО (Free Software Foundation)*); a person's original
        spelling follows the person's name (*Линусом Торвальдсом (Linus Torvalds)*) or a
        role (*основатель (Ian Murdock)*)."""
        if self.lang not in _EAST_SLAVIC:
            return False
        start, end = self.toks[first].start, self.toks[last].end
        if not self.text.startswith(")", end):
            return False
        before = _BEFORE_BRACKET.search(self.text, max(0, start - 40), start)
        if before is None:
            return False
        word = before.group(2)
        return word is None or word.islower() and animate_noun(word, self.lang) is None
