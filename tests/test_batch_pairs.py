"""bitext batch without a cluster: the list of pairs, its checks, and what one pair does."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.batch import manifest, pair
from aligner.batch.manifest import PairSpec, pair_folders, read_manifest
from aligner.batch.pair import Settings, process_pair, project_path
from aligner.batch.run import sweep
from aligner.errors import BitextError
from aligner.project import Project
from aligner.types import Bead

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def letter(tmp_path) -> tuple[Path, Path]:
    src = tmp_path / "in" / "letter.de.txt"
    tgt = tmp_path / "in" / "letter.en.txt"
    src.parent.mkdir()
    shutil.copy(CORPORA / "letter.de.txt", src)
    shutil.copy(CORPORA / "letter.en.txt", tgt)
    return src, tgt


# ---------------------------------------------------------------- manifest


def test_manifest_paths_names_and_languages(tmp_path, letter):
    write(tmp_path / "in" / "sub" / "a.de.md", "Ein Satz.")
    write(tmp_path / "in" / "sub" / "a.en.md", "A sentence.")
    path = write(
        tmp_path / "in" / "pairs.tsv",
        "src\ttgt\tname\tsrc_lang\ttgt_lang\n"
        "letter.de.txt\tletter.en.txt\tmy/letter\tDE\ten\n"
        "sub/a.de.md\tsub/a.en.md\t\t\t\n",
    )
    specs = read_manifest(path)
    assert [s.name for s in specs] == ["my/letter", "sub/a"]
    assert specs[0].src == str(letter[0]) and specs[0].src_lang == "de"
    assert specs[1].src_lang is None and specs[1].project_name == "sub/a.bitext"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("src,target\nletter.de.txt,letter.en.txt\n", "lacks the column(s) tgt"),
        ("src,tgt,lang\nletter.de.txt,letter.en.txt,de\n", "unknown column(s) lang"),
        ("src,tgt\nletter.de.txt,missing.en.txt\n", "line 2: no such file: missing.en.txt"),
        ("src,tgt\nletter.de.txt,letter.de.txt\n", "src and tgt are the same file"),
        (
            "src,tgt,name\nletter.de.txt,letter.en.txt,x\nletter.en.txt,letter.de.txt,X\n",
            "line 3: duplicate name X",
        ),
        ("src,tgt\nletter.de.txt,letter.en.txt\nletter.de.txt,letter.en.txt\n", "same pair"),
        ("src,tgt,name\nletter.de.txt,letter.en.txt,../up\n", "relative path without"),
        ("src,tgt,src_lang\nletter.de.txt,letter.en.txt,german!\n", "not a language code"),
        ("src,tgt\n", "lists no pairs"),
        ("", "empty manifest"),
        ("src,tgt\nletter.de.txt,letter.en.txt,extra\n", "3 columns where the header has 2"),
    ],
)
def test_bad_manifests_fail_before_any_work(tmp_path, letter, text, message):
    path = write(tmp_path / "in" / "m.csv", text)
    with pytest.raises(BitextError, match=re.escape(message)):
        read_manifest(path)


def test_folders_pair_by_language_folder_and_by_infix(tmp_path):
    write(tmp_path / "de" / "report.md", "Ein Bericht.")
    write(tmp_path / "hu" / "report.md", "Egy jelentés.")
    write(tmp_path / "de" / "sub" / "note.txt", "Eine Notiz.")
    write(tmp_path / "hu" / "sub" / "note.txt", "Egy jegyzet.")
    write(tmp_path / "de" / "alone.txt", "Allein.")
    write(tmp_path / "de" / ".hidden.txt", "Versteckt.")
    write(tmp_path / "de" / "out" / "projects" / "report.bitext", "an earlier run's output")
    specs, alone = pair_folders(tmp_path / "de", tmp_path / "hu", exclude=tmp_path / "de" / "out")
    assert [(s.name, s.src_lang, s.tgt_lang) for s in specs] == [
        ("report", "de", "hu"),
        ("sub/note", "de", "hu"),
    ]
    assert alone == [str((tmp_path / "de" / "alone.txt").absolute())]

    both = tmp_path / "both"
    write(both / "report.de.md", "Ein Bericht.")
    write(both / "report.hu.md", "Egy jelentés.")
    write(both / "other.en.md", "Another.")
    specs, alone = pair_folders(both, both, src_lang="de", tgt_lang="hu")
    assert [(s.name, Path(s.src).name, Path(s.tgt).name) for s in specs] == [
        ("report", "report.de.md", "report.hu.md")
    ]
    with pytest.raises(BitextError, match="--src-lang and --tgt-lang"):
        pair_folders(both, both)


def test_folders_with_two_files_of_one_name_are_refused(tmp_path):
    write(tmp_path / "a" / "report.de.md", "Ein Bericht.")
    write(tmp_path / "a" / "report.de.txt", "Ein Bericht.")
    write(tmp_path / "b" / "report.hu.md", "Egy jelentés.")
    with pytest.raises(BitextError, match="two files pair under the name report"):
        pair_folders(tmp_path / "a", tmp_path / "b")


def test_split_name():
    assert manifest.split_name("report.de.md") == ("report", "de")
    assert manifest.split_name("report.pt_BR.txt") == ("report", "pt-BR")
    assert manifest.split_name("report.md") == ("report", None)
    assert manifest.split_name("v1.2.final.txt") == ("v1.2.final", None)


# ---------------------------------------------------------------- the report row


def test_summary_prefers_the_aligners_document_score():
    beads = [Bead(range(0, 1), range(0, 1), 0.8), Bead(range(1, 2), range(1, 1), 0.4)]
    row = pair.summary(beads, 2, 1, {})
    assert row["score"] == pytest.approx(0.6) and row["score_kind"] == "mean bead"
    assert row["unpaired_share"] == pytest.approx(1 / 3, abs=1e-4)
    assert "warning" in row  # a third of the sentences unpaired
    row = pair.summary(beads, 2, 1, {"document_score": 0.9, "mismatch": None})
    assert row["score"] == 0.9 and row["score_kind"] == "document"
    row = pair.summary(beads, 2, 1, {"document_score": 0.1, "mismatch": {"share": 0.8}})
    assert row["status"] == "failed" and "not a translation" in row["error"]
    spliced = {"share": 0.2, "regions": [{"src": [0, 1], "tgt": [0, 1]}]}
    row = pair.summary(beads, 2, 1, {"document_score": 0.8, "mismatch": spliced})
    assert "status" not in row and "1 stretch(es) share no evidence" in row["warning"]


def test_a_text_beside_an_unrelated_one_is_not_a_translation(tmp_path, letter):
    article = CORPORA / "belarus-diplomacy.en.md"
    row = process_pair(PairSpec("odd", str(letter[0]), str(article)), Settings(str(tmp_path)))
    assert row["status"] == "failed" and row["error"].startswith("not a translation"), row
    assert row["score_kind"] == "document" and row["score"] < 0.75
    again = process_pair(PairSpec("odd", str(letter[0]), str(article)), Settings(str(tmp_path)))
    assert again["status"] == "failed" and again["error"] == row["error"]  # from the project


# ---------------------------------------------------------------- one pair


def test_a_pair_becomes_a_complete_project_and_is_skipped_next_time(tmp_path, letter):
    spec = PairSpec("letters/one", str(letter[0]), str(letter[1]))
    settings = Settings(str(tmp_path / "out"), build_glossary=True)
    row = process_pair(spec, settings)
    assert row["status"] == "aligned", row["error"]
    assert (row["src_lang"], row["tgt_lang"]) == ("de", "en")  # detected
    assert row["project"] == "projects/letters/one.bitext"
    final = project_path(settings.outdir, spec)
    with Project.open(final) as project:
        project.check()
        assert len(project) == row["beads"] and len(project.glossary_records()) >= 1
        assert row["glossary_entries"] == len(project.glossary_records())
    assert [p.name for p in final.parent.iterdir()] == ["one.bitext"]  # no .part left

    again = process_pair(spec, settings)
    assert again["status"] == "skipped"
    for key in ("beads", "src_sentences", "tgt_sentences", "unpaired_share", "score"):
        assert again[key] == row[key]


def test_changed_input_is_aligned_again_but_review_work_is_never_overwritten(tmp_path, letter):
    spec = PairSpec("letter", str(letter[0]), str(letter[1]))
    settings = Settings(str(tmp_path / "out"))
    assert process_pair(spec, settings)["status"] == "aligned"
    letter[1].write_text(letter[1].read_text(encoding="utf-8") + "\nP.S. One more line.\n")
    row = process_pair(spec, settings)
    assert row["status"] == "aligned"  # not skipped: the checksum differs

    final = project_path(settings.outdir, spec)
    with Project.open(final) as project:
        project.confirm(0)
    before = final.read_bytes()
    letter[1].write_text(letter[1].read_text(encoding="utf-8") + "\nP.P.S. And another.\n")
    row = process_pair(spec, settings)
    assert row["status"] == "failed" and "holds review work" in row["error"]
    assert final.read_bytes() == before


def test_bad_pairs_become_rows_not_exceptions(tmp_path, letter):
    empty = write(tmp_path / "in" / "empty.txt", "")
    latin1 = tmp_path / "in" / "latin1.txt"
    latin1.write_bytes("Grüße aus Köln.".encode("latin-1"))
    settings = Settings(str(tmp_path / "out"))
    for tgt, message in ((empty, "file is empty"), (latin1, "not valid UTF-8")):
        row = process_pair(PairSpec("x", str(letter[0]), str(tgt)), settings)
        assert row["status"] == "failed" and message in row["error"]
        assert row["project"] is None
    assert not (tmp_path / "out" / "projects" / "x.bitext").exists()


def test_a_crash_mid_write_leaves_no_project_that_looks_done(tmp_path, letter, monkeypatch):
    spec = PairSpec("letter", str(letter[0]), str(letter[1]))
    settings = Settings(str(tmp_path / "out"), build_glossary=True)

    def crash(project):
        raise SystemExit("killed")  # not an error the pair can record: the process ends

    monkeypatch.setattr(pair, "build_glossary", crash)
    with pytest.raises(SystemExit):
        process_pair(spec, settings)  # a worker dying, as far as the file system sees
    final = project_path(settings.outdir, spec)
    assert not final.exists() and list(final.parent.glob(".letter.bitext.*.part"))
    assert sweep(Path(settings.outdir), [spec]) >= 1
    assert list(final.parent.iterdir()) == []
    monkeypatch.undo()
    assert process_pair(spec, settings)["status"] == "aligned"


def test_bad_input_to_the_command_is_one_line_and_exit_2(tmp_path, letter):
    bad = write(tmp_path / "in" / "m.csv", "src,tgt\nletter.de.txt,nowhere.txt\n")
    good = write(tmp_path / "in" / "good.csv", "src,tgt\nletter.de.txt,letter.en.txt\n")
    cases = [
        ([str(bad), "-o", str(tmp_path / "out")], "line 2: no such file: nowhere.txt"),
        ([str(tmp_path / "in"), "-o", str(tmp_path / "out")], "a folder alone"),
        ([str(good), "-o", str(tmp_path / "nowhere" / "out")], "folder does not exist"),
        ([str(good), "-o", str(good)], "exists and is not a folder"),
        ([str(good), "-o", str(tmp_path / "out"), "--workers", "0"], "at least 1"),
        ([str(good), "-o", str(tmp_path / "out"), "--mode", "fast"], "unknown mode"),
        (
            [str(bad), "-o", str(tmp_path / "out"), "--min-score", "2"],
            "--min-score must be between 0 and 1",
        ),
    ]
    for argv, message in cases:
        proc = subprocess.run(
            [sys.executable, "-m", "aligner.cli", "batch", *argv],
            capture_output=True, text=True, cwd=tmp_path, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.count("\n") == 1 and message in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert not (tmp_path / "out").exists()  # nothing written before the input is known good


# ---------------------------------------------------------------- dictionaries


def test_a_freedict_dictionary_serves_the_pairs_of_its_languages(tmp_path):
    """A dictionary given to the batch is read once per worker and used for the pairs of its
    two languages; the project records it, so a re-run without it aligns the pair again."""
    from aligner.cli import main
    from tests.test_align_dictd import write_dictd
    from tests.test_align_mismatch import invented, right

    src, tgt, truth, pairs = invented()
    a = write(tmp_path / "in" / "a.de.txt", "\n\n".join(src))
    b = write(tmp_path / "in" / "a.fr.txt", "\n\n".join(tgt))
    index = write_dictd(tmp_path, "freedict-deu-fra", {s: f"{s} <n>\n{t}\n" for s, t in pairs})
    spec = PairSpec("a", str(a), str(b), "de", "fr")
    out = str(tmp_path / "out")
    with_dict = Settings(out, dictionaries=(str(index),))
    assert process_pair(spec, with_dict)["status"] == "aligned"
    with Project.open(project_path(out, spec)) as project:
        beads = [(b.src, b.tgt) for b in project.alignment().beads]
        assert project.meta("align.dictionaries") == '["freedict-deu-fra.index"]'
    assert right(beads, truth) == 9
    assert process_pair(spec, with_dict)["status"] == "skipped"
    again = process_pair(spec, Settings(out))  # aligned again: the invented words alone
    assert again["status"] == "failed" and "not a translation" in again["error"]  # share nothing
    manifest_file = write(tmp_path / "m.tsv", f"src\ttgt\n{a}\t{b}\n")
    bad = ["batch", str(manifest_file), "-o", str(tmp_path / "o2"), "--dictionary"]
    assert main([*bad, str(tmp_path / "d.dic")]) == 2  # not FreeDict: no languages
    assert main([*bad, str(tmp_path / "freedict-deu-rus.index")]) == 2  # not there
