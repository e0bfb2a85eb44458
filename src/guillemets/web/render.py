"""HTML pieces built in Python: highlighted article text and matched words. Every piece of
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


def _folded(word: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def mark_words(text: str, query: str) -> Markup:
    """``text`` escaped, with the words of ``query`` in <mark> (accents and case ignored)."""
    import re
    wanted = {_folded(w) for w in re.findall(r"\w+", query or "")}
    if not wanted:
        return escape(text)
    out = []
    for piece in re.split(r"(\w+)", text):
        if piece and _folded(piece) in wanted:
            out.append(f'<mark class="hit">{escape(piece)}</mark>')
        else:
            out.append(str(escape(piece)))
    return Markup("".join(out))
