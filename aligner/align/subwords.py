"""Cognates through subwords: a SentencePiece model trained on both texts at once.

Trained jointly, the model gives one vocabulary to both languages; pieces that
occur on both sides are shared stems (names, loan words, cognates such as
Expedition / expédition) even where the four-letter prefix rule misses them
(Dhaulagiri / Daulagiri, or a stem inside a German compound). Training is seeded,
single-threaded and in memory, so the same input always gives the same pieces.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Sequence

import sentencepiece as spm

from aligner.align.anchors import fold_text

#: Shorter pieces are mostly inflections and function words.
MIN_PIECE = 4
MAX_TRAIN_SENTENCES = 20_000
SEED = 20240917
ENCODE_BLOCK = 5000
#: Training time grows with the square of a token's length; no word is this long.
_LONG_TOKEN = re.compile(r"\S{65,}")


def piece_features(src: Sequence[str], tgt: Sequence[str]) -> tuple[list[set[str]], list[set[str]]]:
    """Per sentence, the set of subword pieces (prefixed ``s``) of length >= MIN_PIECE."""
    texts = [fold_text(t.lower()) for t in (*src, *tgt)]
    sample = _sample([_LONG_TOKEN.sub(" ", t) for t in texts if t.strip()], MAX_TRAIN_SENTENCES)
    chars = sum(len(t) for t in sample)
    # the vocabulary follows the number of distinct words, not the length:
    # a book twice as long, or the same text repeated, keeps the same pieces
    types = len({w for t in sample for w in t.split()})
    vocab = int(min(8000, max(200, types * 3 // 8)))
    if len(sample) < 10 or chars < 2000:
        return [set() for _ in src], [set() for _ in tgt]
    model = io.BytesIO()
    spm.set_random_generator_seed(SEED)
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sample),
        model_writer=model,
        vocab_size=vocab,
        model_type="unigram",
        character_coverage=1.0,
        num_threads=1,
        hard_vocab_limit=False,
        minloglevel=2,
        max_sentence_length=20_000,
    )
    sp = spm.SentencePieceProcessor(model_proto=model.getvalue())
    first = _encode(sp, texts[: len(src)])
    # the second side keeps only pieces the first has: no other piece can be shared
    vocab = set().union(*first)
    return first, [f & vocab for f in _encode(sp, texts[len(src) :])]


def _encode(sp, texts: list[str]) -> list[set[str]]:
    """Pieces per text, in blocks: the pieces of 400k sentences at once would
    take more memory than everything else the aligner holds."""
    feats = []
    for k in range(0, len(texts), ENCODE_BLOCK):
        for ps in sp.encode(texts[k : k + ENCODE_BLOCK], out_type=str):
            stems = (p.lstrip("▁") for p in ps)
            feats.append(
                {sys.intern("s" + p) for p in stems if len(p) >= MIN_PIECE and p.isalpha()}
            )
    return feats


def _sample(texts: list[str], limit: int) -> list[str]:
    """Every k-th sentence: deterministic, and spread over the whole text."""
    if len(texts) <= limit:
        return texts
    step = len(texts) / limit
    return [texts[int(k * step)] for k in range(limit)]
