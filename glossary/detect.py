"""Find names of persons (and some places) in a sentence or a text, in any supported language.

A capitalised word is a name only on evidence, never for its capital alone
(German capitalises every noun, and every language its sentence starts):

- a given name from a general list (Faker's per-locale lists) before it:
  *Marija Kolesnikowa*, *Bill Gates*;
- the shape of a surname after another name word: *Qasym-Jomart Tokajew*,
  *Ales Bjaljazki* (East Slavic endings, per language);
- an honorific or a role noun before it (*Herr Kolb*, *Kanzlerin Merkel*,
  *Trainer Kolb*: a common German noun with an agent suffix);
- the speech attribution of news: *„…“, sagte Cole.*; *Cole sagte* with a
  family name from the general list;
- a family name from the general list where nothing marks the word as a
  common noun (no article or adjective before it);
- in German, the absence of any other reading (:mod:`glossary.absence`): a
  capitalised word in prose that is no noun, no verb or adjective made a noun
  and no place; neighbouring such words make one name (*Teemu Tainio*);
- the key of a surname found elsewhere (the rest of the text, the other side
  of a translation): *Lukaschenkos*, *Lukasenkót*, *Lukaschenko-System*.

Function words, months, weekdays, titles and German common nouns (``Gold``,
``Präsident``; from general word frequencies) never start or end a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from glossary.absence import GermanEvidence, capitalised
from glossary.inflect import lemmas
from glossary.lexicon import (
    fold,
    given_gender,
    given_spread,
    is_calendar_word,
    is_common_word,
    is_family_name,
    is_strong_common_word,
    words,
)
from glossary.wordclass import (
    _ADJ_ENDING,
    _COORDINATORS,
    _DETERMINERS,
    _LOCATIVE,
    _MIN_SURNAME,
    _PARTICLES,
    _ROMAN,
    _SECOND_PARTICLES,
    _SPREAD_ALONE,
    _SPREAD_RARE,
    _SURNAME_ALONE,
    FAMILY_ALONE,
    _best_lemma,
    _gender_of,
    _gendered_lemma,
    _given,
    _given_citation,
    _role,
    _spread,
    _stop,
    _title,
    _weak,
    name_like,
    surname_shaped,
)

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;„“”\"«»()\[\]\n]|\*\*|[-–—]\s)\s*\**$")
# Endings of East Slavic surnames in their Latin and Cyrillic spellings (lemmas).


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
    kind: str = "person"  # person or place; "" for a known key seen alone
    gender: str | None = None  # "f" or "m" when the text shows it
    given: str = ""  # the words before the surname, given names in their nominative


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int
    initial: bool  # starts a sentence, heading or quotation


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        start = m.start()
        initial = False
        if m.group()[:1].isupper():  # only capitalised words care whether they start a sentence
            before = text[max(0, start - 6) : start]
            initial = start == 0 or not before.strip() or bool(_SENTENCE_END.search(before))
        out.append(_Tok(m.group(), start, m.end(), initial))
    return out


_capitalised = capitalised


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    return text[a.end : b.start] in (" ", "\u00a0")


class _Finder(GermanEvidence):
    """One pass over one text: the tokens and what each one is."""

    def __init__(self, text: str, lang: str, known: set[str]):
        self.text, self.lang, self.known = text, lang, known
        self.toks = _tokens(text)
        self.mentions: dict[int, Mention] = {}
        self.used: set[int] = set()

    # -- context ------------------------------------------------------------------------------

    def word_before(self, i: int) -> str:
        """The lower-cased word right before token ``i`` (separated by spaces only), or ""."""
        if i == 0 or self.toks[i].initial:
            return ""
        prev = self.toks[i - 1]
        if self.text[prev.end : self.toks[i].start].strip():
            return ""
        return prev.text.lower()

    def after_determiner(self, i: int) -> bool:
        """An article or determiner before the word, maybe with adjectives between
        (eine bemerkenswerte diplomatische Wende): a common noun, not a bare name."""
        det = _DETERMINERS.get(self.lang)
        if det is None:
            return False
        for _ in range(4):
            before = self.word_before(i)
            if det.match(before):
                return True
            if not (before and before.islower() and _ADJ_ENDING.search(before)):
                return False
            i -= 1
        return False

    def title_before(self, i: int) -> str | None:
        """Gender of an honorific or role noun right before token ``i`` ("" if none shown)."""
        if i == 0 or self.toks[i].initial and not self._abbrev_before(i):
            return None
        prev = self.toks[i - 1]
        gap = self.text[prev.end : self.toks[i].start]
        if gap.strip() not in ("", "."):
            return None
        titles = words(self.lang, "title")
        for form in (fold(prev.text) + ".", fold(prev.text)):
            if form in titles and (form.endswith(".") == (gap.strip() == ".")):
                return titles[form]
        if gap.strip() == "" and _role(prev.text, self.lang):
            return "f" if prev.text.endswith("in") and not prev.text.endswith("ein") else ""
        return None

    def _abbrev_before(self, i: int) -> bool:
        prev = self.toks[i - 1]
        return self.text[prev.end : self.toks[i].start].strip() == "." and _title(
            prev.text, self.lang
        )

    def attributed(self, i: int, j: int) -> bool:
        """Tokens i..j stand where news names a speaker: „…“, sagte X. / …, so X."""
        if i == 0:
            return False
        verb = self.toks[i - 1]
        if not verb.text.islower() or self.text[verb.end : self.toks[i].start] != " ":
            return False
        lead = self.text[max(0, verb.start - 3) : verb.start]
        after = self.text[self.toks[j].end : self.toks[j].end + 2]
        closes = re.match(r"\s*[.,;:]|\s+und", after)
        return bool(re.search(r"[,“”\"»«]\s*$", lead)) and bool(closes)

    # -- passes -------------------------------------------------------------------------------

    def runs(self) -> Iterable[list[int]]:
        """Runs of capitalised words separated by single spaces, with particles inside."""
        toks, i = self.toks, 0
        while i < len(toks):
            if not _capitalised(toks[i].text):
                i += 1
                continue
            run = [i]
            k = i + 1
            while k < len(toks) and len(run) < 6 and self._joined(toks[k - 1], toks[k]):
                word = toks[k].text
                if _capitalised(word) and (not toks[k].initial or self._initial(toks[k - 1])):
                    run.append(k)
                elif _ROMAN.match(word) and given_gender(toks[k - 1].text) is not None:
                    run.append(k)  # Elisabeth II., Bernhard IV.
                    break
                elif (
                    word in _PARTICLES
                    and (word not in _SECOND_PARTICLES or toks[k - 1].text in _PARTICLES)
                    and k + 1 < len(toks)
                    and (
                        _capitalised(toks[k + 1].text)
                        and not _weak(toks[k + 1].text, self.lang)
                        and not _stop(toks[k + 1].text, self.lang)
                        or toks[k + 1].text in _PARTICLES
                    )
                    and _adjacent(self.text, toks[k], toks[k + 1])
                ):
                    run.append(k)
                else:
                    break
                k += 1
            while run and toks[run[-1]].text in _PARTICLES:
                run.pop()
            yield run
            i = run[-1] + 1

    def _initial(self, tok: _Tok) -> bool:
        """An initial inside a name: a single capital followed by a full stop (George W. Bush)."""
        return len(tok.text) == 1 and tok.text.isupper() and self.text.startswith(". ", tok.end)

    def _joined(self, a: _Tok, b: _Tok) -> bool:
        gap = self.text[a.end : b.start]
        return gap in (" ", "\u00a0") or (gap == ". " and self._initial(a))

    def segments(self, run: list[int]) -> Iterable[list[int]]:
        """Parts of a run between words that cannot be name words."""
        seg: list[int] = []
        for k, n in enumerate(run):
            word = self.toks[n].text
            keep = self._initial(self.toks[n]) or (
                given_gender(word) is not None
                and k + 1 < len(run)
                and not self.toks[n].initial
                and self._surname(run[k + 1])
            )  # Ernst Nilsson, Anders Ahlgren: given names that are words too
            keep = keep or (k > 0 and self._noun_surname(run[k - 1], n))
            if word not in _PARTICLES and not keep and _stop(word, self.lang):
                if seg:
                    yield seg
                seg = []
            elif seg or word not in _PARTICLES:
                seg.append(n)
        if seg:
            yield seg

    def full_name(self, seg: list[int]) -> tuple[int, str | None] | None:
        """Where a multi-word name starts in a segment, with its given name's gender."""
        toks, lang = self.toks, self.lang
        if len(seg) < 2 or toks[seg[-1]].text in _PARTICLES:
            return None
        for s, n in enumerate(seg[:-1]):
            word = toks[n].text
            if word in _PARTICLES:
                continue
            if self._initial(toks[n]):
                return s, ""
            gender = _given(word, lang)
            if gender is None:
                continue
            if _weak(word, lang) and _weak(toks[seg[s + 1]].text, lang):
                continue  # Max Herbst? Mark Aurel? two common words are no evidence
            if toks[n].initial and (
                not self._name_tail(seg[s + 1 :], n)
                or any(_given(toks[g].text, lang) is not None for g in seg[s + 1 : -1])
            ):
                continue  # Słowa Władimira Putina: the sentence's first word is no given name
            if _spread(word, lang) <= _SPREAD_RARE and not self._surname(seg[-1]):
                continue  # Dow Jones, Mars Surveyor: a rare given name needs a known surname
            return s, gender
        start = next(
            s for s, n in enumerate(seg) if not _weak(toks[n].text, lang) or s == len(seg) - 1
        )
        if len(seg) - start >= 2 and (
            self.title_before(seg[start]) is not None or self.attributed(seg[start], seg[-1])
        ):
            return start, None
        last, prev = toks[seg[-1]], toks[seg[-2]]
        if (
            surname_shaped(last.text, lang)
            and not _weak(last.text, lang)
            and not prev.initial
            and name_like(prev.text)
            and not _weak(prev.text, lang)
            and prev.text not in _PARTICLES
        ):
            return len(seg) - 2, None
        return None

    def _trim(self, words_: list[int]) -> list[int]:
        """End a name before a common noun or after a genitive (Heidi Klums Modelsuche)."""
        toks, out = self.toks, [words_[0]]
        for n in words_[1:]:
            word, prev = toks[n].text, toks[out[-1]].text
            all_given = all(_given(toks[m].text, self.lang) is not None for m in out)
            if len(out) >= 2 and (
                _weak(word, self.lang)
                and not (all_given and not _stop(word, self.lang) and not _role(word, self.lang))
                or self.lang == "de"
                and prev.endswith("s")
                and not (is_family_name(word) or _given(word, self.lang))
            ):
                break
            out.append(n)
        while len(out) > 1 and toks[out[-1]].text in _PARTICLES:
            out.pop()
        return out

    def _noun_surname(self, g: int, n: int) -> bool:
        """A common noun as the surname right after a given name (Gábor Stier, Bill Gold);
        never a role, a month or a function word (Donald Trump Präsident)."""
        given, word, lang = self.toks[g].text, self.toks[n].text, self.lang
        if _given(given, lang) is None or _spread(given, lang) <= _SPREAD_RARE:
            return False
        if is_strong_common_word(given, lang):
            return False  # Max Herbst: two frequent words
        folded = fold(word)
        return not (
            _role(word, lang)
            or is_calendar_word(word, lang)
            or _title(word, lang)
            or folded in words(lang, "function")
            or folded in words(lang, "territory")
            or "-" in word
        )

    def _surname(self, n: int) -> bool:
        word = self.toks[n].text
        return is_family_name(word) or surname_shaped(word, self.lang)

    def _name_tail(self, seg: list[int], given: int) -> bool:
        """Words after a sentence-initial given name that read as a surname."""
        last = self.toks[seg[-1]].text
        return (
            is_family_name(last)
            or len(seg) == 1
            and self._noun_surname(given, seg[0])
            or surname_shaped(last, self.lang)
            or _given(last, self.lang) is None
            and not is_common_word(last, self.lang)
        )

    def add(self, words_: list[int], kind: str, gender: str | None, given: str, full: bool):
        toks = self.toks
        first, last = toks[words_[0]], toks[words_[-1]]
        end = last.end
        if full and self._initial(last) or _ROMAN.match(last.text):
            end += self.text.startswith(".", end)  # Claudia B., Elisabeth II.
        lemma, k = _gendered_lemma(last.text, self.lang, self.known, gender)
        if len(last.text) < _MIN_SURNAME and not full:
            return
        self.mentions[first.start] = Mention(
            self.text[first.start : end],
            last.text,
            lemma,
            k,
            first.start,
            end,
            full,
            kind,
            gender,
            given,
        )
        self.used.update(range(words_[0], words_[-1] + 1))

    def single(self, n: int) -> tuple[str, str | None] | None:
        """Kind and gender of a lone capitalised word, None when nothing says it is a name."""
        tok, lang = self.toks[n], self.lang
        word = tok.text
        if len(word) < _MIN_SURNAME or self.after_determiner(n):
            return None
        before = self.word_before(n)
        territory = fold(word) in words(lang, "territory")
        if before in _LOCATIVE.get(lang, ()) or territory:
            return ("place", None) if territory or not _weak(word, lang) else None
        title = self.title_before(n)
        if title is not None:
            return "person", title or None
        if self.attributed(n, n):
            return "person", _gender_of(None, word, lang, "")
        if _weak(word, lang) or self.coordinated_with_noun(n):
            return None
        family = is_family_name(word) or any(
            _SURNAME_ALONE.search(form.lower()) for form in lemmas(word, lang)
        )
        if tok.initial:
            if (family or self.unknown(n)) and self.verb_after(n):
                return "person", _gender_of(None, word, lang, "")
            return None
        gender = _given(word, lang)
        if gender is not None and given_spread(word) >= _SPREAD_ALONE:
            return "person", gender if gender in ("m", "f") else None
        if family and FAMILY_ALONE:
            return "person", _gender_of(None, word, lang, "")
        if lang == "de" and self.genitive(n):
            return "person", None
        if self.unknown(n):
            return "person", _gender_of(None, word, lang, "")
        return None

    def coordinated_with_noun(self, n: int) -> bool:
        """Ost und West, Gold oder Silber: joined to a common noun, so a common noun."""
        toks = self.toks
        for a, b in ((n - 2, n - 1), (n + 2, n + 1)):
            if 0 <= a < len(toks) and 0 <= b < len(toks):
                link, other = toks[b].text, toks[a].text
                if link in _COORDINATORS and other[:1].isupper():
                    if _stop(other, self.lang) or _weak(other, self.lang):
                        return not (a < n and toks[a].initial and not _weak(other, self.lang))
        return False

    def genitive(self, n: int) -> bool:
        """A name in the prenominal genitive: Luthers Schriften, Merkels neue Regierung."""
        word = self.toks[n].text
        if not word.endswith("s") or n + 1 >= len(self.toks) or len(word) < 4:
            return False
        if fold(word[:-1]) in words(self.lang, "territory"):
            return False
        nxt = self.toks[n + 1]
        if self.text[self.toks[n].end : nxt.start] != " ":
            return False
        if _capitalised(nxt.text):
            noun = nxt.text
            return is_common_word(noun, self.lang) or _weak(noun, self.lang) or len(noun) > 8
        return False

    def verb_after(self, n: int) -> bool:
        """A lower-case word that is no function word right after token ``n`` (Kolb sagte)."""
        if n + 1 >= len(self.toks):
            return False
        nxt = self.toks[n + 1]
        return (
            self.text[self.toks[n].end : nxt.start] == " "
            and nxt.text.islower()
            and fold(nxt.text) not in words(self.lang, "function")
        )

    def find(self) -> list[Mention]:
        toks, lang = self.toks, self.lang
        for run in self.runs():
            for seg in self.segments(run):
                found = self.full_name(seg)
                if found is not None:
                    s, gender = found
                    words_ = self._trim(seg[s:])
                    given = " ".join(_given_citation(toks[n].text, lang) for n in words_[:-1])
                    title = self.title_before(words_[0]) if s == 0 else None
                    g = _gender_of(gender, toks[words_[-1]].text, lang, title or "")
                    self.add(words_, "person", g, given, True)
                    continue
                self.singles(seg)
        self.known_single()
        return [self.mentions[s] for s in sorted(self.mentions)]

    def singles(self, seg: list[int]) -> None:
        """Words of a segment that no full name covers, one by one; neighbours that are
        each a person word on their own make one name (Teemu Tainio, Haile Selassie)."""
        toks, group = self.toks, []
        for n in [*seg, None]:
            kind = None
            if n is not None and n not in self.used and toks[n].text not in _PARTICLES:
                kind = self.single(n)
            if kind is not None and kind[0] == "person":
                group.append((n, kind[1]))
                continue
            if kind is None and group and n is not None and self.surname_ending(n, seg):
                group.append((n, None))  # Rabiye Kurnaz, Volkbert Keßler
                n = None
            if group:
                words_ = [m for m, _ in group]
                given = " ".join(_given_citation(toks[m].text, self.lang) for m in words_[:-1])
                self.add(words_, "person", group[-1][1], given, len(words_) > 1)
                group = []
            if kind is not None and len(seg) == 1:
                self.add([n], kind[0], kind[1], "", False)

    def known_single(self) -> None:
        """Lone mentions of surnames known from full names here or from elsewhere."""
        for n, tok in enumerate(self.toks):
            if n in self.used or not tok.text[:1].isupper():
                continue
            for part in _parts(tok):
                if len(part.text) < _MIN_SURNAME:
                    continue
                lemma, k = _best_lemma(part.text, self.lang, self.known)
                if k not in self.known:
                    continue
                if is_common_word(part.text, self.lang) and (
                    part.initial or self.after_determiner(n)
                ):
                    break  # das Gold, Gold ist teuer: the noun, not Bill Gold
                if part is tok and self.after_determiner(n) and _weak(part.text, self.lang):
                    break
                self.mentions[part.start] = Mention(
                    part.text, part.text, lemma, k, part.start, part.end, False, kind=""
                )
                break


