"""Mismatch detection, the document score, and a user's resources as anchors."""

from __future__ import annotations

import csv
import json
import math
import random
from pathlib import Path

import pytest

from aligner.align import align, resources
from aligner.cli import main
from aligner.errors import BitextError
from aligner.project import Project

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def corpus(pair: str) -> tuple[list[str], list[str]]:
    path = CORPORA / f"{pair}.tsv"
    if not path.exists():
        pytest.skip(f"{path} not in this checkout")
    with path.open(encoding="utf-8", newline="") as fh:
        _, *rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [a for a, _ in rows if a.strip()], [b for _, b in rows if b.strip()]


def test_genuine_translation_has_a_high_score_and_no_mismatch():
    src, tgt = corpus("belarus-diplomacy.de-en")
    info = align(src, tgt, src_lang="de", tgt_lang="en", progress=False).info
    assert info["mismatch"] is None
    assert 0.8 <= info["document_score"] <= 1.0


def test_shuffled_translation_is_a_mismatch_with_share_and_regions():
    src, tgt = corpus("belarus-diplomacy.de-en")
    random.Random(3).shuffle(tgt)
    info = align(src, tgt, src_lang="de", tgt_lang="en", progress=False).info
    verdict = info["mismatch"]
    assert verdict is not None
    assert verdict["share"] > 0.25
    assert info["document_score"] < 0.75
    for region in verdict["regions"]:
        assert 0 <= region["src"][0] <= region["src"][1] <= len(src)
        assert 0 <= region["tgt"][0] <= region["tgt"][1] <= len(tgt)


def test_a_spliced_foreign_passage_is_located(shared):
    """Half of the translation replaced by unrelated text: the region names that half."""
    from aligner.align import mismatch

    dev = shared("benchmarks", "textberg-de-fr", "dev")
    de = (dev / "dev.de").read_text(encoding="utf-8").splitlines()
    fr = (dev / "dev.fr").read_text(encoding="utf-8").splitlines()
    half = len(fr) // 2
    foreign, _ = corpus("belarus-diplomacy.de-en")  # German text as "French": no evidence
    tgt = fr[:half] + foreign * 6
    info = align(de, tgt, src_lang="de", tgt_lang="fr", progress=False).info
    regions = info["mismatch"]["regions"]
    assert any(r["tgt"][1] > half and r["paired"] >= mismatch.MIN_REGION for r in regions)
    assert all(r["tgt"][1] > half - 40 for r in regions)


def test_empty_side_is_a_total_mismatch():
    info = align(["Ein Satz."] * 3, [], progress=False).info
    assert info["document_score"] == 0.0
    assert info["mismatch"]["share"] == 1.0


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_warns_and_strict_exits_1_on_unrelated_files(tmp_path, capsys):
    src, tgt = corpus("belarus-diplomacy.de-en")
    random.Random(3).shuffle(tgt)
    a, b = _write(tmp_path / "a.txt", src), _write(tmp_path / "b.txt", tgt)
    assert main(["align", str(a), str(b), "--presegmented"]) == 0
    err = capsys.readouterr().err
    warning = [ln for ln in err.splitlines() if "warning" in ln]
    assert len(warning) == 1 and "% of sentences share no evidence" in warning[0]
    assert main(["align", str(a), str(b), "--presegmented", "--strict"]) == 1


def test_cli_strict_is_quiet_on_a_genuine_pair(tmp_path, capsys):
    src, tgt = corpus("belarus-diplomacy.de-en")
    a, b = _write(tmp_path / "a.txt", src), _write(tmp_path / "b.txt", tgt)
    assert main(["align", str(a), str(b), "--presegmented", "--strict"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_project_keeps_the_score_and_info_shows_it(tmp_path, capsys):
    src, tgt = corpus("belarus-diplomacy.de-en")
    random.Random(3).shuffle(tgt)
    a, b = _write(tmp_path / "a.txt", src), _write(tmp_path / "b.txt", tgt)
    out = tmp_path / "p.bitext"
    assert main(["align", str(a), str(b), "--presegmented", "-o", str(out)]) == 0
    with Project.open(out, readonly=True) as project:
        score = json.loads(project.meta("align.document_score"))
        verdict = json.loads(project.meta("align.mismatch"))
    assert 0.0 <= score < 0.75 and verdict["share"] > 0.25
    capsys.readouterr()
    assert main(["info", str(out)]) == 0
    line = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("match")]
    assert line and f"document score {score:.2f}" in line[0] and "warning" in line[0]
    assert main(["info", str(out), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)["translation"]
    assert facts["document_score"] == score and facts["mismatch"] == verdict


# ------------------------------------------------------------ resources


def invented():
    """Ten sentences of invented words and nine translations (the fifth is missing).

    The words share nothing, so only a user's resources can tell where the gap is.
    """
    rng = random.Random(5)

    def word() -> str:
        return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))

    src_words = [[word() for _ in range(6)] for _ in range(10)]
    tgt_words = [[word() for _ in range(6)] for _ in range(10)]
    src = [" ".join(ws).capitalize() + "." for ws in src_words]
    tgt = [" ".join(ws).capitalize() + "." for k, ws in enumerate(tgt_words) if k != 4]
    truth = [k for k in range(10) if k != 4]  # target sentence t translates source truth[t]
    pairs = [
        (a, b)
        for xs, ys in zip(src_words, tgt_words, strict=True)
        for a, b in zip(xs, ys, strict=True)
    ]
    return src, tgt, truth, pairs


