"""Bilingual dictionaries in the dictd format, as FreeDict publishes them.

FreeDict (https://freedict.org, also packaged by Debian as ``dict-freedict-*``)
ships each dictionary as ``freedict-deu-fra.index`` and ``freedict-deu-fra.dict.dz``:
an index of headwords with their offset and length in the base-64 of dictd, and
the entries, gzipped. An entry is the headword line (pronunciation and part of
speech after it) and then, per sense, a line of translations, optionally
numbered (``1. montagne, mont``); dictionaries made from Wiktionary add a line
defining each sense in the source language, those made from Ding add examples
and cross-references indented. Only the translation lines are read, and an
entry whose headword or translation is a function word (*abkommen*: *à*) is
left out: it would pair nearly every two sentences.

The languages come from the file's name (ISO 639-3, ``deu-fra``); a dictionary
of the other direction is read the other way round.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

from aligner.errors import BitextError
from glossary.lexicon import words
from glossary.listfiles import fold

_B64 = {
    c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}
#: ISO 639-3 codes of FreeDict's file names and the languages bitext names them by.
ISO3 = {
    "deu": "de", "eng": "en", "fra": "fr", "pol": "pl", "rus": "ru", "hun": "hu",
    "ces": "cs", "ukr": "uk", "bel": "be", "ita": "it", "spa": "es", "nld": "nl",
    "por": "pt", "swe": "sv", "fin": "fi", "dan": "da", "tur": "tr", "bul": "bg",
}  # fmt: skip
_NAME = re.compile(r"([a-z]{3})-([a-z]{3})(?:\.index|\.dict(?:\.dz)?)?$")
_SENSE = re.compile(r"^\d+\.\s*")
_NOISE = re.compile(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|\s+\d+\.$")
_HEAD_END = re.compile(r"\s+/|\s+<")
_PIECE = re.compile(r"[,;]")
_QUOTED = re.compile(r"[\"„“:=]")
#: Longest translation kept, in words (the aligner's dictionary takes up to six).
MAX_WORDS = 4


def is_dictd(path: str | Path) -> bool:
    """A dictd database: its ``.index`` or ``.dict(.dz)`` file, or the base name of both."""
    p = Path(path)
    return (
        p.suffix == ".index"
        or p.name.endswith((".dict.dz", ".dict"))
        or (not p.exists() and p.with_name(p.name + ".index").exists())
    )


def languages(path: str | Path) -> tuple[str, str] | None:
    """The (headword, translation) languages a FreeDict file's name gives, if any."""
    m = _NAME.search(Path(path).name)
    if m is None or m.group(1) not in ISO3 or m.group(2) not in ISO3:
        return None
    return ISO3[m.group(1)], ISO3[m.group(2)]


def _primary(lang: str | None) -> str:
    return (lang or "").split("-")[0].lower()


def direction(path: str | Path, src_lang: str | None, tgt_lang: str | None) -> bool | None:
    """Whether the dictionary is read round for a ``src_lang`` to ``tgt_lang`` text: False
    as it stands (also when its name or the text gives no languages), True round, None
    when its name gives two other languages."""
    langs, src, tgt = languages(path), _primary(src_lang), _primary(tgt_lang)
    if langs is None or not (src and tgt) or langs == (src, tgt):
        return False
    return True if langs == (tgt, src) else None


def serves(path: str | Path, src_lang: str | None, tgt_lang: str | None) -> bool:
    """The dictionary's name gives the two languages of the text, in either order."""
    known = languages(path) is not None and _primary(src_lang) and _primary(tgt_lang)
    return bool(known) and direction(path, src_lang, tgt_lang) is not None


def read_dictd(
    path: str | Path, src_lang: str | None, tgt_lang: str | None
) -> list[tuple[str, str]]:
    """(source, target) pairs of a dictd dictionary, turned round when its headwords are in
    ``tgt_lang``; an error naming the file when it is in neither order of the two."""
    base = base_of(Path(path))
    langs, src, tgt = languages(base), _primary(src_lang), _primary(tgt_lang)
    flip = direction(base, src_lang, tgt_lang)
    if flip is None:
        raise BitextError(f"a {langs[0]}-{langs[1]} dictionary for a {src}-{tgt} text", str(path))
    index, data_file = files(path)
    data = _data(data_file)
    try:
        rows = index.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise BitextError(f"cannot read the dictionary's index: {err}", str(index)) from None
    drop_head, drop_translation = (
        _function_words(langs[0] if langs else src),
        _function_words(langs[1] if langs else tgt),
    )
    pairs: set[tuple[str, str]] = set()
    for row in rows:
        fields = row.split("\t")
        if len(fields) < 3 or fields[0].startswith("00-database"):
            continue
        try:
            start, size = _number(fields[1]), _number(fields[2])
        except KeyError:
            raise BitextError(f"not a dictd index line: {row[:60]!r}", str(index)) from None
        entry = data[start : start + size].decode("utf-8", "replace")
        for head, translation in _entry_pairs(entry):
            if _listed(head, drop_head) or _listed(translation, drop_translation):
                continue  # abkommen: à; a function word pairs with every sentence
            pairs.add((translation, head) if flip else (head, translation))
    return sorted(pairs)


def _listed(word: str, folded: frozenset[str]) -> bool:
    """``word`` folded is in ``folded``; plain ASCII needs only lower case (most entries)."""
    if " " in word:
        return False
    return (word.lower() if word.isascii() else fold(word)) in folded


def _function_words(lang: str) -> frozenset[str]:
    """The function words of ``lang`` (stopwords-iso, as the glossary ships them): a
    dictionary entry that is one of them matches nearly every sentence."""
    return frozenset(words(lang, "function")) if lang else frozenset()


def _entry_pairs(entry: str) -> list[tuple[str, str]]:
    lines = entry.split("\n")
    head = _HEAD_END.split(lines[0], maxsplit=1)[0].strip()
    if not head:
        return []
    out, first = [], True
    for line in lines[1:]:
        if not line.strip() or line[:1].isspace():
            continue
        sense = _SENSE.match(line)
        if not (first or sense):
            continue  # a definition in the source language, not a translation
        first = False
        text = _NOISE.sub("", line[sense.end() :] if sense else line)
        for piece in _PIECE.split(text):
            parts = piece.split()
            if parts and len(parts) <= MAX_WORDS and not _QUOTED.search(piece):
                out.append((head, " ".join(parts)))
    return out


def _number(text: str) -> int:
    n = 0
    for c in text:
        n = n * 64 + _B64[c]
    return n


def base_of(path: Path) -> Path:
    name = path.name
    for suffix in (".index", ".dict.dz", ".dict"):
        if name.endswith(suffix):
            return path.with_name(name[: -len(suffix)])
    return path


def files(path: str | Path) -> tuple[Path, Path]:
    """The database's index and its entries (``.dict.dz``, else ``.dict``); an error naming
    the file when either is missing."""
    base = base_of(Path(path))
    index = base.with_name(base.name + ".index")
    if not index.is_file():
        raise BitextError("no such dictionary index (.index)", str(index))
    for suffix in (".dict.dz", ".dict"):
        entries = base.with_name(base.name + suffix)
        if entries.is_file():
            return index, entries
    raise BitextError("no .dict.dz or .dict beside the index", str(base))


def _data(entries: Path) -> bytes:
    opener = gzip.open if entries.name.endswith(".dz") else open
    try:
        with opener(entries, "rb") as fh:
            return fh.read()
    except (OSError, EOFError, zlib.error) as err:
        raise BitextError(f"cannot read the dictionary: {err}", str(entries)) from None
