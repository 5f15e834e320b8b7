"""The project file: one SQLite database holding a text pair, its alignment and its review.

``Project`` is assembled from one class per job, each in its own module:

- :mod:`~aligner.project.lifecycle`: create, open, close (journal, locks, checks);
- :mod:`~aligner.project.reads`: documents, segments, beads, progress, facts;
- :mod:`~aligner.project.finding`: doubtful beads and text search;
- :mod:`~aligner.project.editing`: review state, merges, splits, moves, texts;
- :mod:`~aligner.project.history` and :mod:`~aligner.project.sessions`: undo
  and redo per session, and changes made by other processes;
- :mod:`~aligner.project.glossary`: glossary records, changed as history steps.

They share :class:`~aligner.project.base.ProjectBase` (the connection and its
transactions). Every edit is one ``BEGIN IMMEDIATE`` transaction that changes
the file and appends a history step, so a crash loses at most the edit in
flight, the file alone is the whole work after every edit, and undo survives
a restart. Every public method reports SQLite's failures as one-line
:class:`~aligner.errors.BitextError` messages.
"""

from __future__ import annotations

from aligner.errors import BitextError
from aligner.project.connection import BUSY_TIMEOUT_MS, damaged_as_error, guard_errors, now_utc
from aligner.project.editing import Editing, StaleBeadError
from aligner.project.finding import Finding
from aligner.project.glossary import GlossaryRecords
from aligner.project.history import History
from aligner.project.lifecycle import Lifecycle
from aligner.project.reads import Reads
from aligner.project.rows import BeadRow, Change
from aligner.project.sessions import Step

ProjectError = BitextError

__all__ = [
    "BUSY_TIMEOUT_MS",
    "BeadRow",
    "Change",
    "Project",
    "ProjectError",
    "StaleBeadError",
    "Step",
    "damaged_as_error",
    "now_utc",
]


@guard_errors
class Project(Lifecycle, Reads, Finding, Editing, History, GlossaryRecords):
    """An open project file. Use :meth:`create` or :meth:`open`, ideally in a ``with``."""
