"""``bitext glossary``: build, show, check, export and import a project's name glossary."""

from __future__ import annotations

import argparse
from contextlib import contextmanager

from aligner.cli.output import json_text, line, note
from aligner.errors import BitextError
from aligner.files import (
    check_input,
    check_output,
    check_project,
    project_inputs,
    refuse_existing,
    refuse_inputs,
)
from aligner.formats.common import atomic_output
from aligner.langtag import check_lang
from aligner.progress import progress
from glossary.build import PASSES, build_entries, merge_entries, records
from glossary.consistency import check
from glossary.entries import STATUSES, Entry
from glossary.errors import GlossaryError
from glossary.formats import FORMATS, dump, dumps, load


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("glossary", help="the name glossary of a project")
    gsub = parser.add_subparsers(dest="glossary_command", metavar="ACTION")
    gsub.required = True

    p = gsub.add_parser(
        "build",
        help="find names on both sides and store them as entries; "
        "given a text file instead, list its names (as 'names find')",
    )
    p.add_argument("project", metavar="NAME.bitext|FILE")
    p.add_argument("--lang", help="language of a text file; detected if omitted")
    p.add_argument("--json", action="store_true", help="text file: print JSON records")
    p.add_argument("--persons", action="store_true", help="text file: persons only")
    p.set_defaults(func=run_build)

    p = gsub.add_parser("show", help="list the entries")
    p.add_argument("project", metavar="NAME.bitext")
    p.add_argument("--json", action="store_true", help="print the stored records as JSON")
    p.set_defaults(func=run_show)

    p = gsub.add_parser(
        "check",
        help="names missing in the target, names spelled several ways "
        "(exit status 1 when problems are found)",
    )
    p.add_argument("project", metavar="NAME.bitext")
    p.add_argument("--json", action="store_true", help="print the problems as JSON")
    p.set_defaults(func=run_check)

    p = gsub.add_parser("set", help="approve an entry or choose its canonical form")
    p.add_argument("project", metavar="NAME.bitext")
    p.add_argument("id", help="entry id (see 'glossary show')")
    p.add_argument("--canonical", help="the form to use as the entry's name")
    p.add_argument("--status", choices=STATUSES)
    p.set_defaults(func=run_set)

    p = gsub.add_parser("export", help="write the glossary for CAT tools")
    p.add_argument("project", metavar="NAME.bitext")
    p.add_argument(
        "--to",
        dest="fmt",
        required=True,
        choices=FORMATS,
        help="csv (language-code columns), omegat (tab-separated), "
        "tbx (TBX v2 martif), tbx3 (TBX-Basic v3)",
    )
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="default: stdout")
    p.add_argument(
        "--inflect",
        action="store_true",
        help="also list generated case forms (Lukasenkónak, Łukaszence) as variants",
    )
    p.add_argument("--force", action="store_true", help="replace an existing output file")
    p.set_defaults(func=run_export)

    p = gsub.add_parser(
        "import",
        help="add the entries of a CSV, OmegaT or TBX glossary (a term base stays a term base)",
    )
    p.add_argument("project", metavar="NAME.bitext")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", dest="fmt", choices=FORMATS, help="default: from the file")
    p.add_argument(
        "--src-lang",
        metavar="LANG",
        help="language of an OmegaT glossary's first column (default: the project's source)",
    )
    p.add_argument(
        "--tgt-lang",
        metavar="LANG",
        help="language of an OmegaT glossary's second column (default: the project's target)",
    )
    p.set_defaults(func=run_import)


@contextmanager
def _project(path: str, readonly: bool = False):
    try:
        from aligner.project import Project
        from aligner.project.store import damaged_as_error
    except ImportError:  # pragma: no cover - the project module ships with bitext
        raise BitextError("project files are not supported by this build", path) from None
    check_project(path)
    with damaged_as_error(path), Project.open(path, readonly=readonly) as project:
        if not project.src_lang or not project.tgt_lang:
            raise BitextError("the project has no source or target language set", path)
        for lang, which in ((project.src_lang, "source"), (project.tgt_lang, "target")):
            check_lang(lang, f"the project's {which} language", path)
        try:
            yield project
        except GlossaryError as err:
            raise BitextError(err.message, err.path or path) from None


def _entries(project) -> list[Entry]:
    return [Entry.from_dict(r) for r in project.glossary_records()]


def _is_project(path: str) -> bool:
    """A project by its name (a damaged one is refused as a project, not read as text),
    or by its SQLite header."""
    if path.endswith(".bitext"):
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return path.endswith(".bitext")  # let the project code say what is wrong


