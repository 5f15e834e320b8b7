"""Name candidates: runs of capitalised words (with particles and initials inside) and
their parts between words that cannot be name words. :class:`glossary.detect._Finder`
mixes this in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from glossary.absence import NOUN_CAPITALISING, capitalised
from glossary.gazetteer import is_place_name
from glossary.givenform import SPREAD_RARE, _given, _spread
from glossary.key import key
from glossary.lexicon import (
    fold,
    german_nouns,
    given_gender,
    given_spread,
    is_calendar_word,
    is_common_word,
    is_family_name,
    is_german_lower,
    is_lower_word,
    is_strong_common_word,
    words,
)
from glossary.mention import Mention
from glossary.shapes import surname_shaped
from glossary.tokens import NAME_GAPS, Tok, adjacent
from glossary.wordclass import (
    _COORDINATORS,
    _NOBLE,
    _PARTICLES,
    _ROMAN,
    _SECOND_PARTICLES,
    _role,
    _stop,
    _title,
    _weak,
    name_like,
    role_before,
)

_capitalised = capitalised
#: An initial of two letters, a capital and h, as older print abbreviates Charles, Thomas,
#: Philipp and transliterations a digraph (Ch., Th., Ph., Kh.): a shape, not a list.
_DIGRAPH = re.compile(r"[A-Z]h")
#: A lower-case letter and a full stop right before a capital: z. B., u. A., d. h.
_ABBREVIATION_BEFORE = re.compile(r"(?:^|[^\w.])[a-zäöü]\. ?$")
#: An initial's full stop at the end of a line, the name going on at the next: a text
#: wrapped by hand (E. P.\nHillary) or split into lines by a tool that took the initial
#: for a sentence's end and set the stop apart (Leiter Ch .\nEvans).
_LINE_BROKEN = re.compile(r" ?\. ?\n(?=[^\W\d_])")
#: The next line's first word, when a capitalised word follows it on that line.
_NEXT_LINE = re.compile(r" ?\. ?\n([^\W\d_]+) +[A-ZÀ-ÞА-ЯЁ]")
#: An initial right before another: E. P., B.M, Ch. Th.
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.-])[A-ZА-ЯЁЄІЇЎҐ]h?\. ?$")
#: The word before, after a space.
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
#: The Arabic article joined to a surname, written in lower case (al-Sisi, el-Baradei,
#: as-Sadr, bin-Salman): inside a run of name words, the surname itself.
_ARTICLED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul|bin|ibn)-[A-ZÀ-Þ]")


class Candidates:
    """Runs and segments of a finder's tokens (``toks``, ``text``, ``lang``)."""

    toks: list[Tok]
    text: str
    lang: str
    used: set[int]
    mentions: dict[int, Mention]
    known: set[str]

    def runs(self) -> Iterable[list[int]]:
        """Runs of capitalised words separated by single spaces, with particles inside."""
        toks, i = self.toks, 0
        while i < len(toks):
            if not _capitalised(toks[i].text):
                i += 1
                continue
            run = [i]
            k = i + 1
            while k < len(toks) and len(run) < 12 and self._joined(toks[k - 1], toks[k]):
                word = toks[k].text
                if _capitalised(word) and (not toks[k].initial or self._initial(toks[k - 1])):
                    run.append(k)
                elif _ARTICLED.match(word):
                    run.append(k)  # Abdel Fattah al-Sisi
                    break
                elif self.rulers_numeral(k):
                    run.append(k)  # Elisabeth II., Bernhard IV.
                    run.extend(self.ruled_seat(k))  # Friedrich II. von Hohenstaufen
                    break
                elif (
                    word in _PARTICLES
                    and (word not in _SECOND_PARTICLES or toks[k - 1].text.lower() in _PARTICLES)
                    and (
                        toks[k - 1].text in _PARTICLES
                        or _given(toks[k - 1].text, self.lang) is not None
                        or self._initial(toks[k - 1])
                        or not _weak(toks[k - 1].text, self.lang)
                        and not toks[k - 1].text.endswith("s")
                    )
                    and k + 1 < len(toks)
                    and (
                        _capitalised(toks[k + 1].text)
                        and (
                            not _weak(toks[k + 1].text, self.lang)
                            or self.name_only(toks[k + 1].text)
                            or _given(toks[k - 1].text, self.lang) is not None
                            or self._given_two_back(k)
                            or word in _NOBLE
                            and self.noble_seat(toks[k + 1].text)
                        )
                        and not _stop(toks[k + 1].text, self.lang)
                        or toks[k + 1].text in _PARTICLES
                    )
                    and adjacent(self.text, toks[k], toks[k + 1])
                ):
                    run.append(k)
                else:
                    break
                k += 1
            while run and toks[run[-1]].text in _PARTICLES:
                run.pop()
            yield run
            i = run[-1] + 1

    def _known_after_initial(self, m: int, word: str) -> bool:
        """A word after an initial (token ``m``) that the text names elsewhere as a
        surname, a role noun though it be (*E. Schmied*, where *Ernst Schmied* is)."""
        return self._initial(self.toks[m]) and key(word, self.lang) in self.known

    def _given_two_back(self, k: int) -> bool:
        """Token ``k`` is the second particle after a given name (Jean de la Fontaine,
        Pierre de la Tour): the capitalised word after it is the surname, though it is
        a common word too (fontaine, tour)."""
        toks = self.toks
        return (
            k >= 2
            and toks[k - 1].text in _PARTICLES
            and _given(toks[k - 2].text, self.lang) is not None
        )

    def noble_seat(self, word: str) -> bool:
        """A German word after *von* or *zu* that no noun list has as written: the seat
        in a noble's name, though compounds or frequency read it as a word (Gedult von
        Jungenfeld, Zephyrine von Hohenzollern-Sigmaringen); not *von Anfang an*."""
        return (
            self.lang == "de"
            and len(word) >= 3
            and all(name_like(part) for part in word.split("-"))
            and word not in german_nouns()
            and not is_german_lower(word)
        )

    def after_person_and(self, n: int) -> bool:
        """Token ``n`` follows a person found already and a conjunction (*Jürg Marmet und
        Ernst Schmied*): a list joins like to like, so a given name and a noun after it
        name a person there, where alone they would be a common noun's reading."""
        toks, text = self.toks, self.text
        if n < 2 or not self._conjunction(n - 1, text[toks[n - 1].end : toks[n].start]):
            return False
        end = toks[n - 2].end
        if text[end : toks[n - 1].start] != " ":
            return False
        return any(m.kind == "person" and m.end == end for m in self.mentions.values())

    def _conjunction(self, j: int, gap: str) -> bool:
        """Token ``j`` is a coordinating conjunction and ``gap`` the single space beside it."""
        return self.toks[j].text in _COORDINATORS and gap == " "

    def _initial(self, tok: Tok) -> bool:
        """An initial inside a name: a single capital followed by a full stop (George W.
        Bush), or glued to the next capital as lists and older print set them (E.P.Hillary);
        a digraph stands for one letter too (Ch. Evans, Th. Mann, Ph. Rosenthal)."""
        digraph = _DIGRAPH.fullmatch(tok.text) is not None
        if not digraph and (len(tok.text) != 1 or not tok.text.isupper()):
            return False
        if _ABBREVIATION_BEFORE.search(self.text, max(0, tok.start - 4), tok.start):
            return False  # z. B., u. A.: the second letter of an abbreviation
        after = self.text[tok.end : tok.end + 3]
        if after.startswith(". ") or after[:1] == "." and after[1:2].isupper():
            return True
        if after[:2] in (".,", ".;"):
            return True  # ein gewisser Marco S., wurde: no sentence ends before a comma
        return _LINE_BROKEN.match(self.text, tok.end) is not None and self._name_goes_on(tok)

    def _name_goes_on(self, tok: Tok) -> bool:
        """An initial ending a line begins a name the next line ends only where a name is
        under way: glued by a hyphen to a rope team (Band-J .), after another initial (E. P.,
        B.M .) or a role noun (Leiter Ch .). A letter after a common word ends a sentence
        (vitamínu A., Zortech C.); a listed given name and a second capitalised word after
        it start a name of their own (U.S. | Debra Perlingiere)."""
        nxt = _NEXT_LINE.match(self.text, tok.end)
        if nxt and _given(nxt.group(1), self.lang) is not None:
            return False
        before = self.text[max(0, tok.start - 40) : tok.start]
        if before.endswith("-") or _INITIAL_BEFORE.search(before):
            return True
        word = _LAST_WORD.search(before)
        return word is not None and (
            role_before(word.group(1), self.lang) or _title(word.group(1), self.lang)
        )

    def vouched(self, words_: list[int]) -> bool:
        """A title, an initial or a given name two sources list before the surname: a
        person even where the document writes the word after an article."""
        first = words_[0]
        if self.title_before(first) is not None or self.honorific_before(first):
            return True
        return len(words_) > 1 and (
            self._initial(self.toks[first]) or given_spread(self.toks[first].text) > SPREAD_RARE
        )

    def _joined(self, a: Tok, b: Tok) -> bool:
        gap = self.text[a.end : b.start]
        if gap in NAME_GAPS:
            return True
        broken = _LINE_BROKEN.match(self.text, a.end)
        return (gap in (". ", ".") or broken is not None and broken.end() == b.start) and (
            self._initial(a)
        )

    def country_names(self, run: list[int]) -> tuple[list[list[int]], list[list[int]]]:
        """The parts of a run around the multi-word country names in it, and those names
        (CLDR's: Stany Zjednoczone, Costa Rica, Vereinigte Staaten): a country's name holds
        no person even where one of its words is a given name (Stany, read as Stana).
        A name shaped like a person's, a given name and a family name (Diego Garcia), is
        left to the rules."""
        countries = words(self.lang, "territory")
        parts: list[list[int]] = []
        names: list[list[int]] = []
        current: list[int] = []
        i = 0
        while i < len(run):
            for j in range(len(run), i + 1, -1):
                texts = [self.toks[n].text for n in run[i:j]]
                person_shaped = given_gender(texts[0]) is not None and is_family_name(texts[-1])
                if fold(" ".join(texts)) in countries and not person_shaped:
                    names.append(run[i:j])
                    parts += [current] if current else []
                    current, i = [], j
                    break
            else:
                current.append(run[i])
                i += 1
        return parts + ([current] if current else []), names

    def name_words_before(self, i: int) -> list[int]:
        """Up to two capitalised words right before a person's name that can be nothing but
        name words: no listed noun, lower-case word, place, role, title or particle."""
        toks, out = self.toks, []
        m = i - 1
        while m >= 0 and len(out) < 2 and m not in self.used and not toks[m + 1].initial:
            word = toks[m].text
            if self.text[toks[m].end : toks[m + 1].start] != " " or not capitalised(word):
                break
            if word in _PARTICLES or word.isupper() or not self.only_a_name(word):
                break
            if toks[m].initial and self.lang not in NOUN_CAPITALISING:
                break  # Przeciwnicy Łukaszenki: any word starts a Polish sentence capitalised
            out.insert(0, m)
            m -= 1
        return out

    def segments(self, run: list[int]) -> Iterable[list[int]]:
        """Parts of a run between words that cannot be name words."""
        seg: list[int] = []
        for k, n in enumerate(run):
            word = self.toks[n].text
            keep = self._initial(self.toks[n]) or (
                given_gender(word, self.lang) is not None
                and k + 1 < len(run)
                and (not self.toks[n].initial or self._opening_pair(run, k))
                and self._surname(run[k + 1])
                and not (  # im August Berlin: a month before a city that is a surname too
                    is_calendar_word(word, self.lang)
                    and is_place_name(self.toks[run[k + 1]].text, self.lang)
                )
            )  # Ernst Nilsson, Anders Ahlgren: given names that are words too
            keep = keep or (k > 0 and self._noun_surname(run[k - 1], n))
            keep = keep or (  # die Schriftstellerin Juli Zeh: a month as a given name
                k + 1 < len(run)
                and self._named_by_role(n, run[k + 1])
                and self._noun_surname(n, run[k + 1])
            )
            keep = keep or (k > 0 and self._known_after_initial(run[k - 1], word))
            keep = keep or (  # Jürg Marmet und Ernst Schmied: a list joins like to like
                k == 1
                and given_gender(self.toks[run[0]].text) is not None
                and not is_calendar_word(self.toks[run[0]].text, self.lang)
                and self.after_person_and(run[0])
            )
            keep = keep or (k > 0 and self._noun_after(run[k - 1], n))
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
            if word not in _PARTICLES and not keep and _stop(word, self.lang):
                if seg:
                    yield seg
                seg = []
            elif seg or word not in _PARTICLES:
                if len(seg) >= 2 and self._next_name(seg, run, k):
                    yield seg  # Ernst Schmid Jürg Marmet: a list of names, no commas
                    seg = []
                seg.append(n)
        if seg:
            yield seg

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
        if _given(toks[seg[0]].text, lang) is None or not _capitalised(toks[run[k + 1]].text):
            return False
        # the word before is the surname: no given name, or one few lists hold (Leuthold)
        return _given(prev, lang) is None or _spread(prev, lang) < min(3, _spread(word, lang))

    def _capital_particle(self, run: list[int], k: int) -> bool:
        """A particle written capitalised inside a name, after a given name and before its
        surname (Marine Le Pen, Bruno Le Maire): part of the surname, no function word."""
        word = self.toks[run[k]].text
        return (
            0 < k < len(run) - 1
            and word != word.lower()
            and word.lower() in _PARTICLES
            and _given(self.toks[run[k - 1]].text, self.lang) is not None
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
            or is_calendar_word(word, lang)
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

    def _given_before_particle(self, run: list[int], k: int) -> bool:
        """A given name before a lower-case particle and a capitalised word (*Dominique
        de Villepin*, though French names Dominica *Dominique*): the name's first word."""
        if k + 2 >= len(run) or given_gender(self.toks[run[k]].text, self.lang) is None:
            return False
        particle, after = self.toks[run[k + 1]].text, self.toks[run[k + 2]].text
        return particle in _PARTICLES and _capitalised(after)

    def _opening_pair(self, run: list[int], k: int) -> bool:
        """In English, a sentence's first word a given name two sources list, before a
        listed family name that ends the run (*Bill Gates said*, *Don Johnson left*):
        English's function-word list holds *bill* and *don*, but these two words are a
        name. Elsewhere the list's words are function words indeed (Czech *Jen Hanka*,
        "only Hanka")."""
        word = self.toks[run[k]].text
        return (
            self.lang == "en"
            and len(run) == k + 2
            and given_spread(word) >= 2
            and is_family_name(self.toks[run[k + 1]].text)
            and not is_calendar_word(word, self.lang)
        )

    def _surname(self, n: int) -> bool:
        """A family name of the list, a surname's shape, or a double name whose parts are
        capitalised and one of them a family name (Müller-Sönksen, Weiler-Kiderlen)."""
        word = self.toks[n].text
        if is_family_name(word) or surname_shaped(word, self.lang):
            return True
        parts = word.split("-")
        return (
            len(parts) > 1
            and all(_capitalised(p) for p in parts)
            and not is_common_word(parts[-1], self.lang)
            and any(is_family_name(p) or not is_common_word(p, self.lang) for p in parts)
        )

    def _name_tail(self, seg: list[int], given: int) -> bool:
        """Words after a sentence-initial given name that read as a surname: a listed or
        surname-shaped one, a word no list has, one German has no use for but a name
        (Wissing: frequent in German news, no noun, no English word), or any word after
        a name particle (Ursula von der Leyen), or a ruler's numeral (Magnus I.)."""
        last = self.toks[seg[-1]].text
        return (
            len(seg) == 1
            and _ROMAN.match(last) is not None  # Magnus I. der Gute: a ruler
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
