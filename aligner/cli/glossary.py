"""``bitext glossary``: build, show, check, export and import a project's name glossary."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager

from aligner.errors import BitextError
from aligner.files import check_output
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

    p = gsub.add_parser("build", help="find names on both sides and store them as entries")
    p.add_argument("project", metavar="NAME.bitext")
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
    except ImportError:  # pragma: no cover - the project module ships with bitext
        raise BitextError("project files are not supported by this build", path) from None
    with Project.open(path, readonly=readonly) as project:
        if not project.src_lang or not project.tgt_lang:
            raise BitextError("the project has no source or target language set", path)
        try:
            yield project
        except GlossaryError as err:
            raise BitextError(err.message, err.path or path) from None


def _entries(project) -> list[Entry]:
    return [Entry.from_dict(r) for r in project.glossary_records()]


def run_build(args: argparse.Namespace) -> int:
    with _project(args.project) as project:
        beads = project.beads()
        with progress("Finding names", total=PASSES * len(beads)) as bar:
            entries = build_entries(
                beads,
                project.src_lang,
                project.tgt_lang,
                project.glossary_records(),
                advance=bar.advance,
            )
        project.save_glossary_records(records(entries))
        for e in entries:
            print(f"{e.id}\t{e.status}\t{e.canonical}\t{len(e.variants)} occurrences")
        print(f"bitext: {len(entries)} glossary entries", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    with _project(args.project, readonly=True) as project:
        if args.json:
            print(json.dumps(project.glossary_records(), ensure_ascii=False, indent=2))
            return 0
        for e in _entries(project):
            print(f"{e.id}\t{e.status}\t{e.canonical}")
            for lang in e.langs():
                seen = dict.fromkeys([e.preferred.get(lang, ""), *e.forms(lang)])
                forms = ", ".join(f for f in seen if f)
                print(f"\t{lang}: {forms}")
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
            print(json.dumps([p.to_dict() for p in problems], ensure_ascii=False, indent=2))
        else:
            for p in problems:
                print(p.describe())
        print(f"bitext: {len(problems)} name problems", file=sys.stderr)
    return 1 if problems else 0


def run_set(args: argparse.Namespace) -> int:
    with _project(args.project) as project:
        entries = _entries(project)
        entry = next((e for e in entries if e.id == args.id), None)
        if entry is None:
            raise BitextError(f"no glossary entry {args.id!r}", args.project)
        if args.canonical is not None:
            if not args.canonical.strip():
                raise BitextError("empty canonical form", args.project)
            entry.canonical, entry.canonical_set = args.canonical.strip(), True
        if args.status:
            entry.status = args.status
        project.save_glossary_records(records(entries))
        print(f"{entry.id}\t{entry.status}\t{entry.canonical}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    if args.output != "-":
        check_output(args.output)  # before the work, so a typo in -o costs nothing
    with _project(args.project, readonly=True) as project:
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
        merged = merge_entries(_entries(project), incoming)
        project.save_glossary_records(records(merged))
        terms = sum(e.type == "term" for e in incoming)
        kinds = f", {terms} of them terms" if terms else ""
        print(
            f"bitext: imported {len(incoming)} entries{kinds} ({len(merged)} in the glossary)",
            file=sys.stderr,
        )
    return 0
