"""Match a word seen in text to known names through the key, after stripping inflection."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz.distance import OSA, JaroWinkler

from glossary.inflect import lemmas
from glossary.key import key

#: Below this Jaro-Winkler similarity of keys two forms are different names.
THRESHOLD = 0.88


def word_keys(word: str, lang: str) -> list[str]:
    """Keys of the possible citation forms of ``word``, the uninflected reading first.

    The English reading comes last: every language's press copies English
    spellings of less-known people (Hungarian Tsugba, Lytvyn).
    """
    keys = [key(lemma, lang) for lemma in lemmas(word, lang)]
    if lang not in ("en", "ru", "uk", "be"):
        keys += [key(lemma, "en") for lemma in lemmas(word, lang)]
    return list(dict.fromkeys(keys))


def similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if min(len(a), len(b)) < 4:
        return 0.0  # short keys only match exactly
    if max(len(a), len(b)) > 1.5 * min(len(a), len(b)):
        return 0.0  # a shared beginning is not a shared name (Wjasna, Washington)
    return JaroWinkler.normalized_similarity(a, b)


def few_edits(a: str, b: str) -> bool:
    """Keys one or two slips apart, as two spellings of one name are once keyed
    (Siraid / Siraed, Kunicina / Kunitsina, Moskau / Moskva): none between keys of
    four letters, one up to six, two from seven. Jaro-Winkler alone rewards a
    shared beginning, and Brawand / Brown, Reiss / Reist, Gunten / Hunt are
    different people."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    allowed = 0 if shorter < 5 else 1 if shorter < 7 else 2
    return OSA.distance(a, b, score_cutoff=allowed + 1) <= allowed


def across(a: str, b: str) -> float:
    """Similarity of keys from the two sides of one bead, where f and v are one sound.

    German writes /f/ as v (Vogt, Фогт in Russian) and older spellings write
    Russian -ов as -off (Rachmaninoff beside Рахманинов); within one text the
    two letters stay apart (Fest and West are two people). German ei is /ai/, which
    Russian writes as it sounds (Weimer, Ваймер) or, in older names, as it is spelt
    (Einstein, Эйнштейн); German eu is /oi/, Russian ой (Neuer, Нойер).
    """
    return max(
        similarity(a, b),
        similarity(a.replace("f", "v"), b.replace("f", "v")),
        similarity(a.replace("ei", "ai"), b.replace("ei", "ai")),
        similarity(_diphthong(a), _diphthong(b)),
    )


def _diphthong(k: str) -> str:
    """A key with German *eu* read as the /oi/ Russian writes *ой* (Neuer, Нойер;
    Neumann, Нойман: the key's *ev* is *eu* before a consonant)."""
    return k.replace("eu", "ai").replace("ev", "ai")


def best_match(
    word: str, lang: str, index: Mapping[str, Iterable[str]], threshold: float = THRESHOLD
) -> tuple[str | None, float]:
    """The id in ``index`` (id -> keys) whose keys are closest to ``word``, with the score.

    A stripped reading scores a little below the same match on the word as
    written, so Boris stays Boris when both Boris and Bori exist.
    """
    best: tuple[str | None, float] = (None, 0.0)
    for rank, k in enumerate(word_keys(word, lang)):
        penalty = 0.0 if rank == 0 else 0.01
        for ident, keys in index.items():
            score = max((similarity(k, other) for other in keys), default=0.0) - penalty
            if score > best[1]:
                best = (ident, score)
    return best if best[1] >= threshold else (None, best[1])
