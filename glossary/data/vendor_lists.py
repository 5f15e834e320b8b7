"""The first words of hardware makers' names (*Compaq*, *Marvell*, *Atmel*, *Cyrix*,
*Ralink*), for ``hardware_vendors.txt`` (see README.md).

Technical prose names the firms whose chips, boards and devices it supports, and a
maker's word alone reads as a surname by German's rules (*Compaq stellte Rechner zur
Verfügung*). The PCI and USB ID databases list every maker that registered an ID with
the PCI-SIG or the USB-IF. Only the larger makers count: those both databases list,
or that list MIN_DEVICES devices or more in one (thousands of small ones bear their
founder's surname, which no list may have). The first word of each such name,
capitalised, of three to twenty letters, is kept unless it is a word of a language
(English, German or French in lower case, a German noun), a place, a country's
demonym (*American*), a family name of bitext's lists, a given name that FIRM_GIVEN
or more sources list, a person WordNet names (an instance in ``noun.person``:
*Faraday*, *Zenith* stays), a word of the firm list already, or an abbreviation in
capitals (*IBM*, *LSI*: no name's shape).

Run from the repository root on a Debian machine after ``make_lists.py`` (``apt-get
download`` fetches the pinned packages into a temporary folder; nothing is
installed): ``python glossary/data/vendor_lists.py``. The output is sorted and
deterministic for the pinned packages.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from debfetch import unpacked

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

#: Debian packages and pinned versions of the two ID databases, and each file's path.
PACKAGES = {
    ("pci.ids", "0.0~2023.04.11-1"): "usr/share/misc/pci.ids",
    ("usb.ids", "2025.07.26-0+deb12u1"): "var/lib/usbutils/usb.ids",
}
OUT = HERE / "hardware_vendors.txt"
#: A maker one database alone lists counts with this many devices in it.
MIN_DEVICES = 10
#: A vendor's line: four hex digits, two spaces, the name; a device's line: one tab, four
#: hex digits; a line of the databases' class lists (``C 00``) ends the vendors.
_VENDOR = re.compile(r"([0-9a-f]{4})  (\S+)")
_DEVICE = re.compile(r"\t[0-9a-f]{4}  ")
_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*")


def devices(text: str) -> dict[str, int]:
    """Each vendor's first word and how many devices the database lists under it."""
    out: dict[str, int] = {}
    vendor = None
    for line in text.splitlines():
        if (found := _VENDOR.match(line)) is not None:
            vendor = found[2].rstrip(".,")
            out.setdefault(vendor, 0)
        elif vendor is not None and _DEVICE.match(line):
            out[vendor] += 1
        elif line.startswith("C "):
            vendor = None
    return out


def vendor_words() -> set[str]:
    """The first word of every larger maker's name: one both databases list, or one
    with MIN_DEVICES devices or more in either."""
    counts: list[dict[str, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for (name, version), path in PACKAGES.items():
            root = unpacked(name, version, Path(tmp))
            counts.append(devices((root / path).read_text("utf-8", errors="replace")))
    pci, usb = counts
    return {
        w
        for w in pci.keys() | usb.keys()
        if (w in pci and w in usb) or max(pci.get(w, 0), usb.get(w, 0)) >= MIN_DEVICES
    }


def wordnet_persons() -> set[str]:
    """The words of WordNet's persons by name: lemmas of ``noun.person`` synsets that are
    an instance (``@i``) of another (*Faraday*, *Keithley* is none)."""
    from wordnet_lists import NOUN_PERSON, _synsets
    from wordnet_lists import PACKAGE as WORDNET

    out: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        root = unpacked(*WORDNET, Path(tmp))
        for _offset, lexfile, lemmas, pointers in _synsets(root / "usr/share/wordnet/data.noun"):
            if lexfile == NOUN_PERSON and any(sym == "@i" for sym, _o, _pos in pointers):
                out.update(w for lemma in lemmas for w in lemma.split("(")[0].split("_"))
    return out


def kept(words: set[str]) -> list[str]:
    """The words a maker's name alone may be, less the words and names of other lists."""
    from place_firm_lists import FIRM_GIVEN, demonym_words

    from glossary.gazetteer import is_place_name
    from glossary.germanwords import german_nouns, is_german_lower
    from glossary.lexicon import is_lower_word
    from glossary.listfiles import _lines
    from glossary.namelists import given_gender, given_spread, is_family_name

    taken = frozenset(_lines("firm_words.txt")) | demonym_words()
    nouns, persons = german_nouns(), wordnet_persons()
    out = []
    for word in words:
        if not (3 <= len(word) <= 20 and _WORD.fullmatch(word)) or word in taken:
            continue
        if any(is_lower_word(word.lower(), lang) for lang in ("en", "de", "fr")):
            continue
        if word in nouns or is_german_lower(word.lower()) or is_family_name(word):
            continue
        if word in persons:
            continue
        if any(is_place_name(word, lang) for lang in ("en", "de", "fr")):
            continue
        if given_gender(word) is not None and given_spread(word) >= FIRM_GIVEN:
            continue
        out.append(word)
    return sorted(out)


def main() -> None:
    words = kept(vendor_words())
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(words)} words")


if __name__ == "__main__":
    main()
