"""Hungarian case endings of names: the suffixes stripped to find a citation form
(*Orbánt*, *Putyinnal*, *Varsóból*) and added to make the forms a glossary lists
(*Lukasenkót*), with a final vowel's lengthening and vowel harmony.

Apart from :mod:`glossary.inflect`, whose ``lemmas`` and ``forms`` call it: Hungarian's
suffixes share no table with the other languages' endings there.
"""

from __future__ import annotations

_HU_VOWEL_LENGTH = {"a": "á", "e": "é", "o": "ó", "ö": "ő"}
_HU_SHORT = {v: k for k, v in _HU_VOWEL_LENGTH.items()}
_HU_BACK = set("aáoóuú")
_HU_FRONT = set("eéiíöőüű")
# Suffix pairs (back, front); the accusative and -val/-vel are handled apart.
_HU_SUFFIXES = [
    ("nak", "nek"),
    ("ról", "ről"),
    ("ban", "ben"),
    ("ba", "be"),
    ("ból", "ből"),
    ("nál", "nél"),
    ("hoz", "hez"),
    ("tól", "től"),
    ("ra", "re"),
    ("ért", "ért"),
    ("ig", "ig"),
    ("ként", "ként"),
    ("é", "é"),
]
_HU_STRIP = sorted(
    {s for pair in _HU_SUFFIXES for s in pair}
    | {"on", "en", "ön", "n", "t", "ot", "et", "öt", "at", "hez", "höz"},
    key=len,
    reverse=True,
)

#: Letters after which the Hungarian accusative may be a bare -t (Orbánt, Putyint,
#: Lukasenkót, Rossit): vowels and l r n s z j y (ly, ny, sz, zs); after any other
#: consonant it takes a vowel first (Hassettet, Brandtot), so a word there in -t is a
#: nominative. A final a, e, o, ö lengthens before it (Annát, Brunót), so a short one
#: before a -t is the name's own (Arne Slot).
_HU_BARE_T = frozenset("iuáéíóőúüűlrnszjy")


def _hu_lemmas(word: str) -> list[str]:
    out = []
    low = word.lower()
    # -val/-vel after a consonant assimilates: Putyinnal, Tokajevvel; a digraph (ly, ny,
    # gy, ty, sz, zs, cs) doubles its first letter (Gergellyel: Gergely).
    for suf in ("al", "el"):
        if low.endswith(suf) and len(low) > 4 and low[-3] == low[-4]:
            out.append(word[:-3])
        elif low.endswith(suf) and len(low) > 5 and low[-3] in "yzs" and low[-4] == low[-5]:
            out.append(word[:-5] + word[-4:-2])
    for suf in ("val", "vel"):
        if low.endswith(suf):
            out.append(_hu_unlengthen(word[:-3]))
    if low.endswith("-"):
        return out
    for suf in _HU_STRIP:
        if low.endswith(suf) and len(word) - len(suf) >= 3:
            stem = word[: -len(suf)]
            if suf == "t" and stem[-1].lower() not in _HU_BARE_T:
                continue  # Hassett, Brandt: a stem in t or d takes -ot/-et, no bare -t
            if stem.endswith("-"):
                stem = stem[:-1]
            out.append(_hu_unlengthen(stem))
            if stem[-1:] in "óő":  # Varsóból: Varsó keeps its long vowel, Oslóban is Oslo's
                out.append(stem)
    return out


def _hu_unlengthen(stem: str) -> str:
    if stem and stem[-1] in _HU_SHORT:
        return stem[:-1] + _HU_SHORT[stem[-1]]
    return stem


def _hu_front(word: str) -> bool:
    """Vowel harmony: the last vowel decides, except that i/í are neutral."""
    vowels = [ch for ch in word.lower() if ch in _HU_BACK or ch in _HU_FRONT]
    if not vowels:
        return False
    if vowels[-1] in "ií":
        return not any(v in _HU_BACK for v in vowels)
    return vowels[-1] in _HU_FRONT


def _hu_forms(lemma: str) -> list[str]:
    """The Hungarian forms of :func:`glossary.caseforms.forms`, the lemma not among them."""
    out = []
    front = _hu_front(lemma)
    last = lemma[-1:]
    stem = lemma[:-1] + _HU_VOWEL_LENGTH.get(last, last)
    vowel_end = last.lower() in "aeiouáéíóöőúüű"
    for back_s, front_s in _HU_SUFFIXES[:-1]:
        out.append(stem + (front_s if front else back_s))
    plain_t = vowel_end or last.lower() in "nlrsjz"
    out.append(stem + ("t" if plain_t else ("et" if front else "ot")))
    out.append(
        stem + (("vel" if front else "val") if vowel_end else last + ("el" if front else "al"))
    )
    return out
