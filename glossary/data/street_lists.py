"""The words that end a street's name in an address (*Street*, *Avenue*, *Place*, *Ave*),
for ``en_street_types.txt`` (see README.md).

A number and then capitalised words ending in one of them are an address (*51 Franklin
Street*, *59 Temple Place*, *675 Mass Ave*): a street named after a person, no person.
The words are the United States Postal Service's street suffixes (Publication 28,
appendix C1: every common form and the standard abbreviation), as the usaddress-scourgify
package ships them.

Run from the repository root with ``usaddress-scourgify`` installed
(``glossary/data/requirements.txt``): ``python glossary/data/street_lists.py``. The
output is sorted and deterministic for the pinned package.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "en_street_types.txt"


def street_types() -> list[str]:
    """Every suffix, its standard abbreviation and its long form, capitalised, one word."""
    from scourgify.address_constants import LONGHAND_STREET_TYPES, STREET_TYPE_ABBREVIATIONS

    forms = set(STREET_TYPE_ABBREVIATIONS) | set(STREET_TYPE_ABBREVIATIONS.values())
    forms |= set(LONGHAND_STREET_TYPES.values())
    return sorted(f.capitalize() for f in forms if f.isalpha())


def main() -> None:
    words = street_types()
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(words)} words")


if __name__ == "__main__":
    main()
