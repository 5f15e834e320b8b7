"""German words a spelling dictionary writes only in lower case, that text writes
capitalised at a sentence's start or as nouns made of them (*Erstens*, *Demgegenüber*,
*Letzterer*, *Teilnehmende*), for ``de_dictionary_lower.txt``, and the English
lower-case words German writes too (*hat*, *will*, *also*, *angle*), for
``en_german_lower.txt`` (see README.md).

``de_lower_words.txt.gz`` takes a word as lower case when text writes it so more often
than capitalised; an adverb that mostly opens a sentence (*erstens*, *ansonsten*) and
an adjective mostly used as a noun (*letzterer*) fail that test, and bare at a
sentence's start they read as names. Debian's ``wngerman`` (the word list of
igerman98, every form spelt out) writes each of them only in lower case, and writes
names capitalised (*Merkel*, *Roth*). The list keeps the capitalised words of
``de_common_words.tsv`` (what text writes capitalised) whose lower-case form the
dictionary has and whose capitalised form it lacks, less those the other German lists
hold already (a noun of ``de_nouns.txt.gz``, a word of ``de_lower_words.txt.gz``) and
given or family names of bitext's lists (*Malte*, *Urban*, *Kühn*, *Best*).

Run from the repository root on a Debian machine (``apt-get download`` fetches the
pinned package into a temporary folder; nothing is installed), after
``make_lists.py``: ``python glossary/data/german_dictionary_lists.py``. The output is
sorted and deterministic for the pinned package.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from debfetch import unpacked

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

#: Debian package and pinned version of the word list.
PACKAGE = ("wngerman", "20161207-11")
OUT = HERE / "de_dictionary_lower.txt"
SHARED = HERE / "en_german_lower.txt"


def dictionary_words() -> set[str]:
    """Every word of the pinned ``wngerman`` (``/usr/share/dict/ngerman`` in it)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = unpacked(*PACKAGE, Path(tmp))
        text = (root / "usr" / "share" / "dict" / "ngerman").read_text("utf-8")
    return {line.strip() for line in text.splitlines() if line.strip()}


def lower_only(dictionary: set[str]) -> list[str]:
    """The capitalised words of the frequency list the dictionary writes in lower case
    alone, less the words and names bitext's other lists hold."""
    from glossary.germanwords import _german_lower, german_common_words, german_nouns
    from glossary.namelists import given_gender, is_family_name

    lower, nouns = _german_lower(), german_nouns()
    return sorted(
        word
        for word in german_common_words()
        if word[:1].isupper()
        and word[1:].islower()
        and word not in dictionary
        and word.lower() in dictionary
        and word.lower() not in lower
        and word not in nouns
        and given_gender(word) is None
        and not is_family_name(word)
    )


def english_shared(dictionary: set[str]) -> list[str]:
    """The words of ``en_lower_words.txt.gz`` that the dictionary writes in lower case:
    English and German both write them (*hat*, *will*, *bald*); the rest of the English
    list German's spelling leaves out (*size*, *values*), which its frequency list cannot
    tell, as German text quotes English."""
    from glossary.lexicon import lower_words

    return sorted(word for word in lower_words("en") if word in dictionary)


def main() -> None:
    dictionary = dictionary_words()
    for out, words in ((OUT, lower_only(dictionary)), (SHARED, english_shared(dictionary))):
        out.write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{out.name}: {len(words)} words")


if __name__ == "__main__":
    main()
