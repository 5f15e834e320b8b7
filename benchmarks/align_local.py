"""Damage stays local: Text+Berg dev with a passage inserted into one text or cut from it.

    .bench/bin/python benchmarks/align_local.py [--before TREE] [--strip] [--wide] [--replay]
    .bench/bin/python benchmarks/align_local.py --history en|fr|ru

Ten damaged copies of the dev document: 20 unrelated sentences (UD French
GSD into the French text, UD German GSD into the German one) inserted at a
quarter, half and three quarters of the document, and the sentences of 15
gold beads cut from one text at 30 % and 60 %. Each copy is aligned and
compared with the alignment of the undamaged document: a bead of that
alignment whose sentences lie more than RADIUS sentences from the damage
should come out again, unchanged. The table gives, per aligner, the mean
strict F1 on the damaged copies (the gold adjusted: inserted sentences are
unpaired, the partners of cut ones too), how many far beads changed, and
how many of those had been right. ``--before TREE`` runs the same on
another checkout of bitext (e.g. ``git archive`` of an earlier commit) in
its own process, for a row beside this one; hunalign (see _hunalign.py)
runs on the same copies when built. ``--strip`` strips each dev line as
``bitext align --presegmented`` does (every Text+Berg line ends in a space);
``--wide`` runs 22 other copies instead (inserts at eight other places per
text, from other UD sentences, and three other cuts per text), for a count
less ruled by a few near ties. ``--replay`` runs bitext a second time with
every estimate of the undamaged document (length ratio and spread, the
similarity's scales, the lexicon, the bead-type floor) handed back to each
damaged copy in place of its own: the far beads that still change do so
through the evidence itself (a feature's weight follows its document
frequency), not through an estimate.

``--history LANG`` measures a second document with no gold: Debian's project
history, German beside ``LANG`` (en, fr or ru; ``debian-history`` unpacked into
``.bench/debian-history``, see names_debian.py), each side split by bitext. The
undamaged alignment is the reference: 20 UD sentences inserted into each side at
a fifth, two, three and four fifths of its two-sided beads, and the sentences of
15 of them cut from each side at 30 % and 70 %; per copy, the beads far from the
damage that changed, and of them how many had a confidence of 0.05 or less.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import _hunalign

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "benchmarks" / "textberg-de-fr" / "dev"
UD = SHARED / "benchmarks" / "ud"
BLOCK = 20
CUT_BEADS = 15
RADIUS = 15

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def load(strip: bool = False):
    sys.path.insert(0, str(SHARED / "tools"))
    import align_score

    src = (DEV / "dev.de").read_text(encoding="utf-8").splitlines()
    tgt = (DEV / "dev.fr").read_text(encoding="utf-8").splitlines()
    if strip:
        src, tgt = [s.strip() for s in src], [t.strip() for t in tgt]
    return src, tgt, align_score.read_alignments(str(DEV / "dev.defr")), align_score


def ud(name: str, limit: int, skip: int) -> list[str]:
    path = next((UD / name).glob("*-ud-dev.conllu"))
    lines = path.read_text(encoding="utf-8").splitlines()
    texts = [ln[9:].strip() for ln in lines if ln.startswith("# text = ")]
    return texts[skip : skip + limit]


#: Where the damage goes: (inserts, cuts) as fractions of the gold beads.
PLACES = ((0.25, 0.5, 0.75), (0.3, 0.6))
#: With --wide: 22 more copies elsewhere, other UD sentences (skip + 7).
WIDE = ((0.12, 0.2, 0.33, 0.4, 0.6, 0.67, 0.8, 0.88), (0.15, 0.45, 0.75))


def cases(
    gold: list[Bead], places=PLACES, skip: int = 0, treebanks=("UD_German-GSD", "UD_French-GSD")
) -> list[dict]:
    """Each damage: kind, side (0 German, 1 the other), [lo, hi) in that side's numbering;
    inserts come from ``treebanks`` (German's, the other side's)."""
    out = []
    inserts, cuts = places
    for side in (1, 0):
        name = treebanks[side]
        for frac in inserts:
            lo = gold[int(frac * len(gold))][side][0]
            block = ud(name, BLOCK, int(frac * 100) + skip)
            out.append({"kind": "insert", "side": side, "lo": lo, "hi": lo + BLOCK, "block": block})
    for side in (1, 0):
        for frac in cuts:
            k = int(frac * len(gold))
            cut = sorted(i for bead in gold[k : k + CUT_BEADS] for i in bead[side])
            out.append({"kind": "cut", "side": side, "lo": cut[0], "hi": cut[-1] + 1})
    return out


def damaged(src, tgt, case) -> tuple[list[str], list[str]]:
    texts = [list(src), list(tgt)]
    side, lo, hi = case["side"], case["lo"], case["hi"]
    if case["kind"] == "insert":
        texts[side][lo:lo] = case["block"]
    else:
        del texts[side][lo:hi]
    return texts[0], texts[1]


def _renumber(beads, case, forward: bool) -> list[Bead]:
    """Beads from undamaged to damaged numbering (forward) or back; emptied beads dropped."""
    side, lo, hi = case["side"], case["lo"], case["hi"]
    width = hi - lo
    grows = (case["kind"] == "insert") == forward
    out = []
    for bead in beads:
        sides = list(bead)
        if grows:  # make room: indices from lo move up
            sides[side] = tuple(i + width if i >= lo else i for i in sides[side])
        else:  # indices in [lo, hi) go, later ones move down
            kept = [i for i in sides[side] if not lo <= i < hi]
            sides[side] = tuple(i - width if i >= hi else i for i in kept)
        if sides[0] or sides[1]:
            out.append((tuple(sides[0]), tuple(sides[1])))
    return out


def damaged_gold(gold, case) -> list[Bead]:
    out = _renumber(gold, case, forward=True)
    if case["kind"] == "insert":
        side = case["side"]
        out += [((i,), ()) if side == 0 else ((), (i,)) for i in range(case["lo"], case["hi"])]
    return out


def far_changed(clean: list[Bead], dmg: list[Bead], case) -> list[Bead]:
    """Beads of the clean alignment far from the damage that the damaged run changed."""
    back = set(_renumber(dmg, case, forward=False))
    side, lo = case["side"], case["lo"]
    hi = case["hi"] if case["kind"] == "cut" else lo
    return [
        bead
        for bead in clean
        if bead not in back
        and bead[side]  # a bead with nothing on the damaged side has no distance to it
        and not any(lo - RADIUS <= i < hi + RADIUS for i in bead[side])
    ]


def far_changes(clean: list[Bead], dmg: list[Bead], case, gold) -> tuple[int, int]:
    """(beads of the clean alignment far from the damage that changed, of them right)."""
    far = far_changed(clean, dmg, case)
    right = set(gold)
    return len(far), sum(bead in right for bead in far)


def measure(aligner, strip: bool = False, wide: bool = False) -> dict:
    """Mean strict F1 over the copies and far changes, for ``aligner(src, tgt) -> beads``."""
    src, tgt, gold, scorer = load(strip)
    clean = aligner(src, tgt)
    f1, changed, broken = [], 0, 0
    for case in cases(gold, WIDE, 7) if wide else cases(gold):
        s, t = damaged(src, tgt, case)
        dmg = aligner(s, t)
        f1.append(scorer.score([damaged_gold(gold, case)], [dmg])["f1_strict"])
        c, b = far_changes(clean, dmg, case, gold)
        changed, broken = changed + c, broken + b
    clean_f1 = scorer.score([gold], [clean])["f1_strict"]
    return {"clean": clean_f1, "f1": f1, "changed": changed, "broken": broken}


class Replay:
    """Record the estimates of one alignment, then hand them back, in the same order,
    to later ones (``--replay``): what is left changing is not the estimates' doing."""

    NAMES = ("refit_length", "type_floor", "random_scale", "fit_scale", "learn")

    def __init__(self) -> None:
        import aligner.align as top
        from aligner.align import calibrate, lexicon, settled

        owners = {"refit_length": settled, "type_floor": top, "learn": lexicon}
        self.targets = {n: owners.get(n, calibrate) for n in self.NAMES}
        self.log: dict[str, list] = {n: [] for n in self.NAMES}
        self.pos: dict[str, int] = {}
        self.recording = True
        for name, owner in self.targets.items():
            setattr(owner, name, self._wrap(name, getattr(owner, name)))

    def _wrap(self, name: str, real):
        def call(*args, **kwargs):
            if self.recording:
                self.log[name].append(real(*args, **kwargs))
                return self.log[name][-1]
            at = self.pos.get(name, 0)
            self.pos[name] = at + 1
            return self.log[name][at] if at < len(self.log[name]) else real(*args, **kwargs)

        return call

    def beads(self, src, tgt) -> list[Bead]:
        """The first call records (the undamaged document), every later one replays."""
        self.pos = {}
        out = bitext_beads(src, tgt)
        self.recording = False
        return out


