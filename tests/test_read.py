import codecs

import pytest

from aligner.errors import BitextError
from aligner.read import looks_like_markdown, read_document, read_text


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_utf8_with_and_without_bom_read_the_same(tmp_path):
    plain = read_document(write(tmp_path, "a.txt", "Łukaszenka sagte.".encode()))
    bom = read_document(write(tmp_path, "b.txt", codecs.BOM_UTF8 + "Łukaszenka sagte.".encode()))
    assert plain.text == bom.text == "Łukaszenka sagte."
    assert bom.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    bom = codecs.BOM_UTF16_LE if codec != "utf-16-be" else codecs.BOM_UTF16_BE
    data = "Лукашенко sagte.".encode(codec)
    if codec != "utf-16":
        data = bom + data
    doc = read_document(write(tmp_path, "u.txt", data))
    assert doc.text == "Лукашенко sagte."


def test_line_ends_are_kept_for_spans(tmp_path):
    doc = read_document(write(tmp_path, "crlf.txt", b"Eins.\r\nZwei.\rDrei.\n"))
    assert doc.text == "Eins.\r\nZwei.\rDrei.\n"


def test_legacy_encoding_only_when_asked(tmp_path):
    p = write(tmp_path, "latin.txt", "Grüße aus Köln.".encode("cp1252"))
    with pytest.raises(BitextError) as err:
        read_document(p)
    assert "byte 2 " in err.value.message and "--encoding" in err.value.message
    assert err.value.path == str(p)
    assert read_document(p, encoding="cp1252").text == "Grüße aus Köln."


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"  \n\n", "white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_files_raise_bitext_error_naming_the_file(tmp_path, data, words):
    p = write(tmp_path, "bad.txt", data)
    with pytest.raises(BitextError) as err:
        read_document(p)
    assert words in err.value.message
    assert err.value.path == str(p)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(BitextError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(BitextError, match="directory"):
        read_document(tmp_path)


def test_unknown_encoding_is_a_user_error(tmp_path):
    p = write(tmp_path, "a.txt", b"abc")
    with pytest.raises(BitextError, match="unknown encoding"):
        read_document(p, encoding="klingon-8")


def test_markdown_by_extension_and_content(tmp_path):
    assert read_document(write(tmp_path, "a.md", b"Nur Text.")).format == "markdown"
    assert read_document(write(tmp_path, "a.txt", b"Nur Text.")).format == "text"
    md = "# Titel\n\nEin [Link](http://x.de) und **fett**.\n"
    assert looks_like_markdown(md)
    assert read_text(md).format == "markdown"
    assert not looks_like_markdown("Ein Satz. Noch ein Satz mit 3 * 4 = 12.")


def test_binary_without_nul_bytes_is_recognised(tmp_path):
    p = write(tmp_path, "x.bin", bytes(range(1, 256)) * 8)
    with pytest.raises(BitextError, match="binary"):
        read_document(p)
