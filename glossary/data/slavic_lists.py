"""Lower-case words of Polish, Czech, Russian and Hungarian made by ``make_lists.py`` from
the lemma lookup tables of spacy-lookups-data (see README.md)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

#: The tables read per language. Polish (PoliMorf) comes in one table per part of
#: speech; its verbs (1.8 million forms) are left out: they would double the file and a
#: capitalised verb form says nothing of the name after it.
TABLES = {
    "pl": [
        f"pl_lemma_lookup_{pos}.json.gz"
        for pos in ("adj", "adp", "adv", "aux", "noun", "num", "part", "pron")
    ],
    "cs": ["cs_lemma_lookup.json.gz"],
    "ru": ["ru_lemma_lookup.json.gz"],
    "hu": ["hu_lemma_lookup.json.gz"],
}
#: Shorter words are left out (they keep the files small and say little).
MIN_LEN = 3


def lookups_table(name: str) -> dict:
    """One gzipped JSON table of spacy-lookups-data (``de_lexeme_prob.json.gz``, …)."""
    import spacy_lookups_data

    return json.load(gzip.open(Path(spacy_lookups_data.__file__).parent / "data" / name))


def write_gz(path: Path, lines: list[str]) -> None:
    """A long list gzipped, with no time stamp in the header (the bytes are reproducible)."""
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def lemma_lower_words(lang: str) -> list[str]:
    """Every form and lemma of ``lang``'s lookup tables written entirely in lower case,
    of MIN_LEN letters or more: the language's common words in all their forms (Polish
    *sąd*, *unii*, *teatru*, *wojewódzki*). Proper nouns are capitalised there (*Kraków*,
    *Warszawy*) and stay out."""
    out: set[str] = set()
    for name in TABLES[lang]:
        for form, lemma in lookups_table(name).items():
            for word in (form, lemma):
                if len(word) >= MIN_LEN and word.isalpha() and word.islower():
                    out.add(word)
    return sorted(out)
