"""German person-name detection on GermEval 2014 dev, one text, no model.

The 2,200 sentences are joined into one text (tokens detokenised, one sentence
per line) and given to ``glossary.text_mentions``; a predicted person is right
when its span is exactly a gold PER span (outer column, B-PER/I-PER), as
CoNLL scores it. "overlap" counts a prediction that overlaps a gold span.

Peers in the same run when installed in the benchmark env: spaCy with a German
model (``de_core_news_sm``), flair. Run: ``.bench/bin/python benchmarks/names_detect.py``
(``--misses N`` prints N false negatives and N false positives; ``--classes``
counts the errors by what the gold has where they are; ``--halves`` scores the
first and the second half of the sentences apart: a change that helps one half
only is suspect; ``--per-sentence`` scores bitext given one sentence at a time).

``--ud`` adds a second source with no person labels: UD German GSD dev (news,
blogs, reviews; PROPN tags). Every predicted person whose words hold no PROPN
is certainly wrong; the share counts false persons on text detection was not
tuned on.
"""

from __future__ import annotations

import argparse
import bisect
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "benchmarks" / "names" / "germeval2014-ner-de-dev.tsv"
UD_GSD = SHARED / "benchmarks" / "ud" / "UD_German-GSD" / "de_gsd-ud-dev.conllu"

_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "%"}
_NO_SPACE_AFTER = {"(", "["}


def read_germeval(path: Path) -> tuple[str, list[tuple[int, int]]]:
    """One text and the character spans of its gold person names."""
    text, spans = read_spans(path)
    return text, [(a, b) for a, b, kind in spans if kind == "PER"]


def read_spans(path: Path) -> tuple[str, list[tuple[int, int, str]]]:
    """One text and the character spans of every outer-column entity (PER, LOC, ORG, OTH
    and their -deriv/-part forms) with its type."""
    sentences: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                sentences.append(cur)
            cur = []
            continue
        parts = line.split("\t")
        cur.append((parts[1], parts[2]))
    if cur:
        sentences.append(cur)
    text_parts: list[str] = []
    gold: list[tuple[int, int, str]] = []
    pos = 0
    for sent in sentences:
        line = ""
        quote_open = False
        span: list | None = None
        for n, (tok, label) in enumerate(sent):
            prev = sent[n - 1][0] if n else ""
            space = bool(line)
            if tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
                space = False
            if tok == '"':
                if quote_open:
                    space = False
                quote_open = not quote_open
            elif prev == '"' and quote_open:
                space = False
            if space:
                line += " "
            start = pos + len(line)
            line += tok
            end = pos + len(line)
            kind = label[2:]
            if (
                label.startswith("B-")
                or label.startswith("I-")
                and (span is None or span[2] != kind)
            ):
                if span is not None:
                    gold.append((span[0], span[1], span[2]))
                span = [start, end, kind]
            elif label.startswith("I-"):
                span[1] = end
            elif span is not None:
                gold.append((span[0], span[1], span[2]))
                span = None
        if span is not None:
            gold.append((span[0], span[1], span[2]))
        text_parts.append(line + "\n")
        pos += len(line) + 1
    return "".join(text_parts), gold


def error_classes(
    text: str, pred: set[tuple[int, int]], spans: list[tuple[int, int, str]]
) -> tuple[Counter, Counter]:
    """False persons by what the gold has there (another entity type, part of a person's
    span, nothing) and missed persons by whether a prediction overlaps them."""
    gold = {(a, b) for a, b, kind in spans if kind == "PER"}
    wrong: Counter = Counter()
    for a, b in pred - gold:
        kinds = {k for s, e, k in spans if s < b and a < e}
        if "PER" in kinds:
            wrong["part of a person's span"] += 1
        else:
            wrong["/".join(sorted(kinds)) or "no entity"] += 1
    missed: Counter = Counter()
    for a, b in gold - pred:
        if any(s < b and a < e for s, e in pred):
            missed["span differs"] += 1
        else:
            missed["not found, " + ("several words" if " " in text[a:b] else "one word")] += 1
    return wrong, missed


