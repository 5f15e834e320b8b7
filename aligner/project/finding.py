"""Finding beads in the file: doubtful ones, and those whose text matches a search.

The rules live in :mod:`~aligner.project.doubt` and
:mod:`~aligner.project.search`; these methods answer from the file, so a
notebook, ``bitext info`` and ``bitext export --doubtful`` see what the
review app sees.
"""

from __future__ import annotations

from aligner.project.base import ORDER, ProjectBase, order_key
from aligner.project.doubt import DOUBT_SQL
from aligner.project.search import Query, as_query, next_index

PAGE = 500
"""Beads read at a time while looking for the next match."""


class Finding(ProjectBase):
    """Doubtful beads and text search, by position in reading order."""

    def count_doubtful(self) -> int:
        """How many beads are doubtful (unreviewed with a low score or an odd shape)."""
        return self._one(f"SELECT count(*) FROM bead WHERE {DOUBT_SQL}")[0]

    def doubtful_positions(self) -> list[int]:
        """Positions of the doubtful beads, in reading order."""
        rows = self._db.execute(
            f"SELECT {DOUBT_SQL} FROM bead ORDER BY src_start + tgt_start"
        ).fetchall()
        return [i for i, (flag,) in enumerate(rows) if flag]

    def next_doubtful(
        self, after: int | None = None, *, backward: bool = False, wrap: bool = True
    ) -> int | None:
        """Position of the next doubtful bead after ``after`` (before it, with ``backward``).

        ``after=None`` starts at the first bead (the last, backward); with
        ``wrap`` the search goes round the end. None when no bead is doubtful.
        """
        op, order = ("<", "DESC") if backward else (">", "ASC")
        first = (
            f"SELECT src_start + tgt_start FROM bead WHERE {DOUBT_SQL} "
            f"ORDER BY src_start + tgt_start {order} LIMIT 1"
        )
        with self._snapshot():
            found = None
            if after is not None and 0 <= after < len(self):
                key = order_key(self._record_at(after))
                row = self._one(
                    f"SELECT src_start + tgt_start FROM bead WHERE src_start + tgt_start {op} ? "
                    f"AND {DOUBT_SQL} ORDER BY src_start + tgt_start {order} LIMIT 1",
                    (key,),
                )
                if row is None and not wrap:
                    return None
                found = row
            if found is None:
                found = self._one(first)
            return None if found is None else self._position_of_key(found[0])

    def count_at_least(self, score: float, status: str = "unreviewed") -> int:
        """How many beads of ``status`` are scored ``score`` or more (what
        :meth:`~aligner.project.editing.Editing.confirm_at_least` would confirm)."""
        return self._one(
            "SELECT count(*) FROM bead WHERE status = ? AND score >= ?", (status, score)
        )[0]

    def bookmarked_positions(self) -> list[int]:
        """Positions of the bookmarked beads, in reading order."""
        rows = self._db.execute(f"SELECT bookmark FROM bead {ORDER}").fetchall()
        return [i for i, (flag,) in enumerate(rows) if flag]

    def find(self, query: Query | str, **options) -> list[int]:
        """Positions of the beads whose text matches; ``len()`` of it is the match count.

        ``query`` is a :class:`Query` or a string with ``side=``, ``regex=``,
        ``case=`` as for :class:`Query`. Searches the current (edited) texts.
        """
        query = as_query(query, **options)
        with self._snapshot():
            records = self._records()
            texts = {side: self.segment_texts(side) for side in ("src", "tgt")}
        join, test = " ".join, query.pattern.search
        found = []
        for position, rec in enumerate(records):
            source = join(texts["src"][rec.src_start : rec.src_stop])
            target = join(texts["tgt"][rec.tgt_start : rec.tgt_stop])
            if any(test(t) for t in query.texts(source, target)):
                found.append(position)
        return found

    def next_match(
        self,
        query: Query | str,
        after: int | None = None,
        *,
        backward: bool = False,
        wrap: bool = True,
        **options,
    ) -> int | None:
        """Position of the next bead after ``after`` whose text matches (previous: ``backward``)."""
        query = as_query(query, **options)
        pages: dict[int, list] = {}

        def test(i: int) -> bool:
            lo = i - i % PAGE
            if lo not in pages:
                pages[lo] = self.beads(lo, lo + PAGE)
            return query.matches(pages[lo][i - lo])

        return next_index(len(self), after, test, backward=backward, wrap=wrap)
