"""Server-side inline SVG plots: the outlets' overlap heatmap and a publication timeline.

No charting library and no script: each plot is a string of SVG markup built here and
dropped into the page as ``Markup``. Every piece of article data that reaches the SVG
(outlet names, titles, dates) goes through :func:`markupsafe.escape`; colours and
coordinates are numbers computed here. Presentation uses SVG attributes (``fill``,
``font-size``), never ``style=``, so the strict CSP needs no ``'unsafe-inline'``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from markupsafe import Markup, escape

from ..dates import is_date_only

# Light-to-dark blue ramp for overlap shares 0..1 (a sequential scheme that stays
# readable in greyscale print; the text colour flips to white above 0.55).
_LOW = (239, 245, 255)
_HIGH = (8, 69, 148)


def _ramp(value: float) -> str:
    v = min(1.0, max(0.0, value))
    r, g, b = (round(lo + (hi - lo) * v) for lo, hi in zip(_LOW, _HIGH, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


# Advance widths in em of the sans-serif faces browsers fall back to (DejaVu Sans, Arial),
# rounded up by class: a label cut by character count alone overflowed its margin when it
# was all digits ("1483803657_1483830300…", user report s11).
_NARROW = frozenset(".,:;'|!ilIjft()[] ")
_WIDE = frozenset("MWmw@%")


def _text_w(text: str, font: float) -> float:
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.34
        elif ch in _WIDE:
            em += 0.9
        elif ch.isdigit() or ch.isupper():
            em += 0.7
        else:
            em += 0.6
    return em * font


def _fit(label: str, px: float, font: float, middle: bool = False) -> str:
    """``label`` cut with "…" to at most ``px`` wide: at the end, or in the middle (its
    head and tail kept) when the end is what tells it from another label."""
    if _text_w(label, font) <= px:
        return label
    for keep in range(len(label) - 1, 0, -1):
        if middle:
            head = (keep + 1) // 2
            cut = label[:head].rstrip() + "…" + label[len(label) - (keep - head):].lstrip()
        else:
            cut = label[:keep].rstrip() + "…"
        if _text_w(cut, font) <= px:
            return cut
    return "…"


def fit_labels(labels: Sequence[str], px: float, font: float) -> list[str]:
    """Each label cut to ``px`` wide, and two different labels never cut to the same text:
    those cut in the middle instead ("1483803657_1483830300_a" and "…_b" were both
    "1483803657_1483830300…")."""
    cut = [_fit(label, px, font) for label in labels]
    clash: dict[str, set[str]] = {}
    for label, c in zip(labels, cut, strict=True):
        clash.setdefault(c, set()).add(label)
    return [
        _fit(label, px, font, middle=True) if len(clash[c]) > 1 else c
        for label, c in zip(labels, cut, strict=True)
    ]


def overlap_heatmap(
    ids: Sequence[str],
    labels: Mapping[str, str],
    overlap: Mapping[str, Mapping[str, float]],
    source: str | None = None,
) -> Markup:
    """Rows: the article whose sentences are counted; columns: the article they are found
    in. Cell ``(a, b)`` is ``overlap[a][b]``, the share of a's body sentences that b also
    carries. The likely source article's label is marked with a star."""
    n = len(ids)
    if n == 0:
        return Markup("")
    cell = 44 if n <= 8 else 28 if n <= 20 else 14
    label_w = 150
    top = 110 if n <= 20 else 130
    font = 12 if n <= 20 else 9
    # a row label ends 6 px left of the grid; a column label rotated by 50 degrees rises
    # 0.77 of its length above the grid: both fit in 134 px (star included)
    star = " ★"
    names = fit_labels([labels.get(aid, aid) for aid in ids], 134 - _text_w(star, font), font)
    # Column labels are rotated up and to the right: leave room for the last ones.
    width = label_w + cell * n + (110 if n <= 20 else 90)
    height = top + cell * n + 10
    show_numbers = n <= 20
    parts = [
        f'<svg class="sl-heatmap" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img"'
        ' aria-label="Overlap between outlets: share of each row\'s sentences found in each column">'
    ]
    for i, aid in enumerate(ids):
        name = names[i] + (star if aid == source else "")
        y = top + i * cell + cell / 2
        parts.append(
            f'<text x="{label_w - 6}" y="{y:.1f}" text-anchor="end" dominant-baseline="middle"'
            f' font-size="{font}" fill="#222">{escape(name)}</text>'
        )
        x = label_w + i * cell + cell / 2
        parts.append(
            f'<text x="{x:.1f}" y="{top - 6}" font-size="{font}" fill="#222"'
            f' transform="rotate(-50 {x:.1f} {top - 6})">{escape(name)}</text>'
        )
    for i, a in enumerate(ids):
        row = overlap.get(a, {})
        for j, b in enumerate(ids):
            x = label_w + j * cell
            y = top + i * cell
            if a == b:
                parts.append(
                    f'<rect x="{x}" y="{y}" width="{cell - 1}" height="{cell - 1}" fill="#f4f4f4"/>'
                )
                continue
            v = float(row.get(b, 0.0))
            tip = f"{labels.get(a, a)} → {labels.get(b, b)}: {v:.0%} of sentences shared"
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell - 1}" height="{cell - 1}" fill="{_ramp(v)}">'
                f"<title>{escape(tip)}</title></rect>"
            )
            if show_numbers:
                colour = "#fff" if v > 0.55 else "#222"
                parts.append(
                    f'<text x="{x + (cell - 1) / 2:.1f}" y="{y + (cell - 1) / 2:.1f}"'
                    f' text-anchor="middle" dominant-baseline="middle" font-size="{font - 1}"'
                    f' fill="{colour}" pointer-events="none">{round(v * 100)}</text>'
                )
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass(frozen=True)
class TimelineItem:
    id: str
    label: str
    published: str | None


