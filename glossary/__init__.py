"""Name glossary: find transliterated names and group their variants into entries.

``glossary`` never imports ``aligner``; ``aligner`` may use ``glossary``.
"""

from glossary.build import build_entries, records
from glossary.consistency import Problem, check
from glossary.convert import convert
from glossary.detect import Mention, find_names, name_keys
from glossary.entries import Entry, Variant
from glossary.errors import GlossaryError
from glossary.inflect import forms, lemmas
from glossary.key import key
from glossary.translit import to_latin

__all__ = [
    "Entry",
    "GlossaryError",
    "Mention",
    "Problem",
    "Variant",
    "build_entries",
    "check",
    "convert",
    "find_names",
    "forms",
    "key",
    "lemmas",
    "name_keys",
    "records",
    "to_latin",
]
