"""Inline codes in the review app: shown as tags in the bead list, protected in the edit dialog."""

from __future__ import annotations

from aligner.formats.importing import import_file
from aligner.project import Project
from aligner.review import ReviewApp
from aligner.review.screens.edit import EditDialog
from aligner.review.widgets import BeadList

SIZE = (100, 30)
TMX = """<?xml version="1.0"?><tmx version="1.4"><header srclang="de"/><body>
<tu><tuv xml:lang="de"><seg>Der <bpt i="1">{\\b </bpt>große<ept i="1">}</ept> Hund.</seg></tuv>
<tuv xml:lang="en"><seg>The <bpt i="1">{\\b </bpt>big<ept i="1">}</ept> dog.</seg></tuv></tu>
</body></tmx>""".encode()


def _project(tmp_path):
    source = tmp_path / "codes.tmx"
    source.write_bytes(TMX)
    import_file(source, tmp_path / "p.bitext").close()
    return tmp_path / "p.bitext"


async def test_bead_list_shows_codes_as_tags(tmp_path):
    with Project.open(_project(tmp_path)) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            beads = app.screen.query_one(BeadList)
            line = "".join(seg.text for seg in beads._bead_strips(0)[0])
            assert "Der ⟨1⟩große⟨/1⟩ Hund." in line
            assert "{" not in line


async def test_edit_dialog_refuses_a_lost_tag_and_keeps_the_text(tmp_path):
    path = _project(tmp_path)
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("e")
            await pilot.pause()
            area = app.screen.query_one("#edit-text")
            assert area.text == "Der ⟨1⟩große⟨/1⟩ Hund."
            area.text = "Der große⟨/1⟩ Hund."  # the opening tag deleted by accident
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, EditDialog)  # still open, nothing saved
            problem = str(app.screen.query_one("#edit-problem").render())
            assert "⟨1⟩" in problem and "missing" in problem
            area.text = "Der ⟨1⟩sehr große⟨/1⟩ Hund."
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert not isinstance(app.screen, EditDialog)
    with Project.open(path) as project:
        text = project.segment_texts("src")[0]
        assert "sehr große" in text and "⟨" not in text  # stored as markers again
