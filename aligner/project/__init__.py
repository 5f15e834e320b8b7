"""The project file: a text pair, its alignment and its review in one SQLite file."""

from aligner.project.doubt import is_doubtful
from aligner.project.edits import STATUSES
from aligner.project.glossary import rebase_records
from aligner.project.schema import SCHEMA_VERSION
from aligner.project.search import Query
from aligner.project.store import (
    BeadRow,
    Change,
    Project,
    ProjectError,
    StaleBeadError,
    Step,
)

__all__ = [
    "SCHEMA_VERSION",
    "STATUSES",
    "BeadRow",
    "Change",
    "Project",
    "ProjectError",
    "Query",
    "StaleBeadError",
    "Step",
    "is_doubtful",
    "rebase_records",
]
