"""HTML pieces built in Python: highlighted article text and SVG charts. Every piece of
text from an article or a user goes through ``shown`` (escaped, without bidi controls);
nothing else is marked safe."""
from __future__ import annotations

from urllib.parse import urlsplit

from markupsafe import Markup, escape as _escape

from ..text import for_display


def escape(value) -> Markup:
    """Escaped for HTML, and without the bidi controls that could reverse what is shown."""
    return _escape(for_display(value) if isinstance(value, str) else value)


def http_url(url: str | None) -> str | None:
    """``url`` if it may become a link (http or https with a host), else None: a
    « javascript: » or « data: » URL from an archive must never be clickable."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None

PALETTE = 10


def speaker_classes(attributions: list[dict]) -> dict[str, int]:
    """One colour class per speaker, in order of first appearance."""
    out: dict[str, int] = {}
    for a in attributions:
        key = a.get("speaker") or ""
        if key not in out:
            out[key] = len(out) % PALETTE
    return out


def highlight(text: str, attributions: list[dict]) -> Markup:
    """The article with each quotation in its speaker's colour and each cue underlined."""
    colours = speaker_classes(attributions)
    spans: list[tuple[int, int, str, str]] = []  # start, end, tag, attributes
    taken: list[tuple[int, int]] = []
    for n, a in enumerate(attributions):
        c = a["content"]
        s, e = c["start"], c["end"]
        if not (0 <= s < e <= len(text)) or any(s < te and e > ts for ts, te in taken):
            continue
        taken.append((s, e))
        who = a.get("speaker") or "source inconnue"
        attrs = (f' class="q s{colours.get(a.get("speaker") or "", 0)} {escape(a["kind"])}"'
                 f' data-n="{n}" title="{escape(who)} ({escape(a["kind"])})"')
        spans.append((s, e, "mark", attrs))
    for a in attributions:
        cue = a.get("cue")
        if cue and 0 <= cue["start"] < cue["end"] <= len(text) and not any(
                cue["start"] < te and cue["end"] > ts and not (ts <= cue["start"] and cue["end"] <= te) for ts, te in taken):
            spans.append((cue["start"], cue["end"], "u", ' class="cue"'))
    events = []
    for s, e, tag, attrs in spans:
        events.append((s, 1, f"<{tag}{attrs}>"))
        events.append((e, 0, f"</{tag}>"))
    events.sort(key=lambda x: (x[0], x[1]))
    out, pos = [], 0
    for at, _, html in events:
        out.append(str(escape(text[pos:at])))
        out.append(html)
        pos = at
    out.append(str(escape(text[pos:])))
    paragraphs = "".join(out).split("\n")
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs if p.strip()))


def bar_chart(items: list[tuple[str, int]], title: str, href=None, width: int = 640) -> Markup:
    """Horizontal bars, one per item; ``href(label)`` makes each label a link."""
    if not items:
        return Markup(f'<p class="empty">{escape(title)} : aucune donnée.</p>')
    row, label_w = 24, 220
    top = max(v for _, v in items) or 1
    height = row * len(items) + 30
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
             f'<title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = 20 + i * row
        w = int((width - label_w - 60) * value / top)
        text = escape(label if len(label) <= 32 else label[:31] + "…")
        link = href(label) if href else None
        label_svg = f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{text}</text>'
        if link:
            label_svg = f'<a href="{escape(link)}">{label_svg}</a>'
        parts.append(label_svg)
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{max(w, 1)}" height="{row - 8}" class="bar"></rect>')
        parts.append(f'<text x="{label_w + w + 6}" y="{y + 15}">{value}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def stacked_chart(periods: list[str], series: dict[str, list[int]], title: str, width: int = 640,
                  share: bool = True) -> Markup:
    """Stacked columns over time (one per period), as shares of each period's total."""
    if not periods:
        return Markup(f'<p class="empty">{escape(title)} : aucune donnée.</p>')
    height, left, bottom = 240, 40, 40
    names = list(series)
    col = max(8, min(60, (width - left - 10) // max(1, len(periods))))
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height + 24 * ((len(names) + 3) // 4)}" '
             f'width="{width}" height="{height + 24 * ((len(names) + 3) // 4)}"><title>{escape(title)}</title>']
    plot_h = height - bottom - 10
    top = max(sum(series[n][i] for n in names) for i in range(len(periods))) or 1
    for i, period in enumerate(periods):
        total = sum(series[n][i] for n in names) or 1
        y = 10 + plot_h
        x = left + i * col
        for k, n in enumerate(names):
            v = series[n][i]
            h = plot_h * (v / total if share else v / top)
            y -= h
            parts.append(f'<rect x="{x + 2}" y="{y:.1f}" width="{col - 4}" height="{h:.1f}" class="c{k % PALETTE}">'
                         f'<title>{escape(period)} · {escape(n)} : {v}</title></rect>')
        if len(periods) <= 24 or i % max(1, len(periods) // 12) == 0:
            parts.append(f'<text x="{x + col / 2}" y="{height - bottom + 22}" text-anchor="middle" class="tick">'
                         f'{escape(period)}</text>')
    for k, n in enumerate(names):
        lx, ly = left + (k % 4) * 150, height + 4 + 24 * (k // 4)
        parts.append(f'<rect x="{lx}" y="{ly}" width="14" height="14" class="c{k % PALETTE}"></rect>'
                     f'<text x="{lx + 20}" y="{ly + 12}">{escape(n)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
