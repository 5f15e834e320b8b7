"""Authors of cited works: the name before *et al.* or a year of publication (*Schmidt
et al. (2021)*, *Habermas (1981)*, *(vgl. Luhmann 1984, S. 23)*), read in every language
that cites so."""

from __future__ import annotations

import re

from glossary.gazetteer import is_place_name
from glossary.germanwords import german_nouns, is_german_noun
from glossary.key import key
from glossary.lexicon import is_firm_word, is_lower_word
from glossary.mention import Mention
from glossary.namelists import given_gender, is_family_name
from glossary.wordclass import _stop, name_like

#: The abbreviation after a cited work's first author (*Schmidt et al.*, *Smith et al*).
_ET_AL = re.compile(r" et al\b")
#: A year of publication in parentheses after an author (*Habermas (1981)*, *(1981a, S.
#: 3)*), or after one the parentheses open with (*(vgl. Luhmann 1984, S. 23)*).
_YEAR_AFTER = re.compile(r" \((?:1[5-9]|20)\d\d[a-z]?(?:[,:;)]| S\.)")
_YEAR_INSIDE = re.compile(r" (?:1[5-9]|20)\d\d[a-z]?[,:;)]")
_OPENS_CITATION = re.compile(r"\((?:vgl\. |siehe |cf\. |see |zob\. |srov\. )?$")
#: A reference list's entry: at a line's start the first author's surname, a comma and
#: the given names or initials, then the year (*Behrens, Heike (2009):*, *Chomsky, N.
#: 1965.*) or a colon; the surname may be double or hyphened.
_REFERENCE = re.compile(
    r"^[ \t]*(?P<surname>[^\W\d_][\w'’-]+), (?P<given>[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*){0,2})"
    r"(?= ?\((?:1[5-9]|20)\d\d[a-z]?\)| (?:1[5-9]|20)\d\d[a-z]?[.:,]|:)",
    re.M,
)
#: German *zitiert nach* ("quoted from"), right before the cited author.
_QUOTED_FROM = re.compile(r"\b[Zz]itiert nach $")


class CitedAuthors:
    """Needs the finder's ``toks``, ``text`` and ``lang``; its ``mentions`` and ``used``
    for the authors of a reference list."""

    def cited_authors(self, n: int) -> bool:
        """A word before *et al.* or a year of publication: the first author of a cited
        work (*Schmidt et al. (2021)*, *Habermas (1981)*, *(vgl. Luhmann 1984, S. 23)*),
        in every language that cites so, a family name that is a frequent noun too
        (*Müller et al.*); no place's or firm's name (*Berlin (1989)*)."""
        tok, text = self.toks[n], self.text
        family = is_family_name(tok.text)
        if not _ET_AL.match(text, tok.end):
            inside = _YEAR_INSIDE.match(text, tok.end) and _OPENS_CITATION.search(
                text, max(0, tok.start - 8), tok.start
            )
            if not (_YEAR_AFTER.match(text, tok.end) or inside):
                return False
            if not family and (is_lower_word(tok.text, self.lang) or is_german_noun(tok.text)):
                return False  # Vertigo (1958): a work's title, as often as an author
        if _stop(tok.text, self.lang) and not family:
            return False
        return (family or name_like(tok.text)) and not (
            is_place_name(tok.text, self.lang) or is_firm_word(tok.text)
        )

    def quoted_from(self, n: int) -> bool:
        """A German family name or a word no list has right after *zitiert nach* ("quoted
        from": *Zitiert nach Wehler, Gesellschaftsgeschichte*): the author quoted, not a
        place *nach* would lead to; a listed place, a firm or a noun stays what it is."""
        tok = self.toks[n]
        if self.lang != "de" or not _QUOTED_FROM.search(
            self.text, max(0, tok.start - 14), tok.start
        ):
            return False
        word = tok.text
        if is_place_name(word, self.lang) or is_firm_word(word) or _stop(word, self.lang):
            return False
        return is_family_name(word) or not (is_german_noun(word) or is_lower_word(word, "de"))

    def reference_authors(self) -> None:
        """The first author of each entry of a reference list (*Behrens, Heike (2009):
        …*): one person, the surname with its given names, which read alone would be a
        second entry (*Heike*); each given name a listed one or an initial."""
        entries = list(_REFERENCE.finditer(self.text))
        if not entries:
            return
        starts = {tok.start: n for n, tok in enumerate(self.toks)}
        for found in entries:
            n = starts.get(found.start("surname"))
            given = found.group("given").split()
            if n is None or not all(self._reference_given(g) for g in given):
                continue
            surname = self.toks[n].text
            if _stop(surname, self.lang) or is_place_name(surname, self.lang):
                continue
            if not is_family_name(surname) and (
                given_gender(surname, self.lang) is not None
                or surname in german_nouns()
                or is_lower_word(surname, self.lang)
            ):
                continue  # Maria, Anna: …, Hinweis, Anna: a given name or a word before
            last = starts.get(found.end("given") - len(given[-1]))
            if last is None:
                continue
            gender = given_gender(given[0], self.lang) if len(given[0]) > 2 else None
            self.mentions[self.toks[n].start] = Mention(
                surname,
                surname,
                surname,
                key(surname, self.lang),
                self.toks[n].start,
                self.toks[n].end,
                True,
                "person",
                gender if gender in ("m", "f") else None,
                " ".join(given),
            )
            self.used.update(range(n, last + 1))

    def _reference_given(self, word: str) -> bool:
        """A listed given name or an initial with its full stop (*H.*, *J.-P.*)."""
        if re.fullmatch(r"(?:[^\W\d_]\.-?)+", word):
            return True
        return given_gender(word, self.lang) is not None