def parse_when(value: str | None) -> datetime | None:
    """ISO 8601 date or datetime (as readers give it) → aware UTC datetime, else None."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        try:
            from dateutil import parser as dparser

            dt = dparser.parse(text)
        except (ValueError, OverflowError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


# A date-only article (no time of day) stands at the middle of its day: "some time that
# day", neither before every article of the day that gave a time (as midnight put it) nor
# after them. It is drawn as a hollow dot and its tick and tooltip give the day only.
_DAY_MIDDLE = timedelta(hours=12)


def _fmt_tick(dt: datetime, span_s: float, day_only: bool = False) -> str:
    if day_only:
        return dt.strftime("%d %b") if span_s <= 400 * 86400 else dt.strftime("%d %b %Y")
    if span_s <= 2 * 86400:
        return dt.strftime("%d %b %H:%M")
    if span_s <= 400 * 86400:
        return dt.strftime("%d %b")
    return dt.strftime("%b %Y")


def timeline(items: Sequence[TimelineItem]) -> Markup:
    """One dot per dated article on a time axis, labels stacked in lanes so they never
    overlap; undated articles are listed under the axis. A date-only article sits at the
    middle of its day (``_DAY_MIDDLE``), hollow, labelled with its day only."""
    dated = [(parse_when(it.published), it) for it in items]
    day_only = {it.id for dt, it in dated if dt is not None and is_date_only(it.published)}
    dated = [(dt + _DAY_MIDDLE if it.id in day_only and dt is not None else dt, it) for dt, it in dated]
    points = sorted(((dt, it) for dt, it in dated if dt is not None), key=lambda p: p[0])
    undated = [it for dt, it in dated if dt is None]
    if not points:
        return Markup("")
    width, left, right = 520, 16, 16
    plot_w = width - left - right
    t0, t1 = points[0][0], points[-1][0]
    span = max((t1 - t0).total_seconds(), 1.0)

    def xpos(dt: datetime) -> float:
        if t0 == t1:
            return left + plot_w / 2
        return left + plot_w * (dt - t0).total_seconds() / span

    # Greedy lane packing: a label takes the first lane whose last label ends before it.
    char_w, lane_h = 6.8, 17
    lanes_end: list[float] = []
    placed = []
    shorts = fit_labels([it.label for _dt, it in points], 24 * char_w, 12)
    for (dt, it), label in zip(points, shorts, strict=True):
        x = xpos(dt)
        w = max(len(label) * char_w, _text_w(label, 12)) + 8
        lx = min(x, width - right - w)
        for lane, end in enumerate(lanes_end):
            if end < lx:
                lanes_end[lane] = lx + w
                break
        else:
            lane = len(lanes_end)
            lanes_end.append(lx + w)
        placed.append((dt, it, x, lx, lane, label))
    axis_y = 24 + lane_h * len(lanes_end) + 6
    height = axis_y + 34 + (16 if undated else 0)
    parts = [
        f'<svg class="sl-timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img" aria-label="Publication timeline">',
        f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#888"/>',
    ]
    # an end tick at a date-only article's day middle says the day, not "12:00"
    ends = {0.0: points[0], 1.0: points[-1]}
    for frac in (0.0, 0.5, 1.0) if t0 != t1 else (0.5,):
        x = left + plot_w * frac
        tick = t0 + (t1 - t0) * frac if t0 != t1 else t0
        anchor = "start" if frac == 0 and t0 != t1 else "end" if frac == 1 else "middle"
        end = ends.get(frac) if t0 != t1 else points[0]
        dayish = all(it.id in day_only for dt, it in points if end is None or dt == end[0])
        parts.append(
            f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}" stroke="#888"/>'
            f'<text x="{x:.1f}" y="{axis_y + 18}" text-anchor="{anchor}" font-size="11"'
            f' fill="#555">{escape(_fmt_tick(tick, span, dayish))}</text>'
        )
    for _dt, it, x, lx, lane, label in placed:
        ly = 20 + lane * lane_h
        if it.id in day_only:
            tip = f"{it.label} — {(it.published or '')[:10]} (date only, no time given)"
            dot = f'<circle cx="{x:.1f}" cy="{axis_y}" r="4" fill="#fff" stroke="#08519c" stroke-width="1.5"/>'
        else:
            tip = f"{it.label} — {it.published}"
            dot = f'<circle cx="{x:.1f}" cy="{axis_y}" r="4" fill="#08519c"/>'
        parts.append(
            f'<g class="sl-tl-item{" sl-tl-day" if it.id in day_only else ""}" data-article="{escape(it.id)}">'
            f"<title>{escape(tip)}</title>"
            f'<line x1="{x:.1f}" y1="{ly + 3}" x2="{x:.1f}" y2="{axis_y}" stroke="#bbb"/>'
            f"{dot}"
            f'<text x="{lx:.1f}" y="{ly}" font-size="12" fill="#222">{escape(label)}</text></g>'
        )
    if undated:
        names = ", ".join(fit_labels([it.label for it in undated[:8]], 20 * 6.2, 11))
        more = f" and {len(undated) - 8} more" if len(undated) > 8 else ""
        parts.append(
            f'<text x="{left}" y="{height - 6}" font-size="11" fill="#777">'
            f"{escape('undated: ' + names + more)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