def right(beads, truth) -> int:
    """Target sentences whose bead holds their source."""
    return sum(truth[t] in src for src, tgt in beads for t in tgt)


def test_dictionary_places_the_gap():
    src, tgt, truth, pairs = invented()
    beads = [(b.src, b.tgt) for b in align(src, tgt, progress=False).beads]
    assert right(beads, truth) < 9
    result = align(src, tgt, dictionary=pairs, progress=False)
    assert right([(b.src, b.tgt) for b in result.beads], truth) == 9
    assert result.info["resources"]["dictionary_pairs"] == 60
    assert result.info["document_score"] == 1.0


def test_hunalign_dictionary_is_target_at_source(tmp_path):
    path = tmp_path / "d.dic"
    path.write_text("chat @ Katze\nle chien @ der Hund\n\n", encoding="utf-8")
    assert resources.read_hunalign_dictionary(path) == [("Katze", "chat"), ("der Hund", "le chien")]
    path.write_text("chat Katze\n", encoding="utf-8")
    with pytest.raises(BitextError, match="line 1"):
        resources.read_hunalign_dictionary(path)


def test_dictionary_phrases_match_whole_words_in_order():
    fs, ft = resources.dictionary_features(
        ["Der Mont Blanc ist hoch.", "Blanc Mont", "Montblanc"],
        ["le mont Blanc"],
        [("Mont Blanc", "mont Blanc")],
    )
    assert fs[0] and not fs[1] and not fs[2] and ft[0] == fs[0]


def _beads_printed(text: str) -> list[tuple[list[int], list[int]]]:
    out = []
    for line in text.splitlines():
        a, b, _ = line.split(":")
        out.append((json.loads(a), json.loads(b)))
    return out


def test_cli_dictionary_glossary_and_tmx_are_anchors(tmp_path, capsys):
    src, tgt, truth, pairs = invented()
    a, b = _write(tmp_path / "a.txt", src), _write(tmp_path / "b.txt", tgt)
    dic = _write(tmp_path / "d.dic", [f"{t} @ {s}" for s, t in pairs])
    gloss = _write(
        tmp_path / "g.csv",
        ["id,status,canonical,de,fr,note"]
        + [f"{k},approved,{s},{s},{t}," for k, (s, t) in enumerate(pairs)],
    )
    assert len(resources.read_glossary(gloss, "de", "fr")) == 60
    units = "".join(
        f'<tu><tuv xml:lang="de"><seg>{src[s]}</seg></tuv>'
        f'<tuv xml:lang="fr"><seg>{tgt[t]}</seg></tuv></tu>'
        for t, s in enumerate(truth)
    )
    tmx = tmp_path / "m.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="de" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" '
        f'creationtoolversion="1"/><body>{units}</body></tmx>',
        encoding="utf-8",
    )
    assert len(resources.read_memory(tmx, "de", "fr")) == 9
    args = ["align", str(a), str(b), "--presegmented", "--src-lang", "de", "--tgt-lang", "fr"]
    for option, path in (("--dictionary", dic), ("--glossary", gloss), ("--tmx", tmx)):
        assert main([*args, option, str(path)]) == 0
        assert right(_beads_printed(capsys.readouterr().out), truth) == 9, option


