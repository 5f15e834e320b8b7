"""A translator's own resources as anchors: a dictionary, a glossary, earlier work.

Three kinds, all ending as shared features of the sentences that hold them:

- a bilingual dictionary, as (source phrase, target phrase) pairs: a
  sentence holding the source phrase and one holding the target phrase
  share the feature of that entry (phrases match as whole folded words, in
  order). hunalign's dictionary format (``target @ source`` per line) and
  glossary files or a project's glossary are read into such pairs;
- a translation memory, as (source, target) sentence pairs from a TMX of
  earlier work: a sentence pair found there verbatim (after folding case,
  accents and spaces) is a strong anchor, and the memory's word pairs,
  learned with IBM Model 1, join the dictionary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from aligner.align import model1
from aligner.align.anchors import fold, tokens
from aligner.errors import BitextError

#: Longest dictionary phrase, in words; longer entries are left out.
MAX_PHRASE = 6
#: p(target | source) and p(source | target) a memory's word pair must reach.
MEMORY_THRESHOLD = 0.3


def _words(text: str) -> list[str]:
    return [fold(t) for t in tokens(text) if any(c.isalnum() for c in t)]


class PhraseIndex:
    """Finds the dictionary phrases of one side in a sentence."""

    def __init__(self, phrases: dict[tuple[str, ...], set[str]]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], set[str]]]] = {}
        for phrase, feats in phrases.items():
            self.by_first.setdefault(phrase[0], []).append((phrase, feats))

    def features(self, words: list[str]) -> set[str]:
        """The features of the phrases found in a sentence's folded words, in order."""
        out: set[str] = set()
        for k, w in enumerate(words):
            for phrase, feats in self.by_first.get(w, ()):
                if tuple(words[k : k + len(phrase)]) == phrase:
                    out |= feats
        return out


def dictionary_features(
    src: Sequence[str], tgt: Sequence[str], pairs: Iterable[tuple[str, str]]
) -> tuple[list[set[str]], list[set[str]]]:
    """Per sentence, one feature ``D<n>`` for each dictionary entry whose side it holds."""
    by_src: dict[tuple[str, ...], set[str]] = {}
    by_tgt: dict[tuple[str, ...], set[str]] = {}
    seen: dict[tuple[tuple[str, ...], tuple[str, ...]], str] = {}
    words_s, words_t = [_words(x) for x in src], [_words(x) for x in tgt]
    vocab_s = {w for ws in words_s for w in ws}
    vocab_t = {w for wt in words_t for w in wt}
    for s, t in pairs:
        if _absent(s, vocab_s) or _absent(t, vocab_t):
            continue  # a general dictionary's 70,000 entries: most name words of neither text
        ws, wt = tuple(_words(s)), tuple(_words(t))
        if not ws or not wt or len(ws) > MAX_PHRASE or len(wt) > MAX_PHRASE:
            continue
        feat = seen.setdefault((ws, wt), f"D{len(seen)}")
        by_src.setdefault(ws, set()).add(feat)
        by_tgt.setdefault(wt, set()).add(feat)
    if not seen:
        return [set() for _ in src], [set() for _ in tgt]
    ps, pt = PhraseIndex(by_src), PhraseIndex(by_tgt)
    return [ps.features(ws) for ws in words_s], [pt.features(wt) for wt in words_t]


def _absent(phrase: str, vocab: set[str]) -> bool:
    """The phrase's first word, when it is plain letters, is no word of the text: the
    phrase cannot match there (cheaper than tokenising every entry)."""
    head = phrase.split(None, 1)[0] if phrase.strip() else ""
    return head.isalpha() and fold(head.lower()) not in vocab


def memory_features(
    src: Sequence[str], tgt: Sequence[str], memory: Sequence[tuple[str, str]]
) -> tuple[list[set[str]], list[set[str]]]:
    """Per sentence, ``M<n>`` when the sentence is side n of a memory unit, verbatim."""
    index: dict[str, set[str]] = {}
    back: dict[str, set[str]] = {}
    for n, (s, t) in enumerate(memory):
        index.setdefault(_key(s), set()).add(f"M{n}")
        back.setdefault(_key(t), set()).add(f"M{n}")
    return [set(index.get(_key(x), ())) for x in src], [set(back.get(_key(x), ())) for x in tgt]


def _key(text: str) -> str:
    return " ".join(_words(text))


def memory_lexicon(memory: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Word pairs (source, target) a translation memory attests, by IBM Model 1."""
    if not memory:
        return []
    src = [s for s, _ in memory]
    tgt = [t for _, t in memory]
    beads = [(range(k, k + 1), range(k, k + 1)) for k in range(len(memory))]
    table = model1.train(src, tgt, beads)
    if table is None:
        return []
    return [(s, t) for s, t, _ in table.pairs(MEMORY_THRESHOLD)]


# ---------------------------------------------------------------- readers


def read_hunalign_dictionary(path: str | Path) -> list[tuple[str, str]]:
    """(source, target) pairs from hunalign's format: ``target phrase @ source phrase``."""
    text = _read_text(path)
    pairs = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if " @ " not in line:
            raise BitextError(f"line {number}: expected 'target @ source'", str(path))
        target, source = line.split(" @ ", 1)
        if source.strip() and target.strip():
            pairs.append((source.strip(), target.strip()))
    return pairs


def read_glossary(path: str | Path, src_lang: str, tgt_lang: str) -> list[tuple[str, str]]:
    """(source, target) pairs from a glossary file (CSV, OmegaT, TBX) or a project's glossary.

    Every form of an entry in the source language pairs with every form in
    the target language; rejected entries are left out.
    """
    from glossary.entries import Entry
    from glossary.errors import GlossaryError

    path = str(path)
    if Path(path).suffix == ".bitext":
        from aligner.project import Project
        from aligner.project.store import damaged_as_error

        with damaged_as_error(path), Project.open(path, readonly=True) as project:
            entries = [Entry.from_dict(r) for r in project.glossary_records()]
    else:
        from glossary.formats import load

        try:
            entries = load(path, src_lang, tgt_lang)
        except GlossaryError as err:
            raise BitextError(str(err), path) from None
    pairs = []
    for entry in entries:
        if entry.status == "rejected":
            continue
        src_forms = _forms(entry, src_lang)
        tgt_forms = _forms(entry, tgt_lang)
        pairs += [(s, t) for s in src_forms for t in tgt_forms]
    return pairs


def _forms(entry, lang: str) -> list[str]:
    primary = lang.split("-")[0].lower()
    forms = [
        f
        for v_lang in sorted({v.lang for v in entry.variants})
        if _same(v_lang, primary)
        for f in entry.forms(v_lang)
    ]
    forms += [f for k, f in entry.preferred.items() if _same(k, primary)]
    return list(dict.fromkeys(forms))


def _same(tag: str, primary: str) -> bool:
    return tag.split("-")[0].lower() == primary


def read_memory(
    path: str | Path, src_lang: str | None, tgt_lang: str | None
) -> list[tuple[str, str]]:
    """(source, target) sentence pairs of a TMX file, in the languages asked for."""
    from aligner.formats.tmx_read import choose_languages, read_tmx

    tmx = read_tmx(path)
    s_lang, t_lang = choose_languages(tmx, src_lang, tgt_lang, str(path))
    return [
        (u.texts[s_lang], u.texts[t_lang])
        for u in tmx.units
        if u.texts.get(s_lang, "").strip() and u.texts.get(t_lang, "").strip()
    ]


def _read_text(path: str | Path) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise BitextError(f"cannot read: {err.strerror}", str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BitextError("not UTF-8 text; save it as UTF-8", str(path)) from None
