"""Cues that are punctuation, read off the text itself rather than the parse.

A dash and a name after a quotation ("“…” — Professor Lin Zhao"), a name and a colon before one
("Jeffrey M. Jones: “…”"), a transcript's speaker label ("WALLACE: Let's start …", "Q: …") and a
headline giving a claim to a name ("Sanders: Clinton needs to …").  Each reader returns where the
mark and the name are; the attribution sieves decide whether the parse has a better reading and
register the cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicon
from .spans import QuoteSpan

_DASH_NAME = r"[ \t\u00a0]*(?P<who>\p{Lu}[^\n]{1,100}?)[ \t.\u00a0]*"  # the name after a dash, to the line's end
_DASH_SPEAKER = regex.compile(rf"[ \t\u00a0]*(?P<mark>[—―–]|--){_DASH_NAME}(?=\n|$)")
# The same on a line of its own after a paragraph that is one quotation (fact-check columns):
# '“I went to Wall Street before the crash. …”\n\n- Clinton.' -- here a hyphen is a dash too.
_DASH_LINE = regex.compile(rf"[ \t\u00a0]*(?P<mark>[—―–-]|--){_DASH_NAME}")
# A headline giving a claim to a name: "Sanders: Clinton needs to …", "Poll: Wealthy Voters …".
_HEADLINE_CLAIM = regex.compile(r"(?P<who>\p{Lu}[\w.’'\- ]{0,60}?)(?P<mark>:)[ \t]+(?P<said>\S)")
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_NAME_WORDS = 7
# A name and a colon right before a quote, opening its line or after a headline's dash (newsletters,
# live blogs): "IOWA POLLS NOT NECESSARILY WRONG - Mark Blumenthal and Jon Cohen: “…”".
_NAME_LEAD_IN = regex.compile(r"(?:^|(?<=\n)|(?<=\s[-—–]\s))[ \t]*(?P<who>\p{Lu}[\w.’'-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\w.’'-]*){0,5})"
                           r"[ \t]*:[ \t\u00a0]*$")
MAX_LEAD_IN_NAME_CHARS = 200
_DASH_BEFORE = regex.compile(r"[-—–][ \t]*$")
# A speaker label in capitals opening a paragraph, then a colon: "WALLACE:", "SEN. MIKE PENCE:".
_TRANSCRIPT_TURN = regex.compile(r"(?:[\"“][ \t]*)?(?P<who>\p{Lu}[\p{Lu}.'’ -]{1,40}?)(?P<mark>:)[ \t]+(?P<said>\S)")
_WORD = regex.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class TextCue:
    """Where a punctuation cue's mark and name are, and where the words it introduces begin."""

    mark_start: int
    mark_end: int
    who_start: int
    who_end: int
    said_start: int = -1  # transcripts and headlines: the speaker's words follow the mark
    role: str | None = None  # an interview label's role ("Q" -> interviewer)


def _cue(m: regex.Match[str], who_start: int | None = None, who_end: int | None = None,
         role: str | None = None) -> TextCue:
    said = m.start("said") if "said" in m.re.groupindex else -1
    return TextCue(m.start("mark"), m.end("mark"), m.start("who") if who_start is None else who_start,
                   m.end("who") if who_end is None else who_end, said, role)


def dash_attribution(text: str, span: QuoteSpan, paragraphs: list[tuple[int, int]]) -> TextCue | None:
    """“…” — Professor Lin Zhao: a dash and a name closing the quote's line or paragraph, or making up
    the next paragraph ('- Sanders.') after a paragraph that is just this quotation."""
    p_end = paragraphs[span.paragraph_index][1] if span.paragraph_index < len(paragraphs) else span.mark_end
    m = _DASH_SPEAKER.match(text, span.mark_end, p_end)
    if m is not None and (m.end() == p_end or text[m.end()] == "\n"):
        return _cue(m)
    index = span.paragraph_index
    if index + 1 >= len(paragraphs) or paragraphs[index][0] != span.mark_start \
            or text[span.mark_end:paragraphs[index][1]].strip(" \t\u00a0."):
        return None
    start, end = paragraphs[index + 1]
    m = _DASH_LINE.fullmatch(text, start, end)
    if m is None or m.group("who").rstrip().endswith(("—", "―", "–", "-")):
        return None  # "– An immigrant himself –": a subheading between dashes
    return _cue(m)


