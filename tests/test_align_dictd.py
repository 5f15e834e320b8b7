"""FreeDict dictionaries (the dictd format) as the aligner's dictionary."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from aligner.align import dictd
from aligner.cli import main
from aligner.errors import BitextError
from tests.test_align_mismatch import _beads_printed, _write, invented, right

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(n: int) -> str:
    out = ""
    while True:
        out = _ALPHABET[n % 64] + out
        n //= 64
        if not n:
            return out


def write_dictd(folder: Path, name: str, entries: dict[str, str]) -> Path:
    """A dictd database as FreeDict ships it: ``name.index`` and ``name.dict.dz``."""
    data, rows = b"", ["00-database-short\tA\tB"]
    for head, body in entries.items():
        blob = body.encode("utf-8")
        rows.append(f"{head}\t{_b64(len(data))}\t{_b64(len(blob))}")
        data += blob
    (folder / f"{name}.dict.dz").write_bytes(gzip.compress(data))
    index = folder / f"{name}.index"
    index.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return index


#: An entry made from Wiktionary (numbered senses, each with a German definition after it),
#: one made from Ding (examples and references indented), and one translated by a
#: function word.
ENTRIES = {
    "Berg": "Berg /bɛʁk/ <n, masc>\n1. montagne, mont\ngroße, steile Erhebung\n"
    "2. gisement\nfeste Erdkruste, Untertagebereich\n",
    "Haus": "Haus /haʊ̯s/ <n, neut>\nmaison <f>, [arch.] logis\nGebäude zum Wohnen\n"
    '      "ein Haus bauen"  - construire une maison\n   Synonym: {Gebäude}\n',
    "abkommen": "abkommen /ˈapˌkɔmən/ <v>\n1. à, dériver\nsich entfernen\n",
}


def test_translation_lines_only_and_no_function_words(tmp_path):
    index = write_dictd(tmp_path, "freedict-deu-fra", ENTRIES)
    pairs = dictd.read_dictd(index, "de", "fr")
    assert pairs == sorted(
        [
            ("Berg", "montagne"),
            ("Berg", "mont"),
            ("Berg", "gisement"),
            ("Haus", "maison"),
            ("Haus", "logis"),
            ("abkommen", "dériver"),
        ]
    )  # no definition (große, steile Erhebung), example, synonym, tag or lone 'à'
    assert dictd.languages(index) == ("de", "fr") and dictd.is_dictd(index)


def test_a_dictionary_of_the_other_direction_is_read_round(tmp_path):
    index = write_dictd(tmp_path, "freedict-deu-fra", ENTRIES)
    assert ("montagne", "Berg") in dictd.read_dictd(index, "fr", "de")
    with pytest.raises(BitextError, match="de-fr dictionary for a de-ru text"):
        dictd.read_dictd(index, "de", "ru")


def test_cli_reads_a_freedict_dictionary_and_places_the_gap(tmp_path, capsys):
    src, tgt, truth, pairs = invented()
    index = write_dictd(
        tmp_path,
        "freedict-deu-fra",
        {s: f"{s} /x/ <n>\n{t}\nErklärung\n" for s, t in pairs},
    )
    a, b = _write(tmp_path / "a.txt", src), _write(tmp_path / "b.txt", tgt)
    args = ["align", str(a), str(b), "--presegmented", "--src-lang", "de", "--tgt-lang", "fr"]
    assert main(args) == 0
    assert right(_beads_printed(capsys.readouterr().out), truth) < 9
    assert main([*args, "--dictionary", str(index)]) == 0
    assert right(_beads_printed(capsys.readouterr().out), truth) == 9


def test_a_broken_dictionary_is_one_line_and_exit_2(tmp_path, capsys):
    src, tgt, _, _ = invented()
    a, b = _write(tmp_path / "a.txt", src), _write(tmp_path / "b.txt", tgt)
    index = write_dictd(tmp_path, "freedict-deu-fra", ENTRIES)
    (tmp_path / "freedict-deu-fra.dict.dz").unlink()
    args = ["align", str(a), str(b), "--presegmented", "--src-lang", "de", "--tgt-lang", "fr"]
    assert main([*args, "--dictionary", str(index)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "freedict-deu-fra" in err[0] and "Traceback" not in err[0]
    index = write_dictd(tmp_path, "freedict-deu-fra", ENTRIES)
    damaged = gzip.compress(b"x" * 200)[:12] + b"garbage, no deflate stream"
    (tmp_path / "freedict-deu-fra.dict.dz").write_bytes(damaged)
    assert main([*args, "--dictionary", str(index)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot read the dictionary" in err[0]
    ru = write_dictd(tmp_path, "freedict-deu-rus", ENTRIES)
    assert main([*args, "--dictionary", str(ru)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "de-ru dictionary for a de-fr text" in err[0]


def test_entries_are_matched_as_folded_words_whatever_their_case():
    """Entries whose first word neither text holds are skipped before they are read; the
    test compares folded, lower-cased words as the matching does (*Straße*, *STRASSE*),
    and an entry that does not begin with a letter is always read (*3D-Drucker*)."""
    from aligner.align.resources import dictionary_features

    fs, ft = dictionary_features(
        ["Die STRASSE ist lang.", "Der 3D-Drucker läuft."],
        ["La rue est longue.", "L'imprimante 3D tourne."],
        [("Straße", "Rue"), ("3D-Drucker", "imprimante 3D"), ("Haus", "maison")],
    )
    assert fs[0] and fs[0] == ft[0]
    assert fs[1] and fs[1] == ft[1]
