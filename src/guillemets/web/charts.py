"""The charts of the web application, as Plotly figures (plain JSON: data and layout), drawn in
the browser by the plotly.js that the ``plotly`` package ships, served by the application
itself (no CDN). Labels are French, shares are on a percentage axis, every bar and point says
its counts on hover, unknown gender is grey. Each chart has the CSV of its own data."""
from __future__ import annotations

from collections import defaultdict

from ..parity import ParityRow, row

WOMEN, MEN, UNKNOWN, ACCENT = "#b8336a", "#2b6cb0", "#9e9e9e", "#8b1a1a"
FONT = {"family": "Georgia, 'DejaVu Serif', serif", "size": 13}


def _layout(title: str, **extra) -> dict:
    for axis in ("xaxis", "yaxis"):
        extra.setdefault(axis, {}).setdefault("automargin", True)
    layout = {"title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}}, "font": FONT,
              "margin": {"l": 10, "r": 10, "t": 50, "b": 40}, "paper_bgcolor": "rgba(0,0,0,0)",
              "plot_bgcolor": "rgba(0,0,0,0)", "separators": ", ", "hoverlabel": {"font": FONT},
              "legend": {"orientation": "h", "y": -0.2}}
    layout.update(extra)
    return layout


def _pct(x: float | None) -> float | None:
    return None if x is None else round(100 * x, 1)


def _counts(r: ParityRow) -> str:
    return (f"{r.women} femmes, {r.men} hommes, {r.unknown} de genre inconnu<br>"
            + (f"part des femmes : {_pct(r.share_women)} % (IC 95 % : {_pct(r.low)}–{_pct(r.high)} %)"
               if r.share_women is not None else "aucune personne de genre connu"))


def monthly(rows) -> tuple[dict[str, ParityRow], dict[str, ParityRow], ParityRow]:
    """Parity rows by month and by outlet, and overall, from the monthly counts of the store."""
    by_month, by_outlet, total = defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0, 0]), [0, 0, 0]
    slot = {"female": 0, "male": 1}
    for r in rows:
        k = slot.get(r["gender"], 2)
        if r["period"]:
            by_month[r["period"]][k] += r["people"]
        by_outlet[r["outlet"] or "média inconnu"][k] += r["people"]
        total[k] += r["people"]

    def rows_of(d):
        return {g: row(g, *v, "people") for g, v in sorted(d.items())}
    return rows_of(by_month), rows_of(by_outlet), row("ensemble", *total, "people")


def headline(overall: ParityRow) -> dict:
    """One stacked bar: women, men and unknown gender as shares of all people quoted."""
    total = overall.women + overall.men + overall.unknown or 1
    data = [{"type": "bar", "orientation": "h", "name": name, "y": ["personnes citées"], "x": [round(100 * n / total, 1)],
             "marker": {"color": colour}, "text": [f"{n}"], "textposition": "inside",
             "hovertemplate": f"{name} : {n} personnes (%{{x}} %)<extra></extra>"}
            for name, n, colour in (("femmes", overall.women, WOMEN), ("hommes", overall.men, MEN),
                                    ("genre inconnu", overall.unknown, UNKNOWN))]
    return {"data": data, "layout": _layout("Qui est cité : femmes, hommes, genre inconnu (une fois par article)",
                                            barmode="stack", height=170, showlegend=True,
                                            xaxis={"ticksuffix": " %", "range": [0, 100], "title": {"text": "part des personnes citées"}},
                                            yaxis={"visible": False})}


