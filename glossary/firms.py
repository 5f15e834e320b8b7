"""Organisations with evidence of their own: a legal form after capitalised words
(*Bilfinger Berger Projektentwicklung GmbH*, *Audi AG*, *Google Inc.*), or a word of
the general list of firms and brands alone (*Porsche*, *Nvidia*) that the language
has no other use for. A mixin of :class:`glossary.detect._Finder`: it runs after the
persons and places, on words no mention holds, and a firm's words are never a person's
(:mod:`glossary.larger` keeps them out of names).
"""

from __future__ import annotations

from glossary.gazetteer import is_place_name
from glossary.germanwords import german_nouns
from glossary.key import key
from glossary.lexicon import is_common_word, is_firm_word, is_lower_word, legal_forms
from glossary.listfiles import fold
from glossary.mention import Mention
from glossary.tokens import Tok, adjacent
from glossary.wordclass import _stop

#: At most this many capitalised words before a legal form make the firm's name.
_MAX_WORDS = 4


class FirmNames:
    """Organisation mentions of a finder's tokens (``toks``, ``text``, ``lang``)."""

    toks: list[Tok]
    text: str
    lang: str
    used: set[int]
    mentions: dict[int, Mention]

    def firms(self) -> None:
        """Add an organisation mention for each firm name no other mention covers."""
        covered = self._covered()
        for n, tok in enumerate(self.toks):
            if n in covered:
                continue
            if self._legal_form(tok) and n > 0 and not self.shortened_date(n):
                first = self._name_start(n, covered)
                if first is not None:
                    self._add(first, n, tok.end + self._stop_after(tok))
                    covered.update(range(first, n + 1))
                    continue
            if self._known_firm(n):
                self._add(n, n, tok.end)
                covered.add(n)

    def _covered(self) -> set[int]:
        """Tokens inside a mention found already (one sweep: both run in text order)."""
        spans = sorted((m.start, m.end) for m in self.mentions.values())
        out, k = set(), 0
        for n, tok in enumerate(self.toks):
            while k < len(spans) and spans[k][1] <= tok.start:
                k += 1
            if k < len(spans) and spans[k][0] <= tok.start:
                out.add(n)
        return out

    def _legal_form(self, tok: Tok) -> bool:
        """A legal form of the list, not a German noun that shares its letters (Ei)."""
        forms = legal_forms()
        word = fold(tok.text)
        if tok.text.islower() or self.lang == "de" and tok.text in german_nouns():
            return False
        return word in forms or word + "." in forms

    def _stop_after(self, tok: Tok) -> bool:
        """Whether the full stop after a legal form is its own: the list writes it with
        one (Inc., Co., Ltd.); AG, GmbH have none, so a stop after them ends the
        sentence."""
        forms = legal_forms()
        return self.text.startswith(".", tok.end) and fold(tok.text) + "." in forms

    def _name_start(self, n: int, covered: set[int]) -> int | None:
        """The first of up to four capitalised words right before token ``n`` (a legal
        form), none of them a function word or held by another mention."""
        toks, first = self.toks, None
        k = n - 1
        while k >= 0 and n - k <= _MAX_WORDS and k not in covered:
            word = toks[k].text
            gap = self.text[toks[k].end : toks[k + 1].start]
            if not word[:1].isupper() or _stop(word, self.lang) or gap.strip(" &") != "":
                break
            first = k
            k -= 1
        return first

    def _known_firm(self, n: int) -> bool:
        """A word of the list of firms alone, capitalised, that the language uses for
        nothing else (not *Bahn*, *Allianz*, *Post* in German) and that stands apart from
        other capitalised words (not the *Dow* of *Dow Jones Indexes*)."""
        toks, word = self.toks, self.toks[n].text
        if not is_firm_word(word) or self.honorific_before(n):
            return False
        if is_common_word(word, self.lang) or is_lower_word(word, "en"):
            return False
        if is_place_name(word, self.lang):
            return False
        for m in (n - 1, n + 1):
            if 0 <= m < len(toks) and toks[m].text[:1].isupper():
                if adjacent(self.text, toks[min(m, n)], toks[max(m, n)]):
                    return False
        return True

    def _add(self, first: int, last: int, end: int) -> None:
        toks = self.toks
        head = toks[first].text
        surface = self.text[toks[first].start : end]
        # the name without its legal form, as written (Hammerschmidt & Söhne)
        name = self.text[toks[first].start : toks[last - 1].end] if last > first else head
        self.mentions[toks[first].start] = Mention(
            surface,
            surface,  # the form an entry lists: the firm's name with its legal form
            name,
            key(head, self.lang),
            toks[first].start,
            end,
            first != last,
            "organisation",
        )
        self.used.update(range(first, last + 1))
