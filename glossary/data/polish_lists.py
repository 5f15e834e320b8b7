"""The singular forms of Polish nouns of persons, for ``pl_animate_nouns.txt.gz`` (see
README.md): read with Morfeusz 2 and its SGJP dictionary, which marks the masculine
nouns of persons (``m1``: *profesor*, *poseł*, *przyjaciel*) and the case of each form.
Feminine nouns carry no such mark; a feminine is kept when the dictionary lists it as a
feminine noun and it is formed from a masculine noun of persons by one of the common
suffixes (*pisarz*: *pisarka*, *analityk*: *analityczka*, *ekonomista*: *ekonomistka*).

Morfeusz analyses words; it does not list its dictionary, so the words are those of
wordfreq's Polish list, each analysed and kept when one of its readings is a common
noun of that kind in the singular and none is anything but a noun (*prezes*,
*kapitana*; not *kota*, also a verb's or an adjective's form).

The Polish prepositions, for ``pl_prepositions.txt``, are the words of the same list
that Morfeusz reads as a preposition (``prep``) in one of their readings and as no
conjunction (*od*, *dla*, *według*, *koło*; not *jak*, *jako*, *niż*, *a*, after which
a nominative may stand).

Run: ``python glossary/data/polish_lists.py`` in the environment of
``requirements.txt``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
#: Morfeusz's cases -> the six a noun and a name beside it agree in (the vocative aside).
CASES = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "inst": "ablt", "loc": "loct"}


def feminine_candidates(noun: str) -> list[str]:
    """The feminines a masculine noun of persons may form (*aktorka*, *pisarka*,
    *analityczka*, *ekonomistka*); the dictionary decides which exist."""
    out = [noun + "ka"]
    if noun.endswith("rz"):
        out.append(noun[:-2] + "rka")  # pisarz: pisarka
    if noun.endswith("k"):
        out.append(noun[:-1] + "czka")  # analityk: analityczka
    if noun.endswith("a"):
        out.append(noun[:-1] + "ka")  # ekonomista: ekonomistka
    return out


def _nouns_only(morph, word: str) -> list[tuple[str, str, list[str]]]:
    """(lemma, tag, kinds) of each reading of ``word``, or [] when one is no noun."""
    readings = [reading for _, _, reading in morph.analyse(word)]
    if any(not tag.startswith("subst:") for _, _, tag, _, _ in readings):
        return []
    return [(lemma, tag, kinds) for _, lemma, tag, kinds, _ in readings]


def _feminine_lemmas(morph, masculine: set[str]) -> set[str]:
    """The feminines of ``masculine`` the dictionary lists as feminine common nouns."""
    out = set()
    for noun in masculine:
        for cand in feminine_candidates(noun):
            for _, _, (_, lemma, tag, kinds, _) in morph.analyse(cand):
                parts = tag.split(":")
                if lemma == cand and parts[0] == "subst" and parts[3:4] == ["f"]:
                    if "nazwa_pospolita" in kinds:
                        out.add(cand)
    return out


def animate_forms(words: list[str]) -> list[str]:
    """``form\\tcases\\tgender`` for each of ``words`` that is a singular form of a noun
    of persons (masculine ``m``, its feminine ``f``, both ``mf``) and nothing but a noun."""
    import morfeusz2

    morph = morfeusz2.Morfeusz()
    words = [w for w in words if w.isalpha() and w.islower()]
    analysed = {w: _nouns_only(morph, w) for w in words}
    masculine = {
        lemma
        for readings in analysed.values()
        for lemma, tag, kinds in readings
        if tag.split(":")[3:4] == ["m1"] and "nazwa_pospolita" in kinds
    }
    feminine = _feminine_lemmas(morph, masculine)
    out = []
    for word, readings in analysed.items():
        cases: set[str] = set()
        genders: set[str] = set()
        for lemma, tag, kinds in readings:
            _, number, case, gender = tag.split(":")[:4]
            person = gender == "m1" or gender == "f" and lemma in feminine
            if "sg" in number.split(".") and person and "nazwa_pospolita" in kinds:
                cases |= {CASES[c] for c in case.split(".") if c in CASES}
                genders.add("m" if gender == "m1" else "f")
        if cases:
            out.append(
                f"{word}\t{','.join(sorted(cases))}\t{''.join(sorted(genders, reverse=True))}"
            )
    return sorted(out)


def prepositions(words: list[str]) -> list[str]:
    """Those of ``words`` that Morfeusz reads as a preposition in one of their readings
    and as no conjunction: a name right after one is in an oblique case."""
    import morfeusz2

    morph = morfeusz2.Morfeusz()
    out = []
    for w in words:
        if not (w.isalpha() and w.islower()):
            continue
        kinds = {reading[2].split(":")[0] for _, _, reading in morph.analyse(w)}
        if "prep" in kinds and not kinds & {"conj", "comp"}:
            out.append(w)
    return sorted(out)


def main() -> int:
    from slavic_lists import write_gz
    from wordfreq import get_frequency_dict

    words = list(get_frequency_dict("pl", "large"))
    nouns = animate_forms(words)
    write_gz(HERE / "pl_animate_nouns.txt.gz", nouns)
    print(f"{len(nouns)} pl animate noun forms")
    preps = prepositions(words)
    (HERE / "pl_prepositions.txt").write_text("\n".join(preps) + "\n", encoding="utf-8")
    print(f"{len(preps)} pl prepositions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
