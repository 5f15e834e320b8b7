"""aligner.errors: what a message may show of a file name or a file's content."""

from __future__ import annotations

from aligner.errors import BitextError, message_line, printable


def test_control_characters_are_escaped():
    assert printable("\x1b[2J\x1b]0;pwned\x07") == "\\x1b[2J\\x1b]0;pwned\\x07"
    assert printable("a\tb\r\nc\x00\x7f\x9b") == "a\\tb\\r\\nc\\x00\\x7f\\x9b"
    assert printable("evil\u202etxt.exe\u2028") == "evil\\u202etxt.exe\\u2028"
    assert printable("Łukaszenka „Zitat“ 東京") == "Łukaszenka „Zitat“ 東京"


def test_an_error_is_one_printable_line():
    err = BitextError("columns that are not language codes: \x1b[31mde\nen", "\x1b]0;x\x07.csv")
    assert str(err) == ("\\x1b]0;x\\x07.csv: columns that are not language codes: \\x1b[31mde en")
    assert message_line("parser says:\nline 3\r\n  bad") == "parser says: line 3 bad"
    assert str(BitextError("no path")) == "no path"
