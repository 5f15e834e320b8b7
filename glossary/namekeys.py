"""The keys of the names in one sentence: the aligner's anchor hook (``bitext align``
reads a sentence's names as evidence that two sentences translate each other)."""

from __future__ import annotations

from glossary.absence import capitalised
from glossary.detect import find_names
from glossary.givenform import _given
from glossary.match import word_keys
from glossary.shapes import surname_shaped
from glossary.tokens import parts, tokens
from glossary.wordclass import _MIN_SURNAME, name_like


def name_keys(text: str, lang: str) -> set[str]:
    """Matching keys of the names in one sentence (the aligner's anchor hook).

    Besides full names, any capitalised surname-shaped word counts, with the
    keys of its possible citation forms, so a sentence that only says
    "Lukasenkót" still shares a key with one that says "Lukaschenkos"; words
    are also read with English rules, since every language quotes English
    spellings (a German text citing "Lukashenka").
    """
    keys = {m.key for m in find_names(text, lang) if m.kind == "person"}
    for tok in tokens(text):
        for part in parts(tok):
            w = part.text
            if (
                capitalised(w)
                and name_like(w)
                and surname_shaped(w, lang)
                and _given(w, lang) is None
            ):
                keys.update(word_keys(w, lang))
    return {k for k in keys if len(k) >= _MIN_SURNAME}
