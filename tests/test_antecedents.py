"""Pronoun speakers whose antecedent never spoke (antecedents.py), on hand-written parses,
and the parse selection that keeps the sentence before such a pronoun parsed."""

from __future__ import annotations

import pytest

from gold_parses import conllu, rows
from quoteattr import Extractor, QuoteKind
from quoteattr.extractor import _prepare, select_sentences


@pytest.fixture(scope="module")
def gold():
    return Extractor(model="/nonexistent-model-dir")  # parsed input never loads a model


# Southgate said the team was patient.
SOUTHGATE = rows("""
Southgate Southgate PROPN 2 nsubj
said say VERB/VBD 0 root
the the DET 4 det
team team NOUN 6 nsubj
was be AUX 6 cop
patient patient ADJ 2 ccomp -
. . PUNCT 2 punct
""")
# Harry Kane scored the winner.
KANE_SCORED = rows("""
Harry Harry PROPN 3 nsubj
Kane Kane PROPN 1 flat
scored score VERB/VBD 0 root
the the DET 5 det
winner winner NOUN 3 obj -
. . PUNCT 3 punct
""")
# Mrs. Clinton arrived late.
CLINTON_ARRIVED = rows("""
Mrs. Mrs. PROPN 2 compound
Clinton Clinton PROPN 3 nsubj
arrived arrive VERB/VBD 0 root
late late ADV 3 advmod -
. . PUNCT 3 punct
""")
# He said, “It felt good.”
HE_SAID = rows("""
He he PRON 2 nsubj
said say VERB/VBD 0 root -
, , PUNCT 2 punct
“ “ PUNCT 6 punct -
It it PRON 6 nsubj
felt feel VERB/VBD 2 ccomp
good good ADJ 6 xcomp -
. . PUNCT 6 punct -
” ” PUNCT 6 punct
""")
# Officials went to the station, where they claimed the man had left.
OFFICIALS_WENT = rows("""
Officials official NOUN/NNS 2 nsubj
went go VERB/VBD 0 root
to to ADP 5 case
the the DET 5 det
station station NOUN 2 obl -
, , PUNCT 9 punct
where where ADV 9 advmod
they they PRON 9 nsubj
claimed claim VERB/VBD 5 acl:relcl
the the DET 11 det
man man NOUN 13 nsubj
had have AUX 13 aux
left leave VERB 9 ccomp -
. . PUNCT 2 punct
""")
# Several scenarios were considered.
SCENARIOS = rows("""
Several several ADJ 2 amod
scenarios scenario NOUN/NNS 4 nsubj:pass
were be AUX 4 aux:pass
considered consider VERB/VBN 0 root -
. . PUNCT 4 punct
""")
# They estimated that needs would rise.
THEY_ESTIMATED = rows("""
They they PRON 2 nsubj
estimated estimate VERB/VBD 0 root
that that SCONJ 6 mark
needs need NOUN/NNS 6 nsubj
would would AUX 6 aux
rise rise VERB 2 ccomp -
. . PUNCT 2 punct
""")
# The Interior Ministry issued a statement.
MINISTRY_ISSUED = rows("""
The the DET 3 det
Interior Interior PROPN 3 compound
Ministry Ministry PROPN 4 nsubj
issued issue VERB/VBD 0 root
a a DET 6 det
statement statement NOUN 4 obj -
. . PUNCT 4 punct
""")
# It said the plan was sound.
IT_SAID = rows("""
It it PRON 2 nsubj
said say VERB/VBD 0 root
the the DET 4 det
plan plan NOUN 6 nsubj
was be AUX 6 cop
sound sound ADJ 2 ccomp -
. . PUNCT 2 punct
""")


def quote_of(analysis, text):
    return next(q for q in analysis.quotes if q.text == text)


def test_he_stands_for_the_subject_of_the_sentence_before(gold):
    analysis = gold.analyze(conllu(SOUTHGATE, KANE_SCORED, HE_SAID, paragraphs=(0, 2)))
    quote = quote_of(analysis, "It felt good.")
    assert quote.kind is QuoteKind.DIRECT and quote.mention is not None and quote.mention.text == "He"
    assert quote.speaker is not None and quote.speaker.name == "Harry Kane"
    assert [m.text for m in quote.speaker.mentions] == ["Harry Kane", "He"]
    assert quote_of(analysis, "the team was patient").speaker.name == "Southgate"


def test_a_subject_of_the_other_gender_is_passed_over(gold):
    analysis = gold.analyze(conllu(SOUTHGATE, CLINTON_ARRIVED, HE_SAID))
    assert quote_of(analysis, "It felt good.").speaker.name == "Southgate"
    assert not any(s.name == "Clinton" for s in analysis.speakers)


def test_they_stands_for_the_group_whose_clause_the_cue_hangs_from(gold):
    analysis = gold.analyze(conllu(SOUTHGATE, OFFICIALS_WENT))
    quote = quote_of(analysis, "the man had left")
    assert quote.mention.text == "they"
    assert [m.text for m in quote.speaker.mentions] == ["Officials", "they"]


