"""Reading the lists of ``glossary/data`` and the folded form words are looked up in.

The base the modules of word and name lists share: apart from them, so that each
reads its files without importing another, and the imports run one way.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def _lines(name: str) -> list[str]:
    """The lines of a list in ``glossary/data`` (the long ones are stored gzipped)."""
    path = DATA / name
    if name.endswith(".gz"):
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1 << 17)
def fold(word: str) -> str:
    """Lower case without accents: the form lists are looked up in. Ukrainian ґ, which
    many lists write as г in borrowed names (Дуґлас, Дуглас), folds to г as well, and
    the apostrophe inside a Ukrainian or Belarusian word is one however it is typed
    (*Мар'яна*, *Мар’яна*, *Марʼяна*)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("’", "'").replace("ʼ", "'").replace("ґ", "г")
