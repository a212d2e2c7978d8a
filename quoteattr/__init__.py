"""quoteattr: find quotations in news text and say who said them.

Pipeline: text → quote spans (:mod:`quoteattr.spans`) → parse (:mod:`quoteattr.parsing`)
→ cues and speakers (:mod:`quoteattr.cues`, :mod:`quoteattr.attribution`, :mod:`quoteattr.titles`)
→ entities (:mod:`quoteattr.entities`) → :class:`Quote` objects (:mod:`quoteattr.model`).
"""

from __future__ import annotations

from .extractor import Extractor, Input
from .model import Analysis, Conflict, Cue, Mention, Quote, QuoteKind, Span, Speaker, SpeakerKind
from .parsing import ModelError
from .spans import QuoteSpan, find_quotes

__version__ = "0.1.0"

__all__ = [
    "Analysis", "Conflict", "Cue", "Extractor", "Mention", "ModelError", "Quote", "QuoteKind",
    "QuoteSpan", "Span", "Speaker", "SpeakerKind", "analyze", "extract", "find_quotes",
]


def extract(document: Input, model: str | None = None) -> list[Quote]:
    """Quotes in one document, with speakers.  Loads models each call: reuse an
    :class:`Extractor` for many documents."""
    return Extractor(model=model).extract(document)


def analyze(document: Input, model: str | None = None) -> Analysis:
    """Quotes, speakers and title conflicts in one document."""
    return Extractor(model=model).analyze(document)
