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
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from aligner.segment.langdata import LanguageData

TERMINALS = ".!?…‽⁇⁈⁉。！？"
# Characters that may follow sentence-final punctuation and still belong to the sentence.
CLOSERS = "\"'”“’‘»«›‹)]}*_`"
# Characters that may precede the first letter of a sentence.
OPENERS = "„‚\"'“‘»«›‹([{*_`¿¡#>,"

_CANDIDATE = re.compile(
    r"([.!?…‽⁇⁈⁉。！？]+)"
    r"((?:[\"'”“’‘»«›‹)\]}*_`]|\]\([^()\s]{0,300}\))*)"
    r"(?=\s|$)"
)
_NEXT = re.compile(r"\s*(\S{1,80})")
_NEXT_QUOTED = re.compile(r"\s*(?:,,|[„‚\"'“‘»«›‹(\[{`])")
_SPACE = re.compile(r"\s")
_SAME_LINE_TOKEN = re.compile(r"[ \t]+(\S{1,20})(?=\s|$)")
_WORD = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
# A sentence end, then the start of a word in capitals: maybe a heading run into the text.
_CAPS_START = re.compile(r"[ \t]+[^\W\d_a-zß-ÿ]{3}")
_TOKEN = re.compile(r"[ \t]*(\S+)")
_QUANTITY = re.compile(r"[(~≈<>±+-]?\d(?:[\d.,' ]*\d)?%?")
_ROMAN = re.compile(r"[IVXLC]{2,7}")
_SHORT_ABBREV = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{1,4}")
_LINE_START = re.compile(r"(?:^|\n)[\s•·▪‣◦*\-–—+>#]*$")

# How far back the rules look for the word before a full stop.
_WINDOW = 80


_ENUMERATOR = re.compile(r"(?:^|[\s(\[])[(\[]?\w{1,3}[)\]]$")
_EMOTICON = re.compile(r"(?<!\S)[:;]-?[)(DP](?=[ \t]+[^\W\d_])")
_SEMICOLON = re.compile(r";(?=[ \t]+[^\W\d_])")
_EMOTICON_TOKEN = re.compile(r"[:;=]['^-]?[()\[\]DPpOo3*/|\\]{1,3}|<3|\^_?\^")
_SYMBOL_CATEGORIES = frozenset(("So", "Sk", "Mn", "Me", "Cf"))
DASHES = "-–—"
_LONE_QUOTE = re.compile(r"[ \t]+([\"»«”“])(?=\s|$)")
_QUOTE_PAIRS = {"»": "«", "«": "»", "”": "“„", "“": "„"}
QUOTE_WINDOW = 2000
_QUOTE_OPENERS = '„‚"“«»,'
# A word of consonants only ("str", "Nr", "mgr") is an abbreviation nobody listed.
_CONSONANTS = re.compile(r"[^\W\d_aeiouyäöüåæøéèêáàâíìîóòôúùûýěůąęœаеёиоуыэюяіїєў]+", re.I)


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=64)
def _no_stop_pattern(strong: frozenset[str], weak: frozenset[str]) -> re.Pattern[str]:
    """A word, then a capitalised opener: a sentence that ended without a full stop.

    Group 1 is the word before, group 2 a strong opener ("Ich", "Dann": after any
    word), group 3 a weak one ("Die", "Seit": only after a lower-case word).
    """
    return re.compile(
        r"(?:(?<![\w\-])([^\W_]+)|(?<=\S[)\"“”»«]))[ \t]+(?:("
        + _alternatives(strong)
        + r")|("
        + _alternatives(weak)
        + r"))(?=[\s,])"
    )


def is_symbols(tok: str) -> bool:
    """An emoji, pictograph or emoticon standing alone: it belongs to the sentence before."""
    if not tok or tok[0].isalnum():
        return False
    if _EMOTICON_TOKEN.fullmatch(tok):
        return True
    return all(unicodedata.category(ch) in _SYMBOL_CATEGORIES for ch in tok)


def _quote_after_colon(s: str, pos: int, lo: int) -> bool:
    """Whether the quotation that closes at ``pos`` was opened right after a colon."""
    i = pos - 1
    floor = max(lo, pos - 400)
    while i >= floor and s[i] not in _QUOTE_OPENERS:
        if s[i] in ".!?\n":
            return False  # the quotation holds more than one sentence, or none opened
        i -= 1
    if i < floor:
        return False
    if s[i] == "," and i > floor and s[i - 1] == ",":
        i -= 1
    j = i
    while j > floor and s[j - 1] in " \t":
        j -= 1
    return j > floor and s[j - 1] == ":"


