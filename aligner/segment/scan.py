"""Reading around a candidate sentence end: the tokens, quotes and brackets nearby.

The rules in :mod:`aligner.segment.rules` decide; these helpers only look. Each
looks at a bounded window around the position it is given, so that deciding
stays linear in the length of the run.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TERMINALS = ".!?…‽⁇⁈⁉。！？"
# Characters that may follow sentence-final punctuation and still belong to the sentence.
CLOSERS = "\"'”“’‘»«›‹)]}*_`"
# Characters that may precede the first letter of a sentence.
OPENERS = "„‚\"'“‘»«›‹([{*_`¿¡#>,"

CANDIDATE = re.compile(
    r"([.!?…‽⁇⁈⁉。！？]+)"
    r"((?:[\"'”“’‘»«›‹)\]}*_`]|\]\([^()\s]{0,300}\))*)"
    r"(?=\s|$)"
)
_NEXT = re.compile(r"\s*(\S{1,80})")
NEXT_QUOTED = re.compile(r"\s*(?:,,|[„‚\"'“‘»«›‹(\[{`])")
_SPACE = re.compile(r"\s")
_SAME_LINE_TOKEN = re.compile(r"[ \t]+(\S{1,20})(?=\s|$)")
_WORD = re.compile(r"[^\W\d_]+")
DIGITS = re.compile(r"\d+")
# A sentence end, then the start of a word in capitals: maybe a heading run into the text.
CAPS_START = re.compile(r"[ \t]+[^\W\d_a-zß-ÿ]{3}")
TOKEN = re.compile(r"[ \t]*(\S+)")
QUANTITY = re.compile(r"[(~≈<>±+-]?\d(?:[\d.,' ]*\d)?%?")
ROMAN = re.compile(r"[IVXLC]{2,7}")
SHORT_ABBREV = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{1,4}")
_LINE_START = re.compile(r"(?:^|\n)[\s•·▪‣◦*\-–—+>#]*$")

# How far back the rules look for the word before a full stop.
_WINDOW = 80


ENUMERATOR = re.compile(r"(?:^|[\s(\[])[(\[]?\w{1,3}[)\]]$")
EMOTICON = re.compile(r"(?<!\S)[:;]-?[)(DP](?=[ \t]+[^\W\d_])")
SEMICOLON = re.compile(r";(?=[ \t]+[^\W\d_])")
_EMOTICON_TOKEN = re.compile(r"[:;=]['^-]?[()\[\]DPpOo3*/|\\]{1,3}|<3|\^_?\^")
_SYMBOL_CATEGORIES = frozenset(("So", "Sk", "Mn", "Me", "Cf"))
DASHES = "-–—"
_LONE_QUOTE = re.compile(r"[ \t]+([\"»«”“])(?=\s|$)")
_QUOTE_PAIRS = {"»": "«", "«": "»", "”": "“„", "“": "„"}
QUOTE_WINDOW = 2000
_QUOTE_OPENERS = '„‚"“«»,'
# A word of consonants only ("str", "Nr", "mgr") is an abbreviation nobody listed.
CONSONANTS = re.compile(r"[^\W\d_aeiouyäöüåæøéèêáàâíìîóòôúùûýěůąęœаеёиоуыэюяіїєў]+", re.I)


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=64)
def no_stop_pattern(strong: frozenset[str], weak: frozenset[str]) -> re.Pattern[str]:
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


def quote_after_colon(s: str, pos: int, lo: int) -> bool:
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


def past_closing_quote(s: str, pos: int, hi: int, start: int, last: int) -> int:
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


def open_paren(s: str, pos: int, lo: int) -> bool:
    """Whether a parenthesis opened shortly before ``pos`` is still open there."""
    i = s.rfind("(", max(lo, pos - 60), pos)
    return i >= 0 and ")" not in s[i:pos]


def past_symbols(s: str, pos: int, hi: int) -> int:
    """``pos`` moved past emoji and emoticons on the same line ("Great! 😀 They")."""
    while True:
        m = _SAME_LINE_TOKEN.match(s, pos, hi)
        if not m or not is_symbols(m.group(1)):
            return pos
        pos = m.end()


def next_word(s: str, pos: int, hi: int) -> tuple[str, str, bool]:
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


def prev_token(s: str, pos: int, floor: int) -> tuple[int, str]:
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


def word_before(s: str, pos: int, floor: int) -> str:
    """The word (letters/digits only) before the token starting at ``pos``."""
    j = pos
    lo = max(floor, pos - _WINDOW)
    while j > lo and s[j - 1].isspace():
        j -= 1
    _, tok = prev_token(s, j, lo)
    return tok.strip(OPENERS + CLOSERS + ",;:")


def at_line_start(s: str, tok_start: int, floor: int) -> bool:
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