def bitext_beads(src, tgt) -> list[Bead]:
    from aligner.align import align

    result = align(src, tgt, src_lang="de", tgt_lang="fr", progress=False)
    return [(tuple(b.src), tuple(b.tgt)) for b in result.beads]


def hunalign_beads(src, tgt) -> list[Bead]:
    out = _hunalign.run(src, tgt)
    if "error" in out:
        raise RuntimeError(out["error"])
    return out["beads"]


#: UD's treebank of each language read by --history, for the inserted sentences.
HISTORY_UD = {
    "de": "UD_German-GSD",
    "en": "UD_English-EWT",
    "fr": "UD_French-GSD",
    "ru": "UD_Russian-GSD",
}
#: Where --history's damage goes, as fractions of the undamaged alignment's two-sided beads.
HISTORY_PLACES = ((0.2, 0.4, 0.6, 0.8), (0.3, 0.7))


def history(lang: str) -> int:
    """--history: far beads changed on Debian's project history, de beside ``lang``."""
    from names_debian import read_text, sentences

    from aligner.align import align

    base = ROOT / ".bench" / "debian-history"
    try:
        de = [s.text.strip() for s in sentences(read_text(base, "de"), "de")]
        other = [s.text.strip() for s in sentences(read_text(base, lang), lang)]
    except FileNotFoundError as err:
        print(f"{err.filename}: not found (see names_debian.py)", file=sys.stderr)
        return 2

    def run(src, tgt):
        result = align(src, tgt, src_lang="de", tgt_lang=lang, progress=False)
        return [((tuple(b.src), tuple(b.tgt)), b.score) for b in result.beads]

    scored = run(de, other)
    clean = [b for b, _ in scored]
    confidence = dict(scored)
    print(f"Debian's project history, de-{lang}: {len(de)} / {len(other)} sentences")
    print("| copy | damage | far beads changed | of them confidence ≤ 0.05 |")
    print("|---|---|---:|---:|")
    total = weak = 0
    two_sided = [b for b in clean if b[0] and b[1]]
    treebanks = (HISTORY_UD["de"], HISTORY_UD[lang])
    for k, case in enumerate(cases(two_sided, HISTORY_PLACES, 0, treebanks), 1):
        src, tgt = damaged(de, other, case)
        far = far_changed(clean, [b for b, _ in run(src, tgt)], case)
        low = sum(confidence[b] <= 0.05 for b in far)
        total, weak = total + len(far), weak + low
        where = f"{case['kind']} {'de' if case['side'] == 0 else lang} at {case['lo']}"
        print(f"| {k} | {where} | {len(far)} | {low} |", flush=True)
    print(f"| all | | {total} | {weak} |")
    return 0


