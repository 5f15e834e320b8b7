"""Lines of dialogue as Slavic jokes and novels set them, with no quotation marks: a
line opens with a dash, and the speech ends at a dash before the verb that attributes
it (*- Chodźmy - mówi Ola.*); the word after that verb is the speaker.
"""

from __future__ import annotations

import re

from glossary.lexicon import words
from glossary.listfiles import fold
from glossary.shapes import SLAVIC
from glossary.tokens import Tok

#: A line of dialogue as Slavic jokes and novels set it, with no marks: it opens with a
#: dash and the speech ends at a dash before its verb, with no comma (*- Chodźmy - mówi
#: Ola.*, *- Kto tam? - pyta Ola.*).
_DIALOGUE_LINE = re.compile(r"[ \t]*[—–-][ \t]")
_DIALOGUE_END = re.compile(r"[^\s—–-][ \t]+[—–-][ \t]+$")
#: A Slavic past verb in the plural (and Polish present's -ą): it has no one's name as
#: its subject.
_PLURAL_PAST = re.compile(r"(?:li|ły|ly|ли|ą)$")


def dialogue_verb(text: str, verb: Tok, lang: str) -> bool:
    """In a Slavic language, ``verb`` follows the dash that closes the speech of a line
    of dialogue opened by a dash (*- Chodźmy - mówi Ola.*): a verb in the singular,
    no function word (*- o Jezu*) nor a plural past (*warknęli*, *сказали*, *řekli*)."""
    word, start = verb.text, verb.start
    if lang not in SLAVIC or fold(word) in words(lang, "function"):
        return False
    if len(word) < 3 or _PLURAL_PAST.search(word):
        return False
    line = text.rfind("\n", 0, start) + 1
    return bool(
        _DIALOGUE_LINE.match(text, line)
        and _DIALOGUE_END.search(text, max(line + 1, start - 8), start)
    )
