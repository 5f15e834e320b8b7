"""Real translations in eight pairs: the gettext catalogues of this machine's software.

    .venv/bin/python benchmarks/align_messages.py [--langs en fr pl ru] [--size 200]
        [--docs 8] [--drop 0.05] [--no-hunalign]

Text+Berg is one language pair. The message catalogues that Debian installs
under ``/usr/share/locale`` (git, PostgreSQL, GTK, GnuPG, glibc, tar …) hold
thousands of messages translated by each project's translators into German
and into the other languages bitext claims: the same English message id
gives a German translation and, say, a Russian one, so the two are
translations of one text and the truth is 1-1. Nobody here wrote them.
Messages are taken when both sides are one line of prose: 40 characters or
more, a space, no ``%`` directive, no line break; ``en`` is the message id
itself. They are shuffled with a fixed seed and cut into documents of
``--size`` lines.

Three tasks per pair, all in one run beside hunalign 1.1 without a
dictionary (built as ``_hunalign.py`` says):

- **1-1 lines**: as many lines on both sides; pair precision / recall / F1
  of the 1-1 beads (the issue's "one sentence per line" target, ≥ 0.995).
- **lines dropped**: ``--drop`` of the lines removed at random from one
  side (German in even documents, the other side in odd ones), as when a
  translator skipped some; pair F1, and precision / recall of the one-sided
  beads against the dropped lines' partners.
- **unrelated**: German document k beside the other language's document
  k+1 (messages of other programs): the mismatch verdict should come in
  every case, and never on the genuine documents of the first task.

The catalogues are whatever this machine has installed; their licences are
the programs' own (GPL, LGPL, PostgreSQL, MIT …). Nothing is copied into the
project. Without them the script says so and exits 2.
"""

from __future__ import annotations

import argparse
import gettext
import random
import sys
import time
from pathlib import Path

import _hunalign

from aligner.align import align

LOCALE = Path("/usr/share/locale")


