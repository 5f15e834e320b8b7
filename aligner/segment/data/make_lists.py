"""Make ``lists/<lang>.tsv``: abbreviations from general sources, each with its kind.

Sources (nothing is added by hand):

* the Moses nonbreaking-prefix lists that sacremoses ships
  (``sacremoses/_data_nonbreaking_prefixes.py``; Moses, LGPL-2.1), with their
  ``#NUMERIC_ONLY#`` marks;
* the sentence-break suppressions of Unicode CLDR (the npm package
  ``cldr-segments-full``, ``segments/<lang>/suppressions.json``; Unicode License V3),
  fetched with ``npm pack``;
* the Hunspell dictionaries of Debian (``hunspell-<lang>`` packages), only to tell
  the kind of an entry: in the dictionaries that list abbreviations with their
  full stop (Czech, German, Hungarian), an entry that is also a word on its own
  ("slov", "čas", "Port") is ambiguous.

Kinds: ``numeric`` (an abbreviation only before a number: "Nr. 5"), ``ambiguous``
(also a word: a sentence may end on it, and the next word decides), ``always``
(every other entry). Run from the repository root, with ``hunspell`` and the
dictionaries installed (``apt-get install hunspell hunspell-cs hunspell-de-de ...``):

    python -m aligner.segment.data.make_lists [--cldr DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "lists"
CLDR_PACKAGE = "cldr-segments-full@46.1.0"
LANGS = (
    "as bn ca cs de el en es et fi fr ga gu hi hu is it kn lt lv ml mni mr nl or pa pl pt "
    "ro ru sk sl sv ta te yue zh ja".split()
)
# Hunspell dictionaries that list abbreviations with their full stop.
DOTTED_DICTIONARIES = {"cs": "cs_CZ", "de": "de_DE", "hu": "hu_HU"}


def moses(lang: str) -> dict[str, str]:
    """Entry -> kind from the Moses list sacremoses ships (no import of sacremoses)."""
    import importlib.util

    spec = importlib.util.find_spec("sacremoses")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("sacremoses is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "_data_nonbreaking_prefixes.py"
    loader = importlib.util.spec_from_file_location("_moses_data", path)
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    text = module.NONBREAKING_PREFIXES.get(f"nonbreaking_prefix.{lang}", "")
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "#NUMERIC_ONLY#" in line:
            out[line.split("#", 1)[0].strip()] = "numeric"
        else:
            out[line] = "always"
    return out


def cldr(root: Path, lang: str) -> set[str]:
    """CLDR's sentence-break suppressions for ``lang`` (without their final stop)."""
    path = root / "package" / "segments" / lang / "suppressions.json"
    if not path.exists():
        return set()
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data["segments"]["segmentations"].get("SentenceBreak", {}).get("standard", [])
    return {e["suppression"].rstrip(".").replace(". ", ".") for e in entries}


def fetch_cldr(into: Path) -> Path:
    subprocess.run(["npm", "pack", CLDR_PACKAGE, "--silent"], cwd=into, check=True)
    archive = next(into.glob("cldr-segments-full-*.tgz"))
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into


def words(lang: str, entries: list[str]) -> set[str]:
    """The entries the language's Hunspell dictionary accepts as words without a stop."""
    dictionary = DOTTED_DICTIONARIES.get(lang)
    if dictionary is None or not entries:
        return set()
    if shutil.which("hunspell") is None:
        raise SystemExit("hunspell is not installed")
    plain = [e for e in entries if re.fullmatch(r"[^\W\d_]{2,}", e)]
    proc = subprocess.run(
        ["hunspell", "-d", dictionary, "-G"],
        input="\n".join(plain) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    return set(proc.stdout.split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cldr", type=Path, help="an unpacked cldr-segments-full (else npm pack)")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.cldr or fetch_cldr(Path(tmp))
        for lang in LANGS:
            kinds = moses(lang)
            sources = {e: "moses" for e in kinds}
            for e in sorted(cldr(root, lang)):
                sources[e] = "moses+cldr" if e in kinds else "cldr"
                kinds.setdefault(e, "always")
            for e in words(lang, sorted(e for e, k in kinds.items() if k == "always")):
                kinds[e] = "ambiguous"
            if not kinds:
                continue
            lines = [f"{e}\t{kinds[e]}\t{sources[e]}" for e in sorted(kinds)]
            header = (
                f"# Abbreviations for {lang}, made by make_lists.py; see lists/README.md.\n"
                "# entry\tkind\tsource\n"
            )
            (OUT / f"{lang}.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
            print(f"{lang}: {len(lines)} entries", flush=True)


if __name__ == "__main__":
    main()