def _past_closing_quote(s: str, pos: int, hi: int, start: int, last: int) -> int:
    """``pos`` moved past a quote standing alone that closes one the sentence opened
    ("… lejáratni. " Helmeczy", "… la pièce. » Les"); a quote that opens stays."""
    m = _LONE_QUOTE.match(s, pos, hi)
    if not m:
        return pos
    q = m.group(1)
    # The sentence so far decides; when it holds no such quote, the run so far
    # (a quotation may span several sentences).
    for said in (s[max(last, pos - QUOTE_WINDOW) : pos], s[max(start, pos - QUOTE_WINDOW) : pos]):
        if q == '"':
            if '"' in said:
                return m.end() if said.count('"') % 2 == 1 else pos
            continue
        openers = sum(said.count(o) for o in _QUOTE_PAIRS[q])
        if openers or q in said:
            return m.end() if openers > said.count(q) else pos
    return pos


def _open_paren(s: str, pos: int, lo: int) -> bool:
    """Whether a parenthesis opened shortly before ``pos`` is still open there."""
    i = s.rfind("(", max(lo, pos - 60), pos)
    return i >= 0 and ")" not in s[i:pos]


def _past_symbols(s: str, pos: int, hi: int) -> int:
    """``pos`` moved past emoji and emoticons on the same line ("Great! 😀 They")."""
    while True:
        m = _SAME_LINE_TOKEN.match(s, pos, hi)
        if not m or not is_symbols(m.group(1)):
            return pos
        pos = m.end()


def _next_word(s: str, pos: int, hi: int) -> tuple[str, str, bool]:
    """(kind, word, opened) of the token after ``pos``: kind is lower/upper/digit/other/end.

    A quote, bracket or list star standing alone ("« Je", "* item") opens the word
    after it, and emoji or emoticons after a stop are passed over.
    """
    opened = False
    for _ in range(4):
        m = _NEXT.match(s, pos, hi)
        if not m:
            return "end", "", opened
        tok = m.group(1)
        if tok.startswith(",,"):  # typewriter low quote
            tok = tok[1:]
        core = tok.lstrip(OPENERS)
        opened = opened or len(core) < len(tok)
        if core and not is_symbols(core):
            break
        pos = m.end()
    else:
        return "other", "", opened
    first = core[0]
    if first in "-–" and len(core) > 1 and core[1].isdigit():
        return "digit", core, opened
    if first.isdigit():
        return "digit", core, opened
    if first.isalpha():
        w = _WORD.match(core)
        word = w.group(0) if w else core
        return ("upper" if first.isupper() else "lower"), word, opened
    return "other", core, opened


def _prev_token(s: str, pos: int, floor: int) -> tuple[int, str]:
    """Start and text of the white-space delimited token that ends at ``pos``."""
    lo = max(floor, pos - _WINDOW)
    i = max(s.rfind(" ", lo, pos), s.rfind("\n", lo, pos), s.rfind("\t", lo, pos)) + 1
    i = max(i, lo)
    tok = s[i:pos]
    if _SPACE.search(tok):  # rarer white space (\r, U+2028, …)
        i = pos
        while i > lo and not s[i - 1].isspace():
            i -= 1
        tok = s[i:pos]
    return i, tok


def _word_before(s: str, pos: int, floor: int) -> str:
    """The word (letters/digits only) before the token starting at ``pos``."""
    j = pos
    lo = max(floor, pos - _WINDOW)
    while j > lo and s[j - 1].isspace():
        j -= 1
    _, tok = _prev_token(s, j, lo)
    return tok.strip(OPENERS + CLOSERS + ",;:")


def _at_line_start(s: str, tok_start: int, floor: int) -> bool:
    """Whether a number opens a line as an enumerator ("1. Dies ist eine Liste.").

    A line that merely continues a wrapped sentence ("… im Jahr⏎2020. Dann") does not
    count: the line before must end a sentence, or the run starts here.
    """
    lo = max(floor, tok_start - 12)
    window = s[lo:tok_start]
    if lo == floor:
        window = "\n" + window
    m = _LINE_START.search(window)
    if not m:
        return False
    nl = lo + m.start() - (1 if lo == floor else 0)
    if nl <= floor:
        return True
    j = nl
    while j > floor and s[j - 1].isspace():
        j -= 1
    return j == floor or s[j - 1] in ".!?:;\"'”“»«)"


