"""Glossary entries: one person, every spelling and inflected form seen, and where.

Entries travel as plain dicts (``to_dict``/``from_dict``) so the project file
stores them without importing this package.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

STATUSES = ("candidate", "approved", "rejected")
#: What an entry names; "term" entries come from term bases and are not names.
TYPES = ("person", "place", "organisation", "term")
GENDERS = ("f", "m")


@dataclass(slots=True)
class Variant:
    """One form as it occurs: ``form`` as written, ``lemma`` its citation form."""

    form: str
    lang: str
    lemma: str
    bead: int | None = None  # position of the bead
    side: str | None = None  # "src" or "tgt"
    full: str | None = None  # the full name around it, citation form (Marija Kolesnikowa)

    @classmethod
    def from_dict(cls, data: dict) -> Variant:
        return cls(
            form=str(data["form"]),
            lang=str(data["lang"]),
            lemma=str(data.get("lemma") or data["form"]),
            bead=data.get("bead"),
            side=data.get("side"),
            full=data.get("full"),
        )


@dataclass(slots=True)
class Entry:
    """A person (or a place, an organisation, a term) in the glossary."""

    id: str
    canonical: str
    keys: list[str] = field(default_factory=list)
    preferred: dict[str, str] = field(default_factory=dict)  # lang -> form
    variants: list[Variant] = field(default_factory=list)
    status: str = "candidate"
    canonical_set: bool = False  # chosen by the user: keep it on rebuild
    note: str = ""
    type: str = "person"  # one of TYPES
    gender: str | None = None  # grammatical gender of a person's name: "f" or "m"
    context: str = ""  # a sentence where the name was seen
    #: Term-base data kept verbatim to write the file back (TBX elements, tags as written)
    extra: dict = field(default_factory=dict)

    def forms(self, lang: str | None = None) -> list[str]:
        """Distinct forms as written (inflected ones included), most frequent first."""
        counts = Counter(v.form for v in self.variants if lang is None or v.lang == lang)
        return [form for form, _ in counts.most_common()]

    def lemmas(self, lang: str | None = None) -> list[str]:
        counts = Counter(v.lemma for v in self.variants if lang is None or v.lang == lang)
        return [form for form, _ in counts.most_common()]

    def langs(self) -> list[str]:
        return sorted({v.lang for v in self.variants} | set(self.preferred))

    def choose_preferred(self) -> None:
        """Per language, the most frequent full name, else the most frequent citation form."""
        for lang in {v.lang for v in self.variants}:
            fulls = Counter(v.full for v in self.variants if v.lang == lang and v.full)
            if fulls:
                self.preferred[lang] = fulls.most_common(1)[0][0]
            else:
                self.preferred[lang] = self.lemmas(lang)[0]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["variants"] = [asdict(v) for v in self.variants]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Entry:
        status = str(data.get("status", "candidate"))
        kind = str(data.get("type") or "person")
        gender = data.get("gender")
        return cls(
            id=str(data["id"]),
            canonical=str(data["canonical"]),
            keys=[str(k) for k in data.get("keys", [])],
            preferred={str(k): str(v) for k, v in (data.get("preferred") or {}).items()},
            variants=[Variant.from_dict(v) for v in data.get("variants", [])],
            status=status if status in STATUSES else "candidate",
            canonical_set=bool(data.get("canonical_set", False)),
            note=str(data.get("note", "")),
            type=kind if kind in TYPES else "person",
            gender=gender if gender in GENDERS else None,
            context=str(data.get("context") or ""),
            extra=dict(data["extra"]) if isinstance(data.get("extra"), dict) else {},
        )
