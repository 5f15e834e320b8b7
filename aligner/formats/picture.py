"""A picture of the alignment path as SVG (written here) or PNG (SVG rendered by CairoSVG).

The plane has source sentences across and target sentences down, both texts
starting top left. Each bead is one line from where it starts to where it
ends, coloured by its confidence (red unsure, green sure); confirmed beads
are drawn thicker, rejected ones grey and dashed. Runs of doubtful beads
(:mod:`aligner.project.doubt`) sit on orange bands, so a report shows where a
reviewer has to look. SVG is plain XML text, so it needs no library; PNG
needs the optional ``picture`` extra (CairoSVG).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from aligner.errors import BitextError
from aligner.project.path import AlignmentPath, PathStep

SIZE = 720  # the plot's side in pixels
MARGIN = 56
TITLES_UP_TO = 10_000
"""Beads get a hover title (number, kind, score, status) up to this many; beyond, the file
would grow by a hundred bytes a bead for tooltips nobody hovers over."""


def score_colour(score: float) -> str:
    """Red (0) through amber to green (1)."""
    hue = round(max(0.0, min(1.0, score)) * 120)
    return f"hsl({hue},75%,38%)"


def path_svg(path: AlignmentPath, title: str = "") -> str:
    """The path as an SVG document (a string)."""
    n_src, n_tgt = max(path.n_src, 1), max(path.n_tgt, 1)
    scale = SIZE / max(n_src, n_tgt)
    width, height = n_src * scale, n_tgt * scale

    def x(v: int) -> float:
        return round(MARGIN + v * scale, 2)

    def y(v: int) -> float:
        return round(MARGIN + v * scale, 2)

    stroke = max(1.0, min(4.0, 2 * scale))
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width + 2 * MARGIN:.0f}" '
        f'height="{height + 2 * MARGIN + 24:.0f}" font-family="sans-serif" font-size="12">',
        f"<title>{escape(title or 'alignment path')}</title>",
        "<style>.bead{fill:none;stroke-linecap:round}"
        ".confirmed{stroke-width:%.2f}.rejected{stroke:#999;stroke-dasharray:2 2}"
        ".doubt{fill:#ff9800;fill-opacity:0.28}</style>" % (stroke * 1.8),
        f'<rect x="{MARGIN}" y="{MARGIN}" width="{width:.2f}" height="{height:.2f}" '
        'fill="#fafafa" stroke="#bbb"/>',
        _diagonal(x, y, path.n_src, path.n_tgt),
        '<g class="doubtful-regions">',
    ]
    steps = path.steps
    for first, last in path.regions():
        a, b = steps[first], steps[last]
        pad = max(2.0, scale / 2)
        x0, y0 = x(a.src_start) - pad, y(a.tgt_start) - pad
        x1, y1 = x(b.src_stop) + pad, y(b.tgt_stop) + pad
        out.append(
            f'<rect class="doubt" data-first="{first + 1}" data-last="{last + 1}" '
            f'x="{x0:.2f}" y="{y0:.2f}" width="{x1 - x0:.2f}" height="{y1 - y0:.2f}"/>'
        )
    out.append("</g>")
    out.append(f'<g class="path" stroke-width="{stroke:.2f}">')
    titled = len(steps) <= TITLES_UP_TO
    for step in steps:
        out.append(_bead(step, x, y, titled))
    out.append("</g>")
    out += _axes(path, x, y, width, height)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _diagonal(x, y, n_src: int, n_tgt: int) -> str:
    return (
        f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(n_src)}" y2="{y(n_tgt)}" '
        'stroke="#ddd" stroke-dasharray="4 4"/>'
    )


def _bead(step: PathStep, x, y, titled: bool) -> str:
    classes = f"bead {step.status}" + (" doubtful" if step.doubtful else "")
    colour = "" if step.status == "rejected" else f' stroke="{score_colour(step.score)}"'
    head = (
        f'<line class="{classes}" data-bead="{step.position + 1}" data-score="{step.score:.3f}" '
        f'x1="{x(step.src_start)}" y1="{y(step.tgt_start)}" '
        f'x2="{x(step.src_stop)}" y2="{y(step.tgt_stop)}"{colour}'
    )
    if not titled:
        return head + "/>"
    note = f"bead {step.position + 1} · {step.kind} · score {step.score:.2f} · {step.status}"
    if step.doubtful:
        note += " · doubtful"
    return f"{head}><title>{escape(note)}</title></line>"


def _axes(path: AlignmentPath, x, y, width: float, height: float) -> list[str]:
    src = path.src_lang or "source"
    tgt = path.tgt_lang or "target"
    done = sum(s.status != "unreviewed" for s in path.steps)
    doubt = sum(s.doubtful for s in path.steps)
    legend = (
        f"{len(path.steps)} beads · {done} reviewed · {doubt} doubtful (orange) · "
        "colour: confidence, red 0 → green 1"
    )
    bottom = MARGIN + height
    return [
        f'<text x="{MARGIN}" y="{MARGIN - 10}">{escape(src)} sentences →  0 … {path.n_src}</text>',
        f'<text transform="translate({MARGIN - 10},{MARGIN}) rotate(90)">'
        f"{escape(tgt)} sentences →  0 … {path.n_tgt}</text>",
        f'<text x="{MARGIN}" y="{bottom + 24:.0f}" fill="#444">{escape(legend)}</text>',
    ]


def write_picture(project, fmt: str, output, title: str | None = None) -> int:
    """Write the project's path as ``svg`` or ``png`` to ``output``; return the beads drawn."""
    from aligner.formats.common import atomic_output
    from aligner.project.path import alignment_path

    path = alignment_path(project)
    name = title if title is not None else str(project.path.name)
    svg = path_svg(path, title=name)
    if fmt == "svg":
        with atomic_output(output) as out:
            out.write(svg)
    elif fmt == "png":
        data = svg_to_png(svg)
        with atomic_output(output, binary=True) as out:
            out.write(data)
    else:
        raise BitextError(f"unknown picture format {fmt!r}: use svg or png")
    return len(path.steps)


def svg_to_png(svg: str) -> bytes:
    """Render SVG with CairoSVG (the optional ``picture`` extra)."""
    try:
        import cairosvg
    except (ImportError, OSError):  # OSError: the package is there but libcairo is not
        raise BitextError(
            "PNG export needs CairoSVG and the cairo library: pip install 'bitext[picture]' "
            "(or use --to svg)"
        ) from None
    return cairosvg.svg2png(bytestring=svg.encode("utf-8"))