def score(pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def overlap(pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    def hits(a, b):
        return sum(any(x[0] < y[1] and y[0] < x[1] for y in b) for x in a)

    p = hits(pred, gold) / len(pred) if pred else 0.0
    r = hits(gold, pred) / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def halves(text: str, pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> None:
    """P, R and F1 on the first and the second half of the sentences (lines)."""
    lines = text.splitlines(keepends=True)
    cut = sum(len(line) for line in lines[: len(lines) // 2])
    print("| half | sentences | gold | P | R | F1 |\n|---|---:|---:|---:|---:|---:|")
    for name, lo, hi, n in (
        ("first", 0, cut, len(lines) // 2),
        ("second", cut, len(text), len(lines) - len(lines) // 2),
    ):
        part = {s for s in gold if lo <= s[0] < hi}
        cells = " | ".join(f"{x:.3f}" for x in score({s for s in pred if lo <= s[0] < hi}, part))
        print(f"| {name} | {n} | {len(part)} | {cells} |")


def bootstrap(text: str, pred: set[tuple[int, int]], gold: set[tuple[int, int]], n: int) -> None:
    """Share of ``n`` sentence resamples (with replacement, fixed seed) whose F1 is
    below the 0.75 target: how much the dev figure owes to which sentences it holds."""
    import random

    lines = list(_lines(text))
    starts = [offset for offset, _ in lines]

    def line_of(span: tuple[int, int]) -> int:
        return bisect.bisect_right(starts, span[0]) - 1

    per = [[0, 0, 0] for _ in lines]  # exact hits, predicted, gold
    for span in pred:
        per[line_of(span)][1] += 1
        per[line_of(span)][0] += span in gold
    for span in gold:
        per[line_of(span)][2] += 1
    rng, below, f1s = random.Random(0), 0, []
    for _ in range(n):
        tp = npred = ngold = 0
        for i in rng.choices(range(len(lines)), k=len(lines)):
            tp, npred, ngold = tp + per[i][0], npred + per[i][1], ngold + per[i][2]
        p, r = tp / npred if npred else 0.0, tp / ngold if ngold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        below += f1 < 0.75
    f1s.sort()
    lo, hi = f1s[int(0.025 * n)], f1s[int(0.975 * n) - 1]
    print(
        f"bootstrap, {n} sentence resamples: F1 below 0.75 in {below / n:.1%}; "
        f"95 % of resamples between {lo:.3f} and {hi:.3f}"
    )


def bitext_spans(text: str, kind: str = "person") -> set[tuple[int, int]]:
    from glossary.text import text_mentions

    return {(m.start, m.end) for m in text_mentions(text, "de") if m.kind == kind}


def sentence_spans(text: str) -> set[tuple[int, int]]:
    """bitext's person spans with each line (one GermEval sentence) read as a text of its
    own: the sentences are unrelated, so this shows what the rules that read a whole
    document (a surname known from elsewhere, a word written after an article) do."""
    from glossary.text import text_mentions

    out, offset = set(), 0
    for line in text.split("\n"):
        spans = {(m.start, m.end) for m in text_mentions(line, "de") if m.kind == "person"}
        out |= {(offset + a, offset + b) for a, b in spans}
        offset += len(line) + 1
    return out


def organisations(text: str) -> None:
    """bitext's organisations against the gold ORG spans (the -part and -deriv forms
    left out): found only by a legal form or a listed firm's word, so recall is low."""
    gold = {(a, b) for a, b, kind in read_spans(DATA)[1] if kind == "ORG"}
    pred = bitext_spans(text, "organisation")
    print(f"\norganisations: {len(gold)} gold ORG spans, {len(pred)} predicted")
    print("| system | P | R | F1 | overlap P | overlap R | overlap F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    cells = " | ".join(f"{x:.3f}" for x in (*score(pred, gold), *overlap(pred, gold)))
    print(f"| bitext | {cells} |")


def spacy_spans(text: str) -> set[tuple[int, int]] | None:
    try:
        import spacy

        nlp = spacy.load("de_core_news_sm")
    except Exception as err:  # noqa: BLE001 - a peer that cannot load is reported, not fatal
        print(f"spaCy de_core_news_sm: not available ({type(err).__name__})", file=sys.stderr)
        return None
    out = set()
    for offset, line in _lines(text):
        for ent in nlp(line).ents:
            if ent.label_ == "PER":
                out.add((offset + ent.start_char, offset + ent.end_char))
    return out


def flair_spans(text: str) -> set[tuple[int, int]] | None:
    try:
        from flair.models import SequenceTagger

        SequenceTagger.load("de-ner")
    except Exception as err:  # noqa: BLE001
        print(f"flair de-ner: not available ({type(err).__name__})", file=sys.stderr)
        return None
    return None


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\n")
        pos += len(line)


def read_ud(
    path: Path, name_type: bool = False, animacy: str = ""
) -> tuple[str, list[tuple[int, int, str]]]:
    """One text (a sentence a line, from the ``# text`` lines) and each word's span and
    part of speech (a multi-word token as its surface form, PROPN when one of its words
    is one: *Sharon's*, else the tag of its first word). ``name_type``: the word's
    ``NameType`` feature instead (Giv, Sur, Geo …; empty where it has none);
    ``animacy``: ``ANIMATE`` for a singular proper noun of that ``Animacy`` (Russian
    ``Anim``: persons of either gender; Polish ``Hum``: men), else the part of speech."""
    lines: list[str] = []
    words: list[tuple[int, int, str]] = []
    pos = 0
    sentence, cursor, skip = "", 0, 0
    parts: list[str] = []  # the tags of the multi-word token being read
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            sentence, cursor = line[len("# text = ") :], 0
            continue
        if not line.strip():
            if sentence:
                lines.append(sentence)
                pos += len(sentence) + 1
            sentence = ""
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            skip, parts = last - first + 1, []
            form, upos = cols[1], "MWT"
        elif skip:
            skip -= 1
            parts.append(_tag(cols, name_type, animacy))
            if not skip and words and words[-1][2] == "MWT":
                start, end, _ = words[-1]
                if name_type:
                    best = [p for p in parts if p]
                else:  # a person's proper noun first, when animacy marks one
                    best = [p for p in parts if p == "ANIMATE"]
                    best = best or [p for p in parts if p == "PROPN"]
                words[-1] = (start, end, (best or parts)[0])
            continue
        else:
            form, upos = cols[1], _tag(cols, name_type, animacy)
        at = sentence.find(form, cursor)
        if at < 0:
            continue
        cursor = at + len(form)
        words.append((pos + at, pos + cursor, upos))
    return "\n".join(lines) + "\n", words


def _tag(cols: list[str], name_type: bool, animacy: str = "") -> str:
    if not name_type and not animacy:
        return cols[3]
    feats = dict(f.split("=", 1) for f in cols[5].split("|") if "=" in f)
    if animacy:
        person = feats.get("Animacy") == animacy and feats.get("Number") == "Sing"
        return "ANIMATE" if cols[3] == "PROPN" and person else cols[3]
    return feats.get("NameType", "")


def ud_check(path: Path) -> None:
    """Predicted persons on UD German GSD dev, by whether their words are proper nouns."""
    text, words = read_ud(path)
    t0 = time.perf_counter()
    pred = sorted(bitext_spans(text))
    secs = time.perf_counter() - t0
    counts = {"all PROPN": 0, "some PROPN": 0, "no PROPN": 0}
    wrong = []
    for a, b in pred:
        tags = [u for s, e, u in words if s < b and a < e]
        propn = sum(u == "PROPN" for u in tags)
        if tags and propn == len(tags):
            counts["all PROPN"] += 1
        elif propn:
            counts["some PROPN"] += 1
        else:
            counts["no PROPN"] += 1
            wrong.append(text[a:b])
    n = len(pred)
    print(f"UD German GSD dev: {text.count(chr(10))} sentences, {len(text):,} characters")
    print("| predicted persons | all words PROPN | some PROPN | no PROPN (wrong) | seconds |")
    print("|---:|---:|---:|---:|---:|")
    share = " | ".join(f"{c} ({c / n:.1%})" if n else "0" for c in counts.values())
    print(f"| {n} | {share} | {secs:.1f} |")
    print("no PROPN:", " | ".join(wrong[:60]), file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--ud", action="store_true", help="also count false persons on UD GSD")
    parser.add_argument(
        "--classes", action="store_true", help="count bitext's errors by what the gold has"
    )
    parser.add_argument(
        "--halves", action="store_true", help="score each half of the sentences apart"
    )
    parser.add_argument(
        "--bootstrap", type=int, default=0, metavar="N", help="N sentence resamples of F1"
    )
    parser.add_argument("--orgs", action="store_true", help="also score organisations (ORG)")
    parser.add_argument(
        "--per-sentence",
        action="store_true",
        help="also score bitext given one sentence at a time (no document-level rules)",
    )
    parser.add_argument("--save-spans", metavar="FILE", help="write bitext's spans (_spans.py)")
    parser.add_argument("--against", metavar="FILE", help="print spans added and removed")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA}: not found (set BITEXT_SHARED)", file=sys.stderr)
        return 2
    text, gold_spans = read_germeval(DATA)
    gold = set(gold_spans)
    rows = []
    for name, fn in (("bitext", bitext_spans), ("spaCy de_core_news_sm", spacy_spans)):
        t0 = time.perf_counter()
        pred = fn(text)
        secs = time.perf_counter() - t0
        if pred is None:
            rows.append((name, None, None, None))
            continue
        rows.append((name, score(pred, gold), overlap(pred, gold), secs))
        if name == "bitext" and args.misses:
            fn_ = sorted(gold - pred)[: args.misses]
            fp_ = sorted(pred - gold)[: args.misses]
            print("missed:", " | ".join(text[a:b] for a, b in fn_))
            print("wrong:", " | ".join(text[a:b] for a, b in fp_))
    print(f"GermEval 2014 dev: {len(gold)} gold person spans, {len(text):,} characters")
    print("| system | P | R | F1 | overlap P | overlap R | overlap F1 | seconds |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, exact, lax, secs in rows:
        if exact is None:
            print(f"| {name} | – | – | – | – | – | – | not available |")
            continue
        cells = " | ".join(f"{x:.3f}" for x in (*exact, *lax))
        print(f"| {name} | {cells} | {secs:.1f} |")
    if args.per_sentence:
        t0 = time.perf_counter()
        pred = sentence_spans(text)
        secs = time.perf_counter() - t0
        cells = " | ".join(f"{x:.3f}" for x in (*score(pred, gold), *overlap(pred, gold)))
        print(f"| bitext, one sentence at a time | {cells} | {secs:.1f} |")
    if args.save_spans or args.against:
        import _spans

        ours = bitext_spans(text)
        right = {"GermEval dev, right": [s for s in ours if s in gold]}
        spans = {**right, "GermEval dev, wrong": [s for s in ours if s not in gold]}
        if args.save_spans:
            _spans.save(args.save_spans, spans)
        if args.against:
            print()
            _spans.compare(args.against, spans, dict.fromkeys(spans, text))
    if args.orgs:
        organisations(text)
    if args.halves:
        halves(text, bitext_spans(text), gold)
    if args.bootstrap:
        bootstrap(text, bitext_spans(text), gold, args.bootstrap)
    if args.classes:
        wrong, missed = error_classes(text, bitext_spans(text), read_spans(DATA)[1])
        print("| false person, gold has | n |\n|---|---:|")
        for kind, n in wrong.most_common():
            print(f"| {kind} | {n} |")
        print("| missed person | n |\n|---|---:|")
        for kind, n in missed.most_common():
            print(f"| {kind} | {n} |")
    if args.ud:
        if UD_GSD.exists():
            ud_check(UD_GSD)
        else:
            print(f"{UD_GSD}: not found", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
