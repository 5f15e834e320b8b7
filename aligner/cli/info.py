"""``bitext info NAME.bitext``: what a project holds and how far its review has come."""

from __future__ import annotations

import argparse
import json

from aligner.cli.output import json_text
from aligner.errors import printable
from aligner.files import check_project
from aligner.project import Project
from aligner.project.store import damaged_as_error


def register(sub) -> None:
    parser = sub.add_parser(
        "info",
        help="show a project's languages, counts, bead types and review progress",
        description="Show a project's languages, documents, counts, bead types and review "
        "progress.",
    )
    parser.add_argument("project", metavar="NAME.bitext", help="project file")
    parser.add_argument("--json", action="store_true", help="print the facts as JSON")
    parser.set_defaults(func=run)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def format_info(info: dict) -> str:
    """The human-readable report, one fact per line."""
    lines = [f"project   {info['path']}  (schema {info['schema_version']})"]
    if info.get("readonly"):
        lines.append(f"access    read-only: {info['readonly']}")
    lines.append(f"created   {info['created']} by {info['creator']}")
    for side, label in (("src", "source"), ("tgt", "target")):
        doc = info["documents"][side]
        edited = f", {doc['edited']} edited" if doc["edited"] else ""
        lines.append(
            f"{label:<9} {doc['lang'] or '?'}  {doc['path'] or '-'}  "
            f"{doc['segments']} segments{edited}, {doc['characters']} characters"
        )
    kinds = ", ".join(f"{kind} {n}" for kind, n in info["bead_types"].items()) or "none"
    lines.append(f"beads     {info['beads']}  ({kinds})")
    progress = info["progress"]
    total = progress["total"]
    reviewed = progress["confirmed"] + progress["rejected"]
    lines.append(
        f"review    {reviewed}/{total} reviewed ({_percent(reviewed, total)}): "
        f"{progress['confirmed']} confirmed, {progress['rejected']} rejected, "
        f"{progress['unreviewed']} unreviewed"
    )
    if "doubtful" in info:
        lines.append(
            f"doubtful  {info['doubtful']} unreviewed beads to look at "
            "(low score, one side empty, or three sentences or more on a side)"
        )
    history = info["history"]
    lines.append(f"history   {history['undo']} edits to undo, {history['redo']} to redo")
    lines.append(f"glossary  {info['glossary_records']} records")
    match = info.get("translation")
    if match is not None:
        lines.append(f"match     {translation_line(match)}")
    return "\n".join(lines)


def translation_facts(project: Project) -> dict | None:
    """The aligner's document score and mismatch verdict, as stored in the project.

    ``align()`` puts them in ``Alignment.info``, which the project keeps in
    its ``meta`` table as ``align.document_score`` and ``align.mismatch``
    (JSON); projects made before the score existed have neither.
    """
    raw = project.meta("align.document_score")
    if raw is None:
        return None
    try:
        score = float(json.loads(raw))
        mismatch = json.loads(project.meta("align.mismatch") or "null")
    except (TypeError, ValueError):
        return None
    return {"document_score": score, "mismatch": mismatch}


def translation_line(facts: dict) -> str:
    from aligner.cli.align import mismatch_line

    score = f"document score {facts['document_score']:.2f}"
    if facts["mismatch"]:
        return f"{score}; warning: {mismatch_line(facts['mismatch'])}"
    return f"{score} (share of sentences whose bead shares evidence; no mismatch found)"


def run(args: argparse.Namespace) -> int:
    check_project(args.project)
    with damaged_as_error(args.project), Project.open(args.project) as project:
        info = project.info()
        info["translation"] = translation_facts(project)
    if args.json:
        print(json_text(info, indent=2))
    else:
        print(printable_lines(format_info(info)))
    return 0


def printable_lines(text: str) -> str:
    """Each line escaped on its own (paths and tags come from the project file)."""
    return "\n".join(printable(line) for line in text.split("\n"))
