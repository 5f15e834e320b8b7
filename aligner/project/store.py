"""The project file: one SQLite database holding a text pair, its alignment and its review.

``Project`` is assembled from one class per job, each in its own module:

- :mod:`~aligner.project.lifecycle`: create, open, close;
- :mod:`~aligner.project.reads`: documents, segments, beads, progress, facts;
- :mod:`~aligner.project.editing`: review state, merges, splits, moves, texts;
- :mod:`~aligner.project.history`: undo and redo;
- :mod:`~aligner.project.glossary`: glossary records.

They share :class:`~aligner.project.base.ProjectBase` (the connection and its
transactions). Every edit is one ``BEGIN IMMEDIATE`` transaction that changes
the beads and appends a history step, so a crash loses at most the edit in
flight and undo survives a restart.
"""

from __future__ import annotations

from aligner.errors import BitextError
from aligner.project.connection import BUSY_TIMEOUT_MS, damaged_as_error, now_utc
from aligner.project.editing import Editing
from aligner.project.glossary import GlossaryRecords
from aligner.project.history import History
from aligner.project.lifecycle import Lifecycle
from aligner.project.reads import Reads
from aligner.project.rows import BeadRow, Change

ProjectError = BitextError

__all__ = [
    "BUSY_TIMEOUT_MS",
    "BeadRow",
    "Change",
    "Project",
    "ProjectError",
    "damaged_as_error",
    "now_utc",
]


class Project(Lifecycle, Reads, Editing, History, GlossaryRecords):
    """An open project file. Use :meth:`create` or :meth:`open`, ideally in a ``with``."""
