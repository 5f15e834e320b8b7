"""How often each Slavic language and Hungarian write the names GeoNames gives the cities of
``cities.txt``, for ``place_frequencies.tsv.gz`` (see README.md).

GeoNames holds a large city's names in many languages and some case forms beside
them (*Warszaw*, *Berlino*, the Esperanto *Moskvo*, *Киеву*), so a Polish *Praga* or
*Berlina* can be read back to a name the list holds that Polish never writes (*Prag*,
*Berlino*). The frequency of each name in the language's own text (wordfreq's
list, Zipf scale: 1.0 is once in a billion words) tells which of the listed forms a
text's case form comes from: Polish *berlin* 4.1, *berlino* 0; *praga* 3.8, *prag*
1.6. Hungarian lengthens a foreign name's last vowel before an ending but keeps its
own long one, so *Oslóban* is *Oslo*'s and *Varsóból* *Varsó*'s: *varsó* 3.8,
*varso* 0.

Run: ``python glossary/data/place_frequency_lists.py`` in the environment of
``requirements.txt``.
"""

from __future__ import annotations

from pathlib import Path

from slavic_lists import write_gz

HERE = Path(__file__).parent
#: The languages whose place names are read back from case forms (wordfreq has no
#: Belarusian list).
LANGS = ("pl", "cs", "sk", "ru", "uk", "hu")
#: Names rarer than this in a language are left out (Zipf 1.0: once in a billion words).
MIN_ZIPF = 1.0


def frequencies() -> list[tuple[str, str, float]]:
    """(language, city name, Zipf frequency of its lower-case form) for every one-word
    name GeoNames gives a city of ``cities.txt``'s selection, those that are family or
    given names too included (*Berlin*, *Praga*, *Odessa*), that the language's list
    holds at MIN_ZIPF or more."""
    from place_firm_lists import city_names
    from wordfreq import zipf_frequency

    names = city_names(set(), set())
    out = []
    for lang in LANGS:
        for name in names:
            zipf = zipf_frequency(name.lower(), lang)
            if zipf >= MIN_ZIPF:
                out.append((lang, name, zipf))
    return out


def main() -> int:
    rows = frequencies()
    lines = ["# lang\tname\tZipf frequency (wordfreq 3.1.1)"]
    lines += [f"{lang}\t{name}\t{zipf:.2f}" for lang, name, zipf in rows]
    write_gz(HERE / "place_frequencies.tsv.gz", lines)
    print(f"{len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
