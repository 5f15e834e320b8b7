"""The paged row list a large project's first screen is drawn from."""

from __future__ import annotations

import pytest
from review_support import big_project

from aligner.errors import BitextError
from aligner.project import Project
from aligner.review import rows as rows_mod
from aligner.review.rows import PagedRows


def key(row) -> tuple:
    return (row.id, row.position, row.src, row.tgt, row.source, row.target, row.status)


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setattr(rows_mod, "PAGE", 7)  # several pages in a small project
    big_project(tmp_path / "big.bitext", 30).close()
    with Project.open(tmp_path / "big.bitext") as p:
        yield p


def test_pages_read_on_demand_equal_the_full_read(project, monkeypatch):
    reads = []
    full_read = Project.beads

    def counted(self, start=0, stop=None):
        reads.append((start, stop))
        return full_read(self, start, stop)

    monkeypatch.setattr(Project, "beads", counted)
    rows = PagedRows(project, on_error=pytest.fail)
    assert len(rows) == 30 and reads == []
    assert key(rows[9]) == key(full_read(project)[9])
    assert key(rows[-1]) == key(full_read(project)[29])
    assert reads == [(7, 14), (28, 30)]
    assert [key(r) for r in rows[5:9]] == [key(r) for r in full_read(project)[5:9]]
    assert [key(r) for r in rows] == [key(r) for r in full_read(project)]
    rows[3:5] = full_read(project, 3, 5)  # the screen patches windows in place
    assert len(rows) == 30


def test_a_failed_page_reports_the_error_and_draws_blanks(project, monkeypatch):
    def busy(self, start=0, stop=None):
        raise BitextError("the project is busy", "big.bitext")

    errors = []
    monkeypatch.setattr(Project, "beads", busy)
    rows = PagedRows(project, on_error=errors.append)
    row = rows[12]
    assert row.position == 12 and row.source == "" and row.src_texts == []
    assert [e.message for e in errors] == ["the project is busy"]
