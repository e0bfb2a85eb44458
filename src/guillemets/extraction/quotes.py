"""Find quoted passages by pairing quotation marks, paragraph by paragraph.

Pairs « », “ ”, „ “/”, ‹ › and straight " marks. Only outermost quotes are
returned: a quote within a quote belongs to the outer one. A mark that finds
no partner never reaches past its paragraph, so an unbalanced mark cannot
swallow the rest of an article. A paragraph that opens with a mark and never
closes it, or leaves a mark open before a paragraph that opens with one, is
the French convention for a quote continued in the next paragraph: it is one
quote up to the paragraph's end.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENERS = {"«": "»", "“": "”", "„": "“”", "‹": "›"}
CLOSERS = {"»", "”", "›"}
STRAIGHT = '"'
MARKS = set(OPENERS) | CLOSERS | {STRAIGHT}
SPACES = " \t\u00a0\u202f\u2009\u2007"
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int        # index of the opening mark
    end: int          # index after the closing mark (or the paragraph's end)
    inner_start: int  # first character inside, spaces trimmed
    inner_end: int
    closed: bool

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    return start, end


def _paragraph_quotes(text: str, p_start: int, p_end: int, continued: bool = False,
                      reopened: bool = False) -> list[Quote]:
    """The quotes of one paragraph; ``reopened``: the quote of the paragraph before goes on, and a
    closing mark that opens this one (« » Le pire, c'est … » ») opens its part of it."""
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []
    first = p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip(SPACES))
    for i in range(p_start, p_end):
        ch = text[i]
        if ch not in MARKS:
            continue
        if reopened and i == first and ch == "»":
            stack.append(("«", i))
            continue
        closes = None
        if ch == STRAIGHT:
            if any(c == STRAIGHT for c, _ in stack):
                closes = max(k for k, (c, _) in enumerate(stack) if c == STRAIGHT)
            else:
                stack.append((ch, i))
                continue
        elif ch in CLOSERS or (stack and ch in OPENERS.get(stack[-1][0], "") and ch == "“" and stack[-1][0] == "„"):
            for k in range(len(stack) - 1, -1, -1):
                if ch in OPENERS.get(stack[k][0], ""):
                    closes = k
                    break
            if closes is None:
                continue  # a stray closing mark
        else:
            stack.append((ch, i))
            continue
        _, open_at = stack[closes]
        del stack[closes:]
        if not stack:
            s, e = _trimmed(text, open_at + 1, i)
            if e > s:
                found.append(Quote(open_at, i + 1, s, e, True))
    if stack:
        open_at = stack[0][1]
        if continued or not text[p_start:open_at].strip(SPACES):
            s, e = _trimmed(text, open_at + 1, p_end)
            if e > s:
                found.append(Quote(open_at, p_end, s, e, False))
    return found


def find_quotes(text: str) -> list[Quote]:
    """All outermost quoted passages of ``text``, in order."""
    out: list[Quote] = []
    paragraphs = list(_PARAGRAPH.finditer(text))
    open_before = False
    for n, m in enumerate(paragraphs):
        # « … (no closing mark) ¶ « … » or » … »: the quote goes on in the next paragraph, which opens
        # with a mark (French typography repeats « or », at the start of each paragraph of a long quote)
        nxt = paragraphs[n + 1].group().lstrip(SPACES) if n + 1 < len(paragraphs) else ""
        found = _paragraph_quotes(text, m.start(), m.end(), continued=nxt[:1] in OPENERS or nxt[:1] == "»",
                                  reopened=open_before)
        open_before = bool(found) and not found[-1].closed and found[-1].end == m.end()
        out.extend(found)
    return out


class QuoteIndex:
    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self.starts = [q.start for q in quotes]

    def at(self, pos: int) -> Quote | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.quotes[k].contains(pos):
            return self.quotes[k]
        return None

    def within(self, start: int, end: int) -> list[Quote]:
        return [q for q in self.quotes if q.start < end and q.end > start]
