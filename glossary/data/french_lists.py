"""French word lists made from Debian's Hunspell dictionary for French (Dicollecte, see
README.md): every lower-case word in all its forms (``fr_lower_words.txt.gz``), and the
nouns of persons (``fr_person_nouns.txt.gz``), those that vary for a woman and a man
(*président*, *présidente*; *chanteur*, *chanteuse*) or take either gender as written
(*ministre*, *juge*, *porte-parole*). French writes a role before a name in lower case
(*le président Macron*), so, like German's nouns with a feminine in *-in*, these nouns
say that a capitalised word right after them may be a person's name. Forms are kept
when general text holds them (wordfreq's French list), which drops most rare words.

Run from the repository root on a Debian machine (``apt-get download`` fetches the pinned
package into a temporary folder; nothing is installed), in the environment of
``requirements.txt`` (wordfreq):

    .lists/bin/python glossary/data/french_lists.py

The output is sorted and deterministic for the pinned versions.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from hunspell_lists import attested_words, dictionary_files
from slavic_lists import write_gz

HERE = Path(__file__).parent
PACKAGE = {"fr": ("hunspell-fr-classical", "1:7.0-1", "fr")}
#: The dictionary's classes of nouns that vary in gender (*F.*, *Fs*, *Fc*, *F+* …): each
#: rule's morphology says which forms are feminine (``is:fem``).
_VARYING = re.compile(r"F.")
#: A form of the list: lower-case letters, a hyphen or an apostrophe inside.
_FORM = re.compile(r"^[a-zà-ÿœæ]+(?:[-'][a-zà-ÿœæ]+)*$")

#: class → [(strip, add, condition, feminine)], singular forms only
Rules = dict[str, list[tuple[str, str, re.Pattern, bool]]]


def suffix_rules(aff: str, plural: bool = False) -> Rules:
    """The suffix rules of a Hunspell ``.aff`` file with two-letter flags (``FLAG long``);
    without ``plural`` only those that make a singular form: a role before one person's
    name is singular (a plural there qualifies a list, *les autres Oscars*)."""
    rules: Rules = {}
    for line in aff.splitlines():
        fields = line.split()
        if len(fields) < 4 or fields[0] != "SFX":
            continue
        flag = fields[1]
        if flag not in rules:  # the header: SFX F. Y 33
            rules[flag] = []
            continue
        strip = "" if fields[2] == "0" else fields[2]
        add = fields[3].partition("/")[0]
        add = "" if add == "0" else add
        cond = re.compile(f"(?:{fields[4] if len(fields) > 4 else '.'})$")
        if "is:pl" in fields[5:] and not plural:
            continue
        rules[flag].append((strip, add, cond, "is:fem" in fields[5:]))
    return rules


def _flags(field: str) -> list[str]:
    return [field[i : i + 2] for i in range(0, len(field) - 1, 2)]


def person_nouns(aff: Path, dic: Path, attested: set[str]) -> list[str]:
    """Every singular form general text holds of the dictionary's lower-case nouns
    (``po:nom``) that vary in gender or take either gender (``is:epi``), with its
    gender: ``f`` for a feminine form, ``m`` for a masculine one, ``mf`` when the form
    serves both (*ministre*); then ``adj`` when the dictionary has the word as an
    adjective too (*candidat*, *ancien*); tab-separated."""
    rules = suffix_rules(aff.read_text(encoding="utf-8"))
    genders: dict[str, set[str]] = {}
    adjectives: set[str] = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        head, *morph = line.split()
        stem, _, field = head.partition("/")
        if "po:nom" not in morph or not _FORM.match(stem):
            continue
        flags = _flags(field)
        varying = [f for f in flags if _VARYING.fullmatch(f) and f in rules]
        epicene = "is:epi" in morph
        if not varying and not epicene:
            continue
        made: dict[str, set[str]] = {stem: {"m", "f"} if epicene else {"m"}}
        if "po:adj" in morph:
            adjectives.update(made)
        for flag in varying:
            for strip, add, cond, feminine in rules[flag]:
                if cond.search(stem) and stem.endswith(strip) and len(stem) > len(strip):
                    form = stem[: len(stem) - len(strip)] + add
                    gender = {"m", "f"} if epicene else {"f" if feminine else "m"}
                    made.setdefault(form, set()).update(gender)
                    if "po:adj" in morph:
                        adjectives.add(form)
        for form, gender in made.items():
            if form in attested and _FORM.match(form):
                genders.setdefault(form, set()).update(gender)
    return [
        f"{form}\t{''.join(sorted(genders[form], reverse=True))}" + ("\tadj" * (form in adjectives))
        for form in sorted(genders)
    ]


#: A word of the lower-case list: three letters or more, as the other languages' lists.
_LOWER = re.compile(r"^[a-zà-ÿœæ]{3,}$")


def lower_words(aff: Path, dic: Path, attested: set[str]) -> list[str]:
    """Every form general text holds of the dictionary's headwords written in lower case,
    less every form of a capitalised headword (*Paris*, *Martin*): French's common words
    in all their forms (*hier*, *directeur*, *projets*, *déclaré*), which a capital only
    starts a sentence or a title with. Surnames that are words come in (*Petit*,
    *Borne*), as in the Slavic lists."""
    rules = suffix_rules(aff.read_text(encoding="utf-8"), plural=True)
    lower: set[str] = set()
    proper: set[str] = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        head, *_ = line.split()
        stem, _, field = head.partition("/")
        made = {stem}
        for flag in _flags(field):
            for strip, add, cond, _fem in rules.get(flag, ()):
                if cond.search(stem) and stem.endswith(strip) and len(stem) > len(strip):
                    made.add(stem[: len(stem) - len(strip)] + add)
        if stem[:1].isupper():
            proper |= {form.lower() for form in made}
        elif stem.islower():
            lower |= made
    return sorted(w for w in lower - proper if _LOWER.match(w) and w in attested)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        aff, dic = dictionary_files("fr", Path(tmp), PACKAGE)
        attested = attested_words("fr")
        lines = person_nouns(aff, dic, attested)
        lower = lower_words(aff, dic, attested)
    write_gz(HERE / "fr_person_nouns.txt.gz", lines)
    write_gz(HERE / "fr_lower_words.txt.gz", lower)
    print(f"fr_person_nouns.txt.gz: {len(lines)} forms", file=sys.stderr)
    print(f"fr_lower_words.txt.gz: {len(lower)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