def over_time(months: dict[str, ParityRow]) -> dict:
    """The share of women by month, on a real time axis, with its 95 % interval."""
    xs = [f"{m}-01" for m in months]
    rs = list(months.values())
    band_x = xs + xs[::-1]
    band_y = [_pct(r.high) for r in rs] + [_pct(r.low) for r in rs][::-1]
    data = [{"type": "scatter", "mode": "lines", "x": band_x, "y": band_y, "fill": "toself",
             "fillcolor": "rgba(184,51,106,0.15)",
             "line": {"width": 0}, "hoverinfo": "skip", "name": "intervalle à 95 %"},
            {"type": "scatter", "mode": "lines+markers", "x": xs, "y": [_pct(r.share_women) for r in rs],
             "name": "part des femmes", "line": {"color": WOMEN}, "marker": {"color": WOMEN},
             "text": [_counts(r) for r in rs], "hovertemplate": "%{x|%B %Y}<br>%{text}<extra></extra>"}]
    return {"data": data, "layout": _layout("Part des femmes parmi les personnes citées, par mois",
                                            xaxis={"type": "date", "title": {"text": "mois de publication"}},
                                            yaxis={"ticksuffix": " %", "range": [0, 100],
                                                   "title": {"text": "part des femmes (genre connu)"}},
                                            height=360)}


def by_group(groups: dict[str, ParityRow], title: str) -> dict:
    """The share of women by group (outlet, kind…), side by side, with 95 % intervals and n."""
    items = sorted(groups.values(), key=lambda r: (r.share_women is not None, r.share_women or 0))
    data = [{"type": "bar", "orientation": "h", "y": [r.group for r in items], "x": [_pct(r.share_women) or 0 for r in items],
             "marker": {"color": [WOMEN if r.share_women is not None else UNKNOWN for r in items]},
             "error_x": {"type": "data", "symmetric": False, "color": "#555",
                         "array": [round(_pct(r.high) - _pct(r.share_women), 1) if r.share_women is not None else 0 for r in items],
                         "arrayminus": [round(_pct(r.share_women) - _pct(r.low), 1) if r.share_women is not None else 0 for r in items]},
             "text": [f"n = {r.known}" for r in items], "textposition": "auto", "name": "part des femmes",
             "customdata": [_counts(r) for r in items], "hovertemplate": "%{y}<br>%{customdata}<extra></extra>"}]
    return {"data": data, "layout": _layout(title,
                                            xaxis={"ticksuffix": " %", "range": [0, 100], "title": {"text": "part des femmes (genre connu)"}},
                                            yaxis={"automargin": True}, height=max(220, 60 + 32 * len(items)),
                                            showlegend=False)}


def top_people(rows, gender: str) -> dict:
    """The most quoted women, or men: in how many articles each is quoted."""
    colour, title = (WOMEN, "Femmes les plus citées") if gender == "female" else (MEN, "Hommes les plus cités")
    items = list(rows)[::-1]
    data = [{"type": "bar", "orientation": "h", "y": [r["name"] for r in items], "x": [r["articles"] for r in items],
             "marker": {"color": colour}, "customdata": [[r["quotes"], r["id"]] for r in items],
             "hovertemplate": "%{y}<br>cité·e dans %{x} articles, %{customdata[0]} citations<extra></extra>",
             "name": title}]
    return {"data": data, "layout": _layout(f"{title} (nombre d'articles)", yaxis={"automargin": True},
                                            xaxis={"title": {"text": "articles"}}, height=max(220, 60 + 28 * len(items)),
                                            showlegend=False)}


def counts_over_time(months: dict[str, int], title: str) -> dict:
    """Quotations of one speaker by month, on a real time axis."""
    data = [{"type": "bar", "x": [f"{m}-01" for m in months], "y": list(months.values()), "marker": {"color": ACCENT},
             "hovertemplate": "%{x|%B %Y} : %{y} citations<extra></extra>", "name": "citations"}]
    return {"data": data, "layout": _layout(title, xaxis={"type": "date"}, yaxis={"title": {"text": "citations"}},
                                            height=300, showlegend=False)}


def counts_by(values: dict[str, int], title: str) -> dict:
    items = sorted(values.items(), key=lambda kv: kv[1])[-15:]
    data = [{"type": "bar", "orientation": "h", "y": [k or "média inconnu" for k, _ in items], "x": [v for _, v in items],
             "marker": {"color": ACCENT}, "hovertemplate": "%{y} : %{x} citations<extra></extra>", "name": "citations"}]
    return {"data": data, "layout": _layout(title, yaxis={"automargin": True}, xaxis={"title": {"text": "citations"}},
                                            height=max(220, 60 + 28 * len(items)), showlegend=False)}
