"""Segment and align running text in each pair: the longer software messages, as paragraphs.

    .venv/bin/python benchmarks/align_messages_text.py [--langs en fr …] [--size 40] [--docs 6]

The messages of ``align_messages.py`` that hold more than one sentence
(setting descriptions, server hints, help paragraphs: 120 characters or
more, at least two full stops on the German side) are written one a
paragraph, ``--size`` of them a document, in German and in the other
language. Each side is segmented by bitext for its language and the
sentences aligned, as ``bitext align`` does with two files. The truth is
known per message, not per sentence: a bead is right when all its
sentences, on both sides, come from one message and the same one; a
message is whole when no bead joins its sentences to another message's.
hunalign 1.1 aligns the same sentences beside it. This measures the
segmenters of all eight languages on text nobody here wrote as much as the
aligner: a sentence cut across two messages, or two messages' sentences
joined, shows as a bead that is not right.
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time

import _hunalign
from align_messages import LOCALE, catalogue, pairs, run

from aligner.segment import segment


def long_messages(lang: str, german: dict) -> list[tuple[str, str]]:
    out = []
    for de, xx in pairs(lang, german, least=120):
        if de.count(". ") >= 1 and de.rstrip().endswith((".", "!", "?")):
            out.append((de, xx))
    return out


def sentences(texts: list[str], lang: str) -> tuple[list[str], list[int]]:
    """The sentences of ``texts`` written one a paragraph, and the text each came from."""
    whole = "\n\n".join(texts)
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 2
    out, owner = [], []
    for seg in segment(whole, lang, markdown=False):
        out.append(whole[seg.start : seg.end].strip())
        owner.append(bisect.bisect_right(starts, seg.start) - 1)
    return out, owner


def score(beads, own_s: list[int], own_t: list[int], n: int) -> tuple[int, int, int]:
    """(right beads, beads, whole messages)."""
    right = 0
    broken = set()
    for s, t in beads:
        owners = {own_s[i] for i in s} | {own_t[j] for j in t}
        if len(owners) == 1 and s and t:
            right += 1
        elif len(owners) > 1:
            broken |= owners
    return right, len(beads), n - len(broken)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--langs", nargs="+", default=["en", "fr", "pl", "ru", "cs", "hu", "uk", "be"])
    ap.add_argument("--size", type=int, default=40)
    ap.add_argument("--docs", type=int, default=6)
    ap.add_argument("--show", action="store_true", help="print bitext's beads across messages")
    args = ap.parse_args()
    german = catalogue("de")
    if not german:
        print(f"{LOCALE}/de/LC_MESSAGES: no message catalogues installed", file=sys.stderr)
        return 2
    systems = ["bitext"] + (["hunalign"] if _hunalign.available() else [])
    print(
        f"gettext messages of two sentences or more, {args.size} a document, one a paragraph, "
        "segmented by bitext\n"
    )
    print(
        "| pair | documents | sentences de / other | aligner | beads right "
        "| messages whole | time |"
    )
    print("|---|---:|---|---|---:|---:|---:|")
    for lang in args.langs:
        messages = long_messages(lang, german)
        docs = [messages[k : k + args.size] for k in range(0, len(messages), args.size)]
        docs = [d for d in docs if len(d) == args.size][: args.docs]
        if not docs:
            print(f"| de-{lang} | 0 ({len(messages)} messages) | | | | | |")
            continue
        split = []
        for doc in docs:
            a, own_a = sentences([d for d, _ in doc], "de")
            b, own_b = sentences([x for _, x in doc], lang)
            split.append((a, own_a, b, own_b))
        counts = f"{sum(len(x[0]) for x in split)} / {sum(len(x[2]) for x in split)}"
        for system in systems:
            t0 = time.perf_counter()
            right = total = whole = 0
            for a, own_a, b, own_b in split:
                beads, _ = run(system, a, b, lang)
                r, n, w = score(beads, own_a, own_b, args.size)
                right, total, whole = right + r, total + n, whole + w
                if args.show and system == "bitext":
                    for s, t in beads:
                        if len({own_a[i] for i in s} | {own_b[j] for j in t}) > 1:
                            print(
                                f"  de-{lang}: {[a[i][:50] for i in s]} | {[b[j][:50] for j in t]}",
                                file=sys.stderr,
                            )
            print(
                f"| de-{lang} | {len(docs)} | {counts} | {system} | {right / max(total, 1):.3f} "
                f"| {whole} of {args.size * len(docs)} | {time.perf_counter() - t0:.1f} s |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
