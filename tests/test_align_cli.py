"""``bitext align``: output formats and bad files, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from aligner.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(tmp_path, src_lines, tgt_lines, *extra):
    src, tgt = tmp_path / "a.de", tmp_path / "b.fr"
    src.write_text("\n".join(src_lines) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(tgt_lines) + "\n", encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "aligner.cli",
            "align",
            "--presegmented",
            str(src),
            str(tgt),
            *extra,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )


DE = ["Der Berg ist 4478 Meter hoch.", "Wer war zuerst oben?", "Whymper, im Jahr 1865."]
FR = ["La montagne mesure 4478 mètres.", "Qui fut le premier au sommet ?", "Whymper, en 1865."]


def test_beads_format_is_the_gold_format(tmp_path):
    proc = run(tmp_path, DE, FR)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [ln.rsplit(":", 1)[0] for ln in lines] == ["[0]:[0]", "[1]:[1]", "[2]:[2]"]
    assert "unpaired: 0 source, 0 target" in proc.stderr


def test_tsv_and_jsonl_formats(tmp_path):
    tsv = run(tmp_path, DE, FR, "--format", "tsv").stdout.splitlines()
    assert tsv[0].split("\t")[:2] == [DE[0], FR[0]]
    records = [
        json.loads(x) for x in run(tmp_path, DE, FR, "--format", "jsonl").stdout.splitlines()
    ]
    assert records[1]["src"] == [1] and records[1]["tgt_text"] == [FR[1]]


def test_blank_lines_are_skipped_in_mismatched_files(tmp_path):
    proc = run(tmp_path, ["", DE[0], "", "", DE[1], DE[2], ""], [FR[0], "", FR[1]])
    assert proc.returncode == 0, proc.stderr
    lines = [ln.rsplit(":", 1)[0] for ln in proc.stdout.splitlines()]
    assert lines[0] == "[0]:[0]"
    assert "3 x 2 sentences" in proc.stderr


def test_empty_file_is_a_one_line_error_naming_it(tmp_path):
    proc = run(tmp_path, [], FR)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "a.de" in lines[0] and "empty" in lines[0]


def test_missing_and_undecodable_files_are_one_line_errors(tmp_path, capsys):
    assert main(["align", "--presegmented", str(tmp_path / "nope"), str(tmp_path / "nope2")]) == 2
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9\n")
    assert main(["align", "--presegmented", str(bad), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("bitext: error:") == 2 and "not valid UTF-8" in err


def test_unknown_mode_is_a_one_line_error(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text("Hallo.\n", encoding="utf-8")
    assert main(["align", "--presegmented", "--mode", "magic", str(f), str(f)]) == 2
    assert "unknown mode" in capsys.readouterr().err


def test_cli_output_scores_with_the_shared_scorer(tmp_path, shared):
    shared_path = shared
    root = shared_path("benchmarks", "textberg-de-fr", "dev")
    out = tmp_path / "dev.align"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "aligner.cli",
            "align",
            "--presegmented",
            str(root / "dev.de"),
            str(root / "dev.fr"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out.write_text(proc.stdout, encoding="utf-8")
    score = subprocess.run(
        [
            sys.executable,
            str(shared_path("tools", "align_score.py")),
            "-t",
            str(out),
            "-g",
            str(root / "dev.defr"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(score.stdout)["f1_lax"] >= 0.97


def test_output_creates_a_project_with_every_segment(tmp_path):
    out = tmp_path / "p.bitext"
    proc = run(tmp_path, DE, FR, "--src-lang", "de", "--tgt-lang", "fr", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    from aligner.project import Project

    with Project.open(out) as project:
        assert (project.src_lang, project.tgt_lang) == ("de", "fr")
        pairs = project.pairs()
        assert list(pairs["source"]) == DE
        assert list(pairs["target"]) == FR
    again = run(tmp_path, DE, FR, "-o", str(out))
    assert again.returncode == 2 and "--force" in again.stderr


def test_presegmented_lines_end_only_at_line_breaks():
    from aligner.cli.align import lines_as_segments

    text = "Eins\u2028noch eins.\r\n\r\n  Zwei. \rDrei\x0cvier.\n"
    segs = lines_as_segments(text)
    assert [s.text for s in segs] == ["Eins\u2028noch eins.", "Zwei.", "Drei\x0cvier."]
    assert all(text[s.start : s.end] == s.text for s in segs)
