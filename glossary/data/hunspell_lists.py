"""Lower-case words of Ukrainian and Belarusian made from Debian's Hunspell dictionaries
(see README.md): every form the affix rules give, written entirely in lower case. The
Ukrainian dictionary is large (3 million such forms, 9 MB gzipped), so its list keeps
the words whose forms general text holds: a headword's forms are kept when one of them
is in wordfreq's Ukrainian list. For Polish, Russian and Czech, whose lists come from
lemma tables, the forms of their Hunspell dictionaries that wordfreq holds and the lemma
tables lack (``pl_``, ``ru_``, ``cs_hunspell_words.txt.gz``).

Run from the repository root on a Debian machine (``apt-get download`` fetches the
pinned packages into a temporary folder; nothing is installed), in the environment of
``requirements.txt`` (wordfreq):

    .lists/bin/python glossary/data/hunspell_lists.py

``make_lists.py`` calls the same functions. The output is deterministic for the
pinned package versions (sorted, no sampling).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from slavic_lists import MIN_LEN, write_gz

HERE = Path(__file__).parent

#: Debian package, its pinned version and the dictionary it holds, per language.
PACKAGES = {
    "uk": ("hunspell-uk", "1:7.5.0-1", "uk_UA"),
    "be": ("hunspell-be", "0.53-3.1", "be_BY"),
}

#: Languages whose headwords are kept only when general text holds one of their forms
#: (wordfreq's list of the language; its "large" list goes down to about once in 100
#: million words).
ATTESTED = ("uk",)

#: Dictionaries read for what the lemma tables of spacy-lookups-data lack (their lists
#: come from ``slavic_lists.py``): words that do not inflect, which a lookup table has no
#: reason to hold (*wczoraj*, *вчера*), and the Polish verb forms left out there.
MORE = {
    "pl": ("hunspell-pl", "1:7.5.0-1", "pl_PL"),
    "ru": ("hunspell-ru", "1:7.5.0-1", "ru_RU"),
    "cs": ("hunspell-cs", "1:7.5.0-1", "cs_CZ"),
}
#: Apostrophes the languages write inside words (*м'ясо*, *сям'я*); the lists keep the
#: ASCII one and ``is_lower_word`` reads the others as it.
APOSTROPHES = "'’ʼ"
#: A form of the lists: letters with apostrophes inside; no hyphen, no digit (the other
#: languages' lists hold single words of letters too).
_FORM = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)*$")


#: A rule of an affix class: what it strips, what it adds, the condition on the word,
#: and the continuation classes it gives the form it makes (Czech ``ův/Y``).
Rule = tuple[str, str, re.Pattern, str]


class Affixes:
    """The prefix and suffix rules of a Hunspell ``.aff`` file that these dictionaries
    use: one-letter flags, continuation classes one level deep (a suffix's form takes
    the suffixes of its classes, as Hunspell's twofold suffixes do), no compounding."""

    def __init__(self, text: str) -> None:
        self.ignore = ""
        #: flag → (cross product, [rule])
        self.rules: dict[str, dict[str, tuple[bool, list[Rule]]]] = {"PFX": {}, "SFX": {}}
        for line in text.splitlines():
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            if fields[0] == "FLAG":
                raise ValueError(f"flag type {fields[1]} is not read here")
            if fields[0] == "IGNORE":
                self.ignore = fields[1]
            if fields[0] not in ("PFX", "SFX") or len(fields) < 4:
                continue
            kind, flag = fields[0], fields[1]
            if flag not in self.rules[kind]:  # the header: PFX A Y 1
                self.rules[kind][flag] = (fields[2] == "Y", [])
                continue
            strip, add = ("" if f == "0" else f for f in fields[2:4])
            add, _, cont = add.partition("/")
            add = "" if add == "0" else add
            cond = fields[4] if len(fields) > 4 else "."
            pattern = f"^(?:{cond})" if kind == "PFX" else f"(?:{cond})$"
            self.rules[kind][flag][1].append((strip, add, re.compile(pattern), cont))

    def _apply(self, kind: str, word: str, flag: str) -> list[tuple[str, str]]:
        """The forms one class makes of ``word``, each with its continuation classes."""
        out = []
        for strip, add, cond, cont in self.rules[kind][flag][1]:
            if not cond.search(word) or len(word) <= len(strip):
                continue  # no rule strips a whole word
            if kind == "SFX" and word.endswith(strip):
                out.append((word[: len(word) - len(strip)] + add, cont))
            elif kind == "PFX" and word.startswith(strip):
                out.append((add + word[len(strip) :], cont))
        return out

    def _suffixed(self, word: str, flags: str, derived: bool = True) -> list[tuple[str, bool]]:
        """Every suffixed form of ``word``, and the forms the continuation classes of each
        make of it, each with whether a cross-product prefix may join it. Without
        ``derived``, only the forms of rules with no continuation class: in Czech, a
        rule with one makes a new word to decline (the possessive *Novákův*)."""
        out: list[tuple[str, bool]] = []
        for flag in flags:
            if flag not in self.rules["SFX"]:
                continue
            cross = self.rules["SFX"][flag][0]
            for made, cont in self._apply("SFX", word, flag):
                if cont and not derived:
                    continue
                out.append((made, cross))
                for second in cont:
                    if second in self.rules["SFX"]:
                        out += [(w, cross) for w, _ in self._apply("SFX", made, second)]
        return out

    def forms(self, stem: str, flags: str, derived: bool = True) -> set[str]:
        """The stem and every form its flags make: each suffix (and the suffixes of its
        continuation classes), each prefix, and each cross-product prefix on each
        cross-product suffixed form; ``derived``: as :meth:`_suffixed`."""
        suffixed = self._suffixed(stem, flags, derived)
        out = {stem, *(word for word, _ in suffixed)}
        for flag in flags:
            if flag not in self.rules["PFX"]:
                continue
            cross = self.rules["PFX"][flag][0]
            for word in [stem] + [w for w, c in suffixed if c and cross]:
                out.update(made for made, _ in self._apply("PFX", word, flag))
        return out


def dictionary_files(lang: str, folder: Path, packages=PACKAGES) -> tuple[Path, Path]:
    """The pinned Debian package's ``.aff`` and ``.dic``, fetched with ``apt-get download``
    into ``folder`` and unpacked there."""
    package, version, name = packages[lang]
    subprocess.run(
        ["apt-get", "download", f"{package}={version}"], cwd=folder, check=True, capture_output=True
    )
    deb = next(folder.glob(f"{package}_*.deb"))
    subprocess.run(["dpkg-deb", "-x", str(deb), str(folder / package)], check=True)
    base = folder / package / "usr" / "share" / "hunspell" / name
    return base.with_suffix(".aff"), base.with_suffix(".dic")


def hunspell_lower_words(aff: Path, dic: Path, attested: set[str] | None = None) -> list[str]:
    """Every form of the dictionary written entirely in lower case, of MIN_LEN letters or
    more, apostrophes made ASCII: the language's common words in all their forms
    (Ukrainian *суд*, *університету*, *національного*). Proper nouns are capitalised there
    (*Київ*, *Шевченко*) and stay out, and so do the common words that are also a form of
    one: given names (*надія*, *віра*, *любов*), surnames (*коваль*, *мельник*) and
    places that are words. With ``attested``, a headword's forms are kept only when one
    of them is in it."""
    affixes, entries = _read(aff, dic)
    drop = {ord(ch): None for ch in affixes.ignore}
    lower: list[set[str]] = []
    proper: set[str] = set()
    for stem, flags in entries:
        forms = {_plain(form.translate(drop)) for form in affixes.forms(stem, flags)}
        if stem.islower():
            lower.append({f for f in forms if len(f) >= MIN_LEN and _FORM.match(f)})
        elif stem[:1].isupper():
            proper |= {f.lower() for f in forms}
    out: set[str] = set()
    for forms in lower:
        if attested is None or not forms.isdisjoint(attested):
            out |= forms
    return sorted(out - proper)


#: The affix class of a capitalised headword that marks a man's name, and the classes
#: that make it something else too, per language. Czech: ``V`` gives the nominative
#: plural in *-ové*, which Czech gives masculine nouns of persons only (*Novákové*,
#: *Láďové*); ``L`` declines a place (*Tábor*, *Kolín*: towns and surnames both), ``D``
#: and ``I`` the plurals of inhabitants and nations (*Pražané*, *Slováci*), and ``Z``,
#: ``Q``, ``C``, ``K`` feminine and neuter nouns, so the headword is a place or a woman
#: too (*Morava*, *Hořice*, *Čáslav*). Polish: ``o`` gives the plural in *-owie*, which
#: Polish gives masculine nouns of persons only (*Nowakowie*, *Dudowie*); its
#: demonyms take other plurals (*Polacy*). Belarusian: ``S`` declines the surnames in
#: *-аў*, *-ін*, *-скі* (*Машэраў*, *Каліноўскі*), the dictionary's only class of
#: persons' names alone (given names share ``OH`` with places: *Сяргей*, *Мінск*).
PERSON_FLAGS = {"cs": ("V", "LDIZQCK"), "pl": ("o", ""), "be": ("S", "")}


def person_names(
    aff: Path, dic: Path, attested: set[str] | None, flags: tuple[str, str]
) -> list[str]:
    """Every form of a capitalised headword of a Slavic dictionary that declines as a
    man's name (``flags``: the class that marks one, the classes that must be absent):
    surnames and men's given names in all their cases (*Havla*, *Láďovi*, *Tuska*,
    *Dudzie*), kept when general text holds the form (``attested``, lower case; None
    keeps every form, as for the small Belarusian dictionary), and that
    no other capitalised headword has (*Čechy*, Bohemia, beside *Čech*'s plural). The
    possessive adjectives (*Havlův*, *Havlova*) are left out: they qualify a noun, they
    are not the name. A form that is also a form of a lower-case headword, a common word
    (*Švestka*, "plum"; *Olej*, "oil"), is written with a tab and ``word`` after it: only
    inside a sentence does its capital tell."""
    person, not_person = flags
    affixes, entries = _read(aff, dic)
    out: set[str] = set()
    other: set[str] = set()
    lower: set[str] = set()
    for stem, classes in entries:
        if stem.islower():
            lower |= {f.lower() for f in affixes.forms(stem, classes)}
        if not stem[:1].isupper():
            continue
        forms = affixes.forms(stem, classes, derived=False)
        if person in classes and not set(classes) & set(not_person):
            out |= {
                f for f in forms if (attested is None or f.lower() in attested) and _FORM.match(f)
            }
        else:
            other |= forms
    return [f"{f}\tword" if f.lower() in lower else f for f in sorted(out - other)]


def person_list(lang: str) -> list[str]:
    """:func:`person_names` of the pinned dictionary of ``lang`` (:data:`MORE`, or
    :data:`PACKAGES` for Belarusian, whose forms are all kept as its word list's are)."""
    with tempfile.TemporaryDirectory() as tmp:
        aff, dic = dictionary_files(lang, Path(tmp), {**PACKAGES, **MORE})
        attested = attested_words(lang) if lang in MORE else None
        return person_names(aff, dic, attested, PERSON_FLAGS[lang])


#: Czech Hunspell's classes of masculine animate nouns (the *pán* and *muž* patterns).
ANIMATE_CLASSES = {"cs": "PU"}


def _feminines(noun: str) -> list[str]:
    """The Czech feminines a masculine noun of a person may have (*profesorka*,
    *ministryně*, *královna*, *herečka*, *předsedkyně*, *mluvčí* aside)."""
    out = [noun + "ka", noun + "yně", noun + "ovna", noun + "ice"]
    if noun.endswith("ec"):
        out.append(noun[:-2] + "čka")
    if noun.endswith("a"):
        out.append(noun[:-1] + "kyně")
    return out


def animate_nouns(aff: Path, dic: Path, attested: set[str], classes: str) -> list[str]:
    """Every form general text holds of the lower-case headwords the dictionary declines
    as masculine animate nouns (``classes``: *profesor*, *kapitána*, *krále*) and of
    their feminines that it lists (*doktorka*), for ``{lang}_animate_nouns.txt.gz``:
    the form, ``nomn`` for the headword itself or ``obl`` for another case (the affix
    rules do not name cases), and the gender, tab-separated."""
    affixes, entries = _read(aff, dic)
    heads: dict[str, set[str]] = {}
    for stem, flags in entries:
        if stem.islower():
            heads.setdefault(stem, set()).update(flags)
    masculine = {stem for stem, flags in heads.items() if flags & set(classes)}
    feminine = {f for m in masculine for f in _feminines(m) if f in heads and f not in masculine}
    cases: dict[str, set[str]] = {}
    genders: dict[str, set[str]] = {}
    for stem in masculine | feminine:
        for form in affixes.forms(stem, "".join(sorted(heads[stem])), derived=False):
            if form in attested and _FORM.match(form):
                cases.setdefault(form, set()).add("nomn" if form == stem else "obl")
                genders.setdefault(form, set()).add("m" if stem in masculine else "f")
    return [
        f"{form}\t{','.join(sorted(cases[form]))}\t{''.join(sorted(genders[form], reverse=True))}"
        for form in sorted(cases)
    ]


def animate_list(lang: str) -> list[str]:
    """:func:`animate_nouns` of the pinned dictionary of ``lang`` (:data:`MORE`)."""
    with tempfile.TemporaryDirectory() as tmp:
        aff, dic = dictionary_files(lang, Path(tmp), MORE)
        return animate_nouns(aff, dic, attested_words(lang), ANIMATE_CLASSES[lang])


def _read(aff: Path, dic: Path) -> tuple[Affixes, list[tuple[str, str]]]:
    """A dictionary's affix rules and its entries (headword, flags), the characters the
    affix file says to ignore taken out of each headword, empty ones left out."""
    encoding = _encoding(aff)
    affixes = Affixes(aff.read_text(encoding=encoding))
    drop = {ord(ch): None for ch in affixes.ignore}
    entries = []
    for line in dic.read_text(encoding=encoding).splitlines()[1:]:  # the first counts them
        stem, _, flags = line.split("\t")[0].split(" ")[0].strip().partition("/")
        if stem := stem.translate(drop):
            entries.append((stem, flags))
    return affixes, entries


def _encoding(aff: Path) -> str:
    """The character set an ``.aff`` file names for itself and its ``.dic`` (Polish:
    ISO8859-2), UTF-8 when it names none."""
    found = re.search(rb"^SET\s+(\S+)", aff.read_bytes(), re.M)
    name = found.group(1).decode("ascii") if found else "UTF-8"
    return name.replace("ISO8859", "ISO-8859")


def more_lower_words(lang: str, folder: Path) -> list[str]:
    """The forms of ``lang``'s Hunspell dictionary (:data:`MORE`) that general text holds
    (wordfreq) and the language's lemma-table list (``{lang}_lower_words.txt.gz``, made
    first) lacks."""
    import gzip

    with gzip.open(HERE / f"{lang}_lower_words.txt.gz", "rt", encoding="utf-8") as fh:
        have = set(fh.read().split())
    aff, dic = dictionary_files(lang, folder, MORE)
    forms = hunspell_lower_words(aff, dic)
    attested = attested_words(lang)
    return sorted(f for f in forms if f in attested and f not in have)


def more_word_lists(langs: tuple[str, ...] = tuple(MORE)) -> dict[str, list[str]]:
    """:func:`more_lower_words` of ``langs``, each from its pinned Debian package."""
    with tempfile.TemporaryDirectory() as tmp:
        return {lang: more_lower_words(lang, Path(tmp)) for lang in langs}


def _plain(word: str) -> str:
    return re.sub(f"[{APOSTROPHES}]", "'", word)


def attested_words(lang: str) -> set[str]:
    """Every word of wordfreq's "large" list of ``lang``, apostrophes made ASCII."""
    import wordfreq

    return {_plain(w) for w in wordfreq.get_frequency_dict(lang, "large")}


def lower_word_lists(langs: tuple[str, ...] = tuple(PACKAGES)) -> dict[str, list[str]]:
    """The lists of ``langs``, each from its pinned Debian package."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            attested = attested_words(lang) if lang in ATTESTED else None
            out[lang] = hunspell_lower_words(*dictionary_files(lang, Path(tmp)), attested)
    return out


def main() -> int:
    counts = []
    for lang, words in lower_word_lists().items():
        write_gz(HERE / f"{lang}_lower_words.txt.gz", words)
        counts.append(f"{len(words)} {lang} lower-case words")
    for lang, words in more_word_lists().items():
        write_gz(HERE / f"{lang}_hunspell_words.txt.gz", words)
        counts.append(f"{len(words)} more {lang} lower-case words")
    for lang in PERSON_FLAGS:
        names = person_list(lang)
        write_gz(HERE / f"{lang}_person_names.txt.gz", names)
        counts.append(f"{len(names)} {lang} forms of men's names")
    for lang in ANIMATE_CLASSES:
        nouns = animate_list(lang)
        write_gz(HERE / f"{lang}_animate_nouns.txt.gz", nouns)
        counts.append(f"{len(nouns)} {lang} forms of animate nouns")
    print(", ".join(counts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
