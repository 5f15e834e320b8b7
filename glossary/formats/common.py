"""What every glossary format writes per entry and language, and how read terms become entries.

Two kinds of entry travel through the formats. A *name* (type person, place
or organisation) is bitext's own: its terms are reduced to surnames and keys
so that imported names join the names found in the texts. A *term* (type
"term", from a general term base) is kept exactly as the file gives it: its
terms, their order and language tags as written, and nothing is derived.
"""

from __future__ import annotations

import json
import re

from glossary.caseforms import forms as case_forms
from glossary.entries import STATUSES, Entry, Variant
from glossary.errors import GlossaryError
from glossary.key import key
from glossary.lexicon import legal_forms
from glossary.listfiles import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
#: Characters XML 1.0 cannot carry: TBX could never be written with them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

NAME_TYPES = ("person", "place", "organisation")
#: How a name type is told to other tools: TBX ``subjectField`` values.
SUBJECT = {
    "person": "personal name",
    "place": "place name",
    "organisation": "organisation name",
}
#: bitext's own fields of an entry, written where a format has no place for them.
META_PREFIX = "bitext-entry: "


def norm_lang(code: str) -> str:
    """Primary language subtag, lower case: "de-DE" -> "de"."""
    return code.strip().replace("_", "-").split("-")[0].lower()


def lang_tag(code: str) -> str | None:
    """A language tag as written (``en-US`` stays ``en-US``; ``pt_BR`` becomes ``pt-BR``),
    or None when ``code`` does not have the shape of one."""
    tag = code.strip().replace("_", "-")
    return tag if _TAG.match(tag) else None


def escape(text: str) -> str:
    """``text`` with control characters shown as escapes, for an error message."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def check_text(text: str, where: str, path: str | None = None) -> None:
    """Refuse a character no XML file can hold (a NUL, most C0 controls) in a cell."""
    bad = _NOT_XML.search(text)
    if bad:
        shown = escape(bad.group())
        raise GlossaryError(
            f"{where} holds the control character {shown}, which glossary files "
            "cannot carry (remove it and import again)",
            path,
        )


def term_forms(entry: Entry, lang: str) -> list[str]:
    """A term entry's terms in one language, preferred first, each once."""
    out = dict.fromkeys(v.form for v in entry.variants if v.lang == lang)
    preferred = entry.preferred.get(lang)
    if preferred:
        out = {preferred: None, **out}
    return list(out)


def terms(entry: Entry, lang: str, inflect: bool = False) -> list[tuple[str, str]]:
    """(term, kind) pairs for one language, preferred first.

    For a name, kind is "full" (the preferred full name), "short" (a citation
    form of the surname) or "variant" (an inflected form seen in the text, or
    with ``inflect`` generated for CAT tools that match only listed forms).
    A term entry's terms are all of kind "term", as the term base gave them.
    """
    if entry.type == "term":
        return [(t, "term") for t in term_forms(entry, lang)]
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
    """Languages to write, each once: the project's first (when the glossary uses
    them, or has no entries), then the others sorted."""
    seen = {lang for e in entries for lang in e.langs()}
    lead = [lang for lang in dict.fromkeys(first) if lang and (lang in seen or not entries)]
    return lead + sorted(seen - set(lead))


def xml_id(text: str) -> str:
    """A valid XML ID made from an entry id."""
    ident = re.sub(r"[^\w.-]", "-", text)
    return ident if re.match(r"[A-Za-z_]", ident) else f"e-{ident}"