def row(name: str, r: dict) -> str:
    mean = sum(r["f1"]) / len(r["f1"])
    cells = " ".join(f"{f:.3f}" for f in r["f1"])
    return f"| {name} | {r['clean']:.3f} | {mean:.3f} | {cells} | {r['changed']} | {r['broken']} |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, help="another bitext checkout to run beside this one")
    ap.add_argument("--strip", action="store_true", help="strip each line, as the CLI does")
    ap.add_argument("--wide", action="store_true", help="22 other copies (per-copy cells in order)")
    ap.add_argument(
        "--replay", action="store_true", help="a row with the undamaged run's estimates"
    )
    ap.add_argument(
        "--history", metavar="LANG", choices=("en", "fr", "ru"), help="Debian's history instead"
    )
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.history:
        return history(args.history)
    if args.json:  # the child process of --before
        print(json.dumps(measure(bitext_beads, args.strip, args.wide)))
        return 0
    print(
        "| aligner | clean strict F1 | damaged, mean strict F1 | per copy (3 inserts fr, "
        "3 inserts de, 2 cuts fr, 2 cuts de) | far beads changed | of them right before |"
    )
    print("|---|---|---|---|---|---|")
    print(row("bitext", measure(bitext_beads, args.strip, args.wide)), flush=True)
    if args.replay:
        replayed = measure(Replay().beads, args.strip, args.wide)
        print(row("bitext, the undamaged run's estimates", replayed), flush=True)
    if args.before:
        proc = subprocess.run(
            [sys.executable, __file__, "--json"]
            + (["--strip"] if args.strip else [])
            + (["--wide"] if args.wide else []),
            capture_output=True,
            text=True,
            check=True,
            env=dict(os.environ, PYTHONPATH=str(args.before)),
        )
        print(row(f"bitext at {args.before.name}", json.loads(proc.stdout)), flush=True)
    if _hunalign.available():
        hunalign = measure(hunalign_beads, args.strip, args.wide)
        print(row("hunalign 1.1, no dictionary", hunalign), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