def test_they_never_stands_for_things_or_for_one_person(gold):
    analysis = gold.analyze(conllu(SOUTHGATE, KANE_SCORED, HE_SAID, SCENARIOS, THEY_ESTIMATED))
    quote = quote_of(analysis, "needs would rise")
    assert quote.mention.text == "They"
    # not "Several scenarios" (a thing), nor Harry Kane (one man: "he"); Southgate is the
    # most recent speaker who could be several
    assert quote.speaker.name == "Southgate"
    assert not any("scenarios" in m.text for s in analysis.speakers for m in s.mentions)


def test_it_stands_for_an_organisation_subject(gold):
    analysis = gold.analyze(conllu(SOUTHGATE, MINISTRY_ISSUED, IT_SAID))
    quote = quote_of(analysis, "the plan was sound")
    assert quote.speaker is not None and quote.speaker.name == "Interior Ministry"
    assert [m.text for m in quote.speaker.mentions] == ["The Interior Ministry", "It"]


def test_the_sentence_before_a_pronoun_speaker_is_parsed():
    text, sentences = _prepare(conllu(SOUTHGATE, KANE_SCORED, HE_SAID, KANE_SCORED, SOUTHGATE))
    # "Harry Kane scored" has no cue and no quote: chosen because "He said" follows it, and
    # not where "Southgate said" follows, which holds no pronoun
    assert select_sentences(text, sentences) == {0, 1, 2, 4}


def test_raw_text_parses_the_sentence_before_and_names_the_man(extractor):
    text = ("Coach Gareth Southgate said the team had been patient. "
            "Harry Kane scored the winning goal in injury time.\n\n"
            "He said, “It felt good out there.”")
    analysis = extractor.analyze(text)
    quote = next(q for q in analysis.quotes if q.kind is QuoteKind.DIRECT)
    assert quote.speaker is not None and quote.speaker.name == "Harry Kane"
    everything = Extractor(parse_all=True)
    everything.parser = extractor.parser  # same loaded models
    assert everything.analyze(text) == analysis


# Paul Ryan agreed.
RYAN_AGREED = rows("""
Paul Paul PROPN 3 nsubj
Ryan Ryan PROPN 1 flat
agreed agree VERB/VBD 0 root -
. . PUNCT 3 punct
""")
# Paul Ryan arrived.
RYAN_ARRIVED = rows("""
Paul Paul PROPN 3 nsubj
Ryan Ryan PROPN 1 flat
arrived arrive VERB/VBD 0 root -
. . PUNCT 3 punct
""")
# “This is good,” the Wisconsin Republican said.
WISCONSIN_REPUBLICAN_SAID = rows("""
“ “ PUNCT 4 punct -
This this PRON 4 nsubj
is be AUX 4 cop
good good ADJ 10 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
the the DET 9 det
Wisconsin Wisconsin PROPN 9 compound
Republican Republican PROPN 10 nsubj
said say VERB/VBD 0 root -
. . PUNCT 10 punct
""")


def test_a_definite_description_stands_for_the_person_just_named(gold):
    analysis = gold.analyze(conllu(RYAN_AGREED, WISCONSIN_REPUBLICAN_SAID))
    quote = quote_of(analysis, "This is good,")
    assert quote.mention is not None and quote.mention.text == "the Wisconsin Republican"
    assert quote.speaker is not None and quote.speaker.name == "Paul Ryan"
    assert [m.text for m in quote.speaker.mentions] == ["Paul Ryan", "the Wisconsin Republican"]


def test_a_party_member_is_described_not_named(gold):
    speaker = quote_of(gold.analyze(conllu(WISCONSIN_REPUBLICAN_SAID)), "This is good,").speaker
    assert speaker is not None and speaker.name is None and speaker.title == "Wisconsin Republican"


def test_the_sentence_before_a_description_is_parsed_and_read(gold):
    # "Paul Ryan arrived." holds no cue and no quote: chosen for the parse because a definite
    # description speaks in the sentence after it, so the description can stand for its subject
    text, sentences = _prepare(conllu(RYAN_ARRIVED, WISCONSIN_REPUBLICAN_SAID, RYAN_ARRIVED))
    assert select_sentences(text, sentences) == {0, 1}
    speaker = quote_of(gold.analyze(conllu(RYAN_ARRIVED, WISCONSIN_REPUBLICAN_SAID)), "This is good,").speaker
    assert speaker is not None and speaker.name == "Paul Ryan"


def test_raw_text_links_the_vermont_senator_to_the_senator_just_named(extractor):
    text = ("Senate Majority Leader Mitch McConnell said the bill would pass.\n\n"
            "Sen. Bernie Sanders criticized the plan. “It is a giveaway,” the Vermont senator said.")
    analysis = extractor.analyze(text)
    quote = next(q for q in analysis.quotes if q.kind is QuoteKind.DIRECT)
    assert quote.speaker is not None and quote.speaker.name == "Bernie Sanders"  # "Sanders": NNPS, singular
    everything = Extractor(parse_all=True)
    everything.parser = extractor.parser
    assert everything.analyze(text) == analysis
