"""German finite verb forms in the singular, made by ``make_lists.py`` from the lemma
lookup table of spacy-lookups-data (see README.md)."""

from __future__ import annotations

import re

from slavic_lists import lookups_table

#: A German infinitive: what a verb form's lemma looks like in the table.
_INFINITIVE = re.compile(r"(?:en|ern|eln)$")
#: Forms that are no finite verb in the singular: infinitives and plurals (-en), present
#: participles (-end), participial adjectives (-ene, -tes, -ter), second persons (-st).
_NOT_FINITE = re.compile(r"(?:en|ern|eln|nd|nde|ndes|nder|ndem|ene|enes|ener|enem|tes|ter|tem|st)$")
#: Forms rarer than this (natural log of the frequency) are left out.
MIN_PROB = -16.5


def german_finite_verbs() -> list[str]:
    """Lower-case forms the table gives a lower-case infinitive for, less infinitives,
    plurals, participles (*gemacht*, *eingesandt*: a *ge* the infinitive does not have)
    and second persons, at least e^-16.5 frequent: *traf*, *gewann*, *kritisierte*, *hält*.
    A capitalised word right after one is its subject or object, not a noun of the verb."""
    lemmas = lookups_table("de_lemma_lookup.json.gz")
    prob = lookups_table("de_lexeme_prob.json.gz")
    out = set()
    for form, lemma in lemmas.items():
        if not (form.isalpha() and form.islower() and lemma.isalpha() and lemma.islower()):
            continue
        if form == lemma or len(form) < 3 or not _INFINITIVE.search(lemma):
            continue
        if _NOT_FINITE.search(form) or form.count("ge") > lemma.count("ge"):
            continue
        if lemma.startswith(form) and len(lemma) - len(form) <= 2:
            continue  # kühl, kräftig: an imperative that is an adjective too
        if prob.get(form, -99.0) >= MIN_PROB:
            out.add(form)
    return sorted(out)
