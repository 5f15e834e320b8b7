"""The alignment path: the API, the SVG picture (parsed as XML), PNG, and ``export --to svg``."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import make_project  # noqa: E402

from aligner.cli import main  # noqa: E402
from aligner.formats.picture import path_svg, score_colour  # noqa: E402
from aligner.project import Project  # noqa: E402
from aligner.project.path import alignment_path, cell_of, doubtful_runs, path_frame, strip  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"
# (1-1 sure, 1-1 sure, 1-0 doubtful, 0-1 doubtful, 1-1 sure, 1-2 sure)
KINDS = [(1, 1), (1, 1), (1, 0), (0, 1), (1, 1), (1, 2)]


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "p.bitext"
    de = ["Eins.", "Zwei.", "Drei.", "Vier.", "Fünf."]
    en = ["One.", "Two.", "Four.", "Five.", "Six.", "Seven."]
    with make_project(p, kinds=KINDS, de=de, en=en) as project:
        project.confirm(0)
        project.reject(1)
    return p


def test_path_steps_cover_the_plane(path):
    with Project.open(path) as project:
        ap = alignment_path(project)
    assert (ap.n_src, ap.n_tgt) == (5, 6)
    assert [s.kind for s in ap.steps] == ["1-1", "1-1", "1-0", "0-1", "1-1", "1-2"]
    # a staircase from (0, 0) to the far corner, each step starting where the last ended
    corner = (0, 0)
    for step in ap.steps:
        assert (step.src_start, step.tgt_start) == corner
        corner = (step.src_stop, step.tgt_stop)
    assert corner == (5, 6)
    assert [s.status for s in ap.steps[:2]] == ["confirmed", "rejected"]
    assert [s.doubtful for s in ap.steps] == [False, False, True, True, False, False]
    assert ap.regions() == [(2, 3)]


def test_path_frame_for_notebooks(path):
    with Project.open(path) as project:
        frame = path_frame(project)
    assert list(frame["position"]) == list(range(6))
    assert list(frame["doubtful"]) == [False, False, True, True, False, False]


def test_doubtful_runs():
    assert doubtful_runs([]) == []
    assert doubtful_runs([True, True, False, True]) == [(0, 1), (3, 3)]


def test_strip_sums_beads_per_cell(path):
    with Project.open(path) as project:
        cells = strip(project, 3)
        many = strip(project, 40)
    assert [c.beads for c in cells] == [2, 2, 2]
    assert [c.doubtful for c in cells] == [0, 2, 0]
    assert cells[0].confirmed == 1 and cells[0].rejected == 1
    assert sum(c.beads for c in many) == 6
    assert cell_of(2, 6, 3) == 1 and cell_of(5, 6, 3) == 2


def test_svg_is_xml_with_one_mark_per_bead(path):
    with Project.open(path) as project:
        svg = path_svg(alignment_path(project), title="p <&> q")
    root = ET.fromstring(svg.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    marks = root.findall(f".//{SVG}line[@data-bead]")
    assert [m.get("data-bead") for m in marks] == ["1", "2", "3", "4", "5", "6"]
    classes = [m.get("class").split() for m in marks]
    assert "confirmed" in classes[0] and "rejected" in classes[1]
    assert "doubtful" in classes[2] and "doubtful" in classes[3]
    assert "doubtful" not in classes[4]
    # the 1-0 bead is a flat step (source only), the 0-1 bead a vertical one
    flat, steep = marks[2], marks[3]
    assert flat.get("y1") == flat.get("y2") and flat.get("x1") != flat.get("x2")
    assert steep.get("x1") == steep.get("x2") and steep.get("y1") != steep.get("y2")
    regions = root.findall(f".//{SVG}rect[@class='doubt']")
    assert [(r.get("data-first"), r.get("data-last")) for r in regions] == [("3", "4")]
    assert root.find(f"{SVG}title").text == "p <&> q"


def test_score_colour_runs_red_to_green():
    assert score_colour(0.0) == "hsl(0,75%,38%)"
    assert score_colour(1.0) == "hsl(120,75%,38%)"
    assert score_colour(7) == score_colour(1.0)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_svg(capsys, path, tmp_path):
    out_file = tmp_path / "path.svg"
    code, out, err = run(capsys, "export", path, "--to", "svg", "-o", out_file)
    assert code == 0 and out == ""
    assert "drew 6 beads" in err
    root = ET.parse(out_file).getroot()
    assert len(root.findall(f".//{SVG}line[@data-bead]")) == 6
    # an existing file needs --force; the project itself is refused even with it
    code, _, err = run(capsys, "export", path, "--to", "svg", "-o", out_file)
    assert code == 2 and err.count("\n") == 1
    code, _, err = run(capsys, "export", path, "--to", "svg", "-o", out_file, "--force")
    assert code == 0
    before = path.read_bytes()
    code, _, err = run(capsys, "export", path, "--to", "svg", "-o", path, "--force")
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give -o FILE"),
        (["-o", "x.svg", "--doubtful"], "--doubtful chooses pairs"),
        (["-o", "x.svg", "--status", "all"], "--status chooses pairs"),
    ],
)
def test_export_svg_option_errors(capsys, path, args, message):
    code, out, err = run(capsys, "export", path, "--to", "svg", *args)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1


def test_export_png(capsys, path, tmp_path):
    out_file = tmp_path / "path.png"
    try:
        import cairosvg  # noqa: F401
    except (ImportError, OSError):
        code, _, err = run(capsys, "export", path, "--to", "png", "-o", out_file)
        assert code == 2 and "pip install 'bitext[picture]'" in err and err.count("\n") == 1
        assert not out_file.exists()
        return
    code, _, err = run(capsys, "export", path, "--to", "png", "-o", out_file)
    assert code == 0
    assert out_file.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
