"""The Cyrillic original of an East Slavic name that a project has in Latin letters only.

A German–Hungarian project about Belarus names Lukaschenko and Lukasenko, never
Лукашенко. Each Latin spelling read back to Cyrillic (:mod:`glossary.convert`)
is a guess; two languages with different spelling rules that give the same
Cyrillic letters for every word are evidence, so only then is the original
derived. One side alone, a non-Slavic surname (Schulz, Brenner), a name spelt
alike on every side (Kevin Austin: copied, not transliterated) or any
disagreement (Мариа beside Мария) derives nothing: no form is made up.
"""

from __future__ import annotations

from glossary.convert import LATIN_LANGS, convert
from glossary.entries import Entry
from glossary.errors import GlossaryError
from glossary.shapes import surname_shaped


def derived_cyrillic(entry: Entry) -> str | None:
    """The Russian-Cyrillic form that at least two Latin-script languages of the
    entry's preferred full names agree on, or None."""
    if entry.type != "person":
        return None
    forms = [(lang, f) for lang, f in sorted(entry.preferred.items()) if lang in LATIN_LANGS]
    if len(forms) < 2 or not any(surname_shaped(f.split()[-1], lang) for lang, f in forms):
        return None
    if len({f for _, f in forms}) < 2:
        return None  # spelt alike everywhere (Kevin Austin): copied, not transliterated
    readings = set()
    for lang, form in forms:
        if len(form.split()) != len(forms[0][1].split()):
            return None
        try:
            readings.add(convert(form, lang, "ru")[0])
        except GlossaryError:
            return None
    return readings.pop() if len(readings) == 1 else None
