"""What every glossary format writes per entry and language, and how read terms become entries."""

from __future__ import annotations

import re

from glossary.entries import Entry, Variant
from glossary.inflect import forms as case_forms
from glossary.key import key

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def norm_lang(code: str) -> str:
    """Primary language subtag, lower case: "de-DE" -> "de"."""
    return code.strip().replace("_", "-").split("-")[0].lower()


def terms(entry: Entry, lang: str, inflect: bool = False) -> list[tuple[str, str]]:
    """(term, kind) pairs for one language, preferred first.

    kind is "full" (the preferred full name), "short" (a citation form of the
    surname) or "variant" (an inflected form seen in the text, or with
    ``inflect`` generated for CAT tools that match only listed forms).
    """
    out: dict[str, str] = {}
    preferred = entry.preferred.get(lang)
    if preferred:
        out[preferred] = "full" if " " in preferred else "short"
    for lemma in entry.lemmas(lang):
        out.setdefault(lemma, "short")
    for form in entry.forms(lang):
        out.setdefault(form, "variant")
    if inflect:
        for lemma in entry.lemmas(lang):
            for form in case_forms(lemma, lang):
                out.setdefault(form, "variant")
    return list(out.items())


def langs_of(entries: list[Entry], first: tuple[str, ...] = ()) -> list[str]:
    """Languages to write: the project's pair first, then the others sorted."""
    seen = {lang for e in entries for lang in e.langs()}
    return [lang for lang in first if lang] + sorted(seen - set(first))


def xml_id(text: str) -> str:
    """A valid XML ID made from an entry id."""
    ident = re.sub(r"[^\w.-]", "-", text)
    return ident if re.match(r"[A-Za-z_]", ident) else f"e-{ident}"


def entry_from_terms(
    ident: str, by_lang: dict[str, list[str]], status: str = "approved", note: str = ""
) -> Entry:
    """An entry built from terms read from a file (first term per language preferred)."""
    entry = Entry(id=ident, canonical="", status=status, note=note)
    for lang, forms in by_lang.items():
        forms = [f.strip() for f in forms if f and f.strip()]
        if not forms:
            continue
        entry.preferred[lang] = forms[0]
        for form in forms:
            words = _WORD.findall(form)
            if not words:
                continue
            entry.variants.append(
                Variant(
                    form=words[-1],
                    lang=lang,
                    lemma=words[-1],
                    full=form if len(words) > 1 else None,
                )
            )
            k = key(words[-1], lang)
            if k and k not in entry.keys:
                entry.keys.append(k)
    first = next(iter(entry.preferred.values()), ident)
    entry.canonical = first
    return entry