def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(domain, message id) → translation, over every catalogue installed for ``lang``."""
    out = {}
    for path in sorted((LOCALE / lang / "LC_MESSAGES").glob("*.mo")):
        try:
            with path.open("rb") as fh:
                entries = gettext.GNUTranslations(fh)._catalog
        except (OSError, ValueError, UnicodeDecodeError):
            continue
        for key, value in entries.items():
            if isinstance(key, str) and key and value:
                out[(path.stem, key)] = value
    return out


#: least characters of a message taken (``--min-chars``)
MIN_CHARS = 40


def prose(text: str, least: int = MIN_CHARS) -> bool:
    return len(text) >= least and " " in text and "%" not in text and "\n" not in text


def pairs(lang: str, german: dict, least: int = MIN_CHARS) -> list[tuple[str, str]]:
    """(German, other) message pairs of one line of prose each, in a fixed shuffled order."""
    other = german if lang == "en" else catalogue(lang)
    out = []
    for key in sorted(german):
        de = german[key].strip()
        xx = key[1].strip() if lang == "en" else other.get(key, "").strip()
        if xx and de != xx and prose(de, least) and prose(xx, least):
            out.append((de, xx))
    # one message can be translated alike in several programs: keep the first
    seen, unique = set(), []
    for de, xx in out:
        if de not in seen and xx not in seen:
            seen.update((de, xx))
            unique.append((de, xx))
    random.Random(7).shuffle(unique)
    return unique


def run(system: str, a: list[str], b: list[str], lang: str) -> tuple[list, dict]:
    if system == "hunalign":
        return _hunalign.run(a, b).get("beads") or [], {}
    result = align(a, b, src_lang="de", tgt_lang=lang, progress=False)
    return [(tuple(x.src), tuple(x.tgt)) for x in result.beads], result.info


def pair_scores(beads, truth: set) -> tuple[int, int]:
    """(right 1-1 pairs, 1-1 pairs found)."""
    found = {(s[0], t[0]) for s, t in beads if len(s) == 1 and len(t) == 1}
    return len(found & truth), len(found)


def f1(right: int, found: int, total: int) -> str:
    p, r = right / max(found, 1), right / max(total, 1)
    return f"{p:.3f} / {r:.3f} / **{2 * p * r / max(p + r, 1e-9):.3f}**"


def drop(doc: list[tuple[str, str]], share: float, side: int, seed: int):
    """Both texts with ``share`` of one side's lines removed (``side`` 0: the other
    language's partners stay alone, 1: the German ones); the truth's 1-1 pairs and
    the lines left alone (indices on the side that kept them all)."""
    rng = random.Random(seed)
    gone = set(rng.sample(range(len(doc)), max(1, round(share * len(doc)))))
    de, xx, truth, lone = [], [], set(), set()
    for k, (d, x) in enumerate(doc):
        if k in gone:
            (xx if side == 0 else de).append(x if side == 0 else d)
            lone.add(len(xx) - 1 if side == 0 else len(de) - 1)
            continue
        de.append(d)
        xx.append(x)
        truth.add((len(de) - 1, len(xx) - 1))
    return de, xx, truth, lone


def one_sided_scores(beads, lone: set, side: int) -> tuple[int, int]:
    """(one-sided beads that hold exactly a lone line, one-sided beads found)."""
    found = [s if side == 1 else t for s, t in beads if not s or not t]
    right = sum(1 for ids in found if len(ids) == 1 and ids[0] in lone)
    return right, len(found)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--langs", nargs="+", default=["en", "fr", "pl", "ru", "cs", "hu", "uk", "be"])
    ap.add_argument("--size", type=int, default=200)
    ap.add_argument("--docs", type=int, default=8)
    ap.add_argument("--drop", type=float, default=0.05)
    ap.add_argument("--min-chars", type=int, default=MIN_CHARS, help="shortest message taken")
    ap.add_argument("--no-hunalign", action="store_true")
    ap.add_argument("--show", action="store_true", help="print the pairs bitext misses")
    args = ap.parse_args()
    german = catalogue("de")
    if not german:
        print(f"{LOCALE}/de/LC_MESSAGES: no message catalogues installed", file=sys.stderr)
        return 2
    systems = ["bitext"]
    if _hunalign.available() and not args.no_hunalign:
        systems.append("hunalign")
    print(
        f"gettext catalogues of this machine, de beside each language: {args.docs} documents "
        f"of {args.size} lines a pair, {args.drop:.0%} of one side's lines dropped\n"
    )
    print(
        "| pair | aligner | 1-1 lines: pair P / R / F1 | lines dropped: pair P / R / F1 "
        "| one-sided P / R | unrelated warned | genuine warned | time |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for lang in args.langs:
        messages = pairs(lang, german, args.min_chars)
        docs = [messages[k : k + args.size] for k in range(0, len(messages), args.size)]
        docs = [d for d in docs if len(d) == args.size][: args.docs + 1]
        if len(docs) < 2:
            print(f"| de-{lang} | too few messages ({len(messages)}) | | | | | | |")
            continue
        for system in systems:
            t0 = time.perf_counter()
            same = [0, 0, 0]
            cut = [0, 0, 0]
            lone_right = lone_found = lone_total = 0
            warned = genuine_warned = 0
            for k, doc in enumerate(docs[:-1]):
                a, b = [d for d, _ in doc], [x for _, x in doc]
                beads, info = run(system, a, b, lang)
                right, found = pair_scores(beads, {(i, i) for i in range(len(doc))})
                same = [same[0] + right, same[1] + found, same[2] + len(doc)]
                genuine_warned += bool(info.get("mismatch"))
                if args.show and system == "bitext":
                    for s, t in beads:
                        if (len(s), len(t)) != (1, 1) or s[0] != t[0]:
                            print(f"  de-{lang} doc {k}: {s} {t}", file=sys.stderr)
                side = k % 2
                de, xx, truth, lone = drop(doc, args.drop, side, seed=k)
                beads, _ = run(system, de, xx, lang)
                right, found = pair_scores(beads, truth)
                cut = [cut[0] + right, cut[1] + found, cut[2] + len(truth)]
                r1, f1_ = one_sided_scores(beads, lone, side)
                lone_right, lone_found, lone_total = (
                    lone_right + r1,
                    lone_found + f1_,
                    lone_total + len(lone),
                )
                if system == "bitext":
                    other = [x for _, x in docs[k + 1]]
                    _, info = run(system, a, other, lang)
                    warned += bool(info.get("mismatch"))
            n = len(docs) - 1
            unrelated = f"{warned} of {n}" if system == "bitext" else "—"
            genuine = f"{genuine_warned} of {n}" if system == "bitext" else "—"
            one_p = lone_right / max(lone_found, 1)
            one_r = lone_right / max(lone_total, 1)
            print(
                f"| de-{lang} | {system} | {f1(*same)} | {f1(*cut)} | {one_p:.2f} / {one_r:.2f} "
                f"| {unrelated} | {genuine} | {time.perf_counter() - t0:.1f} s |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
