"""Find glossary names in bead texts, for highlighting and for the names dialog.

The glossary stores plain records (``glossary_records()`` of the project): each
has a ``canonical`` form and may list ``variants`` (dicts with a ``form`` or
plain strings). Every form is highlighted wherever it starts a word; up to two
more letters may follow so that inflected forms (German *Lukaschenkos*, Polish
*Łukaszenki*) are found too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SUFFIX = r"\w{0,2}"
_WORD = re.compile(r"(?<![\w-])[A-ZÀ-ÞĀ-ſА-ЯЁІЎЄЇҐ][\w'’-]*[\w]", re.UNICODE)


def record_forms(record: dict) -> list[str]:
    """All written forms of a glossary record: canonical first, then variants."""
    forms = []
    canonical = record.get("canonical")
    if isinstance(canonical, str) and canonical.strip():
        forms.append(canonical.strip())
    for key in ("variants", "forms"):
        for variant in record.get(key) or []:
            form = variant.get("form") if isinstance(variant, dict) else variant
            if isinstance(form, str) and form.strip() and form.strip() not in forms:
                forms.append(form.strip())
    preferred = record.get("preferred")
    if isinstance(preferred, dict):
        for form in preferred.values():
            if isinstance(form, str) and form.strip() and form.strip() not in forms:
                forms.append(form.strip())
    return forms


def names_pattern(records: Iterable[dict]) -> re.Pattern[str] | None:
    """One regex matching every form of every record, longest first; None without forms."""
    forms = {form for record in records for form in record_forms(record)}
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives}){_SUFFIX}(?!\w)")


def records_in(texts: Iterable[str], records: list[dict]) -> list[dict]:
    """The records with at least one form in any of ``texts``."""
    found = []
    joined = "\n".join(texts)
    for record in records:
        pattern = names_pattern([record])
        if pattern is not None and pattern.search(joined):
            found.append(record)
    return found


def capitalised_words(text: str) -> list[str]:
    """Capitalised words of ``text``: candidates for a new name, sentence openers last.

    German capitalises every noun, so this over-collects; the user picks from
    the list, so recall matters more than precision here.
    """
    inner, openers = [], []
    for match in _WORD.finditer(text):
        before = text[: match.start()].rstrip()
        target = openers if not before or before[-1] in '.!?:«»"„“”(' else inner
        if match.group() not in target:
            target.append(match.group())
    return inner + [w for w in openers if w not in inner]