def name_lead_in(text: str, colon: int, span: QuoteSpan) -> TextCue | None:
    """"Jeffrey M. Jones: “…”", "… OVERHYPE - HuffPollster: “…”": a bare name before the colon, opening
    the line (or after a headline's dash: then one word will do); never capitals ("IOWA POLLS:")
    nor a headline phrase ("The Latest:")."""
    # a name is short: look back a bounded stretch, so that a long line with many quotes stays linear
    window = max(0, colon - MAX_LEAD_IN_NAME_CHARS)
    newline = text.rfind("\n", window, colon)
    m = _NAME_LEAD_IN.search(text, newline + 1 if newline >= 0 else window, span.mark_start)
    if m is None:
        return None
    who_start, who_end = m.span("who")
    words = text[who_start:who_end].split()
    after_dash = _DASH_BEFORE.search(text, max(0, who_start - 8), who_start) is not None
    if (len(words) < 2 and not after_dash) or any(w.isupper() and len(w) > 2 for w in words) \
            or any(w.lower() in lexicon.words("headline_function_words.txt") for w in words if w != "and"):
        return None
    return TextCue(colon, colon + 1, who_start, who_end)


@lru_cache(maxsize=None)
def _interview_labels() -> dict[str, str]:
    """An interview's one-letter labels ("Q:", "A:") and the role each speaker gets (data/interview_labels.tsv)."""
    return {row[0]: row[1] for row in lexicon.table("interview_labels.tsv")}


@lru_cache(maxsize=None)
def _interview_turn() -> regex.Pattern[str]:
    labels = "|".join(regex.escape(label) for label in _interview_labels())
    return regex.compile(rf"(?P<who>{labels})(?P<mark>:)[ \t]+(?P<said>\S)")


def transcript_turn(text: str, p_start: int, p_end: int) -> TextCue | None:
    """"WALLACE: Let's start …", "Q: …": a speaker label opening the paragraph; the rest is theirs."""
    m = _TRANSCRIPT_TURN.match(text, p_start, p_end) or _interview_turn().match(text, p_start, p_end)
    if m is None:
        return None
    return _cue(m, role=_interview_labels().get(m.group("who")))


def headline_claim(text: str, p_start: int, p_end: int) -> TextCue | None:
    """"Sanders: Clinton needs to ‘get away …’": the first paragraph read as a headline (one short line)
    whose part before the colon is a short capitalised name ("A lesson from Loretta Lynch:" names
    Loretta Lynch; "Obama on Climate Change:" names Obama), not a sentence ("McCaskill scolded him:")
    nor a headline phrase ("The Latest:", "Stealth Over Health:")."""
    m = _HEADLINE_CLAIM.match(text, p_start, p_end)
    if m is None or "\n" in text[p_start:p_end] or len(_WORD.findall(text, p_start, p_end)) > MAX_HEADLINE_WORDS:
        return None
    who_start, who_end = m.span("who")
    who = text[who_start:who_end]
    if who.isupper() or len(who.split()) > MAX_HEADLINE_NAME_WORDS:
        return None
    source = regex.search(r"(?<=\bfrom )\p{Lu}.*$", who)  # "A lesson from Loretta Lynch"
    if source is not None:
        who_start += source.start()
    function_words = lexicon.words("headline_function_words.txt")
    if any(not w[0].isupper() and w.lower() not in function_words for w in text[who_start:who_end].split()):
        return None
    if source is None:
        name = regex.match(r"\p{Lu}[\w.’'-]*(?: \p{Lu}[\w.’'-]*)*", who)  # "Obama on Climate Change"
        who_end = who_start + name.end() if name is not None else who_end
    if any(w.lower() in function_words for w in text[who_start:who_end].split()):
        return None
    return _cue(m, who_start, who_end)
