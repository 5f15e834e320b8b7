"""A surname's common case forms from its citation form (*Lukasenko* -> *Lukasenkót*,
*Kowalski* -> *Kowalskiego*): the other way round from :mod:`glossary.inflect`, for a
term base's forms that a translator's CAT tool should also match."""

from __future__ import annotations

from glossary.hungariancases import _hu_forms


def forms(lemma: str, lang: str, female: bool | None = None) -> list[str]:
    """Common inflected forms of a surname in ``lang`` (the lemma first).

    Hungarian lengthens a final vowel before suffixes (Lukasenko -> Lukasenkót);
    Polish and Czech decline -o/-a names and adjectival -ski/-ska names.
    """
    out = [lemma]
    low = lemma.lower()
    if lang == "de":
        out.append(lemma + ("'" if low[-1:] in ("s", "x", "z", "ß") else "s"))
    elif lang in ("en", "fr"):
        out.append(lemma + "'s")
    elif lang == "hu":
        out += _hu_forms(lemma)
    elif lang == "pl":
        out += _pl_forms(lemma, low)
    elif lang in ("cs", "sk"):
        out += _cs_forms(lemma, low)
    return list(dict.fromkeys(out))


def _pl_forms(lemma: str, low: str) -> list[str]:
    if low.endswith(("ski", "cki")):
        s = lemma[:-1]
        return [s + "iego", s + "iemu", s + "im"]
    if low.endswith(("ska", "cka", "owa", "ewa", "ina", "yna")) and not low.endswith("nka"):
        s = lemma[:-1]
        return [s + "ej", s + "ą"]
    if low.endswith(("ko", "ka")):
        s = lemma[:-2]
        return [s + "ki", s + "ce", s + "kę", s + "ką"]
    if low.endswith(("a", "o")):
        s = lemma[:-1]
        return [s + "y", s + "ie", s + "ę", s + "ą"]
    return [lemma + "a", lemma + "owi", lemma + "em", lemma + "ie"]


def _cs_forms(lemma: str, low: str) -> list[str]:
    if low.endswith("ová") or low.endswith(("ská", "cká")):
        s = lemma[:-1]
        return [s + "é", s + "ou"]
    if low.endswith(("ký", "ij", "yj")):
        s = lemma[:-1] if low.endswith("ý") else lemma
        return [s + "ého", s + "ému", s + "ým"]
    if low.endswith("o"):
        s = lemma[:-1]
        return [s + "a", s + "ovi", s + "em"]
    if low.endswith("a"):
        s = lemma[:-1]
        return [s + "y", s + "ovi", s + "ou", s + "u"]
    return [lemma + "a", lemma + "ovi", lemma + "em"]
