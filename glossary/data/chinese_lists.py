"""Chinese family names in Latin letters and the syllables of Hanyu Pinyin, for
``chinese_names.tsv`` (see README.md).

A Chinese name in news is a one-syllable family name before a given name of two
syllables written as one word (*Xi Jinping*, *Li Keqiang*). The family names are
words in many languages (*He*, *Sun*, *Long*), so they are no general family names;
they are read only before a word that is two syllables of Pinyin.

Run: ``python glossary/data/chinese_lists.py`` in the environment of
``requirements.txt``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

HERE = Path(__file__).parent


def family_names() -> list[str]:
    """Faker's Chinese family names in Latin letters: Hanyu Pinyin of the zh_CN locale
    (*Zhang*, *Xu*), Wade-Giles of the zh_TW locale (*Hsu*, *Tsai*; written there in
    capitals)."""
    out: set[str] = set()
    for loc in ("zh_CN", "zh_TW"):
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        value = provider.last_romanized_names
        for name in value.keys() if isinstance(value, dict) else value:
            if name.isalpha():
                out.add(name.title())
    return sorted(out)


def pinyin_syllables() -> list[str]:
    """Every syllable of Hanyu Pinyin without its tone, as pypinyin reads the characters
    of its dictionary: the syllables with *ü* (written *v* there) and those with no vowel
    (*m*, *ng*, *hm*: interjections) are left out; names write *ü* as *u* or *yu*."""
    from pypinyin import Style, pinyin_dict
    from pypinyin.style import convert

    out: set[str] = set()
    for readings in pinyin_dict.pinyin_dict.values():
        for reading in readings.split(","):
            syllable = convert(reading, Style.NORMAL, strict=True)
            if syllable.isalpha() and "v" not in syllable and set(syllable) & set("aeiou"):
                out.add(syllable)
    return sorted(out)


def main() -> int:
    lines = ["# kind (family: a family name; syllable: a syllable of Hanyu Pinyin)\tword"]
    lines += [f"family\t{name}" for name in family_names()]
    lines += [f"syllable\t{s}" for s in pinyin_syllables()]
    (HERE / "chinese_names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
