"""Offline language guess: enough to pick segmentation rules.

py3langid (Lui and Baldwin's langid.py, a naive Bayes model of byte n-grams
trained on 97 languages) chooses among the languages bitext has rules for and
their neighbours; on single UD sentences it is right on 90 % and wrong on 0.4 %,
where a list of function words was right on 76 % and wrong on 4 %
(``benchmarks/langid_bench.py``). The guess is None when the text has fewer than
three words, the model is unsure or its best language is one bitext has no rules
for, so the caller asks for ``--lang`` instead of guessing wrong.
"""

from __future__ import annotations

import re
from functools import cache

#: The languages a guess may name: those with segmentation rules and the neighbours
#: their texts are most often confused with.
CANDIDATES = tuple("de en hu fr pl cs sk es it nl pt ru uk be bg".split())
#: Below this probability (the model's, normalised over the candidates) no guess.
MIN_CONFIDENCE = 0.5
#: Characters read: a language shows long before the end of a book.
SAMPLE = 20000
_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _identifier():
    """The model, loaded once per process and only when a guess is asked (its cost:
    ``benchmarks/langid_bench.py``)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure."""
    sample = text[:SAMPLE]
    if len(_TOKEN.findall(sample)) < 3:
        return None
    ranked = _identifier().rank(sample)
    best, p = ranked[0]
    if best not in CANDIDATES:
        return None  # Norwegian is no Dutch: a language bitext has no rules for
    total = sum(q for lang, q in ranked if lang in CANDIDATES)
    return best if p >= MIN_CONFIDENCE * total else None
