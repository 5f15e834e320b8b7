"""Names added by hand (the review app's "add name", a notebook): records that
carry their keys, so a later build keeps them and pairs them with the other
side's spelling (Wjasna added on the German side finds Vjaszna in Hungarian).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from glossary.entries import TYPES, Entry, Variant
from glossary.errors import GlossaryError
from glossary.key import key

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def added_entry(
    form: str,
    lang: str,
    *,
    kind: str = "person",
    bead: int | None = None,
    side: str | None = None,
    ids: Iterable[str] = (),
    status: str = "approved",
) -> Entry:
    """An entry for a name a user typed or picked (``form`` as written in ``lang``).

    Its key is the key of the last word (the surname of a full name); its id is
    ``name-<key>``, made unique against ``ids``.
    """
    form = " ".join(form.split())
    words = _WORD.findall(form)
    if not words:
        raise GlossaryError(f"not a name: {form!r}")
    if kind not in TYPES:
        raise GlossaryError(f"unknown entry type {kind!r} (use one of: {', '.join(TYPES)})")
    last = words[-1]
    k = key(last, lang)
    taken = {str(i) for i in ids}
    ident, n = f"name-{k or last.lower()}", 2
    while ident in taken:
        ident = f"name-{k or last.lower()}-{n}"
        n += 1
    variant = Variant(last, lang, last, bead, side, form if len(words) > 1 else None)
    return Entry(
        id=ident,
        canonical=form,
        keys=[k] if k else [],
        preferred={lang: form},
        variants=[variant],
        status=status,
        type=kind,
    )


def added_record(form: str, lang: str, **options) -> dict:
    """:func:`added_entry` as the plain record the project stores."""
    return added_entry(form, lang, **options).to_dict()
