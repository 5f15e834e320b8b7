"""Offline language guess from stopwords and letters: enough to pick segmentation rules.

Each language has a short list of its most frequent function words and, for
Cyrillic, the letters that tell Russian, Ukrainian, Belarusian and Bulgarian
apart. The guess is the language whose words cover the most tokens; it returns
None when the text is too short or the evidence is weak, so the caller can ask
for ``--lang`` instead of guessing wrong.
"""

from __future__ import annotations

import re

_STOPWORDS: dict[str, str] = {
    "de": "der die das und ist nicht ein eine mit von den zu sich auf für dem des im am auch es "
    "sie ich wir er war wird werden nach bei aus wie noch dass sind hat ließ seit haben "
    "einen einem einer zum zur vom beim über unter oder aber wenn nur schon sein ihre",
    "en": "the and of to is in that it was for with as on be are by this have from at "
    "not but an they which he she we you has had were",
    "hu": "a az és hogy nem is egy de meg volt van ez azt már csak mint el ki be fel "
    "még mert vagy pedig lesz nagyon között után akik aki amely amit óta szerint voltak "
    "lett majd ahol akkor úgy így vannak azonban ezért egyik sem",
    "fr": "le la les et est des une un du dans que qui pour pas sur au il elle ce sont "
    "avec ne se plus par mais ont été nous vous",
    "pl": "i w nie na że się z do to jest jak ale po co tak za od przez są dla jego był "
    "być oraz już tylko które która który",
    "cs": "a v je se na že to s z do jako ale by pro o jsem jsou bylo který která "
    "také jeho když nebo už jen podle",
    "sk": "a v je sa na že to s z do ako ale by pre o som sú bolo ktorý ktorá tiež jeho "
    "keď alebo už len podľa",
    "es": "el la de que y en los las del se por un una con no para es al lo como más "
    "pero sus le ya o fue ha",
    "it": "il la di che e è un una per non del della in con sono si da al lo gli le "
    "ma come anche più ha",
    "nl": "de het een en van is dat op te in niet zijn met voor er aan ook als "
    "maar bij nog wordt door heeft hebben werd naar uit",
    "pt": "o a de que e do da em um uma para com não os as no na se por mais dos das "
    "como mas foi ao",
    "ru": "и в не на что я с он как это по но из у к так же от все она было был они "
    "бы только его её мы для",
    "uk": "і в не на що я з він як це по але із у до так же від все вона було був "
    "вони б тільки його ми для та",
    "be": "і ў не на што я з ён як гэта па але у да так ад усе яна было быў яны б "
    "толькі яго мы для",
    "bg": "и в не на че да се с от за е като по са но това той тя ще от бъде беше при или които",
}

_WORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+")
# Letters that only some languages of a script use: a small bonus when present.
_LETTER_MARKS = {
    "uk": set("їєґ"),
    "be": set("ў"),
    "ru": set("ыэ"),
    "cs": set("řěů"),
    "sk": set("ľĺŕô"),
    "pl": set("łąęśźżń"),
    "hu": set("őű"),
    "de": set("ß"),
}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure."""
    sample = text[:20000].lower()
    tokens = _TOKEN.findall(sample)
    if len(tokens) < 3:
        return None
    cyrillic = sum(1 for t in tokens if "\u0400" <= t[0] <= "\u04ff")
    scores: dict[str, float] = {}
    for lang, words in _WORDS.items():
        is_cyr = lang in ("ru", "uk", "be", "bg")
        if is_cyr != (cyrillic > len(tokens) / 2):
            continue
        scores[lang] = sum(1 for t in tokens if t in words) / len(tokens)
    letters = set(sample)
    for lang, marks in _LETTER_MARKS.items():
        if lang in scores and letters & marks:
            scores[lang] += 0.1
    if "uk" in scores and letters & _LETTER_MARKS["ru"]:
        scores["uk"] -= 0.2  # Ukrainian has no ы or э
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, score = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < 0.05 or score - runner < 0.02:
        return None
    return best
