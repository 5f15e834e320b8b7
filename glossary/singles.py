"""Words of a segment that no full name covers, read one by one: a place's case form or a
genitive before the name a segment ends in, and neighbours that are each a person word
on their own, which make one name (*Teemu Tainio*). A mixin of
:class:`glossary.detect._Finder`, whose other mixins give the evidence."""

from __future__ import annotations

from glossary.lexicon import is_lower_word
from glossary.wordclass import _PARTICLES


class SingleWords:
    """Needs the finder's ``toks``, ``text``, ``lang``, ``used``, its ``add`` and the firms'
    ``_legal_form`` (:class:`glossary.firms.FirmNames`)."""

    def places_before(self, words_: list[int]) -> None:
        """Words of a segment before the name it ends in: a place's case form (*Tegnap
        Brüsszelben Josep Borrell*), a person after "named after" (*имени Кирова
        Владимир Сердюк*) or a German genitive (*Nawalnys Witwe Julia Nawalnaja*); the
        rest are no name."""
        for n in words_:
            if self.case_of_place(n, True) and not is_lower_word(self.toks[n].text, self.lang):
                self.add([n], "place", None, "", False)
            elif self.named_after(n) or self.genitive_of_name(n):
                self.singles([n])  # Nawalnys Witwe Julia Nawalnaja: the genitive read alone

    def singles(self, seg: list[int]) -> None:
        """Words of a segment that no full name covers, one by one; neighbours that are
        each a person word on their own make one name (Teemu Tainio, Haile Selassie)."""
        toks, group = self.toks, []
        for at, n in enumerate([*seg, None]):
            kind = None
            if n is not None and n not in self.used and self.joined_person(n):
                continue  # AlbertEggler: a given name and a surname printed as one
            if n is not None and n not in self.used and toks[n].text not in _PARTICLES:
                kind = self.single(n)
                if kind is not None and at > 0 and self.slavic_phrase(seg[at - 1], n):
                    kind = None  # Wojewódzki of Sąd Wojewódzki
                elif kind is not None and at > 0 and self.genitive_of_named(toks[seg[at - 1]].text):
                    kind = None  # Orbáns Fidesz: the noun of a named person's genitive
                elif kind is not None and at + 1 < len(seg) and self.slavic_phrase(n, seg[at + 1]):
                    kind = None  # Państwowego of Państwowego Funduszu
            if kind is not None and kind[0] == "person":
                group.append((n, kind[1]))
                continue
            firm = n is not None and self._legal_form(toks[n])  # Falcot Corp, Acme GmbH
            if kind is None and group and n is not None and not firm:
                if self.surname_ending(n, seg):
                    group.append((n, None))  # Rabiye Kurnaz, Volkbert Keßler
                    n = None
            if group and firm:
                group = []  # a firm's name before its legal form: no person's
            if group:
                words_ = [m for m, _ in group]
                given = self.given_names(words_)
                full = len(words_) > 1
                if lead := self.particles_before(words_[0]):  # van Gaal: particles, given ""
                    given = " ".join([*(toks[m].text for m in lead), given]).strip()
                    words_ = [*lead, *words_]
                gender = group[-1][1]
                if gender is None and (shown := self.title_before(words_[0])) in ("m", "f"):
                    gender = shown  # die Schriftstellerin Han Kang: the role's gender
                self.add(words_, "person", gender, given, full)
                group = []
            if kind is not None and len(seg) == 1:
                self.add([n], kind[0], kind[1], "", False)
