"""Typed results: what quoteattr returns.

Frozen dataclasses and string-valued enums, so results are hashable, printable
and serialise to plain JSON.  No logic here beyond (de)serialisation.
Unknown values are ``None``, never a placeholder string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class QuoteKind(str, Enum):
    """How a quotation reproduces the speaker's words."""

    DIRECT = "direct"  # verbatim, inside quotation marks
    MIXED = "mixed"  # reported speech that embeds verbatim parts
    INDIRECT = "indirect"  # reported speech with no verbatim part
    FRAGMENT = "fragment"  # scare quotes, titles, short quoted phrases


class SpeakerKind(str, Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Span:
    """A stretch of the original text: ``document[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(text=data["text"], start=data["start"], end=data["end"])


@dataclass(frozen=True)
class Mention(Span):
    """Words that name a speaker: "Lavrov", "the minister", "she", the "who" of "Beck, who said"."""

    kind: str = "name"  # name | title | pronoun | organization

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(text=data["text"], start=data["start"], end=data["end"], kind=data.get("kind", "name"))


@dataclass(frozen=True)
class Cue(Span):
    """The words that introduce a quotation: "said", "pointed out", "according to"."""

    lemma: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "lemma": self.lemma}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cue:
        return cls(text=data["text"], start=data["start"], end=data["end"], lemma=data.get("lemma", ""))


@dataclass(frozen=True)
class Speaker:
    """One entity that speaks in a document, with every mention of it."""

    id: int
    name: str | None
    title: str | None
    kind: SpeakerKind
    mentions: tuple[Mention, ...] = ()
    organization: str | None = None  # "Veltrona Motors" for "a spokeswoman for Veltrona Motors"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title,
            "kind": self.kind.value,
            "organization": self.organization,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(
            id=data["id"],
            name=data.get("name"),
            title=data.get("title"),
            kind=SpeakerKind(data.get("kind", "unknown")),
            organization=data.get("organization"),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", [])),
        )


@dataclass(frozen=True)
class Quote(Span):
    """One quotation and, where known, who said it and how."""

    kind: QuoteKind = QuoteKind.DIRECT
    speaker: Speaker | None = None
    cue: Cue | None = None
    mention: Mention | None = None
    segments: tuple[Span, ...] = ()
    nested: tuple[Quote, ...] = ()
    confidence: float = 0.0
    method: str | None = None
    sentence_index: int | None = None
    paragraph_index: int | None = None
    unclosed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            **super().to_dict(),
            "kind": self.kind.value,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "mention": self.mention.to_dict() if self.mention else None,
            "segments": [s.to_dict() for s in self.segments],
            "nested": [q.to_dict() for q in self.nested],
            "confidence": self.confidence,
            "method": self.method,
            "sentence_index": self.sentence_index,
            "paragraph_index": self.paragraph_index,
            "unclosed": self.unclosed,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            kind=QuoteKind(data.get("kind", "direct")),
            speaker=Speaker.from_dict(data["speaker"]) if data.get("speaker") else None,
            cue=Cue.from_dict(data["cue"]) if data.get("cue") else None,
            mention=Mention.from_dict(data["mention"]) if data.get("mention") else None,
            segments=tuple(Span.from_dict(s) for s in data.get("segments", [])),
            nested=tuple(Quote.from_dict(q) for q in data.get("nested", [])),
            confidence=float(data.get("confidence", 0.0)),
            method=data.get("method"),
            sentence_index=data.get("sentence_index"),
            paragraph_index=data.get("paragraph_index"),
            unclosed=bool(data.get("unclosed", False)),
        )


@dataclass(frozen=True)
class Conflict:
    """One title claimed by different people in the same document."""

    title: str
    speakers: tuple[int, ...]  # Speaker ids
    mentions: tuple[Mention, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "speakers": list(self.speakers),
                "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Conflict:
        return cls(title=data["title"], speakers=tuple(data.get("speakers", [])),
                   mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", [])))


@dataclass(frozen=True)
class Analysis:
    """Everything quoteattr found in one document."""

    text: str
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    source: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
            "conflicts": [c.to_dict() for c in self.conflicts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str) -> Analysis:
        return cls(
            text=text,
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", [])),
            speakers=tuple(Speaker.from_dict(s) for s in data.get("speakers", [])),
            conflicts=tuple(Conflict.from_dict(c) for c in data.get("conflicts", [])),
            source=data.get("source"),
        )
