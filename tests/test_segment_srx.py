"""SRX rules: real files from CAT tools, a hostile one, and the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aligner.errors import BitextError
from aligner.segment import load_srx, segment
from aligner.segment import srx as srx_module
from aligner.segment.srx import finite, java_to_python

DATA = Path(__file__).resolve().parent / "data" / "srx"
LT = DATA / "languagetool_segment.srx"
OKAPI = DATA / "okapi_defaultSegmentation.srx"
OMEGAT = DATA / "omegat_defaultRules_excerpt.srx"
HOSTILE = DATA / "hostile.srx"
ROOT = Path(__file__).resolve().parent.parent


def texts(text, lang, rules, **kw):
    return [s.text for s in segment(text, lang, srx=rules, markdown=False, **kw)]


def test_languagetool_rules_cascade_and_keep_abbreviations():
    rules = load_srx(LT)
    assert rules.cascade
    assert rules.rule_names("de") == ["GeneralImportant", "German", "Default"]
    got = texts(
        "Das ist z. B. ein Satz. Und noch einer! Dr. Müller kam. Dann ging er.", "de", rules
    )
    assert got == ["Das ist z. B. ein Satz.", "Und noch einer!", "Dr. Müller kam.", "Dann ging er."]
    got = texts("Prof. Kowalski przyszedł o godz. 8. Potem wyszedł.", "pl", rules)
    assert got == ["Prof. Kowalski przyszedł o godz. 8.", "Potem wyszedł."]


def test_okapi_default_rules_do_not_cascade():
    rules = load_srx(OKAPI)
    assert not rules.cascade
    assert rules.rule_names("fr") == ["default"]
    got = texts("Mr. Holmes is here. Is Dr. Watson at the U.K. Office too? Yes.", "en", rules)
    assert got == ["Mr. Holmes is here.", "Is Dr. Watson at the U.K. Office too?", "Yes."]


def test_omegat_rules_without_cascade_attribute_cascade_and_match_any_case():
    rules = load_srx(OMEGAT)
    assert rules.cascade  # the header leaves it out; OmegaT cascades
    assert rules.rule_names("de-AT") == ["German", "Default", "Text", "HTML"]
    assert rules.rule_names("fr") == ["Default", "Text", "HTML"]
    got = texts("Siehe Abb. 3 und www.example.de für mehr... oder nicht. Dann Ende.", "de", rules)
    assert got == ["Siehe Abb. 3 und www.example.de für mehr... oder nicht.", "Dann Ende."]


def test_spans_and_markdown_stay_bitext_s():
    rules = load_srx(OKAPI)
    text = "# Titel ohne Punkt\n\nEin **Satz.** Noch *einer*.\n"
    segs = segment(text, "de", srx=rules, markdown=True)
    assert [s.text for s in segs] == ["Titel ohne Punkt", "Ein Satz.", "Noch einer."]
    for s in segs:
        assert text[s.start : s.end].strip() == text[s.start : s.end]


def test_hostile_rule_is_stopped_with_one_clean_error(monkeypatch):
    monkeypatch.setattr(srx_module, "BASE_BUDGET", 0.5)
    monkeypatch.setattr(srx_module, "BUDGET_PER_100K", 0.0)
    rules = load_srx(HOSTILE)
    assert texts("Kurz. Gut.", "de", rules) == ["Kurz.", "Gut."]
    with pytest.raises(BitextError) as err:
        segment("a" * 60 + "c und dann. Ende.", "de", srx=rules)
    assert "Hostile rule 1" in str(err.value) and "hostile.srx" in str(err.value)


@pytest.mark.parametrize(
    "content, words",
    [
        ("not xml at all", "not well-formed XML"),
        ("<root/>", "not an SRX file"),
        (
            '<srx xmlns="http://www.lisa.org/srx20"><body><maprules>'
            '<languagemap languagepattern=".*" languagerulename="Nope"/></maprules></body></srx>',
            "no rule set 'Nope'",
        ),
        (
            '<srx><body><languagerules><languagerule languagerulename="A"><rule>'
            "<beforebreak>([</beforebreak></rule></languagerule></languagerules>"
            '<maprules><languagemap languagepattern=".*" languagerulename="A"/></maprules>'
            "</body></srx>",
            "A rule 1: not a valid regular expression",
        ),
    ],
)
def test_bad_srx_files_are_user_errors(tmp_path, content, words):
    path = tmp_path / "rules.srx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BitextError) as err:
        segment("Eins. Zwei.", "de", srx=load_srx(path))
    assert words in str(err.value)


def test_entities_are_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    path = tmp_path / "xxe.srx"
    path.write_text(
        f'<!DOCTYPE srx [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<srx><body><languagerules><languagerule languagerulename="A"><rule>'
        "<beforebreak>&x;</beforebreak><afterbreak></afterbreak></rule></languagerule>"
        '</languagerules><maprules><languagemap languagepattern=".*" languagerulename="A"/>'
        "</maprules></body></srx>",
        encoding="utf-8",
    )
    rules = load_srx(path)
    assert "SECRET" not in rules.rules["A"][0].before


def test_java_constructs_are_translated():
    assert java_to_python(r"\Qa.b\E\h\v(?U)\x{41}\p{javaLowerCase}") == (
        r"a\.b\p{H}\p{V}\U00000041\p{Ll}"
    )
    assert finite(r"\([^\)]*?x+[*+]{2,}") == r"\([^\)]{0,100}?x{1,100}[*+]{2,100}"


def run_cli(*args, input_text=None):
    return subprocess.run(
        [sys.executable, "-m", "aligner.cli", *args],
        capture_output=True,
        text=True,
        input=input_text,
        cwd=ROOT,
    )


def test_cli_segment_and_align_take_srx(tmp_path):
    de = tmp_path / "de.txt"
    en = tmp_path / "en.txt"
    de.write_text("Herr Dr. Meier kam. Er ging.\n", encoding="utf-8")
    en.write_text("Mr. Meier came. He left.\n", encoding="utf-8")
    out = run_cli("segment", "--lang", "de", "--srx", str(OKAPI), str(de))
    assert out.returncode == 0 and out.stdout.splitlines() == ["Herr Dr. Meier kam.", "Er ging."]
    out = run_cli(
        "align", "--src-lang", "de", "--tgt-lang", "en", "--srx", str(OKAPI), "--format", "tsv",
        str(de), str(en),
    )  # fmt: skip
    assert out.returncode == 0
    assert [line.split("\t")[:2] for line in out.stdout.splitlines()] == [
        ["Herr Dr. Meier kam.", "Mr. Meier came."],
        ["Er ging.", "He left."],
    ]


def test_cli_hostile_srx_is_one_line_exit_2(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("a" * 5000 + "c. Ende.\n", encoding="utf-8")
    out = run_cli("segment", "--lang", "de", "--srx", str(HOSTILE), str(text))
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "take too long" in out.stderr


def test_cli_srx_without_rules_for_the_language(tmp_path):
    rules = tmp_path / "only-fr.srx"
    rules.write_text(
        '<srx><header cascade="yes"/><body><languagerules><languagerule languagerulename="F">'
        "<rule><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>"
        '</languagerule></languagerules><maprules><languagemap languagepattern="fr.*" '
        'languagerulename="F"/></maprules></body></srx>',
        encoding="utf-8",
    )
    text = tmp_path / "a.txt"
    text.write_text("Eins. Zwei.\n", encoding="utf-8")
    out = run_cli("segment", "--lang", "de", "--srx", str(rules), str(text))
    assert out.returncode == 2 and "no language rules for 'de'" in out.stderr
