"""The punctuation cues read off the text (quoteattr/text_cues.py): one test per reader, on its own
examples and on the near misses it must refuse."""

from __future__ import annotations

import pytest

from quoteattr.spans import find_quotes, paragraphs
from quoteattr.text_cues import dash_attribution, headline_claim, name_lead_in, transcript_turn


def _who(text: str, cue) -> str:
    return text[cue.who_start:cue.who_end]


@pytest.mark.parametrize("text, who", [
    ("“We will not retreat.” — Professor Lin Zhao", "Professor Lin Zhao"),
    ("“We will not retreat.” -- Lin Zhao.\n\nThe talks went on.", "Lin Zhao"),
    ("“I went to Wall Street before the crash.”\n\n- Clinton.", "Clinton"),      # the next paragraph, a hyphen
])
def test_a_dash_and_a_name_after_a_quote(text, who):
    (span,) = find_quotes(text)
    found = dash_attribution(text, span, paragraphs(text))
    assert found is not None and _who(text, found) == who
    assert text[found.mark_start:found.mark_end] in ("—", "--", "-")


def test_a_subheading_between_dashes_is_no_dash_attribution():
    text = "“We are ready.”\n\n– An immigrant himself –"
    (span,) = find_quotes(text)
    assert dash_attribution(text, span, paragraphs(text)) is None


@pytest.mark.parametrize("text, who", [
    ("Jeffrey M. Jones: “Support is falling.”", "Jeffrey M. Jones"),
    ("IOWA POLLS OVERHYPED - HuffPollster: “Support is falling.”", "HuffPollster"),   # one word after a dash
    ("IOWA POLLS: “Support is falling.”", None),           # capitals: a headline, not a name
    ("The Latest: “Support is falling.”", None),           # a headline phrase
    ("Jones: “Support is falling.”", None),                # one word opening a line is too weak
])
def test_a_name_and_a_colon_before_a_quote(text, who):
    (span,) = find_quotes(text)
    colon = text.rindex(":", 0, span.mark_start)
    found = name_lead_in(text, colon, span)
    assert (found and _who(text, found)) == who


@pytest.mark.parametrize("text, who, role", [
    ("WALLACE: Let's start with the debate.", "WALLACE", None),
    ("SEN. MIKE PENCE: We will win.", "SEN. MIKE PENCE", None),
    ("Q: Will you run again?", "Q", "interviewer"),
    ("Wallace: Let's start with the debate.", None, None),   # not capitals: no transcript label
])
def test_a_transcript_label_opening_a_paragraph(text, who, role):
    found = transcript_turn(text, 0, len(text))
    assert (found and _who(text, found)) == who
    if found is not None:
        assert found.role == role and text[found.said_start:].startswith(("Let's", "We", "Will"))


@pytest.mark.parametrize("text, who", [
    ("Sanders: Clinton needs to ‘get away’ from personality", "Sanders"),
    ("A lesson from Loretta Lynch: Be the voice that people hear", "Loretta Lynch"),
    ("Obama on Climate Change: We are the last generation", "Obama"),
    ("McCaskill scolded him: You are wrong", None),          # a sentence, not a name
    ("The Latest: Trump urges calm", None),                  # a headline phrase
    ("Sanders: Clinton needs to go\nSecond line", None),     # more than one line
])
def test_a_headline_giving_a_claim_to_a_name(text, who):
    found = headline_claim(text, 0, len(text))
    assert (found and _who(text, found)) == who
