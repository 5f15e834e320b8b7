"""A name's occurrence in a text: what the finder gives and the grouping reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a name: ``text[start:end]`` is ``surface``."""

    surface: str  # as written, e.g. "Alexander Lukaschenko" or "Lukaschenkos"
    surname: str  # the family name as written (maybe inflected)
    lemma: str  # its citation form
    key: str  # matching key of the lemma
    start: int
    end: int
    full: bool  # given name (or a second name word) present
    kind: str = "person"  # person, place or organisation; "" for a known key seen alone
    gender: str | None = None  # "f" or "m" when the text shows it
    given: str = ""  # the words beside the surname, given names in their nominative
    family_first: bool = False  # written family name first (Hungarian: Orbán Viktor)
    #: the family name alone elsewhere may name this person; not a Chinese or Korean
    #: one of one syllable (Sun, Ban, Moon: words, and the names of millions)
    alone: bool = True
    #: the gender a past verb right after the name in its nominative agrees in (Мелия
    #: объявил: a man, whatever a list says of Ника), grammar the entry trusts first
    agreed: str | None = None