def test_bad_dictionary_is_a_one_line_error(tmp_path, capsys):
    src, tgt, _, _ = invented()
    a, b = _write(tmp_path / "a.txt", src), _write(tmp_path / "b.txt", tgt)
    dic = tmp_path / "d.dic"
    dic.write_bytes(b"\xff\xfe\x00bad")
    assert main(["align", str(a), str(b), "--presegmented", "--dictionary", str(dic)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "d.dic" in err[0]


# ------------------------------------------------------------ short texts

OKAPI = (
    Path(__file__).resolve().parent
    / "data"
    / "tmx"
    / "okapi_oku_alignment_en-us_de-de_sample14b.tmx"
)


def okapi_units() -> tuple[list[str], list[str]]:
    """English and German of Okapi's 25-unit technical sample (a real translation)."""
    en, de = [], []
    for unit in resources.read_memory(OKAPI, "en", "de"):
        en.append(unit[0])
        de.append(unit[1])
    return en, de


def verdict(src, tgt, langs) -> dict | None:
    return align(src, tgt, src_lang=langs[0], tgt_lang=langs[1], progress=False).info["mismatch"]


@pytest.mark.parametrize(
    ("pair", "lo", "hi"),
    [
        ("belarus-diplomacy.de-en", 0, 12),
        ("belarus-diplomacy.de-en", 12, 24),
        ("belarus-diplomacy.de-hu", 0, 12),
    ],
)
def test_a_dozen_translated_sentences_are_not_called_a_mismatch(pair, lo, hi):
    """In a text this short one random pair in twelve is a true one: chance must not count them."""
    src, tgt = corpus(pair)
    assert verdict(src[lo:hi], tgt[lo:hi], ("de", pair[-2:])) is None


def test_a_short_technical_translation_is_quiet():
    en, de = okapi_units()
    assert len(en) == 25
    assert verdict(en, de, ("en", "de")) is None
    assert verdict(en[:12], de[:12], ("en", "de")) is None


@pytest.mark.parametrize(("lo", "far"), [(0, 24), (12, 36), (0, 30)])
def test_a_dozen_unrelated_sentences_are_a_mismatch(lo, far):
    """Two passages of one article that do not translate each other, 12 sentences each."""
    src, tgt = corpus("belarus-diplomacy.de-en")
    found = verdict(src[lo : lo + 12], tgt[far : far + 12], ("de", "en"))
    assert found is not None and found["regions"]


def test_a_technical_manual_is_not_the_translation_of_an_article():
    _, en = corpus("belarus-diplomacy.de-en")
    _, de = okapi_units()
    assert verdict(en[:12], de, ("en", "de")) is not None


def test_binomial_tail_is_exact_on_small_cases():
    from aligner.align.mismatch import binomial_tail

    assert binomial_tail(0, 5, 0.3) == 1.0
    assert binomial_tail(6, 5, 0.3) == 0.0
    assert binomial_tail(5, 5, 0.5) == pytest.approx(1 / 32)
    assert binomial_tail(4, 5, 0.5) == pytest.approx(6 / 32)
    exact = sum(math.comb(12, x) * 0.25**x * 0.75 ** (12 - x) for x in range(7, 13))
    assert binomial_tail(7, 12, 0.25) == pytest.approx(exact, rel=1e-9)
    exact = sum(math.comb(400, x) * 0.25**x * 0.75 ** (400 - x) for x in range(120, 401))
    assert binomial_tail(120, 400, 0.25) == pytest.approx(exact, rel=1e-6)


def test_chance_pairs_leave_the_path_and_its_neighbours_out():
    from aligner.align.mismatch import off_path_pairs

    beads = [(0, 0, 1, 1), (1, 1, 2, 3), (2, 3, 3, 3), (3, 3, 4, 4)]
    i, j = off_path_pairs(beads, 4, 4)
    pairs = set(zip(i.tolist(), j.tolist(), strict=True))
    assert (0, 0) not in pairs and (1, 2) not in pairs and (3, 3) not in pairs
    assert (0, 1) not in pairs and (1, 3) not in pairs  # a target sentence beside the bead
    assert (0, 3) in pairs and (3, 0) in pairs and (3, 1) in pairs


def test_chance_orders_keep_neighbours_and_lose_the_translation():
    from aligner.align.mismatch import reordered

    texts = list(range(12))
    for k in range(3):
        order = reordered(texts, k)
        assert sorted(order) == texts
        # neighbours stay neighbours, except at the cuts between blocks
        assert sum(abs(a - b) == 1 for a, b in zip(order, order[1:], strict=False)) >= 11 - k
        # no monotone path can keep more than one sentence of a block in place
        assert sum(a == b for a, b in zip(order, texts, strict=True)) <= k + 1
