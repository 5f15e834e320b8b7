"""aligner.langtag: BCP 47 well-formedness, the one check every language tag passes."""

from __future__ import annotations

import pytest

from aligner.errors import BitextError
from aligner.langtag import check_lang, normalise_lang, valid_lang

WELL_FORMED = {
    "de": "de",
    "EN": "en",
    "de-de": "de-DE",
    "pt_BR": "pt-BR",
    "sr-latn-rs": "sr-Latn-RS",
    "zh-min-nan": "zh-min-nan",
    "es-419": "es-419",
    "de-CH-1996": "de-CH-1996",
    "en-US-u-ca-gregory": "en-US-u-ca-gregory",
    "en-a-bbb-x-A-CCC": "en-a-bbb-x-a-ccc",
    "x-whatever": "x-whatever",
    "i-klingon": "i-klingon",
    "und": "und",
    " de ": "de",
}
MALFORMED = [
    "/../../pwned", "../../etc", "x\ny", "de\n", "de\x1b[2J", "e n", "de_DE!", "d", "-de", "de-",
    "toolongxx", "de--DE", "*all*", "", "de.txt", "de/en", "\u212aa", "de-" + "a" * 70, "12",
]  # fmt: skip


@pytest.mark.parametrize(("tag", "normal"), WELL_FORMED.items())
def test_well_formed_tags_are_normalised(tag, normal):
    assert valid_lang(tag)
    assert normalise_lang(tag) == normal == check_lang(tag)


@pytest.mark.parametrize("tag", MALFORMED)
def test_malformed_tags_are_refused_in_one_printable_line(tag):
    assert not valid_lang(tag)
    with pytest.raises(BitextError) as info:
        check_lang(tag, "xml:lang", "evil.tmx")
    text = str(info.value)
    assert text.startswith("evil.tmx: xml:lang ") and "is not a language code" in text
    assert text.isprintable() and len(text) < 200


def test_non_strings_are_not_tags():
    assert not valid_lang(None) and not valid_lang(3)
