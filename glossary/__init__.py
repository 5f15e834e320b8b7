"""Name glossary: find transliterated names and group their variants into entries.

``glossary`` never imports ``aligner``; ``aligner`` may use ``glossary``.
"""

from glossary.added import added_entry, added_record
from glossary.build import build_entries, records, text_entries
from glossary.caseforms import forms
from glossary.consistency import Problem, check
from glossary.convert import convert
from glossary.detect import Mention, find_names
from glossary.entries import Entry, Variant
from glossary.errors import GlossaryError
from glossary.inflect import lemmas
from glossary.key import key
from glossary.namekeys import name_keys
from glossary.text import text_mentions
from glossary.translit import to_latin

__all__ = [
    "added_entry",
    "added_record",
    "text_entries",
    "text_mentions",
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