class Decider:
    """Applies one language's rules to the candidates of a run."""

    def __init__(self, data: LanguageData):
        self.data = data
        self.openers = data.starters | data.strong_starters
        weak = data.starters - data.strong_starters - data.inside
        self._no_stop = _no_stop_pattern(data.strong_starters, weak) if data.unpunctuated else None

    def boundaries(self, s: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
        """Offsets in ``s[lo:hi]`` where a sentence ends (after its closing quotes)."""
        hi = len(s) if hi is None else hi
        return heapq.merge(self._punctuated(s, lo, hi), self._unpunctuated(s, lo, hi))

    def _punctuated(self, s: str, lo: int, hi: int) -> Iterator[int]:
        last = lo
        headings = not (self.data.capitalised_nouns or self.data.title_case)
        for m in _CANDIDATE.finditer(s, lo, hi):
            if self.decide(s, m, lo, hi):
                end = _past_symbols(s, _past_closing_quote(s, m.end(), hi, lo, last), hi)
                yield end
                last = end
                if headings and _CAPS_START.match(s, end, hi):
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
                if m.group(3) or _ENUMERATOR.search(s, max(lo, m.start() - 6), m.start()):
                    continue
            elif word in self.data.title_nouns:
                continue  # "die Zeitung Die Welt"
            elif m.group(3) and word.isdigit():
                continue  # "Artikel 5 Die …": weak openers only after a word
            found.append(m.end(1) if word else m.start())
        for rx in (_EMOTICON, _SEMICOLON):
            for m in rx.finditer(s, lo, hi):
                kind, nword, _ = _next_word(s, m.end(), hi)
                if kind == "upper" and (rx is _EMOTICON or nword in self.openers):
                    found.append(m.end())
        yield from sorted(found)

    def _caps_heading(self, s: str, pos: int, hi: int) -> int | None:
        """The end of a run-in heading in capitals at ``pos``, after a sentence end
        ("… znovu. ŠVESTKA Kůra: šedá"), when a capitalised word in lower case follows."""
        end, words = None, 0
        while words < 4:
            t = _TOKEN.match(s, pos, hi)
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
        kind, nword, opened = _next_word(s, m.end(), hi)
        if kind == "end" or s.startswith(".", m.end() + 1):
            return False  # or a spaced ellipsis goes on: "the region . . . This"
        if kind == "other" and nword[:1] in DASHES and len(nword) == 1 and term != ".":
            # Dialogue: "— Ты придёшь? — спросила она." goes on after the dash in lower case.
            kind, nword, opened = _next_word(s, s.index(nword, m.end()) + 1, hi)
            if kind in ("lower", "end"):
                return False
        if kind == "other" and nword[:1] in ")]}":
            return False  # a bracket closing after a space: "(in der Schweiz ! )"
        if kind == "lower":
            quoted = _NEXT_QUOTED.match(s, m.end(), hi) is not None
            return not quoted and self._before_lower(s, m, term, closers, lo)
        if "." not in term or "?" in term or "!" in term:
            if "?" in term or "!" in term:
                # A quoted question answered by another quote is two sentences, unless the
                # first quote is reported speech inside a sentence ("sagte: „Wann?“ „Nie“").
                return not (closers and opened and _quote_after_colon(s, m.start(), lo))
            return self._after_ellipsis(s, m.start(), kind, nword, opened)
        if len(term) > 1:  # "..." written with full stops
            return self._after_ellipsis(s, m.start(), kind, nword, opened)
        if closers:
            return True
        tok_start, tok = _prev_token(s, m.start(), lo)
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
        if closers or _open_paren(s, m.start(), lo):
            return False  # "(букв. весенний)", "(ум. ок. 934)"
        _, tok = _prev_token(s, m.start(), lo)
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
        if len(core) < 2 or not core.isalpha() or _ROMAN.fullmatch(core):
            return False  # "a II. kerületi", initials
        data = self.data
        if data.is_abbreviation(core) or core in data.numeric_only:
            return False
        return not _CONSONANTS.fullmatch(core)

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
        if _DIGITS.fullmatch(digits) or _ROMAN.fullmatch(word):
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
        if "." in word and _SHORT_ABBREV.fullmatch(word):
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
            start, tok = _prev_token(s, j, lo)
            if _QUANTITY.fullmatch(tok):
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
        _, tok = _prev_token(s, j - 1, lo)
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
        if _at_line_start(s, tok_start, lo) or self._after_sentence_end(s, tok_start, lo):
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
        before = _word_before(s, tok_start, lo)
        if before in data.before_ordinal:
            return False
        if nword in self.openers:
            return True
        if before in data.before_cardinal or before.rstrip(".") in data.before_cardinal:
            return True
        # Years end sentences; smaller numbers before a noun are ordinals ("70. Jahrgang").
        return digits.isdigit() and len(digits) >= 4
