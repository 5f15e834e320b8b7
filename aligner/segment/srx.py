"""SRX 2.0 segmentation rules, as CAT tools (OmegaT, Okapi, memoQ, Trados) exchange them.

An SRX file holds named language rules (ordered break and no-break rules, each
a regular expression before and after the break point) and a map from language
patterns to rule names. For a language, the rules of every matching map entry
apply in file order when the header says ``cascade="yes"``, otherwise only the
first entry's. At each position the first rule whose ``beforebreak`` matches
the text ending there and whose ``afterbreak`` matches the text starting there
decides; a position no rule matches is no break.

The rules are Java regular expressions; the few Java-only constructs the real
files use (``\\h``, ``\\v``, ``\\Q…\\E``, ``\\x{…}``, ``(?U)``, ``\\p{javaLowerCase}``
and friends) are translated for the ``regex`` module, which also knows Java's
character-class intersections. A rule that backtracks without end cannot hang
bitext: every match runs under a time budget proportional to the text, and a
rule that exhausts it is reported by name.

Only the break rules are taken from the file; bitext's own layout (headings,
list items, paragraphs, Markdown markup) still decides the structure above
sentences, and segment spans index the source exactly as with the built-in rules.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex
from lxml import etree

from aligner.errors import BitextError
from aligner.files import read_input

SRX_NS = "http://www.lisa.org/srx20"
#: Seconds every rule match may take in all, plus this much per 100,000 characters.
BASE_BUDGET = 5.0
BUDGET_PER_100K = 5.0

#: How far back a before-break pattern may reach from a break point.
LOOKBEHIND_LIMIT = 100
_OPEN_REPEAT = re.compile(r"\{\s*(\d+)\s*,\s*\}")
_JAVA = re.compile(
    r"\\Q(.*?)(?:\\E|$)|\\x\{([0-9A-Fa-f]{1,6})\}|\\[hv]|\(\?U\)|\\p\{(\w+)\}|\\.", re.S
)
_JAVA_CLASSES = {
    "javaLowerCase": r"\p{Ll}",
    "javaUpperCase": r"\p{Lu}",
    "javaWhitespace": r"\s",
    "javaLetter": r"\p{L}",
    "javaDigit": r"\p{Nd}",
    "javaLetterOrDigit": r"[\p{L}\p{Nd}]",
    "javaAlphabetic": r"\p{Alphabetic}",
    "Punct": r"[!-/:-@\[-`{-~]",
    "Alpha": r"[A-Za-z]",
    "Alnum": r"[A-Za-z0-9]",
    "Upper": r"[A-Z]",
    "Lower": r"[a-z]",
    "Digit": r"[0-9]",
    "Space": r"[ \t\n\x0b\f\r]",
}


@dataclass(frozen=True, slots=True)
class SrxRule:
    """One ``<rule>``: ``brk`` is False for an exception (``break="no"``)."""

    brk: bool
    before: str
    after: str


@dataclass(frozen=True, eq=False)
class SrxRules:
    """A parsed SRX file: language rules by name and the language map, in file order."""

    path: str
    cascade: bool
    rules: dict[str, tuple[SrxRule, ...]]
    maps: tuple[tuple[str, str], ...]

    def rule_names(self, lang: str) -> list[str]:
        """The language rules that apply to ``lang``, in order (matched case-insensitively,
        as OmegaT does with its upper-case patterns such as ``DE.*``)."""
        names = []
        for pattern, name in self.maps:
            try:
                hit = regex.fullmatch(java_to_python(pattern), lang, regex.I | regex.V1)
            except regex.error as err:
                raise BitextError(
                    f"language pattern {pattern!r} is not valid: {err}", self.path
                ) from None
            if hit:
                names.append(name)
                if not self.cascade:
                    break
        return names

    def for_language(self, lang: str) -> SrxSegmenter:
        """The compiled rules for ``lang`` (cached per file and language)."""
        return _compiled(self, lang)


def java_to_python(pattern: str) -> str:
    """A Java regular expression rewritten for the ``regex`` module (V1 syntax)."""

    def one(m: re.Match[str]) -> str:
        text = m.group(0)
        if m.group(1) is not None:
            return regex.escape(m.group(1))
        if m.group(2) is not None:
            return f"\\U{int(m.group(2), 16):08x}"
        if text == r"\h":
            return r"\p{H}"
        if text == r"\v":
            return r"\p{V}"
        if text == "(?U)":
            return ""
        if m.group(3) is not None:
            return _JAVA_CLASSES.get(m.group(3), text)
        return text

    return _JAVA.sub(one, pattern)


def finite(pattern: str, limit: int = LOOKBEHIND_LIMIT) -> str:
    """``pattern`` with unbounded repeats (``*``, ``+``, ``{n,}``) capped at ``limit``.

    A before-break pattern is matched backwards from every candidate break; an
    unbounded repeat there could read back to the start of the text each time.
    Java's SRX engines cap look-behind the same way.
    """
    out: list[str] = []
    i, depth, n = 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif depth == 0 and ch in "*+" and not (ch == "+" and out and out[-1][-1:] in "*+?}"):
            out.append(f"{{{0 if ch == '*' else 1},{limit}}}")
            i += 1
            continue
        elif depth == 0 and ch == "{":
            m = _OPEN_REPEAT.match(pattern, i)
            if m:
                out.append(f"{{{m.group(1)},{max(limit, int(m.group(1)))}}}")
                i = m.end()
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def load_srx(path: str | Path) -> SrxRules:
    """Read an SRX 2.0 (or 1.0) file; BitextError naming the file when it is not one."""
    path = str(path)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    data = read_input(path, "file of SRX rules")
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise BitextError(f"not well-formed XML: {err.msg}", path) from None
    if _local(root.tag) != "srx":
        raise BitextError(f"not an SRX file (root element <{_local(root.tag)}>)", path)
    cascade = True  # required by SRX 2.0; OmegaT leaves it out and cascades
    rules: dict[str, tuple[SrxRule, ...]] = {}
    maps: list[tuple[str, str]] = []
    for el in root.iter():
        name = _local(el.tag)
        if name == "header" and el.get("cascade") is not None:
            cascade = el.get("cascade", "").strip().lower() == "yes"
        elif name == "languagerule":
            rule_name = el.get("languagerulename")
            if rule_name is None:
                raise BitextError("a <languagerule> has no languagerulename", path)
            found = []
            for rule in el:
                if _local(rule.tag) != "rule":
                    continue
                before = after = ""
                for part in rule:
                    if _local(part.tag) == "beforebreak":
                        before = part.text or ""
                    elif _local(part.tag) == "afterbreak":
                        after = part.text or ""
                found.append(SrxRule(rule.get("break", "yes").strip() != "no", before, after))
            rules[rule_name] = rules.get(rule_name, ()) + tuple(found)
        elif name == "languagemap":
            pattern, target = el.get("languagepattern"), el.get("languagerulename")
            if pattern is None or target is None:
                raise BitextError("a <languagemap> lacks languagepattern or languagerulename", path)
            maps.append((pattern, target))
    for _, target in maps:
        if target not in rules:
            raise BitextError(f"the language map names no rule set {target!r}", path)
    if not maps:
        raise BitextError("the SRX file maps no language to rules", path)
    return SrxRules(path, cascade, rules, tuple(maps))


@dataclass(frozen=True)
class _Group:
    """Consecutive rules of one kind: any of them matching decides the same way."""

    brk: bool
    at: regex.Pattern  # zero-width: (?<=before)(?=after) | ...
    scan: regex.Pattern | None  # break groups: before(?=after) | ..., to find candidates
    names: tuple[str, ...]


class SrxSegmenter:
    """The rules for one language, applied to stretches of text."""

    def __init__(self, srx: SrxRules, lang: str):
        self.path = srx.path
        self.names = srx.rule_names(lang)
        if not self.names:
            raise BitextError(f"no language rules for {lang!r} in this SRX file", srx.path)
        ordered = [
            (f"{name} rule {i + 1}", rule)
            for name in self.names
            for i, rule in enumerate(srx.rules[name])
        ]
        self.groups: list[_Group] = []
        start = 0
        while start < len(ordered):
            end = start
            while end < len(ordered) and ordered[end][1].brk == ordered[start][1].brk:
                end += 1
            self.groups.append(self._group(ordered[start:end]))
            start = end

    def _group(self, items: list[tuple[str, SrxRule]]) -> _Group:
        ats, scans = [], []
        for label, rule in items:
            before, after = java_to_python(rule.before), java_to_python(rule.after)
            try:
                regex.compile(before, regex.V1)
                regex.compile(after, regex.V1)
            except regex.error as err:
                raise BitextError(
                    f"{label}: not a valid regular expression: {err}", self.path
                ) from None
            ats.append(f"(?<={finite(before)})(?={after})")
            scans.append(f"(?:{before})(?={after})" if before else f"(?={after})")
        brk = items[0][1].brk
        flags = regex.V1
        return _Group(
            brk,
            regex.compile("|".join(f"(?:{a})" for a in ats), flags),
            regex.compile("|".join(f"(?:{s})" for s in scans), flags) if brk else None,
            tuple(label for label, _ in items),
        )

    def boundaries(self, text: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
        """Offsets in ``text[lo:hi]`` (exclusive of both ends) where the rules break."""
        hi = len(text) if hi is None else hi
        deadline = time.monotonic() + BASE_BUDGET + BUDGET_PER_100K * (hi - lo) / 100_000
        candidates: set[int] = set()
        for group in self.groups:
            if group.scan is None:
                continue
            pos = lo
            # Every start position, as an overlapped search: a break point that one
            # rule's longer match would hide is still found.
            while pos <= hi:
                m = self._run(group, group.scan.search, text, pos, hi, deadline)
                if m is None:
                    break
                if lo < m.end() < hi:
                    candidates.add(m.end())
                pos = m.start() + 1
        for pos in sorted(candidates):
            for group in self.groups:
                if self._run(group, group.at.match, text, pos, hi, deadline):
                    if group.brk:
                        yield pos
                    break

    def _run(self, group: _Group, call, text: str, pos: int, hi: int, deadline: float):
        left = deadline - time.monotonic()
        try:
            if left <= 0:
                raise TimeoutError
            return call(text, pos, hi, timeout=left)
        except TimeoutError:
            raise BitextError(
                f"the rules {' / '.join(group.names[:3])}{' …' if len(group.names) > 3 else ''} "
                "take too long on this text (a regular expression that backtracks without end?)",
                self.path,
            ) from None


@lru_cache(maxsize=16)
def _compiled(srx: SrxRules, lang: str) -> SrxSegmenter:
    return SrxSegmenter(srx, lang)
