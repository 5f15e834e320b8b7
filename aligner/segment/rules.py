"""Sentence boundaries inside one run of running text.

A run is a stretch of text the layout stage has already cut at hard breaks
(headings, list items, paragraphs). Here every ``.``/``!``/``?``/``…`` that is
followed by white space is a candidate, and rules decide from the word before
it (abbreviation, number, initial) and the word after it (lower case, a
sentence opener, a month name). Every decision looks at a bounded window, so
the work is linear in the length of the run.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from aligner.segment.langdata import LanguageData
from aligner.segment.scan import (
    CANDIDATE,
    CAPS_START,
    CLOSERS,
    CONSONANTS,
    DASHES,
    DIGITS,
    EMOTICON,
    ENUMERATOR,
    NEXT_QUOTED,
    OPENERS,
    QUANTITY,
    ROMAN,
    SEMICOLON,
    SHORT_ABBREV,
    TERMINALS,
    TOKEN,
    at_line_start,
    next_word,
    no_stop_pattern,
    open_paren,
    past_closing_quote,
    past_symbols,
    prev_token,
    quote_after_colon,
    word_before,
)


class Decider:
    """Applies one language's rules to the candidates of a run."""

    def __init__(self, data: LanguageData):
        self.data = data
        self.openers = data.starters | data.strong_starters
        weak = data.starters - data.strong_starters - data.inside
        self._no_stop = no_stop_pattern(data.strong_starters, weak) if data.unpunctuated else None

    def boundaries(self, s: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
        """Offsets in ``s[lo:hi]`` where a sentence ends (after its closing quotes)."""
        hi = len(s) if hi is None else hi
        return heapq.merge(self._punctuated(s, lo, hi), self._unpunctuated(s, lo, hi))

    def _punctuated(self, s: str, lo: int, hi: int) -> Iterator[int]:
        last = lo
        headings = not (self.data.capitalised_nouns or self.data.title_case)
        for m in CANDIDATE.finditer(s, lo, hi):
            if self.decide(s, m, lo, hi):
                end = past_symbols(s, past_closing_quote(s, m.end(), hi, lo, last), hi)
                yield end
                last = end
                if headings and CAPS_START.match(s, end, hi):
                    heading = self._caps_heading(s, end, hi)
                    if heading:
                        yield heading
                        last = heading

    def _unpunctuated(self, s: str, lo: int, hi: int) -> Iterator[int]:
        """Boundaries without a full stop: fragments, greetings, emoticons, "; Die"."""
        if self._no_stop is None:
            return
        cont = self.data.continuation
        found = []
        for m in self._no_stop.finditer(s, lo, hi):
            word = m.group(1) or ""
            if word.lower() in cont:
                continue
            if not word:  # after a closing bracket or quote: strong openers only
                if m.group(3) or ENUMERATOR.search(s, max(lo, m.start() - 6), m.start()):
                    continue
            elif word in self.data.title_nouns:
                continue  # "die Zeitung Die Welt"
            elif m.group(3) and word.isdigit():
                continue  # "Artikel 5 Die …": weak openers only after a word
            found.append(m.end(1) if word else m.start())
        for rx in (EMOTICON, SEMICOLON):
            for m in rx.finditer(s, lo, hi):
                kind, nword, _ = next_word(s, m.end(), hi)
                if kind == "upper" and (rx is EMOTICON or nword in self.openers):
                    found.append(m.end())
        yield from sorted(found)

    def _caps_heading(self, s: str, pos: int, hi: int) -> int | None:
        """The end of a run-in heading in capitals at ``pos``, after a sentence end
        ("… znovu. ŠVESTKA Kůra: šedá"), when a capitalised word in lower case follows."""
        end, words = None, 0
        while words < 4:
            t = TOKEN.match(s, pos, hi)
            if not t:
                return None
            word = t.group(1)
            if len(word) >= 3 and word.isalpha() and word.isupper():
                pos, end, words = t.end(), t.end(), words + 1
                continue
            word = word.rstrip(",:;")
            capitalised = word[:1].isupper() and word.isalpha() and not word.isupper()
            if end is not None and capitalised and (words > 1 or self._long_enough(s, end)):
                return end
            return None
        return None

    @staticmethod
    def _long_enough(s: str, end: int) -> bool:
        """A single word in capitals is a heading from four letters on ("JZD" is an acronym)."""
        start = end
        while start > 0 and not s[start - 1].isspace():
            start -= 1
        return end - start >= 4

    def decide(self, s: str, m: re.Match[str], lo: int, hi: int) -> bool:
        term, closers = m.group(1), m.group(2)
        kind, nword, opened = next_word(s, m.end(), hi)
        if kind == "end" or s.startswith(".", m.end() + 1):
            return False  # or a spaced ellipsis goes on: "the region . . . This"
        if kind == "other" and nword[:1] in DASHES and len(nword) == 1 and term != ".":
            # Dialogue: "— Ты придёшь? — спросила она." goes on after the dash in lower case.
            kind, nword, opened = next_word(s, s.index(nword, m.end()) + 1, hi)
            if kind in ("lower", "end"):
                return False
        if kind == "other" and nword[:1] in ")]}":
            return False  # a bracket closing after a space: "(in der Schweiz ! )"
        if kind == "lower":
            quoted = NEXT_QUOTED.match(s, m.end(), hi) is not None
            return not quoted and self._before_lower(s, m, term, closers, lo)
        if "." not in term or "?" in term or "!" in term:
            if "?" in term or "!" in term:
                # A quoted question answered by another quote is two sentences, unless the
                # first quote is reported speech inside a sentence ("sagte: „Wann?“ „Nie“").
                return not (closers and opened and quote_after_colon(s, m.start(), lo))
            return self._after_ellipsis(s, m.start(), kind, nword, opened)
        if len(term) > 1:  # "..." written with full stops
            return self._after_ellipsis(s, m.start(), kind, nword, opened)
        if closers:
            return True
        tok_start, tok = prev_token(s, m.start(), lo)
        core = tok.lstrip(OPENERS)
        if not core or core[-1] in CLOSERS or core[-1] in TERMINALS:
            return True
        return self._after_word(s, core, tok_start, kind, nword, opened, lo)

    def _before_lower(self, s: str, m: re.Match[str], term: str, closers: str, lo: int) -> bool:
        """A lower-case word after a stop: decided by what stands before the stop.

        "i got her number. i want to call her." ends a sentence; an abbreviation,
        a number, an initial or a quote followed by its speech tag ("?“ fragte er")
        does not. An ellipsis mostly trails off inside the sentence.
        """
        if closers or open_paren(s, m.start(), lo):
            return False  # "(букв. весенний)", "(ум. ок. 934)"
        _, tok = prev_token(s, m.start(), lo)
        core = tok.lstrip(OPENERS)
        if term[-1] in "?!？！‽⁇⁈⁉":
            # "grow up? india?", "i do ? i dont"; not "Wehrpflicht'',? fragte"
            return not core or core[-1].isalnum() or core[-1] in ")]"
        if term != ".":
            return False  # an ellipsis trails off inside the sentence
        if core[-1:] in (")", "]"):
            return True  # "(3-3264). you know"
        if core.isdigit():
            return not self.data.ordinal_dot  # "call 303-832-8160. they", not "am 3. bis"
        if len(core) < 2 or not core.isalpha() or ROMAN.fullmatch(core):
            return False  # "a II. kerületi", initials
        data = self.data
        if data.is_abbreviation(core) or core in data.numeric_only:
            return False
        return not CONSONANTS.fullmatch(core)

    def _after_ellipsis(self, s: str, pos: int, kind: str, nword: str, opened: bool) -> bool:
        """An attached ellipsis ends a sentence before a capital ("erstaunt... Tolle");
        a free-standing one ("[…]", "Ich … Angst") only before a sentence opener."""
        attached = pos > 0 and not s[pos - 1].isspace() and s[pos - 1] not in "[("
        if attached and kind in ("upper", "digit"):
            return True
        return nword in self.openers or (opened and kind == "upper")

    def _after_word(
        self, s: str, word: str, tok_start: int, kind: str, nword: str, opened: bool, lo: int
    ) -> bool:
        data = self.data
        if "@" in word or "://" in word:
            return True
        capital = kind == "upper" and (
            nword in self.openers or opened or not data.capitalised_nouns
        )
        unit = word.isalpha() and (len(word) <= 3 or data.is_abbreviation(word))
        if capital and unit and self._after_quantity(s, tok_start, lo):
            return True  # a unit after a number: "kosztuje 4 zł. Biologom", "63 тис. Тобто"
        digits = word.lstrip("%#§+-–(")
        if DIGITS.fullmatch(digits) or ROMAN.fullmatch(word):
            return self._after_number(s, digits, tok_start, kind, nword, lo)
        if ".-" in word and data.is_abbreviation(word.split(".-", 1)[0].lstrip(OPENERS)):
            return nword in data.strong_starters  # titles such as "Dipl.-Ing.", "Dipl.-Übers."
        if len(word) == 1 and word.isalpha():
            return self._after_initial(s, word, tok_start, nword, lo)
        if data.is_abbreviation(word):
            if word in data.numeric_only:
                if kind == "digit":
                    return False
            else:
                final = word in data.final or (word[:1].lower() + word[1:]) in data.final
                return final and capital
        elif word in data.numeric_only:
            return kind != "digit"
        if kind == "digit" and s[tok_start] in "([":
            return False  # "(мал. 8)", "(vgl. 3)"
        if (
            kind == "digit"
            and len(word) <= 4
            and word.isalpha()
            and word.islower()
            and not nword.endswith(".")
        ):
            return False  # an unlisted abbreviation before a number: "oct. 1956", "vol. 3"
        if "." in word and SHORT_ABBREV.fullmatch(word):
            # unlisted "i.d.R." style abbreviations: only before a clear sentence opener
            return nword in data.strong_starters or (nword in self.openers and kind == "upper")
        return True

    def _after_quantity(self, s: str, tok_start: int, lo: int) -> bool:
        """Whether the token before ``tok_start`` is a number, or an abbreviation after one
        ("600 tys. zł."): the abbreviation is then a unit, which may end a sentence."""
        for _ in range(2):
            j = tok_start
            while j > lo and s[j - 1] in " \t\u00a0":
                j -= 1
            if j == tok_start:
                return False
            start, tok = prev_token(s, j, lo)
            if QUANTITY.fullmatch(tok):
                return True
            word = tok.rstrip(".")
            if not (word.isalpha() and self.data.is_abbreviation(word)):
                return False
            tok_start = start
        return False

    def _after_initial(self, s: str, letter: str, tok_start: int, nword: str, lo: int) -> bool:
        """A single letter: an initial or part of "z. B."/"u. Ä." - never an end, unless listed."""
        j = tok_start
        parts = [letter]
        while len(parts) < 4:
            k = j
            while k > lo and s[k - 1] in " \t":
                k -= 1
            if k - 2 < lo or s[k - 1] != "." or not s[k - 2].isalpha():
                break
            if k - 3 >= lo and not (s[k - 3].isspace() or s[k - 3] in OPENERS):
                break
            parts.insert(0, s[k - 2])
            j = k - 2
        if ".".join(parts) in self.data.final or letter in self.data.final:
            return nword in self.openers  # "u. Ä. Die", Russian "в 2020 г. Потом"
        # "Plan B. Dann …" ends; "d. h. Er …" goes on (a main clause follows "d. h.")
        return len(parts) == 1 and nword in self.data.strong_starters

    def _after_sentence_end(self, s: str, tok_start: int, lo: int) -> bool:
        """Whether the token before ``tok_start`` ends a sentence: "… wollten. 4. Die …"."""
        j = tok_start
        while j > lo and s[j - 1].isspace():
            j -= 1
        if j == tok_start or j == lo or s[j - 1] not in ".!?:":
            return False
        if s[j - 1] != ".":
            return True
        _, tok = prev_token(s, j - 1, lo)
        word = tok.lstrip(OPENERS)
        return (
            len(word) > 1
            and word.isalpha()
            and not self.data.is_abbreviation(word)
            and word not in self.data.numeric_only
        )

    def _after_number(
        self, s: str, digits: str, tok_start: int, kind: str, nword: str, lo: int
    ) -> bool:
        data = self.data
        if at_line_start(s, tok_start, lo) or self._after_sentence_end(s, tok_start, lo):
            # An enumerator: "1. Dies ist eine Liste.", "… wollten. 4. Die …" stay whole;
            # where the language sets its list numbers apart, "1." is a segment of its own.
            return data.enumerator_apart and kind != "digit"
        if kind == "digit":
            return False  # "7. 9. 2020", "1. -3. Jahrhundert"
        if not data.ordinal_dot:
            return True
        if nword in data.after_ordinal:
            return False
        if len(digits) == 4 and digits.isdigit() and nword in self.openers:
            return True  # a year, then a new sentence: "seit 1994. Er ist …"
        before = word_before(s, tok_start, lo)
        if before in data.before_ordinal:
            return False
        if nword in self.openers:
            return True
        if before in data.before_cardinal or before.rstrip(".") in data.before_cardinal:
            return True
        # Years end sentences; smaller numbers before a noun are ordinals ("70. Jahrgang").
        return digits.isdigit() and len(digits) >= 4
