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
from pathlib import Path

from slavic_lists import write_gz

HERE = Path(__file__).parent
PACKAGE = ("wordnet-base", "1:3.0-37")
#: WordNet's lexicographer file number of ``noun.person`` (lexnames).
NOUN_PERSON = 18
#: The offset in ``data.noun`` of the synset *storm, violent_storm* ("a violent weather
#: condition with winds 64-72 knots … and precipitation and thunder and lightning").
STORM = "11462526"


def person_nouns(data_noun: Path) -> list[str]:
    """The lower-case single words of ``noun.person`` synsets in WordNet's ``data.noun``:
    a line is ``offset lexfile type count word lexid word lexid …`` (count in hex)."""
    out: set[str] = set()
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence at the top of the file
        parts = line.split()
        if int(parts[1]) != NOUN_PERSON:
            continue
        for i in range(int(parts[3], 16)):
            word = parts[4 + 2 * i]
            if word.isalpha() and word.islower():
                out.add(word)
    return sorted(out)


def person_acronyms(data_noun: Path) -> list[str]:
    """The acronyms of ``noun.person`` synsets (letters only, all capitals) whose synset
    also holds a lemma in lower case: the role they abbreviate (CEO, CFO, MD, VIP)."""
    out: set[str] = set()
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        if int(parts[1]) != NOUN_PERSON:
            continue
        words = [parts[4 + 2 * i] for i in range(int(parts[3], 16))]
        lower = any(w.replace("_", "").replace("-", "").islower() for w in words)
        out.update(w for w in words if lower and w.isalpha() and w.isupper() and len(w) >= 2)
    return sorted(out)


def storm_nouns(data_noun: Path) -> list[str]:
    """The lower-case single words of the synset :data:`STORM` and of every synset below
    it by hyponym pointers (``~``, ``~i``): a synset line's pointers follow its words as
    ``count symbol offset pos source/target`` groups."""
    words: dict[str, list[str]] = {}
    below: dict[str, list[str]] = {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        count = int(parts[3], 16)
        words[parts[0]] = [parts[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        for j in range(int(parts[at])):
            symbol, offset, pos = parts[at + 1 + 4 * j : at + 4 + 4 * j]
            if symbol in ("~", "~i") and pos == "n":
                below.setdefault(parts[0], []).append(offset)
    seen, todo = {STORM}, [STORM]
    while todo:
        for offset in below.get(todo.pop(), []):
            if offset not in seen:
                seen.add(offset)
                todo.append(offset)
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
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        count = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i].split("(")[0] for i in range(count)]
        words[parts[0]], files[parts[0]] = lemmas, int(parts[1])
        at = 4 + 2 * count
        for j in range(int(parts[at])):
            symbol, offset, pos = parts[at + 1 + 4 * j : at + 4 + 4 * j]
            if symbol in ("@", "@i") and pos == "n":
                up.setdefault(parts[0], []).append(offset)
            if symbol == "@i":
                instances.update(lemmas)
    peoples = {o for o, lemmas in words.items() if lemmas[0] in PEOPLES and PERSON in up.get(o, [])}
    out: set[str] = set()
    for offset, lemmas in words.items():
        if files[offset] != NOUN_PERSON:
            continue
        seen, todo, found = {offset}, [offset], offset in peoples
        while todo and not found:
            for parent in up.get(todo.pop(), []):
                found = found or parent in peoples
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        if found:
            out.update(w for w in lemmas if w[:1].isupper() and w.isalpha() and w not in instances)
    return sorted(out)


def main() -> int:
    name, version = PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["apt-get", "download", f"{name}={version}"], cwd=tmp, check=True)
        deb = next(Path(tmp).glob("*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        nouns = person_nouns(Path(tmp) / "usr/share/wordnet/data.noun")
        acronyms = person_acronyms(Path(tmp) / "usr/share/wordnet/data.noun")
        storms = storm_nouns(Path(tmp) / "usr/share/wordnet/data.noun")
        peoples = people_nouns(Path(tmp) / "usr/share/wordnet/data.noun")
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
