"""English nouns of persons from WordNet 3.0 (see README.md): every single-word,
lower-case lemma of the lexicographer file ``noun.person`` (*leader*, *founder*,
*spokesman*, *daughter*), for the rule that reads two unknown capitalised words after
such a noun as a person's name (*Labour leader Keir Starmer*); and the acronyms of that
file that stand for a role a lower-case lemma of their synset names (*CEO*: chief
executive officer; not *JFK*, whose synset holds only his name), for the same rule
(*Google CEO Sundar Pichai*); and the English nouns of storms, every single-word,
lower-case lemma of the synset *storm, violent storm* and of the synsets below it
(*hurricane*, *typhoon*, *cyclone*, *blizzard*), for the rule that reads a given name
after one as the name of a weather system (*Storm Bert*, *Hurricane Milton*).

Run from the repository root on a Debian machine (``apt-get download`` fetches the
pinned package into a temporary folder; nothing is installed):

    python3 glossary/data/wordnet_lists.py

The output is deterministic for the pinned package version (sorted, no sampling).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from slavic_lists import write_gz

HERE = Path(__file__).parent
PACKAGE = ("wordnet-base", "1:3.0-37")
#: WordNet's lexicographer file number of ``noun.person`` (lexnames).
NOUN_PERSON = 18
#: The offset in ``data.noun`` of the synset *storm, violent_storm* ("a violent weather
#: condition with winds 64-72 knots … and precipitation and thunder and lightning").
STORM = "11462526"


def _synsets(data_noun: Path) -> Iterator[tuple[str, int, list[str], list[tuple[str, str, str]]]]:
    """(offset, lexicographer file, words, pointers) of each synset in WordNet's
    ``data.noun``: a line is ``offset lexfile type count word lexid word lexid …`` (count
    in hex), then its pointers as ``count symbol offset pos source/target`` groups."""
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence at the top of the file
        parts = line.split()
        count = int(parts[3], 16)
        words = [parts[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = [
            (parts[at + 1 + 4 * j], parts[at + 2 + 4 * j], parts[at + 3 + 4 * j])
            for j in range(int(parts[at]))
        ]
        yield parts[0], int(parts[1]), words, pointers


def _closure(start: str, edges: dict[str, list[str]]) -> set[str]:
    """``start`` and every synset reached from it along ``edges``."""
    seen, todo = {start}, [start]
    while todo:
        for offset in edges.get(todo.pop(), []):
            if offset not in seen:
                seen.add(offset)
                todo.append(offset)
    return seen


def person_nouns(data_noun: Path) -> list[str]:
    """The lower-case single words of ``noun.person`` synsets in WordNet's ``data.noun``."""
    out: set[str] = set()
    for _offset, lexfile, words, _pointers in _synsets(data_noun):
        if lexfile == NOUN_PERSON:
            out.update(w for w in words if w.isalpha() and w.islower())
    return sorted(out)


def person_acronyms(data_noun: Path) -> list[str]:
    """The acronyms of ``noun.person`` synsets (letters only, all capitals) whose synset
    also holds a lemma in lower case: the role they abbreviate (CEO, CFO, MD, VIP)."""
    out: set[str] = set()
    for _offset, lexfile, words, _pointers in _synsets(data_noun):
        if lexfile != NOUN_PERSON:
            continue
        lower = any(w.replace("_", "").replace("-", "").islower() for w in words)
        out.update(w for w in words if lower and w.isalpha() and w.isupper() and len(w) >= 2)
    return sorted(out)


def storm_nouns(data_noun: Path) -> list[str]:
    """The lower-case single words of the synset :data:`STORM` and of every synset below
    it by hyponym pointers (``~``, ``~i``)."""
    words: dict[str, list[str]] = {}
    below: dict[str, list[str]] = {}
    for offset, _lexfile, lemmas, pointers in _synsets(data_noun):
        words[offset] = lemmas
        below[offset] = [o for sym, o, pos in pointers if sym in ("~", "~i") and pos == "n"]
    seen = _closure(STORM, below)
    return sorted({w for o in seen for w in words[o] if w.isalpha() and w.islower()})


#: The synsets right below *person* whose members belong to a people, a place or a faith
#: (*inhabitant*, *native*, *Amerindian*, *African*, *White*, *Black*, *Jew*, *Slav*,
#: *Latin*, *religious person*), by their first word in ``data.noun``.
PEOPLES = frozenset(
    "inhabitant native Amerindian African White Black Jew Slav Latin religious_person".split()
)
#: The offset of the synset *person, individual, someone …* in ``data.noun``.
PERSON = "00007846"


def people_nouns(data_noun: Path) -> list[str]:
    """The capitalised single words of ``noun.person`` synsets of :data:`PEOPLES` and
    below them by hypernym pointers (``@``): members of a people, a place or a faith
    (*Arab*, *Berliner*, *Cherokee*, *Baptist*); not a word any of whose noun synsets is
    an instance (``@i``), which names one person (*Casanova*, *Boswell*, *Black*)."""
    words: dict[str, list[str]] = {}
    up: dict[str, list[str]] = {}
    files: dict[str, int] = {}
    instances: set[str] = set()
    for offset, lexfile, raw, pointers in _synsets(data_noun):
        lemmas = [w.split("(")[0] for w in raw]  # a lemma's syntactic marker, (a) or (p), off
        words[offset], files[offset] = lemmas, lexfile
        up[offset] = [o for sym, o, pos in pointers if sym in ("@", "@i") and pos == "n"]
        if any(sym == "@i" for sym, _o, _pos in pointers):
            instances.update(lemmas)
    peoples = {o for o, lemmas in words.items() if lemmas[0] in PEOPLES and PERSON in up[o]}
    out: set[str] = set()
    for offset, lemmas in words.items():
        if files[offset] == NOUN_PERSON and _closure(offset, up) & peoples:
            out.update(w for w in lemmas if w[:1].isupper() and w.isalpha() and w not in instances)
    return sorted(out)


def main() -> int:
    name, version = PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["apt-get", "download", f"{name}={version}"], cwd=tmp, check=True)
        deb = next(Path(tmp).glob("*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        data_noun = Path(tmp) / "usr/share/wordnet/data.noun"
        nouns, acronyms = person_nouns(data_noun), person_acronyms(data_noun)
        storms, peoples = storm_nouns(data_noun), people_nouns(data_noun)
    write_gz(HERE / "en_person_nouns.txt.gz", nouns)
    (HERE / "en_person_acronyms.txt").write_text("\n".join(acronyms) + "\n", encoding="utf-8")
    (HERE / "en_storm_nouns.txt").write_text("\n".join(storms) + "\n", encoding="utf-8")
    (HERE / "en_people_nouns.txt").write_text("\n".join(peoples) + "\n", encoding="utf-8")
    print(
        f"{len(nouns)} English nouns of persons, {len(acronyms)} acronyms, {len(storms)} storms,"
        f" {len(peoples)} nouns of peoples",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
