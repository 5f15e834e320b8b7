"""Real translations nobody here wrote: the gettext catalogues this machine has installed.

Skipped where they are absent (a container without translated software).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from aligner.align import align

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import align_messages  # noqa: E402


@pytest.fixture(scope="module")
def ukrainian() -> list[tuple[str, str]]:
    german = align_messages.catalogue("de")
    pairs = align_messages.pairs("uk", german, least=10) if german else []
    if len(pairs) < 400:
        pytest.skip("German and Ukrainian message catalogues not installed")
    return pairs


def test_a_translation_whose_short_lines_share_few_words_is_no_mismatch(ukrainian):
    # menu entries and keyboard names in two scripts: a third of the pairs share
    # nothing, and every pair is still a translation
    doc = ukrainian[:200]
    result = align([d for d, _ in doc], [x for _, x in doc], src_lang="de", tgt_lang="uk")
    assert result.info["mismatch"] is None
    pairs = {(b.src[0], b.tgt[0]) for b in result.beads if len(b.src) == len(b.tgt) == 1}
    assert len(pairs & {(k, k) for k in range(200)}) >= 198


def test_messages_of_other_programs_are_a_mismatch(ukrainian):
    german = [d for d, _ in ukrainian[:200]]
    other = [x for _, x in ukrainian[200:400]]
    result = align(german, other, src_lang="de", tgt_lang="uk")
    assert result.info["mismatch"] is not None
    assert result.info["mismatch"]["regions"][0]["src"] == [0, 200]
