"""The singular forms of Polish nouns of persons, for ``pl_animate_nouns.txt.gz`` (see
README.md): read with Morfeusz 2 and its SGJP dictionary, which marks the masculine
nouns of persons (``m1``: *profesor*, *poseł*, *przyjaciel*) and the case of each form.

Morfeusz analyses words; it does not list its dictionary, so the words are those of
wordfreq's Polish list, each analysed and kept when one of its readings is a common
noun of that gender in the singular and none is anything but a noun (*prezes*,
*kapitana*; not *kota*, also a verb's or an adjective's form).

Run: ``python glossary/data/polish_lists.py`` in the environment of
``requirements.txt``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
#: Morfeusz's cases -> the six a noun and a name beside it agree in (the vocative aside).
CASES = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "inst": "ablt", "loc": "loct"}


def animate_forms(words: list[str]) -> list[str]:
    """``form\\tcases\\tm`` for each of ``words`` that is a singular form of a masculine
    noun of persons and nothing but a noun."""
    import morfeusz2

    morph = morfeusz2.Morfeusz()
    out = []
    for word in words:
        if not (word.isalpha() and word.islower()):
            continue
        readings = [reading for _, _, reading in morph.analyse(word)]
        if any(not tag.startswith("subst:") for _, _, tag, _, _ in readings):
            continue
        cases: set[str] = set()
        for _, _, tag, kinds, _ in readings:
            _, number, case, gender = tag.split(":")[:4]
            if "sg" in number.split(".") and gender == "m1" and "nazwa_pospolita" in kinds:
                cases |= {CASES[c] for c in case.split(".") if c in CASES}
        if cases:
            out.append(f"{word}\t{','.join(sorted(cases))}\tm")
    return sorted(out)


def main() -> int:
    from slavic_lists import write_gz
    from wordfreq import get_frequency_dict

    nouns = animate_forms(list(get_frequency_dict("pl", "large")))
    write_gz(HERE / "pl_animate_nouns.txt.gz", nouns)
    print(f"{len(nouns)} pl animate noun forms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