def find_names(text: str, lang: str, known: Iterable[str] = ()) -> list[Mention]:
    """Names in ``text`` (written in ``lang``), in text order.

    ``known`` are keys of surnames found elsewhere (the rest of the document,
    the other language); words with those keys count as names on their own.
    """
    finder = _Finder(text, lang, set(known))
    found = finder.find()
    return found


def _parts(tok: _Tok) -> list[_Tok]:
    """A hyphenated compound and its parts: Lukaschenko-System -> Lukaschenko."""
    out = [tok]
    if "-" in tok.text:
        pos = tok.start
        for piece in tok.text.split("-"):
            out.append(_Tok(piece, pos, pos + len(piece), tok.initial))
            pos += len(piece) + 1
    return out


def name_keys(text: str, lang: str) -> set[str]:
    """Matching keys of the names in one sentence (the aligner's anchor hook).

    Besides full names, any capitalised surname-shaped word counts, with the
    keys of its possible citation forms, so a sentence that only says
    "Lukasenkót" still shares a key with one that says "Lukaschenkos"; words
    are also read with English rules, since every language quotes English
    spellings (a German text citing "Lukashenka").
    """
    from glossary.match import word_keys

    keys = {m.key for m in find_names(text, lang) if m.kind == "person"}
    for tok in _tokens(text):
        for part in _parts(tok):
            w = part.text
            if (
                _capitalised(w)
                and name_like(w)
                and surname_shaped(w, lang)
                and _given(w, lang) is None
            ):
                keys.update(word_keys(w, lang))
    return {k for k in keys if len(k) >= _MIN_SURNAME}
