"""`bitext segment`: output formats and one-line errors for bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_main(capsys, *argv):
    code = main(["segment", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_lines_fold_line_breaks(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Erster Satz geht\nweiter und endet. Zweiter Satz.\n", encoding="utf-8")
    code, out, err = run_main(capsys, p, "--lang", "de")
    assert code == 0
    assert out.splitlines() == ["Erster Satz geht weiter und endet.", "Zweiter Satz."]
    assert err == ""


def test_jsonl_spans_index_the_file(tmp_path, capsys):
    text = "# Titel\n\nEin **Satz**. Noch einer.\n"
    p = tmp_path / "a.md"
    p.write_text(text, encoding="utf-8")
    code, out, _ = run_main(capsys, p, "--lang", "de", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == ["Titel", "Ein Satz.", "Noch einer."]
    assert [text[r["start"] : r["end"]] for r in rows] == [
        "# Titel",
        "Ein **Satz**.",
        "Noch einer.",
    ]
    assert [r["paragraph"] for r in rows] == [0, 1, 1]


def test_language_is_detected_and_reported_on_stderr(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Das ist ein Satz und er ist nicht lang. Wir sind hier.", encoding="utf-8")
    code, out, err = run_main(capsys, p)
    assert code == 0 and len(out.splitlines()) == 2
    assert "detected as de" in err


def test_undetectable_language_asks_for_lang(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("1234 5678", encoding="utf-8")
    code, out, err = run_main(capsys, p)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--lang" in err and str(p) in err


def test_user_abbreviation_file(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Siehe Bearb. Müller dazu.", encoding="utf-8")
    abbr = tmp_path / "abbr.txt"
    abbr.write_text("# eigene\nBearb.\n", encoding="utf-8")
    _, out, _ = run_main(capsys, p, "--lang", "de")
    assert len(out.splitlines()) == 2
    _, out, _ = run_main(capsys, p, "--lang", "de", "--abbreviations", abbr)
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("empty.txt", b"", "empty"),
        ("binary.bin", bytes(range(256)) * 4, "binary"),
        ("latin.txt", "Grüße.".encode("cp1252"), "--encoding"),
        ("missing.txt", None, "no such file"),
        ("adir", "dir", "directory"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, capsys, name, data, words):
    p = tmp_path / name
    if data == "dir":
        p.mkdir()
    elif data is not None:
        p.write_bytes(data)
    code, out, err = run_main(capsys, p, "--lang", "de")
    assert code == 2
    assert out == ""
    assert err.startswith(f"bitext: error: {p}: ") and err.count("\n") == 1
    assert words in err


def test_real_process_reads_stdin_and_fails_cleanly(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    ok = subprocess.run(
        [sys.executable, "-m", "aligner.cli", "segment", "--lang", "de", "-"],
        input="Am 13. Dezember kam er. Dann ging er.",
        capture_output=True,
        text=True,
        env=env,
    )
    assert ok.returncode == 0 and ok.stdout.splitlines() == [
        "Am 13. Dezember kam er.",
        "Dann ging er.",
    ]
    bad = subprocess.run(
        [sys.executable, "-m", "aligner.cli", "segment", "--lang", "de", str(tmp_path / "x.txt")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.strip() == f"bitext: error: {tmp_path / 'x.txt'}: no such file"


def test_bad_language_code_is_a_user_error(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Ein Satz.", encoding="utf-8")
    code, out, err = run_main(capsys, p, "--lang", "de/../x")
    assert code == 2 and "language code" in err and err.count("\n") == 1


def test_inline_markup_on_stdin_stays_as_written(monkeypatch, capsys):
    import io

    text = "Ein Beitrag von **Gábor Stier**, übersetzt von *Éva Péli*. Siehe [hier](#). Ende."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, _ = run_main(capsys, "-", "--lang", "de")
    assert code == 0
    assert out.splitlines() == [
        "Ein Beitrag von **Gábor Stier**, übersetzt von *Éva Péli*.",
        "Siehe [hier](#).",
        "Ende.",
    ]
