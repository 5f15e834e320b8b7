"""Name glossary: find transliterated names and group their variants into entries.

``glossary`` never imports ``aligner``; ``aligner`` may use ``glossary``.
"""