def entry_from_terms(
    ident: str,
    by_lang: dict[str, list[str]],
    status: str = "approved",
    note: str = "",
    kind: str = "person",
) -> Entry:
    """A name entry built from terms read from a file (first term per language
    preferred), each term reduced to its last word; an organisation's legal form is
    no such word (*Audi AG*: *Audi*)."""
    entry = Entry(id=ident, canonical="", status=status, note=note)
    for lang, forms in by_lang.items():
        forms = [f.strip() for f in forms if f and f.strip()]
        if not forms:
            continue
        entry.preferred[lang] = forms[0]
        for form in forms:
            words = _WORD.findall(form)
            several = len(words) > 1
            if kind == "organisation":
                while len(words) > 1 and fold(words[-1]) in legal_forms():
                    words.pop()
            if not words:
                continue
            entry.variants.append(
                Variant(
                    form=words[-1],
                    lang=lang,
                    lemma=words[-1],
                    full=form if several else None,
                )
            )
            k = key(words[-1], lang)
            if k and k not in entry.keys:
                entry.keys.append(k)
    first = next(iter(entry.preferred.values()), ident)
    entry.canonical = first
    return entry


def term_entry(
    ident: str,
    by_lang: dict[str, list[str]],
    status: str = "approved",
    note: str = "",
    preferred: dict[str, str] | None = None,
) -> Entry:
    """A term-base entry: every term exactly as given (digits, punctuation, case), in
    order, under its language tag as written; nothing derived, no keys."""
    entry = Entry(id=ident, canonical="", status=status, note=note, type="term")
    for lang, forms in by_lang.items():
        forms = [f for f in forms if f.strip()]
        if not forms:
            continue
        chosen = (preferred or {}).get(lang)
        entry.preferred[lang] = chosen if chosen in forms else forms[0]
        entry.variants += [Variant(form=f, lang=lang, lemma=f) for f in forms]
    entry.canonical = next(iter(entry.preferred.values()), ident)
    return entry


def entry_meta(entry: Entry) -> dict:
    """bitext's fields that exchange formats have no column or element for."""
    meta: dict = {"status": entry.status, "type": entry.type, "canonical": entry.canonical}
    if entry.canonical_set:
        meta["canonical_set"] = True
    if entry.gender:
        meta["gender"] = entry.gender
    if entry.context:
        meta["context"] = entry.context
    return meta


def needs_meta(entry: Entry) -> bool:
    """Whether an entry carries anything a plain term-base entry would not."""
    default = (
        entry.type == "term"
        and entry.status == "approved"
        and not entry.canonical_set
        and not entry.gender
        and not entry.context
    )
    return not default


def meta_text(entry: Entry) -> str:
    return META_PREFIX + json.dumps(entry_meta(entry), ensure_ascii=False)


def parse_meta(text: str) -> dict | None:
    """The fields of a ``bitext-entry:`` note or comment, or None for any other text."""
    text = text.strip()
    if not text.startswith(META_PREFIX):
        return None
    try:
        data = json.loads(text[len(META_PREFIX) :])
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def apply_meta(entry: Entry, meta: dict) -> Entry:
    """Set an entry's bitext fields from a parsed ``bitext-entry:`` record."""
    for name, value in meta.items():
        if isinstance(value, str):
            check_text(value, f"the {name} of entry {escape(entry.id)!r}")
    status = meta.get("status")
    if status in STATUSES:
        entry.status = status
    if isinstance(meta.get("canonical"), str) and meta["canonical"].strip():
        entry.canonical = meta["canonical"]
    entry.canonical_set = bool(meta.get("canonical_set", entry.canonical_set))
    if isinstance(meta.get("gender"), str):
        entry.gender = meta["gender"]
    if isinstance(meta.get("context"), str):
        entry.context = meta["context"]
    return entry


def meta_type(meta: dict | None, default: str) -> str:
    kind = (meta or {}).get("type")
    return kind if kind in (*NAME_TYPES, "term") else default


def make_entry(
    ident: str,
    by_lang: dict[str, list[str]],
    kind: str,
    status: str = "approved",
    note: str = "",
    meta: dict | None = None,
) -> Entry:
    """An entry of type ``kind`` from terms read from a file, with bitext's fields."""
    if kind == "term":
        entry = term_entry(ident, by_lang, status, note)
    else:
        entry = entry_from_terms(ident, by_lang, status, note, kind)
        entry.type = kind
    return apply_meta(entry, meta) if meta else entry
