"""The quotation-span engine: one test per mark rule, plus properties on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import find_quotes
from quoteattr.lexicon import table
from quoteattr.spans import paragraphs, walk

CLOSERS = {"“": "”", "„": "“", "‟": "”", '"': '"', "＂": "＂", "``": "''", "''": "''", "‘": "’", "‚": "‘",
           "‛": "’", "'": "'", "«": "»", "‹": "›", "「": "」", "『": "』"}
OPENERS = {"”": "”", "’": "‘", "»": "«", "›": "‹", "」": "「", "』": "『"}


def texts(result):
    return [q.text for q in result]


def mark_rows():
    return [pytest.param(row[0], row[1], row[2], id=f"{row[0]}-{row[2]}") for row in table("quote_marks.tsv")]


@pytest.mark.parametrize("mark,family,role", mark_rows())
def test_every_mark_in_the_table_delimits_a_quote(mark, family, role):
    if role in ("open", "either"):
        opener, closer = mark, CLOSERS[mark]
    else:
        opener, closer = OPENERS[mark], mark
    text = f"The minister said: {opener}We will not accept this at all.{closer} Then she left."
    result = find_quotes(text)
    assert texts(result) == ["We will not accept this at all."]
    q = result[0]
    assert text[q.start:q.end] == q.text
    assert text[q.mark_start:q.mark_end] == f"{opener}We will not accept this at all.{closer}"
    assert q.open_mark == opener and q.close_mark == closer
    assert not q.unclosed and not q.fragment


def test_mixture_of_straight_and_curly_marks():
    assert texts(find_quotes('He said "we are ready” and left.')) == ["we are ready"]
    assert texts(find_quotes('He said “we are ready" and left.')) == ["we are ready"]


def test_ptb_style_double_apostrophes_both_ways():
    text = "``Yes,'' he said. ''We will win,'' she said."
    assert texts(find_quotes(text)) == ["Yes,", "We will win,"]


@pytest.mark.parametrize("text, outer, inner", [
    # NYT style: a single quote nested at the edge of a two-apostrophe double quote makes three apostrophes
    ("''Part of my job is to say: 'Hey, he's one of us,''' Mr. English said.",
     "Part of my job is to say: 'Hey, he's one of us,'", "Hey, he's one of us,"),  # closing: ' then ''
    ("He said they would call him, '''Sir, we will stay.' '' Then he left.",
     "'Sir, we will stay.'", "Sir, we will stay."),  # opening: '' then '
])
def test_three_apostrophes_are_a_single_and_a_double_quote_mark(text, outer, inner):
    (quote,) = find_quotes(text)
    assert quote.text.strip() == outer
    assert [n.text for n in quote.nested] == [inner]


@pytest.mark.parametrize("text", [
    "It’s the drivers’ cars, she said.",
    "It's the drivers' cars, she said.",
    "Music of the ’90s and '80s was loud.",
    "They played rock ’n’ roll all night.",
    "Rock 'n' roll never dies.",
    "O’Neill and O'Brien met.",
    "Give ’em hell, ’tis said.",
])
def test_apostrophes_are_never_quote_marks(text):
    assert find_quotes(text) == []


def test_single_quotes_still_quote_next_to_apostrophes():
    text = "He said ‘it’s the ’90s again’ and laughed."
    assert texts(find_quotes(text)) == ["it’s the ’90s again"]


def test_news_convention_quote_runs_over_paragraphs():
    text = "“We will go on,\n\n“and we will win.”\n\nThe end."
    result = find_quotes(text)
    assert len(result) == 1
    q = result[0]
    assert q.text == "We will go on,\n\n“and we will win."
    assert q.continued and not q.unclosed
    assert text[q.start:q.end] == q.text


def test_a_paragraph_opening_with_another_mark_starts_a_new_quote():
    # Breitbart opens each block-quote paragraph with a straight mark it never closes
    text = '"Trump walked on, chanting “U-S-A!”\n\n“That’s right,” Melanie said.'
    first, second = find_quotes(text)
    assert first.unclosed and not first.continued and first.end <= text.index("\n")
    assert texts(first.nested) == ["U-S-A!"]
    assert second.text == "That’s right," and not second.unclosed


def test_unclosed_quote_ends_at_its_paragraph_and_is_flagged():
    text = "He said “we will never stop this fight\n\nLater, “a second quote” came.\n\nMore text here."
    result = find_quotes(text)
    assert result[0].text == "we will never stop this fight"
    assert result[0].unclosed
    assert result[1].text == "a second quote" and not result[1].unclosed


def test_unclosed_quote_never_swallows_the_document():
    text = "“Open here\n\n" + "Plain paragraph.\n\n" * 50
    result = find_quotes(text)
    assert len(result) == 1 and result[0].end <= text.index("Plain")


def test_nested_quote_of_another_type_is_reported_inside():
    text = "“He told me ‘never again’ and walked away,” she said."
    result = find_quotes(text)
    assert texts(result) == ["He told me ‘never again’ and walked away,"]
    assert texts(result[0].nested) == ["never again"]
    assert result[0].nested[0].is_nested and not result[0].is_nested


def test_nested_guillemets_with_german_quotes():
    text = "«Il a dit „non“ hier soir, vraiment», a-t-il ajouté."
    result = find_quotes(text)
    assert len(result) == 1 and texts(result[0].nested) == ["non"]


def test_scare_quotes_and_titles_are_fragments():
    text = "Critics called the plan a “giveaway” to developers and cited “War and Peace” twice."
    result = find_quotes(text)
    assert texts(result) == ["giveaway", "War and Peace"]
    assert all(q.fragment for q in result)


def test_title_case_names_of_works_are_fragments_even_with_a_comma():
    text = "He said on “Face the Nation,” and in “The Art of the Deal” that “We Will Win Again,” twice."
    assert [q.fragment for q in find_quotes(text)] == [True, True, True]
    assert [q.fragment for q in find_quotes("She said “Our Plan Works.” today.")] == [False]


def test_a_lower_case_content_word_means_no_title():
    # Title case leaves only articles and short prepositions and conjunctions in lower case
    # (data/title_small_words.txt); "big" and "fan" would be capitalised in a title
    text = "''I'm a big fan of Paul,'' said Senator Jeff Sessions. He cited ''Planet of the Apes'' twice."
    assert [(q.text, q.fragment) for q in find_quotes(text)] == [
        ("I'm a big fan of Paul,", False), ("Planet of the Apes", True)]


def test_a_show_name_keeps_with_in_lower_case():
    # networks write "with" in lower case in their show names; the possessive makes it a venue
    text = "Christie said on ABC's “This Week with George Stephanopoulos.” He said “I agree with Christie.”"
    assert [(q.text, q.fragment, q.venue_title) for q in find_quotes(text)] == [
        ("This Week with George Stephanopoulos.", True, True), ("I agree with Christie.", False, False)]


def test_a_title_after_the_kind_of_work_is_a_fragment_despite_its_full_stop():
    text = "said Cuban, who is also a host on the TV show “Shark Tank.” “I mean, it depends.”"
    assert [(q.text, q.fragment) for q in find_quotes(text)] == [("Shark Tank.", True), ("I mean, it depends.", False)]
    text = "In his 2002 book, “Make Your Kid a Millionaire.” he wrote about it."  # a comma may come between
    assert [(q.text, q.fragment) for q in find_quotes(text)] == [("Make Your Kid a Millionaire.", True)]


def test_statements_are_not_fragments():
    text = "“No,” she said. He added: “We will rebuild the bridge by next year.”"
    assert [q.fragment for q in find_quotes(text)] == [False, False]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", '"', "“", "”’", "'''''", "«««", "»»»", '" " "'])
def test_stray_marks_do_not_raise(text):
    for q in walk(find_quotes(text)):
        assert text[q.start:q.end] == q.text


def test_rejects_non_text():
    with pytest.raises(TypeError):
        find_quotes(b"bytes")  # type: ignore[arg-type]


def test_paragraphs_use_blank_lines_when_present():
    text = "one\ntwo\n\nthree"
    assert [text[a:b] for a, b in paragraphs(text)] == ["one\ntwo", "three"]
    text = "one\ntwo"
    assert [text[a:b] for a, b in paragraphs(text)] == ["one", "two"]


MARKS = list("\"'“”‘’„‚«»‹›「」『』`") + ["''", "``"]
quote_heavy = st.lists(st.one_of(st.sampled_from(MARKS), st.text(max_size=8), st.sampled_from(["\n", "\n\n", " "])),
                       max_size=60).map("".join)


def _check_invariants(text: str) -> None:
    result = find_quotes(text)
    flat = list(walk(result))
    for q in flat:
        assert 0 <= q.mark_start <= q.start <= q.end <= q.mark_end <= len(text)
        assert text[q.start:q.end] == q.text
    for a, b in zip(result, result[1:]):
        assert a.mark_end <= b.mark_start  # top-level quotes never overlap
    assert not any(q.is_nested for q in result)
    assert all(child.is_nested for q in flat for child in q.nested)
    for q in flat:
        for child in q.nested:
            assert q.start <= child.mark_start and child.mark_end <= q.mark_end
    assert find_quotes(text) == result  # deterministic


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_property_arbitrary_unicode(text):
    _check_invariants(text)


@settings(max_examples=300, deadline=None)
@given(quote_heavy)
def test_property_quote_heavy_text(text):
    _check_invariants(text)


def test_adversarial_input_stays_linear_in_output():
    text = "“" * 20000 + "word " * 1000 + "’" * 20000
    result = find_quotes(text)
    assert len(list(walk(result))) <= 10


@pytest.mark.parametrize("text,venue", [
    ('Pence said on CNN\'s "State of the Union."', True),
    ("Speaking to MSNBC's “Andrea Mitchell Reports,” she said", True),
    ("he said Thursday on “Fox and Friends.”", True),
    ("It’s ‘in Their Heads.’", False),               # "It's" is no possessive
    ("an ad titled “Scam.”", False),                  # naming words introduce what PolNeAR attributes
    ("he said it was “a total disaster.”", False),    # not a title
    ("Friday on CNN’s “New Day,” she told the host", True),  # short words after a named owner
    ("he said on “New Day,” she told", False),        # short words after a bare "on": too weak a sign
])
def test_a_title_case_quote_after_a_venue_word_is_where_not_what(text, venue):
    (span,) = find_quotes(text)
    assert span.venue_title is venue
