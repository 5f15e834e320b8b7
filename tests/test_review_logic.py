"""The review app's pure helpers: name highlighting, doubtful beads, the key table."""

from __future__ import annotations

from dataclasses import dataclass, field

from aligner.review.doubt import DOUBT_SCORE, confidence_mark, is_doubtful
from aligner.review.keymap import KEYS, bindings, display
from aligner.review.names import capitalised_words, names_pattern, record_forms, records_in


@dataclass
class Row:
    score: float = 0.9
    status: str = "unreviewed"
    src_texts: list[str] = field(default_factory=lambda: ["a"])
    tgt_texts: list[str] = field(default_factory=lambda: ["b"])


def test_record_forms_from_canonical_variants_and_preferred():
    record = {
        "id": 1,
        "canonical": "Lukashenko",
        "status": "approved",
        "variants": [{"form": "Lukaschenko"}, "Łukaszenka", {"lang": "ru"}, {"form": ""}],
        "preferred": {"de": "Lukaschenko", "ru": "Лукашенко"},
    }
    assert record_forms(record) == ["Lukashenko", "Lukaschenko", "Łukaszenka", "Лукашенко"]


def test_names_pattern_finds_forms_and_inflections_not_word_parts():
    pattern = names_pattern([{"canonical": "Lukaschenko", "variants": [{"form": "Minsk"}]}])
    assert pattern.search("des Lukaschenkos Macht")
    assert pattern.search("Łukaszenka in Minsk.")
    assert not pattern.search("Anti-Lukaschenkobewegung")  # too many letters after the form
    assert not pattern.search("XMinsk")


def test_names_pattern_none_without_forms():
    assert names_pattern([]) is None
    assert names_pattern([{"id": 1, "status": "candidate"}]) is None


def test_records_in_and_capitalised_words():
    records = [{"id": 1, "canonical": "Minsk"}, {"id": 2, "canonical": "Moskau"}]
    assert records_in(["Protest in Minsk."], records) == [records[0]]
    words = capitalised_words("Viele sagten, dass Tichanowskaja in Vilnius lebt.")
    assert words == ["Tichanowskaja", "Vilnius", "Viele"]  # the sentence opener comes last


def test_doubtful_beads():
    assert is_doubtful(Row(score=DOUBT_SCORE - 0.01))
    assert not is_doubtful(Row(score=DOUBT_SCORE))
    assert is_doubtful(Row(src_texts=[]))
    assert is_doubtful(Row(tgt_texts=["a", "b", "c"]))
    assert not is_doubtful(Row(tgt_texts=["a", "b"]))
    assert not is_doubtful(Row(score=0.1, status="confirmed"))
    assert not is_doubtful(Row(score=0.1, status="rejected"))
    assert [confidence_mark(s) for s in (0.95, 0.6, 0.2)] == ["●", "◐", "○"]


def test_key_table_has_no_clashes_and_every_key_is_bound():
    keys = [k for key in KEYS for k in key.keys.split(",")]
    assert len(keys) == len(set(keys))
    assert len({key.action for key in KEYS}) == len(KEYS)
    assert sorted(b.action for b in bindings()) == sorted(k.action for k in KEYS)
    assert display("u,ctrl+z") == "u / Ctrl+Z"
