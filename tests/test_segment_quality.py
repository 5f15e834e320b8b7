"""Quality floors on the shared benchmarks (skipped when ../shared is absent)."""

import importlib.util
import json
import re

import pytest
from conftest import SHARED, shared_path

from aligner.read import read_document
from aligner.segment import segment, segment_document

GOLDEN = SHARED / "benchmarks" / "golden-rules-de.jsonl"


def _fold(s):
    return re.sub(r"\s+", "", s)


def _cases(path):
    if not path.exists():
        return [pytest.param(None, id="shared-absent")]
    return [pytest.param(json.loads(line), id=json.loads(line)["id"]) for line in path.open()]


@pytest.mark.parametrize("case", _cases(GOLDEN))
def test_golden_rules_all_exact(case):
    shared_path("benchmarks", "golden-rules-de.jsonl")
    got = [_fold(s.text) for s in segment(case["text"], "de", markdown=False)]
    assert got == [_fold(s) for s in case["sentences"]]


def test_ud_german_gsd_dev_f1_floor():
    path = shared_path("benchmarks", "ud", "UD_German-GSD", "de_gsd-ud-dev.conllu")
    tool = shared_path("tools", "seg_score.py")
    spec = importlib.util.spec_from_file_location("seg_score", tool)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    tp = fp = fn = 0
    for text, gold in scorer.ud_chunks(str(path)):
        pred = set(scorer.offsets(text, [s.text for s in segment(text, "de", markdown=False)]))
        tp += len(pred & set(gold))
        fp += len(pred - set(gold))
        fn += len(set(gold) - pred)
    p, r = tp / (tp + fp), tp / (tp + fn)
    assert 2 * p * r / (p + r) >= 0.985


def test_seed_article():
    path = shared_path("corpora", "belarus-stier-de.md")
    doc = read_document(path)  # Markdown by its extension
    text = doc.text
    segs = segment_document(doc)
    assert doc.format == "markdown" and doc.lang is None
    got = [s.text for s in segs]
    for heading in (
        "Plädoyer für den Dialog zwischen Europa und Lukaschenko",
        "Sanktionslockerungen gegen humanitäre Gesten",
        "Lukaschenko im Friedensrat",
        "Titelbild: Arkadij Schell / Shutterstock",
        "Mehr zum Thema:",
        "Ein Beitrag von Gábor Stier, aus dem Ungarischen übersetzt von Éva Péli.",
    ):
        assert heading in got
    start = next(i for i, t in enumerate(got) if t.startswith("„Je mehr sich Belarus"))
    assert got[start + 1].startswith("Dies macht das Land")
    assert got[start + 2].startswith("Als Mensch mit europäischer Mentalität")
    assert got[start + 3].endswith("als Washington.“")
    joined = next(t for t in got if "unabhängiger Medien und" in t)
    assert joined.startswith("Wenn er bereit ist")
    assert joined.endswith("anstatt ihn zu isolieren.“")
    assert any(
        "am 13. Dezember 2025 Kolesnikowa frei, die seit dem 7. September 2020" in t for t in got
    )
    for s in segs:
        assert text[s.start : s.end].strip() == text[s.start : s.end]
