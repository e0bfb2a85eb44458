"""The attribution record: the gold JSON Lines format of ../shared/gold/GUIDE.md, plus profile fields.

Offsets are Python ``str`` indices into the article text, end exclusive, and
``text[start:end] == span.text`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organisation", "group", "unknown"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Span | None":
        return cls(d["start"], d["end"], d["text"]) if d else None


@dataclass(slots=True)
class Attribution:
    kind: Kind
    content: Span
    speaker: str | None
    cue: Span | None = None
    speaker_mention: Span | None = None
    anonymous: bool = False
    speaker_type: SpeakerType = "unknown"
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "content": self.content.to_dict(),
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "anonymous": self.anonymous,
            "speaker_type": self.speaker_type,
            "confidence": round(self.confidence, 3),
        }
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Attribution":
        """The inverse of ``to_dict``: fields it does not know go to ``extra``."""
        known = {"kind", "content", "speaker", "speaker_mention", "cue", "anonymous", "speaker_type", "confidence"}
        return cls(kind=d["kind"], content=Span.from_dict(d["content"]), speaker=d.get("speaker"),
                   cue=Span.from_dict(d.get("cue")), speaker_mention=Span.from_dict(d.get("speaker_mention")),
                   anonymous=bool(d.get("anonymous")), speaker_type=d.get("speaker_type") or "unknown",
                   confidence=d.get("confidence") if d.get("confidence") is not None else 0.5,
                   extra={k: v for k, v in d.items() if k not in known})
