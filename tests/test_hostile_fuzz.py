"""Property tests: every reader, fed any bytes or any shape of its format, either reads the
input or raises bitext's own error type (BitextError, GlossaryError) — nothing else.

Arbitrary bytes find the decoding and sniffing paths; generated documents (random
trees of TMX and TBX elements, random CSV rows) get past the parser to the code
that reads languages, segments and columns. Language tags and the escaping of
messages have their own properties here too.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from aligner.errors import BitextError, message_line, printable
from aligner.langtag import check_lang, valid_lang
from aligner.read import decode, read_document
from glossary.errors import GlossaryError

#: BITEXT_FUZZ_EXAMPLES=N with BITEXT_FUZZ_RANDOM=1 (see conftest.py) looks for new bugs.
FUZZ = settings(
    max_examples=int(os.environ.get("BITEXT_FUZZ_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_DIR = Path(tempfile.mkdtemp(prefix="bitext-fuzz-"))


def _file(name: str, data: bytes) -> Path:
    path = _DIR / name
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------- strategies

# Text with the characters that break readers: quotes, separators, line ends, controls.
nasty_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(",;\t\"'\r\n\x00\x0b\x0c\x1b\x85\u2028\ufeff|&<>=#-_./")),
        st.characters(codec="utf-8"),
    ),
    max_size=30,
)
lang_like = st.one_of(
    st.sampled_from(["de", "en", "DE-de", "pt_BR", "x-foo", "*all*", "", "/../../x", "e n"]),
    nasty_text,
)


def _xml_text(text: str) -> str:
    """Text XML 1.0 can carry, escaped (controls are left out: they only make parse errors)."""
    return escape("".join(c for c in text if c in "\t\n\r" or " " <= c <= "\ud7ff"))


def _attr(value: str) -> str:
    return quoteattr("".join(c for c in value if c in "\t\n\r" or " " <= c <= "\ud7ff"))


def _element(names, attrs):
    def render(parts) -> str:
        name, attributes, children = parts
        attr_text = "".join(f" {k}={_attr(v)}" for k, v in attributes.items())
        return f"<{name}{attr_text}>{''.join(children)}</{name}>"

    return st.recursive(
        nasty_text.map(_xml_text),
        lambda children: st.tuples(names, attrs, st.lists(children, max_size=4)).map(render),
        max_leaves=25,
    )


TMX_NAMES = st.sampled_from(["tu", "tuv", "seg", "note", "prop", "ph", "bpt", "ept", "hi", "x"])
TMX_ATTRS = st.dictionaries(
    st.sampled_from(["xml:lang", "lang", "type", "tuid", "i", "x"]), lang_like, max_size=3
)
INLINE = _element(st.sampled_from(["ph", "bpt", "ept", "hi", "it", "ut"]), TMX_ATTRS)
tuvs = st.builds(
    lambda attr, lang, content: f"<tuv {attr}={_attr(lang)}><seg>{''.join(content)}</seg></tuv>",
    st.sampled_from(["xml:lang", "lang", "xml:lang"]),
    st.one_of(st.sampled_from(["de", "en", "EN-gb", "pt_BR", "fr"]), lang_like),
    st.lists(INLINE, max_size=3),
)
units = st.one_of(
    st.lists(tuvs, max_size=4).map(lambda parts: f"<tu>{''.join(parts)}</tu>"),
    _element(TMX_NAMES, TMX_ATTRS),
)
tmx_documents = st.builds(
    lambda head, body: (
        f'<?xml version="1.0"?><tmx version="1.4"><header srclang={_attr(head)}/>'
        f"<body>{''.join(body)}</body></tmx>"
    ).encode(),
    lang_like,
    st.lists(units, max_size=6),
)
TBX_NAMES = st.sampled_from(["termEntry", "langSet", "tig", "term", "note", "admin", "ntig"])
TBX_ATTRS = st.dictionaries(st.sampled_from(["xml:lang", "id", "type"]), lang_like, max_size=2)
lang_sets = st.builds(
    lambda lang, terms: (
        f"<langSet xml:lang={_attr(lang)}>"
        + "".join(f"<tig><term>{t}</term></tig>" for t in terms)
        + "</langSet>"
    ),
    lang_like,
    st.lists(nasty_text.map(_xml_text), max_size=3),
)
entries = st.one_of(
    st.lists(lang_sets, max_size=3).map(lambda parts: f"<termEntry>{''.join(parts)}</termEntry>"),
    _element(TBX_NAMES, TBX_ATTRS),
)
tbx_documents = st.builds(
    lambda lang, body: (
        f'<?xml version="1.0"?><martif type="TBX" xml:lang={_attr(lang)}><text><body>'
        f"{''.join(body)}</body></text></martif>"
    ).encode(),
    lang_like,
    st.lists(entries, max_size=5),
)


def _csv(rows: list[list[str]], sep: str = ",") -> bytes:
    return "\n".join(sep.join(row) for row in rows).encode("utf-8", "surrogatepass")


PAIR_HEADERS = st.lists(
    st.sampled_from(["source", "target", "score", "status", "note", "id", '"source"', ""]),
    min_size=1,
    max_size=5,
)
pair_tables = st.builds(
    lambda header, rows: [header, *rows],
    PAIR_HEADERS,
    st.lists(st.lists(nasty_text, max_size=5), max_size=6),
)
GLOSSARY_HEADERS = st.lists(
    st.one_of(st.sampled_from(["id", "status", "canonical", "note", "de", "en", "hu"]), lang_like),
    min_size=1,
    max_size=5,
)
glossary_tables = st.builds(
    lambda header, rows: [header, *rows],
    GLOSSARY_HEADERS,
    st.lists(st.lists(nasty_text, max_size=5), max_size=6),
)


# ----------------------------------------------------------------------------- readers


def _only_our_errors(read, *args, errors=(BitextError,)) -> None:
    try:
        read(*args)
    except errors:
        pass


@FUZZ
@given(st.binary(max_size=600), st.sampled_from([None, "cp1252", "utf-16", "latin-1", "utf-8"]))
def test_text_reader(data, encoding):
    _only_our_errors(read_document, _file("text.txt", data), None, encoding)
    _only_our_errors(decode, data, "text.txt", encoding)


@FUZZ
@given(st.one_of(st.binary(max_size=600), tmx_documents))
@example(  # a bpt inside a ph's hi, its ept outside: the pair is no pair
    b'<?A?><tmx A=""><body><tu><tuv xml:lang="aa"><seg><ph><hi><bpt></bpt></hi></ph>'
    b"<ept></ept></seg></tuv></tu></body></tmx>"
)
def test_tmx_reader(data):
    from aligner.formats.tmx_read import choose_languages, read_tmx

    try:
        tmx = read_tmx(_file("fuzz.tmx", data))
        choose_languages(tmx, None, None, "fuzz.tmx")
    except BitextError:
        return
    for lang in tmx.languages:  # what a TMX may put into file names is a language tag
        assert valid_lang(lang), lang


@FUZZ
@given(st.one_of(st.binary(max_size=600), pair_tables.map(_csv)), st.sampled_from(["csv", "tsv"]))
def test_pairs_csv_reader(data, suffix):
    from aligner.formats.tabular import read_pairs_csv

    _only_our_errors(read_pairs_csv, _file(f"fuzz.{suffix}", data))


def test_pairs_csv_with_duplicate_columns():
    """A column bitext reads, given twice, is refused; another repeated column is kept."""
    from aligner.formats.tabular import read_pairs_csv

    with pytest.raises(BitextError, match="'score' more than once"):
        read_pairs_csv(_file("dup.csv", b"source,target,score,score\nA,B,1,2\n"))
    table = read_pairs_csv(_file("memo.csv", b"source,target,memo,memo\nA,B,x,y\n"))
    assert list(table.columns) == ["source", "target", "memo", "memo.1"]
    assert table.iloc[0].tolist() == ["A", "B", "x", "y"]


def _glossary(fmt: str, name: str, data: bytes) -> None:
    from glossary.formats import load

    _only_our_errors(
        load, str(_file(name, data)), "de", "en", fmt, errors=(GlossaryError, BitextError)
    )


@FUZZ
@example(b"\n\r;\n")
@given(st.one_of(st.binary(max_size=600), glossary_tables.map(_csv)))
def test_glossary_csv_reader(data):
    _glossary("csv", "fuzz.csv", data)


@FUZZ
@given(st.one_of(st.binary(max_size=600), tbx_documents))
def test_glossary_tbx_reader(data):
    _glossary("tbx", "fuzz.tbx", data)


@FUZZ
@given(st.one_of(st.binary(max_size=600), glossary_tables.map(lambda t: _csv(t, "\t"))))
def test_glossary_omegat_reader(data):
    _glossary("omegat", "fuzz.txt", data)


# ----------------------------------------------------------------------------- tags, messages


@FUZZ
@given(
    st.one_of(lang_like, st.from_regex(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}", fullmatch=True))
)
def test_language_tags_are_checked_or_refused(tag):
    try:
        checked = check_lang(tag, "--lang", "f")
    except BitextError as err:
        assert "\n" not in str(err) and "\x1b" not in str(err)
        return
    # Whatever passes is safe in a file name and keeps its meaning when checked again.
    assert checked.isascii() and "/" not in checked and "." not in checked
    assert all(part.isalnum() for part in checked.split("-"))
    assert check_lang(checked) == checked


@FUZZ
@given(st.text(max_size=60), st.text(max_size=60))
def test_messages_carry_no_control_characters(message, path):
    text = str(BitextError(message, path or None))
    assert printable(text) == text
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text)
    assert "\n" not in message_line(message)
