"""Server-side SVG bar charts for the admin: no JavaScript, no CDN. Each bar carries a <title>
with its exact value, and the chart has a text label; every chart also has a table beside it."""

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def bar_chart(points, *, label: str, width: int = 640, height: int = 180, colour: str = "#007d7e"):
    """``points``: [(label, value), …] drawn left to right."""
    points = list(points)
    if not points:
        return ""
    top = max(value for _, value in points) or 1
    gap = 2
    bar_width = max(1.0, (width - gap * len(points)) / len(points))
    chart_height = height - 30
    bars = []
    for index, (name, value) in enumerate(points):
        bar_height = chart_height * value / top
        x = index * (bar_width + gap)
        bars.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {}</title></rect>',
                f"{x:.1f}",
                f"{chart_height - bar_height:.1f}",
                f"{bar_width:.1f}",
                f"{bar_height:.1f}",
                colour,
                name,
                value,
            )
        )
    first, last = escape(points[0][0]), escape(points[-1][0])
    axis = (
        f'<text x="0" y="{height - 8}" font-size="12">{first}</text>'
        f'<text x="{width}" y="{height - 8}" font-size="12" text-anchor="end">{last}</text>'
        f'<text x="{width}" y="12" font-size="12" text-anchor="end">max {top}</text>'
    )
    return mark_safe(
        f'<svg role="img" aria-label="{escape(label)}" width="100%" viewBox="0 0 {width} {height}" '
        f'preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg" class="insight-chart">'
        f"{''.join(bars)}{axis}</svg>"
    )
