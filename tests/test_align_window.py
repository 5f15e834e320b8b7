"""A far longer side: a window of it is aligned, the rest unpaired in bulk, with a warning."""

from __future__ import annotations

from align_support import made_up_lines, sample_pair

from aligner.align import align, anchors, focus
from aligner.cli import main

AT = 2500


def letter() -> tuple[list[str], list[str]]:
    return sample_pair("letter.de-en.tsv")


def filler(n: int, seed: int = 5) -> list[str]:
    """Lines of made-up words: no number, no word of the letter."""
    return made_up_lines(n, seed, (4, 14))


def long_text(n: int = 4000) -> tuple[list[str], list[str]]:
    de, en = letter()
    lines = filler(n)
    lines[AT:AT] = de
    return lines, en


def test_the_window_holds_the_translation_and_the_rest_is_unpaired():
    src, tgt = long_text()
    result = align(src, tgt, src_lang="de", tgt_lang="en", progress=False)
    result.check()
    start, stop = result.info["window"]["src"]
    assert start <= AT and AT + len(tgt) <= stop
    pairs = {(b.src[0], b.tgt[0]) for b in result.beads if b.kind == "1-1"}
    assert len(pairs & {(AT + k, k) for k in range(len(tgt))}) >= len(tgt) - 2
    outside = [b for b in result.beads if b.src and not start <= b.src[0] < stop]
    assert len(outside) == len(src) - (stop - start)
    assert all(not b.tgt and b.score == 1.0 for b in outside)
    # most of the long text has no counterpart: that is a mismatch, and it says where
    verdict = result.info["mismatch"]
    assert verdict["share"] > 0.9
    assert [0, start] in [r["src"] for r in verdict["regions"]]
    assert [stop, len(src)] in [r["src"] for r in verdict["regions"]]


def test_the_long_side_may_be_either_side():
    src, tgt = long_text()
    result = align(tgt, src, src_lang="en", tgt_lang="de", progress=False)
    result.check()
    start, stop = result.info["window"]["tgt"]
    pairs = {(b.src[0], b.tgt[0]) for b in result.beads if b.kind == "1-1"}
    assert len(pairs & {(k, AT + k) for k in range(len(tgt))}) >= len(tgt) - 2


def test_only_the_window_is_read_for_features(monkeypatch):
    """The work beyond one cheap scan follows the short side, not the long one."""
    calls = []
    real = anchors.sentence_features

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(anchors, "sentence_features", counted)
    src, tgt = long_text(20_000)
    align(src, tgt, src_lang="de", tgt_lang="en", progress=False)
    reach = (6 - 1) * len(tgt)
    assert 0 < len(calls) <= reach + len(tgt)


def test_texts_that_can_all_pair_are_aligned_whole():
    src, tgt = letter()
    assert focus.window(tgt, src * 100, max_bead=6, chars=10_000) is None  # under MIN_LINES
    many = filler(3000)
    assert focus.window(many[:600], many, max_bead=6, chars=10_000) is None  # 3000 <= 2 * 5 * 600


def test_cli_warns_at_once_and_strict_exits_1(tmp_path, capsys):
    src, tgt = long_text()
    a, b = tmp_path / "long.txt", tmp_path / "letter.txt"
    a.write_text("\n".join(src) + "\n", encoding="utf-8")
    b.write_text("\n".join(tgt) + "\n", encoding="utf-8")
    assert main(["align", str(a), str(b), "--presegmented", "--strict"]) == 1
    captured = capsys.readouterr()
    cells = [line.rsplit(":", 1)[0].split("]:[") for line in captured.out.splitlines()]
    covered = sorted(int(i) for left, _ in cells for i in left.strip("[").split(",") if i.strip())
    assert covered == list(range(len(src)))
    warning = [ln for ln in captured.err.splitlines() if "warning" in ln]
    assert len(warning) == 1 and "share no evidence" in warning[0]
    assert f"-{len(src)}, no target sentence" in warning[0]
