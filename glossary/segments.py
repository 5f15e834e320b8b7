"""Segments of a run of capitalised words: its parts between words that cannot be name
words (a function word, a month, a title, a frequent German noun), unless the words
around keep such a word in the name (*die Schriftstellerin Juli Zeh*: a month as a
given name); a list of names without commas is cut between them (*Ernst Schmid Jürg
Marmet*). :class:`glossary.detect._Finder` mixes this in beside
:class:`glossary.candidates.Candidates`, which makes the runs."""

from __future__ import annotations

from collections.abc import Iterable

from glossary.absence import capitalised
from glossary.englishwords import english_word
from glossary.gazetteer import is_place_name
from glossary.germanwords import german_common_words, is_german_lower
from glossary.givenform import SPREAD_ALONE, SPREAD_RARE, _given, _given_citation, _spread
from glossary.key import key
from glossary.lexicon import (
    is_calendar_word,
    is_common_word,
    is_cyrillic,
    is_lower_word,
    is_strong_common_word,
    words,
)
from glossary.listfiles import fold
from glossary.namelists import double_given, given_gender, given_spread, is_family_name
from glossary.shapes import _EAST_SLAVIC, agreeing_lemma, masculine_oblique, surname_shaped
from glossary.tokens import Tok, adjacent
from glossary.wordclass import (
    _PARTICLES,
    _ROMAN,
    _role,
    _stop,
    _title,
    _weak,
    role_before,
)


