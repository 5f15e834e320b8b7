"""The project file: a text pair, its alignment and its review in one SQLite file."""

from aligner.project.edits import STATUSES
from aligner.project.schema import SCHEMA_VERSION
from aligner.project.store import BeadRow, Change, Project, ProjectError

__all__ = ["SCHEMA_VERSION", "STATUSES", "BeadRow", "Change", "Project", "ProjectError"]