def run_build(args: argparse.Namespace) -> int:
    if args.project == "-" or not _is_project(args.project):
        from aligner.cli.names import run_find

        args.file = args.project
        return run_find(args)

    from aligner.project import rebase_records

    with _project(args.project) as project:
        beads = project.beads()
        base = project.glossary_records()
        with progress("Finding names", total=PASSES * len(beads)) as bar:
            entries = build_entries(
                beads, project.src_lang, project.tgt_lang, base, advance=bar.advance
            )
        built = records(entries)
        # Records changed by someone else while we worked keep their change.
        saved = project.update_glossary_records(
            lambda current: rebase_records(base, built, current), label="glossary build"
        )
        entries = [Entry.from_dict(r) for r in saved]
        for e in entries:
            line(e.id, e.status, e.canonical, f"{len(e.variants)} occurrences", e.type)
        if entries:
            note(f"{len(entries)} glossary entries")
        else:
            note(f"{args.project}: no names found")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with _project(args.project, readonly=True) as project:
        if args.json:
            print(json_text(project.glossary_records(), indent=2))
            return 0
        for e in _entries(project):
            line(e.id, e.status, e.canonical)
            for lang in e.langs():
                seen = dict.fromkeys([e.preferred.get(lang, ""), *e.forms(lang)])
                forms = ", ".join(f for f in seen if f)
                line("", f"{lang}: {forms}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    with _project(args.project, readonly=True) as project:
        entries = _entries(project)
        if not entries:
            raise BitextError(
                "the project has no glossary yet (run 'bitext glossary build')", args.project
            )
        beads = project.beads()
        with progress("Checking names", total=PASSES * len(beads)) as bar:
            problems = check(
                beads, project.src_lang, project.tgt_lang, entries, advance=bar.advance
            )
        if args.json:
            print(json_text([p.to_dict() for p in problems], indent=2))
        else:
            for p in problems:
                line(p.describe())
        note(f"{len(problems)} name problems")
    return 1 if problems else 0


def run_set(args: argparse.Namespace) -> int:
    if args.canonical is not None and not args.canonical.strip():
        raise BitextError("empty canonical form", args.project)
    changed: list[Entry] = []

    def change(current: list[dict]) -> list[dict]:
        # Runs inside the write transaction: another process's change cannot slip in between.
        entries = [Entry.from_dict(r) for r in current]
        entry = next((e for e in entries if e.id == args.id), None)
        if entry is None:
            raise BitextError(f"no glossary entry {args.id!r}", args.project)
        if args.canonical is not None:
            entry.canonical, entry.canonical_set = args.canonical.strip(), True
        if args.status:
            entry.status = args.status
        changed.append(entry)
        return records(entries)

    with _project(args.project) as project:
        project.update_glossary_records(change, label=f"glossary: set {args.id}")
        entry = changed[-1]
        line(entry.id, entry.status, entry.canonical)
    return 0


def run_export(args: argparse.Namespace) -> int:
    if args.output != "-":
        check_output(args.output)  # before the work, so a typo in -o costs nothing
    with _project(args.project, readonly=True) as project:
        if args.output != "-":
            refuse_inputs(args.output, project_inputs(project))
            refuse_existing(args.output, args.force)
        entries, src, tgt = _entries(project), project.src_lang, project.tgt_lang
        if args.output == "-":  # all or nothing on stdout
            data = dumps(entries, args.fmt, src, tgt, args.inflect)
    try:
        with atomic_output(args.output, binary=True) as out:
            if args.output == "-":
                out.write(data)
            else:  # a big glossary goes out entry by entry
                dump(out, entries, args.fmt, src, tgt, args.inflect)
            out.flush()
    except GlossaryError as err:
        raise BitextError(err.message, args.project) from None
    return 0


def run_import(args: argparse.Namespace) -> int:
    src = check_lang(args.src_lang, "--src-lang") if args.src_lang else None
    tgt = check_lang(args.tgt_lang, "--tgt-lang") if args.tgt_lang else None
    check_input(args.file, "glossary file")  # a FIFO or a device would block the reader
    with _project(args.project) as project:
        try:
            with progress("Reading the glossary", total=None):
                incoming = load(
                    args.file, src or project.src_lang, tgt or project.tgt_lang, args.fmt
                )
        except GlossaryError as err:
            raise BitextError(err.message, err.path or args.file) from None
        if not incoming:
            raise BitextError("no glossary entries found", args.file)
        for entry in incoming:  # tags from the file: BCP 47 or nothing
            for lang in entry.langs():
                check_lang(lang, f"entry {entry.id!r}: language", args.file)
        merged = project.update_glossary_records(
            lambda current: records(merge_entries([Entry.from_dict(r) for r in current], incoming)),
            label="glossary import",
        )
        terms = sum(e.type == "term" for e in incoming)
        kinds = f", {terms} of them terms" if terms else ""
        note(f"imported {len(incoming)} entries{kinds} ({len(merged)} in the glossary)")
    return 0
