"""A line chart of figures over time as inline SVG, drawn on the server: no script, no CDN, readable without
JavaScript, and its cost bounded by the points given (``MAX_POINTS``)."""

from __future__ import annotations

from datetime import date
from html import escape

WIDTH, HEIGHT, PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 640, 260, 56, 12, 12, 40
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")
MAX_POINTS = 2000
"""Points drawn at most per chart (the rest are left out, and the caption says so)."""

Line = tuple[str, list[tuple[date, float]]]


def line_chart(lines: list[Line], title: str, unit: str = "") -> str:
    """One polyline per speaker (label, [(date, value)]) on shared axes: dates across, figures up."""
    drawn, left_out = _bounded(lines)
    points = [p for _, pts in drawn for p in pts]
    if not points:
        return ""
    d0, d1 = min(p[0] for p in points), max(p[0] for p in points)
    top = max(p[1] for p in points) or 1.0
    span = max((d1 - d0).days, 1)
    inner_w, inner_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM

    def x(d: date) -> float:
        return PAD_LEFT + inner_w * ((d - d0).days / span if d1 != d0 else 0.5)

    def y(v: float) -> float:
        return PAD_TOP + inner_h * (1 - v / top)

    out = [f'<svg class="series-chart" role="img" viewBox="0 0 {WIDTH} {HEIGHT + 18 * len(drawn)}" '
           f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
           f'<line x1="{PAD_LEFT}" y1="{PAD_TOP + inner_h}" x2="{WIDTH - PAD_RIGHT}" y2="{PAD_TOP + inner_h}" '
           'stroke="#888"/>',
           f'<line x1="{PAD_LEFT}" y1="{PAD_TOP}" x2="{PAD_LEFT}" y2="{PAD_TOP + inner_h}" stroke="#888"/>',
           f'<text x="{PAD_LEFT - 6}" y="{PAD_TOP + 10}" text-anchor="end" font-size="11">{_num(top)}</text>',
           f'<text x="{PAD_LEFT - 6}" y="{PAD_TOP + inner_h}" text-anchor="end" font-size="11">0</text>',
           f'<text x="{PAD_LEFT}" y="{HEIGHT - 22}" font-size="11">{d0.isoformat()}</text>',
           f'<text x="{WIDTH - PAD_RIGHT}" y="{HEIGHT - 22}" text-anchor="end" font-size="11">{d1.isoformat()}</text>']
    if unit:
        out.append(f'<text x="{PAD_LEFT + 4}" y="{PAD_TOP + 10}" font-size="11">{escape(unit)}</text>')
    for i, (label, pts) in enumerate(drawn):
        colour = COLOURS[i % len(COLOURS)]
        coords = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in sorted(pts))
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{coords}"/>')
        for d, v in pts:
            out.append(f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}">'
                       f'<title>{escape(label)}: {_num(v)} ({d.isoformat()})</title></circle>')
        ly = HEIGHT - 4 + 18 * i
        out.append(f'<rect x="{PAD_LEFT}" y="{ly - 9}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{PAD_LEFT + 16}" y="{ly}" font-size="12">{escape(label)}</text>')
    if left_out:
        out.append(f'<text x="{WIDTH - PAD_RIGHT}" y="{PAD_TOP + 10}" text-anchor="end" font-size="11">'
                   f'{left_out} points not drawn</text>')
    out.append("</svg>")
    return "".join(out)


def _bounded(lines: list[Line]) -> tuple[list[Line], int]:
    drawn: list[Line] = []
    room, left_out = MAX_POINTS, 0
    for label, pts in lines:
        kept = pts[:room]
        left_out += len(pts) - len(kept)
        room -= len(kept)
        if kept:
            drawn.append((label, kept))
    return drawn, left_out


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"