class Segments:
    """Segments of a finder's runs (``toks``, ``text``, ``lang``)."""

    toks: list[Tok]
    text: str
    lang: str

    def english_in_cyrillic(self, word: str) -> bool:
        """In Russian, Ukrainian or Belarusian text, a Latin word that English writes as a
        function word or in lower case and no list has as a name (*© Raphaël Hertzog This
        document …*, *Author: Emil Brink Abstract:*): English around a name kept in Latin
        letters, no part of it."""
        if self.lang not in _EAST_SLAVIC or is_cyrillic(word):
            return False
        return _stop(word, "en") or english_word(word, "en")

    def segments(self, run: list[int]) -> Iterable[list[int]]:
        """Parts of a run between words that cannot be name words."""
        seg: list[int] = []
        for k, n in enumerate(run):
            word = self.toks[n].text
            keep = self._initial(self.toks[n]) or (
                (given_gender(word, self.lang) is not None or double_given(word) is not None)
                and k + 1 < len(run)
                and (
                    not self.toks[n].initial
                    or self.attribution(n)  # -- August Graf von Platen: no sentence's start
                    and not role_before(word, self.lang)  # -- Kaiser Tiberion: the title
                    or self._opening_pair(run, k)
                )
                and (  # August Bebel; -- August Macke: an author's line holds a name
                    self._surname(run[k + 1])
                    or self.unknown(run[k + 1])
                    or self.author_pair(n, run[k + 1])
                )
                and not (  # im August Berlin: a month before a city that is a surname too
                    is_calendar_word(word, self.lang)
                    and is_place_name(self.toks[run[k + 1]].text, self.lang)
                )
            )  # Ernst Nilsson, Anders Ahlgren: given names that are words too
            keep = keep or self._listed_before_unknown(run, k)  # Bill Veeck
            keep = keep or (k > 0 and self._noun_surname(run[k - 1], n))
            keep = keep or (k > 0 and self.author_pair(run[k - 1], n))  # -- Hans Habe
            keep = keep or (  # Herr Weiß: the surname; not Herr Bruder, a noun of a person
                k > 0 and self.honorific_before(n) and not role_before(word, self.lang)
            )
            keep = keep or (  # Gerhard Mayer-Vorfelder: a double surname after a given name
                k > 0
                and "-" in word
                and given_gender(self.toks[run[k - 1]].text) is not None
                and self._surname(n)
            )
            keep = keep or (  # die Schriftstellerin Juli Zeh: a month as a given name
                k + 1 < len(run)
                and self._named_by_role(n, run[k + 1])
                and self._noun_surname(n, run[k + 1])
            )
            keep = keep or self._month_between_names(run, k)  # Friedrich August Stüler
            keep = keep or (k > 0 and self._known_after_initial(run[k - 1], word))
            keep = keep or (  # Jürg Marmet und Ernst Schmied: a list joins like to like
                k == 1
                and given_gender(self.toks[run[0]].text) is not None
                and not is_calendar_word(self.toks[run[0]].text, self.lang)
                and self.after_person_and(run[0])
            )
            keep = keep or (k > 0 and self._noun_after(run[k - 1], n))
            keep = keep or self._initials_after(run, k) > 0  # Nagy P.: surname, initial
            keep = keep or (k + 1 < len(run) and self.family_before_given(n, run[k + 1]))
            keep = keep or self._given_before_particle(run, k)
            keep = keep or (
                k + 1 < len(run)
                and (self.chinese_family(n, run[k + 1]) or self.pinyin_pair(n, run[k + 1]))
            )
            keep = keep or self._capital_particle(run, k)
            keep = keep or (k > 0 and self.hyphened_before_family(run[k - 1], n))  # Fei-Fei Li
            keep = keep or (  # Elizabeth II, Magnus I.: a ruler's numeral, no pronoun
                k > 0
                and self.rulers_numeral(n)
                and (word != "I" or self.text.startswith(".", self.toks[n].end))
            )
            if (
                word not in _PARTICLES
                and not keep
                and (_stop(word, self.lang) or self.english_in_cyrillic(word))
                and not self.known_noun(n)  # Gerhart Baum … Baum gehörte der FDP an
            ):
                if seg:
                    yield seg
                seg = []
            elif seg and self._of_next_name(run, k):
                yield seg  # saint Matthieu de Jean-Sébastien Bach: "by", not a particle
                seg = []
            elif seg or word not in _PARTICLES:
                if len(seg) >= 2 and (
                    self._next_name(seg, run, k)
                    or self._oblique_end(seg)
                    or self._word_after_case(seg, n)
                ):
                    yield seg  # Ernst Schmid Jürg Marmet: a list of names, no commas
                    seg = []
                seg.append(n)
        if seg:
            yield seg

    def _oblique_end(self, seg: list[int]) -> bool:
        """The segment so far ends in a declined given name and a man's adjectival surname
        in an oblique case (*im. Ryszarda Kapuścińskiego*): Polish and Czech set no name
        word after that surname, so what follows is another name (*Swiatłana Aleksijewicz*)."""
        before, last = self.toks[seg[-2]].text, self.toks[seg[-1]].text
        return masculine_oblique(last, self.lang) and (
            given_gender(before, self.lang) is not None
            or _given_citation(before, self.lang) != before
        )

    def _word_after_case(self, seg: list[int], n: int) -> bool:
        """A word of the language after a Polish or Czech given name in a case and a
        surname in the same case (*film Jiřího Mádla Vlny*, *knihu Karla Čapka Válka s
        mloky*): the title of the person's work, since the name ends there."""
        if self.lang not in ("pl", "cs") or not is_lower_word(self.toks[n].text, self.lang):
            return False
        before, last = self.toks[seg[-2]].text, self.toks[seg[-1]].text
        if _given_citation(before, self.lang) == before:
            return False
        return agreeing_lemma(before, last, self.lang) is not None

    def _noun_after(self, i: int, n: int) -> bool:
        """A frequent common noun or a place right after an initial is the surname
        (E.Schneider und K.Wien, G. Band-J. Brown), unless a space parts them and a
        lower-case word follows the noun: then the initial may end a sentence (Variante B.
        Zeitungen berichteten). Function, calendar and country words, titles and roles
        never are."""
        toks, lang = self.toks, self.lang
        word = toks[n].text
        if not self._initial(toks[i]):
            return False
        glued = self.text[toks[i].end : toks[n].start] == "."
        goes_on = (
            n + 1 < len(toks)
            and toks[n + 1].text.islower()
            and adjacent(self.text, toks[n], toks[n + 1])
        )  # Variante B. Zeitungen berichteten: a sentence, not G. Band-J. Brown
        if not glued and not is_place_name(word, lang) and goes_on:
            return False
        folded = fold(word)
        return not (
            folded in words(lang, "function")
            or folded in words(lang, "territory")
            or is_calendar_word(word, lang)
            or _title(word, lang)
            or _role(word, lang)
        )

    def known_noun(self, n: int) -> bool:
        """A German noun too frequent to start a name (*Baum*, *Koch*), which the document
        writes elsewhere as a person's surname: the word single() reads by where it
        stands, not cut out beforehand; never a function or calendar word, a title or a
        role."""
        word = self.toks[n].text
        if self.lang != "de" or key(word, self.lang) not in self.known:
            return False
        folded = fold(word)
        return not (
            folded in words(self.lang, "function")
            or is_calendar_word(word, self.lang)
            or _title(word, self.lang)
            or _role(word, self.lang)
        )

    def _next_name(self, seg: list[int], run: list[int], k: int) -> bool:
        """A given name after a surname, with a word after it, where the words before
        began with a given name too: the next name of a list set without commas
        (captions, credits: Eduard Leuthold Wolfgang Diehl)."""
        toks, lang = self.toks, self.lang
        word, prev = toks[run[k]].text, toks[run[k - 1]].text
        if k + 1 >= len(run) or _given(word, lang) is None or _weak(word, lang):
            return False
        if word.lower() in _PARTICLES or prev in _PARTICLES or self._initial(toks[run[k - 1]]):
            return False  # von Miltitz, Julio A. Roca: one name
        if _given(toks[seg[0]].text, lang) is None or not capitalised(toks[run[k + 1]].text):
            return False
        # the word before is the surname: no given name, or one few lists hold (Leuthold)
        return _given(prev, lang) is None or _spread(prev, lang) < min(3, _spread(word, lang))

    def _month_between_names(self, run: list[int], k: int) -> bool:
        """A month that is a given name too (*August*, *Juli*) between a listed given name
        and a capitalised word that is no place or date word (*Friedrich August Stüler*):
        a second given name, since a date stands after a number or a preposition."""
        if not 0 < k < len(run) - 1:
            return False
        word, before, after = (self.toks[run[i]].text for i in (k, k - 1, k + 1))
        if not is_calendar_word(word, self.lang) or given_gender(word, self.lang) is None:
            return False
        if given_gender(before, self.lang) is None or is_calendar_word(before, self.lang):
            return False
        return not (is_calendar_word(after, self.lang) or is_place_name(after, self.lang))

    def _capital_particle(self, run: list[int], k: int) -> bool:
        """A particle written capitalised inside a name, after a given name and before its
        surname (Marine Le Pen, Bruno Le Maire), or after a particle that follows one
        (François de La Rochefoucauld): part of the surname, no function word."""
        word = self.toks[run[k]].text
        before = self.toks[run[k - 1]].text if k else ""
        if before in _PARTICLES and k > 1:
            before = self.toks[run[k - 2]].text
        return (
            0 < k < len(run) - 1
            and word != word.lower()
            and word.lower() in _PARTICLES
            and _given(before, self.lang) is not None
            and self.toks[run[k + 1]].text.lower() not in _PARTICLES
        )

    def _noun_surname(self, g: int, n: int) -> bool:
        """A common noun as the surname right after a given name (Gábor Stier, Bill Gold);
        never a month, a function word or a role (Donald Trump Präsident) that the
        family list does not have (Christiane Holländer)."""
        given, word, lang = self.toks[g].text, self.toks[n].text, self.lang
        if _given(given, lang) is None or _spread(given, lang) <= SPREAD_RARE:
            return False
        if is_strong_common_word(given, lang) and not self._named_by_role(g, n):
            return False  # Max Herbst: two frequent words
        folded = fold(word)
        family = is_family_name(word) and not is_strong_common_word(word, lang)
        return not (
            _role(word, lang)
            and not family  # Christiane Holländer: a listed surname, though a role too
            and not self._named_by_role(g, n)  # Pfarrer Joachim Spinner segnete
            or is_calendar_word(word, lang)
            and not self._named_by_role(g, n)  # Dr. Bernd Montag, Vorsitzender: a surname
            or _title(word, lang)
            or folded in words(lang, "function")
            and not is_family_name(word)  # Ricarda Lang, Michael Groß: listed surnames
            and not self._named_by_role(g, n)  # die Künstlerin Katharina Grosse malte
            or folded in words(lang, "territory")
            or "-" in word
        )

    def _named_by_role(self, g: int, n: int) -> bool:
        """A role noun or an honorific right before the given name, and the clause going
        on after the surname (*die Schriftstellerin Juli Zeh stellte*, *der Maler August
        Macke starb*): a month or a frequent word is a given name there."""
        toks = self.toks
        if g == 0 or not adjacent(self.text, toks[g], toks[n]):
            return False
        role = toks[g - 1].text
        if not self.honorific_before(g) and not (
            self.text[toks[g - 1].end : toks[g].start] == " "
            and role_before(role, self.lang)
            and not is_german_lower(role)
        ):
            return False
        if n + 1 == len(toks):
            return self.text[toks[n].end : toks[n].end + 1] in (".", ",", ";", ":", "!", "?")
        after = toks[n + 1]
        gap = self.text[toks[n].end : after.start]
        return gap == " " and after.text.islower() or gap.strip()[:1] in (",", ";", ":", ")")

    def _of_next_name(self, run: list[int], k: int) -> bool:
        """French *de* after a name word and before a given name and a surname (*la
        Passion selon saint Matthieu de Jean-Sébastien Bach*, *Carmen de Georges Bizet*):
        the preposition before the next person's whole name, since a particle precedes
        a surname (*Charles de Gaulle*), not a given name the lists hold as written."""
        if self.lang != "fr" or self.toks[run[k]].text != "de" or k + 2 >= len(run):
            return False
        given, surname = self.toks[run[k + 1]].text, self.toks[run[k + 2]].text
        return (
            _given(given, self.lang) is not None
            and given.lower() not in _PARTICLES
            and _spread(given, self.lang) > SPREAD_RARE
            and surname.lower() not in _PARTICLES
            and capitalised(surname)
            and _given(surname, self.lang) is None
        )

    def _given_before_particle(self, run: list[int], k: int) -> bool:
        """A given name before a lower-case particle and a capitalised word (*Dominique
        de Villepin*, though French names Dominica *Dominique*): the name's first word."""
        if k + 2 >= len(run) or given_gender(self.toks[run[k]].text, self.lang) is None:
            return False
        particle, after = self.toks[run[k + 1]].text, self.toks[run[k + 2]].text
        return particle in _PARTICLES and capitalised(after)

    def _opening_pair(self, run: list[int], k: int) -> bool:
        """In English, a sentence's first word a given name two sources list, before a
        listed family name that ends the run (*Bill Gates said*, *Don Johnson left*):
        English's function-word list holds *bill* and *don*, but these two words are a
        name. Elsewhere the list's words are function words indeed (Czech *Jen Hanka*,
        "only Hanka"). In German, a given name many sources list before a listed or
        unknown surname, though German has the word as a noun (*Ernst Bloch sagte*)."""
        word = self.toks[run[k]].text
        if self.lang == "de":  # August Bebel, Ernst Bloch: a noun too, but a wide given name
            return (
                len(run) == k + 2
                and (given_spread(word) >= SPREAD_ALONE or double_given(word) is not None)
                and (is_family_name(self.toks[run[k + 1]].text) or self.unknown(run[k + 1]))
            )
        return (
            self.lang == "en"
            and len(run) == k + 2
            and given_spread(word) >= 2
            and is_family_name(self.toks[run[k + 1]].text)
            and not is_calendar_word(word, self.lang)
        )

    def _listed_before_unknown(self, run: list[int], k: int) -> bool:
        """In English, a given name that three sources list before the last word of the
        run, a capitalised word no list has a use for (*Bill Veeck*, *Don Marquis*), at a
        sentence's start too: English's function-word list holds *bill* and *don*, but
        before a word that is nothing else they are the given name."""
        word = self.toks[run[k]].text
        if self.lang != "en" or len(run) != k + 2:
            return False
        after = self.toks[run[k + 1]].text
        return (
            given_spread(word) >= 3
            and not is_calendar_word(word, self.lang)
            and len(after) >= 3
            and self._unknown_word(after)
        )

    def _surname(self, n: int) -> bool:
        """A family name of the list, a surname's shape, or a double name whose parts are
        capitalised and one of them a family name (Müller-Sönksen, Weiler-Kiderlen); its
        last part may be a noun text never writes capitalised on its own after a listed
        family name (Mayer-Vorfelder; not Merkel-Regierung, Müller-Stiftung)."""
        word = self.toks[n].text
        if is_family_name(word) or surname_shaped(word, self.lang):
            return True
        parts = word.split("-")
        last_free = not is_common_word(parts[-1], self.lang) or (
            len(parts) == 2
            and is_family_name(parts[0])
            and self.lang == "de"
            and parts[-1] not in german_common_words()
        )
        return (
            len(parts) > 1
            and all(capitalised(p) for p in parts)
            and last_free
            and any(is_family_name(p) or not is_common_word(p, self.lang) for p in parts)
        )

    def _name_tail(self, seg: list[int], given: int) -> bool:
        """Words after a sentence-initial given name that read as a surname: a listed or
        surname-shaped one, a word no list has, one German has no use for but a name
        (Wissing: frequent in German news, no noun, no English word), or any word after
        a name particle (Ursula von der Leyen), a ruler's numeral (Magnus I.), or the
        initial a court report leaves of a surname (Melanie W.)."""
        last = self.toks[seg[-1]].text
        return (
            len(seg) == 1
            and _ROMAN.match(last) is not None  # Magnus I. der Gute: a ruler
            or len(seg) == 1
            and self._initial(self.toks[seg[0]])  # Melanie W. schilderte: a surname's initial
            or is_family_name(last)
            or any(self.toks[m].text.lower() in _PARTICLES for m in seg[:-1])
            or self.name_only(last)
            and not is_lower_word(last, "en")
            or len(seg) == 1
            and self._noun_surname(given, seg[0])
            or surname_shaped(last, self.lang)
            or _given(last, self.lang) is None
            and not is_common_word(last, self.lang)
        )
