"""Text hygiene shared by the readers, the pipeline and the outputs.

Every repair here keeps the length of the text, so that character offsets into
it stay true: a lone surrogate becomes U+FFFD, a pathological run of marks gets
spaces. What is only for display (bidi controls that could reverse a line on
screen) is removed by ``for_display``, never from a stored text.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# invisible characters that change the direction of the text around them
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
# a run of non-space characters this long is no word of any language, nor a usual link
LONG_RUN = 200
_LONG_RUN = re.compile(r"\S{%d,}" % LONG_RUN)


def valid_unicode(text: str) -> str:
    """``text`` with each lone surrogate (from JSON such as ``"\\ud800"``, not valid
    Unicode, not writable as UTF-8) replaced by U+FFFD; the length is kept."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def break_long_runs(text: str, every: int = 32) -> str:
    """Runs of marks and symbols with no space (« «««««… ») cost the tokenizer time
    quadratic in their length: within any run of ``LONG_RUN`` or more non-space
    characters, every ``every``-th punctuation or symbol character becomes a space.
    Letters are never touched, and the length is kept."""
    if not _LONG_RUN.search(text):
        return text
    chars = list(text)
    for m in _LONG_RUN.finditer(text):
        since = 0
        for i in range(m.start(), m.end()):
            since += 1
            if since >= every and unicodedata.category(chars[i])[0] in "PS":
                chars[i] = " "
                since = 0
    return "".join(chars)


_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
_BLANK_LINES = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+")
_LONE_MARK = re.compile("(?<![«»“”])[«»“”](?![«»“”])")


def parser_view(text: str) -> str:
    """The text as the French model reads it best, at the same length: the model learned on
    straight quotation marks, plain spaces and straight apostrophes, and parses French
    typography (« no-break spaces inside guillemets », “curly marks”, l’apostrophe) worse.
    Guillemets and curly marks become straight ones only where the text has none of its own
    (the quotations themselves are found on the text, where opening and closing marks differ).
    Spans found on this view are spans of the text itself."""
    view = text.translate(_SPACES).translate(_APOSTROPHES)
    if "\r" in view:  # Windows and old Mac line ends: one line break the parser knows
        view = view.replace("\r\n", " \n").replace("\r", "\n")
    if "\n\n" in view or "\n " in view:  # blank lines between paragraphs: one break, as the model saw
        view = _BLANK_LINES.sub(lambda m: " " * (len(m.group(0)) - 1) + "\n", view)
    if '"' not in text:
        view = _LONE_MARK.sub(lambda m: '"', view)  # (a run of marks, « ««« », is noise: left as it is)
    return view


def for_display(text: str | None) -> str:
    """Text to show a person: no bidi controls (U+202E and its kind can reverse what is
    displayed around them)."""
    if not text:
        return text or ""
    return _BIDI.sub("", text)


def name_clean(name: str | None) -> str | None:
    """A speaker name as stored and compared: no invisible format characters (bidi
    controls, zero-width spaces, soft hyphens), single spaces."""
    if name is None:
        return None
    kept = "".join(c for c in name if unicodedata.category(c) != "Cf")
    return " ".join(kept.split()) or None


def text_hash(text: str) -> str:
    """The identity of an article: its text, whitespace-normalised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
