"""``bitext review NAME.bitext``: review and fix an alignment in the terminal."""

from __future__ import annotations

import argparse

from aligner.files import check_project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="review and fix the alignment of a project in the terminal",
        description=(
            "Open a project in a keyboard-driven terminal app. Every change is saved "
            "at once; press ? in the app for all keys."
        ),
    )
    parser.add_argument("project", help="the project file (NAME.bitext)")
    parser.add_argument(
        "--readonly", action="store_true", help="open without the right to change anything"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from aligner.project import Project
    from aligner.project.store import damaged_as_error
    from aligner.review import ReviewApp

    check_project(args.project)
    with (
        damaged_as_error(args.project),
        Project.open(args.project, readonly=args.readonly) as project,
    ):
        app = ReviewApp(project)
        app.run()
    if app.failure is not None:
        raise app.failure
    if app.return_code:  # an unexpected error (Textual has shown it): never report success
        return 1
    return 0
