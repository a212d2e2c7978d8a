"""One test per attribution rule added for weak parses and news conventions, on hand-written trees.

Several trees here are deliberately wrong in the way a small parser goes wrong (no subject on the
speech verb, a time noun as subject, the attribution hung on the quote): the rules exist for them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gold_parses import conllu, rows
from quoteattr import Extractor, QuoteKind, SpeakerKind
from quoteattr.introductions import introduced_name


@pytest.fixture(scope="module")
def gold():
    return Extractor(model="/nonexistent-model-dir")  # parsed input never loads a model


# “It is absurd,” Flynn, a top surrogate, said on “Fox and Friends.” “We are not able to act.”
INTERRUPTED_LONG = rows("""
“ “ PUNCT 4 punct -
It it PRON 4 nsubj
is be AUX 4 cop
absurd absurd ADJ 13 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
Flynn Flynn PROPN 13 nsubj -
, , PUNCT 11 punct
a a DET 11 det
top top ADJ 11 amod
surrogate surrogate NOUN 7 appos -
, , PUNCT 11 punct
said say VERB 0 root
on on ADP 16 case
“ “ PUNCT 16 punct -
Fox Fox PROPN 13 obl
and and CCONJ 18 cc
Friends Friends PROPN 16 conj -
. . PUNCT 13 punct -
” ” PUNCT 16 punct
""")
INTERRUPTED_SECOND = rows("""
“ “ PUNCT 5 punct -
We we PRON 5 nsubj
are be AUX 5 cop
not not PART 5 advmod
able able ADJ 0 root
to to PART 7 mark
act act VERB 5 xcomp -
. . PUNCT 5 punct -
” ” PUNCT 5 punct
""")


def test_second_half_after_a_long_attribution_with_a_quoted_title(gold):
    analysis = gold.analyze(conllu(INTERRUPTED_LONG, INTERRUPTED_SECOND, paragraphs=(0,)))
    statements = [q for q in analysis.quotes if q.kind is not QuoteKind.FRAGMENT]
    assert [q.text for q in statements] == ["It is absurd,", "We are not able to act."]
    first, second = statements
    assert second.method == "interrupted-quote" and second.cue == first.cue
    assert second.speaker is not None and second.speaker.name == "Flynn"
    assert [q.text for q in analysis.quotes if q.kind is QuoteKind.FRAGMENT] == ["Fox and Friends."]
    assert analysis.text.count("\n") == 0  # "# newpar" kept both sentences in one paragraph


# “Subpoenas are not optional,” Rep. John Mica (R-Fla.) said.  -- parsed with "said" lacking a subject
NO_SUBJECT = rows("""
“ “ PUNCT 5 punct -
Subpoenas subpoena NOUN 5 nsubj
are be AUX 5 cop
not not PART 5 advmod
optional optional ADJ 0 root -
, , PUNCT 5 punct -
” ” PUNCT 8 punct
Rep. Rep. PROPN 5 appos
John John PROPN 8 flat
Mica Mica PROPN 8 flat
( ( PUNCT 12 punct -
R-Fla. R-Fla. PROPN 8 conj -
) ) PUNCT 12 punct
said say VERB 5 parataxis -
. . PUNCT 5 punct
""")


def test_subject_right_after_the_quote_when_the_parse_has_none(gold):
    (q,) = gold.analyze(conllu(NO_SUBJECT)).quotes
    assert q.kind is QuoteKind.DIRECT and q.text == "Subpoenas are not optional,"
    assert q.speaker is not None and q.speaker.name == "John Mica"


# “It is a dog whistle,” Moore said Friday.  -- parsed with "Friday" as the subject
TIME_SUBJECT = rows("""
“ “ PUNCT 6 punct -
It it PRON 6 nsubj
is be AUX 6 cop
a a DET 6 det
dog dog NOUN 6 compound
whistle whistle NOUN 0 root -
, , PUNCT 6 punct -
” ” PUNCT 6 punct
Moore Moore PROPN 6 appos
said say VERB 6 parataxis
Friday Friday PROPN 10 nsubj -
. . PUNCT 6 punct
""")


def test_a_day_of_the_week_is_never_the_speaker(gold):
    (q,) = gold.analyze(conllu(TIME_SUBJECT)).quotes
    assert q.speaker is not None and q.speaker.name == "Moore"
    assert q.mention is not None and q.mention.text == "Moore"


# Sanders told Joe Scarborough that he “honestly doesn't know the answer.”
ONE_WORD_AROUND = rows("""
Sanders Sanders PROPN 2 nsubj
told tell VERB 0 root
Joe Joe PROPN 2 iobj
Scarborough Scarborough PROPN 3 flat
that that SCONJ 11 mark
he he PRON 11 nsubj
“ “ PUNCT 11 punct -
honestly honestly ADV 11 advmod
does do AUX 11 aux -
n't not PART 11 advmod
know know VERB 2 ccomp
the the DET 13 det
answer answer NOUN 11 obj -
. . PUNCT 2 punct -
” ” PUNCT 11 punct
""")


def test_a_lower_case_quote_with_one_reported_word_is_mixed(gold):
    (q,) = gold.analyze(conllu(ONE_WORD_AROUND)).quotes
    assert q.kind is QuoteKind.MIXED
    assert q.text == "he “honestly doesn't know the answer.”"
    assert [s.text for s in q.segments] == ["honestly doesn't know the answer."]
    assert q.speaker is not None and q.speaker.name == "Sanders"


# Clinton said the epidemic should be recognized as “intolerable.”  -- parsed with nothing under "said"
BROKEN_COMPLEMENT = rows("""
Clinton Clinton PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
epidemic epidemic NOUN 2 punct
should should AUX 7 aux
be be AUX 7 aux:pass
recognized recognize VERB 4 acl
as as ADP 10 case
“ “ PUNCT 10 punct -
intolerable intolerable ADJ 7 obl -
. . PUNCT 2 punct -
” ” PUNCT 10 punct
""")


def test_the_clause_after_the_cue_makes_a_lower_case_quote_mixed_without_a_complement(gold):
    (q,) = gold.analyze(conllu(BROKEN_COMPLEMENT)).quotes
    assert q.kind is QuoteKind.MIXED and q.method == "cue-clause-after"
    assert q.text == "the epidemic should be recognized as “intolerable.”"
    assert q.speaker is not None and q.speaker.name == "Clinton"


# The weapons are like “nuclear bombs,” he said.  -- parsed with "said" as a conjunct, governing nothing
QUOTE_BEFORE_BROKEN_CUE = rows("""
The the DET 2 det
weapons weapon NOUN 7 nsubj
are be AUX 7 cop
like like ADP 7 case
“ “ PUNCT 7 punct -
nuclear nuclear ADJ 7 amod
bombs bomb NOUN 0 root -
, , PUNCT 7 punct -
” ” PUNCT 7 punct
he he PRON 11 nsubj
said say VERB 7 conj -
. . PUNCT 7 punct
""")


def test_reported_words_before_a_lower_case_quote_make_it_mixed_without_a_complement(gold):
    (q,) = gold.analyze(conllu(QUOTE_BEFORE_BROKEN_CUE)).quotes
    assert q.kind is QuoteKind.MIXED and q.method == "same-sentence-cue"
    assert q.text == "The weapons are like “nuclear bombs,”"
    assert q.mention is not None and q.mention.text == "he"


# As Ms. Simonyan put it, RT is “providing a perspective you won't get elsewhere.”
AS_PUT_IT = rows("""
As as SCONJ 4 mark
Ms. Ms. PROPN 3 compound
Simonyan Simonyan PROPN 4 nsubj
put put VERB 10 advcl
it it PRON 4 obj -
, , PUNCT 4 punct
RT RT PROPN 10 nsubj
is be AUX 10 aux
“ “ PUNCT 10 punct -
providing provide VERB 0 root
a a DET 12 det
perspective perspective NOUN 10 obj
you you PRON 16 nsubj
wo will AUX 16 aux -
n't not PART 16 advmod
get get VERB 12 acl:relcl
elsewhere elsewhere ADV 16 advmod -
. . PUNCT 10 punct -
” ” PUNCT 10 punct
""")


def test_as_someone_put_it_attributes_the_clause_it_qualifies(gold):
    (q,) = gold.analyze(conllu(AS_PUT_IT)).quotes
    assert q.kind is QuoteKind.MIXED and q.text.startswith("RT is “providing")
    assert q.cue is not None and q.cue.text == "put it"
    assert q.speaker is not None and q.speaker.name == "Simonyan"


# Cruz called Trump a “pathological liar” who is “utterly amoral.”
NAMING = rows("""
Cruz Cruz PROPN 2 nsubj
called call VERB 0 root
Trump Trump PROPN 2 iobj
a a DET 7 det
“ “ PUNCT 7 punct -
pathological pathological ADJ 7 amod
liar liar NOUN 2 obj -
” ” PUNCT 7 punct
who who PRON 13 nsubj
is be AUX 13 cop
“ “ PUNCT 13 punct -
utterly utterly ADV 13 advmod
amoral amoral ADJ 2 parataxis -
. . PUNCT 2 punct -
” ” PUNCT 13 punct
""")


def test_a_naming_verb_reports_the_name_and_what_follows(gold):
    quotes = gold.analyze(conllu(NAMING)).quotes
    assert {q.kind for q in quotes} == {QuoteKind.MIXED}
    assert {q.text for q in quotes} == {"Trump a “pathological liar” who is “utterly amoral.”"}
    assert all(q.speaker is not None and q.speaker.name == "Cruz" for q in quotes)


def test_heads_that_do_not_form_a_tree_are_refused_with_the_reason(gold):
    cycle = [(r[0], r[1], r[2], 2 if i == 0 else r[3], r[4], *r[5:]) for i, r in enumerate(NAMING)]
    cycle[1] = (*cycle[1][:3], 1, "ccomp")  # "Cruz" <- "called" <- "Cruz"
    with pytest.raises(ValueError, match="do not form a tree"):
        gold.analyze(conllu(cycle))


# Demonstrators said they want “justice for Terrence.”
WANT_INSIDE_SAID = rows("""
Demonstrators demonstrator NOUN 2 nsubj
said say VERB 0 root
they they PRON 4 nsubj
want want VERB 2 ccomp
“ “ PUNCT 6 punct -
justice justice NOUN 4 obj
for for ADP 8 case
Terrence Terrence PROPN 6 nmod -
. . PUNCT 2 punct -
” ” PUNCT 6 punct
""")

# Spicer said Trump told him “we will win.”
SPEECH_INSIDE_SAID = rows("""
Spicer Spicer PROPN 2 nsubj
said say VERB 0 root
Trump Trump PROPN 4 nsubj
told tell VERB 2 ccomp
him he PRON 4 iobj
“ “ PUNCT 9 punct -
we we PRON 9 nsubj
will will AUX 9 aux
win win VERB 4 ccomp -
. . PUNCT 2 punct -
” ” PUNCT 9 punct
""")


def test_the_outer_speaker_reports_a_quote_under_a_stance_verb(gold):
    (q,) = gold.analyze(conllu(WANT_INSIDE_SAID)).quotes
    assert q.cue is not None and q.cue.text == "said"
    assert q.mention is not None and q.mention.text == "Demonstrators"


def test_speech_reported_inside_speech_keeps_the_inner_speaker(gold):
    (q,) = gold.analyze(conllu(SPEECH_INSIDE_SAID)).quotes
    assert q.cue is not None and q.cue.text == "told"
    assert q.speaker is not None and q.speaker.name == "Trump"


# Said Ellis: “I don't get the sense.”
SAID_FIRST = rows("""
Said say VERB 0 root
Ellis Ellis PROPN 1 iobj -
: : PUNCT 8 punct
“ “ PUNCT 8 punct -
I I PRON 8 nsubj
do do AUX 8 aux -
n't not PART 8 advmod
get get VERB 1 ccomp
the the DET 10 det
sense sense NOUN 8 obj -
. . PUNCT 1 punct -
” ” PUNCT 8 punct
""")


def test_a_sentence_opening_with_said_takes_the_name_after_it(gold):
    (q,) = gold.analyze(conllu(SAID_FIRST)).quotes
    assert q.kind is QuoteKind.DIRECT and q.text == "I don't get the sense."
    assert q.speaker is not None and q.speaker.name == "Ellis"


# David Kamin, an adviser, said that the campaign was “taking a close look” at provisions.
# -- parsed with the apposition "adviser" as a second complement of "said", before it
COMPLEMENTS_BOTH_SIDES = rows("""
David David PROPN 7 nsubj
Kamin Kamin PROPN 1 flat -
, , PUNCT 5 punct
an a DET 5 det
adviser adviser NOUN 7 ccomp -
, , PUNCT 7 punct
said say VERB 0 root
that that SCONJ 13 mark
the the DET 10 det
campaign campaign NOUN 13 nsubj
was be AUX 13 aux
“ “ PUNCT 13 punct -
taking take VERB 7 ccomp
a a DET 16 det
close close ADJ 16 amod
look look NOUN 13 obj -
” ” PUNCT 16 punct
at at ADP 19 case
provisions provision NOUN 13 obl -
. . PUNCT 7 punct
""")


def test_a_mixed_quote_keeps_the_side_of_the_cue_it_is_on(gold):
    (q,) = gold.analyze(conllu(COMPLEMENTS_BOTH_SIDES)).quotes
    assert q.kind is QuoteKind.MIXED
    assert q.text == "that the campaign was “taking a close look” at provisions"
    assert q.speaker is not None and q.speaker.name == "David Kamin"


# Phil Smith said the union expected production to improve.  -- parsed with "union" as a second
# subject of "said" and no complement at all
CLAUSE_AFTER_CUE = rows("""
Phil Phil PROPN 3 nsubj
Smith Smith PROPN 1 flat
said say VERB 0 root
the the DET 5 det
union union NOUN 3 nsubj
expected expect VERB 7 amod
production production NOUN 5 nmod
to to PART 9 mark
improve improve VERB 7 acl -
. . PUNCT 3 punct
""")


def test_the_words_after_a_speech_verb_are_its_clause_when_the_parse_gives_none(gold):
    (q,) = gold.analyze(conllu(CLAUSE_AFTER_CUE)).quotes
    assert q.kind is QuoteKind.INDIRECT and q.method == "indirect-clause-after"
    assert q.text == "the union expected production to improve"
    assert q.speaker is not None and q.speaker.name == "Phil Smith"


# He said a prayer.  -- an object without a verb is not a reported clause
SAID_A_PRAYER = rows("""
He he PRON 2 nsubj
said say VERB 0 root
a a DET 4 det
prayer prayer NOUN 2 obj -
. . PUNCT 2 punct
""")


def test_an_object_without_a_verb_is_not_reported_speech(gold):
    assert gold.analyze(conllu(SAID_A_PRAYER)).quotes == ()


# “He has not shown an ambition,” said Quentin Kidd, a political scientist.
# -- parsed with a second subject, "ambition", inside the quotation
SUBJECT_INSIDE_QUOTE = rows("""
“ “ PUNCT 5 punct -
He he PRON 5 nsubj
has have AUX 5 aux
not not PART 5 advmod
shown show VERB 10 advcl
an a DET 7 det
ambition ambition NOUN 10 nsubj -
, , PUNCT 5 punct -
” ” PUNCT 10 punct
said say VERB 0 root
Quentin Quentin PROPN 10 nsubj
Kidd Kidd PROPN 11 flat -
, , PUNCT 16 punct
a a DET 16 det
political political ADJ 16 amod
scientist scientist NOUN 11 appos -
. . PUNCT 10 punct
""")


def test_a_subject_inside_the_quotation_is_never_the_speaker(gold):
    (q,) = gold.analyze(conllu(SUBJECT_INSIDE_QUOTE)).quotes
    assert q.speaker is not None and q.speaker.name == "Quentin Kidd"
    assert q.speaker.title == "political scientist"
    assert q.mention is not None and "ambition" not in q.mention.text


# “He is great.  One of the best,” Rep. Elijah Cummings said.  -- the tokenizer split the quote,
# and the parse made "One", inside it, the subject of "said"
SPLIT_QUOTE_FIRST = rows("""
“ “ PUNCT 4 punct -
He he PRON 4 nsubj
is be AUX 4 cop
great great ADJ 0 root -
. . PUNCT 4 punct
""")
SPLIT_QUOTE_SECOND = rows("""
One one NUM 10 nsubj
of of ADP 4 case
the the DET 4 det
best best ADJ 1 nmod -
, , PUNCT 9 punct -
” ” PUNCT 9 punct
Rep. Rep. PROPN 9 compound
Elijah Elijah PROPN 9 compound
Cummings Cummings PROPN 4 appos
said say VERB 0 root -
. . PUNCT 10 punct
""")


def test_a_speaker_found_inside_a_quote_gives_way_to_the_name_after_it(gold):
    (q,) = gold.analyze(conllu(SPLIT_QUOTE_FIRST, SPLIT_QUOTE_SECOND, paragraphs=(0,))).quotes
    assert q.text == "He is great. One of the best,"
    assert q.speaker is not None and q.speaker.name == "Elijah Cummings"
    assert q.mention is not None and q.mention.text == "Rep. Elijah Cummings"


# According to the complaint, the developers “looted” the fund.  -- parsed with the source as root
ACCORDING_AS_ROOT = rows("""
According accord VERB 4 case
to to ADP 1 fixed
the the DET 4 det
complaint complaint NOUN 0 root -
, , PUNCT 4 punct
the the DET 7 det
developers developer NOUN 4 appos
“ “ PUNCT 9 punct -
looted loot VERB 7 acl -
” ” PUNCT 9 punct
the the DET 12 det
fund fund NOUN 9 obj -
. . PUNCT 4 punct
""")


def test_according_to_reads_the_clause_past_the_comma_when_the_source_is_the_root(gold):
    (q,) = gold.analyze(conllu(ACCORDING_AS_ROOT)).quotes
    assert q.kind is QuoteKind.MIXED and q.text == "the developers “looted” the fund"
    assert q.cue is not None and q.cue.text == "According to"
    assert q.mention is not None and q.mention.text == "the complaint"


# Dean, a former chairman, poked at Trump's sniffing, tweeting, “Notice Trump sniffing.”
# -- parsed with the name as the root and the participle hung on "sniffing"
PARTICIPLE = rows("""
Dean Dean PROPN 0 root -
, , PUNCT 5 punct
a a DET 5 det
former former ADJ 5 amod
chairman chairman NOUN 1 appos -
, , PUNCT 7 punct
poked poke VERB 5 acl
at at ADP 11 case
Trump Trump PROPN 11 nmod:poss -
's 's PART 9 case
sniffing sniffing NOUN 7 obl -
, , PUNCT 13 punct
tweeting tweet VERB 11 acl -
, , PUNCT 18 punct
“ “ PUNCT 18 punct -
Notice Notice PROPN 18 nsubj
Trump Trump PROPN 16 flat
sniffing sniff VERB 13 ccomp -
. . PUNCT 1 punct -
” ” PUNCT 18 punct
""")


def test_a_participle_after_a_comma_reports_for_the_sentence_subject(gold):
    (q,) = gold.analyze(conllu(PARTICIPLE)).quotes
    assert q.cue is not None and q.cue.text == "tweeting"
    assert q.speaker is not None and q.speaker.name == "Dean"


# In a statement, Husted said the ruling “will force us to act.”  -- "Husted" tagged as a verb
NAME_TAGGED_VERB = rows("""
In in ADP 3 case
a a DET 3 det
statement statement NOUN 6 obl -
, , PUNCT 3 punct
Husted Husted VERB 6 advcl
said say VERB 0 root
the the DET 8 det
ruling ruling NOUN 12 nsubj
“ “ PUNCT 12 punct -
will will AUX 12 aux
effectively effectively ADV 12 advmod
force force VERB 6 ccomp
us we PRON 12 obj
to to PART 15 mark
act act VERB 12 xcomp -
. . PUNCT 6 punct -
” ” PUNCT 12 punct
""")


def test_a_capitalised_word_before_the_verb_is_a_name_whatever_its_tag(gold):
    (q,) = gold.analyze(conllu(NAME_TAGGED_VERB)).quotes
    assert q.kind is QuoteKind.MIXED
    assert q.speaker is not None and q.speaker.name == "Husted"


# “This might hasten the eclipse of Trump,” Will wrote.  -- George Will, read as the modal "will"
MODAL_NAME = """
“ “ PUNCT 4 punct -
This this PRON 4 nsubj
might might AUX/MD 4 aux
hasten hasten VERB 12 ccomp -
the the DET 6 det
eclipse eclipse NOUN 4 obj
of of ADP 8 case
Trump Trump PROPN 6 nmod -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
Will will AUX/MD 12 aux
{verb} {lemma} VERB/{tag} 0 root
. . PUNCT 12 punct
"""


@pytest.mark.parametrize("verb, lemma, tag, speaks", [
    ("wrote", "write", "VBD", True), ("says", "say", "VBZ", True),
    ("wrote", "write", "VB", True),  # the tagger, misled by the "modal", calls it a base form; its lemma says not
    ("say", "say", "VB", False),  # "… will say": a real modal before the base form
])
def test_a_capitalised_modal_before_a_finite_verb_is_a_name(gold, verb, lemma, tag, speaks):
    tree = rows(MODAL_NAME.replace("{verb}", verb).replace("{lemma}", lemma).replace("{tag}", tag))
    (q,) = gold.analyze(conllu(tree)).quotes
    assert q.cue is not None and q.cue.text == verb
    assert (q.speaker is not None and q.speaker.name == "Will") is speaks


# “The Clintons will find a way,” wrote one commenter.  -- the speaker parsed as the verb's object
NUMBERED_SPEAKER_AFTER = rows("""
“ “ PUNCT 5 punct -
The the DET 3 det
Clintons Clinton PROPN 5 nsubj
will will AUX/MD 5 aux
find find VERB 10 ccomp -
a a DET 7 det
way way NOUN 5 obj -
, , PUNCT 5 punct -
” ” PUNCT 5 punct
wrote write VERB/VBD 0 root
one one NUM 12 nummod
commenter commenter NOUN 10 obj
. . PUNCT 10 punct
""")


# “She is weaker than I expected,” said Whit Ayres, who was Rubio's pollster.  -- "Whit" read as a conjunction
MISTAGGED_FIRST_NAME_AFTER = rows("""
“ “ PUNCT 4 punct -
She she PRON 4 nsubj
is be AUX 4 cop
weaker weak ADJ 10 ccomp -
than than SCONJ 7 mark
I I PRON 7 nsubj
expected expect VERB/VBD 4 advcl -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
said say VERB/VBD 0 root
Whit Whit SCONJ/IN 18 mark
Ayres Ayres PROPN 18 nsubj
, , PUNCT 14 punct
who who PRON 18 nsubj
was be AUX 18 cop
Rubio Rubio PROPN 18 nmod:poss
's 's PART 16 case
pollster pollster NOUN 10 ccomp
. . PUNCT 10 punct
""")


def test_a_mistagged_first_name_after_an_inverted_verb_does_not_hide_the_speaker(gold):
    (q,) = gold.analyze(conllu(MISTAGGED_FIRST_NAME_AFTER)).quotes
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.name is not None and "Ayres" in q.speaker.name


# “The plan will work,” said one well-connected Democrat.  -- the speaker parsed as the verb's object
MODIFIED_SPEAKER_AFTER = rows("""
“ “ PUNCT 5 punct -
The the DET 3 det
plan plan NOUN 5 nsubj
will will AUX/MD 5 aux
work work VERB 8 ccomp -
, , PUNCT 5 punct -
” ” PUNCT 5 punct
said say VERB/VBD 0 root
one one NUM 14 nummod
well well ADV 12 advmod
- - PUNCT 12 punct
connected connect VERB/VBN 14 amod
Democratic Democratic ADJ 14 amod
strategist strategist NOUN 8 obj
. . PUNCT 8 punct
""")


def test_a_modified_noun_phrase_after_an_inverted_verb_speaks(gold):
    (q,) = gold.analyze(conllu(MODIFIED_SPEAKER_AFTER)).quotes
    assert q.mention is not None and q.mention.text.endswith("strategist")


# Priebus later Thursday told reporters: “They are meeting.”  -- the name hung on the time word
NAME_UNDER_TIME_WORD = rows("""
Priebus Priebus PROPN 3 compound
later late ADJ/JJR 3 amod
Thursday Thursday PROPN 4 nsubj
told tell VERB/VBD 0 root
reporters reporter NOUN 4 iobj
: : PUNCT 4 punct
“ “ PUNCT 10 punct -
They they PRON 10 nsubj
are be AUX 10 aux
meeting meet VERB 4 ccomp -
. . PUNCT 10 punct -
” ” PUNCT 10 punct
""")


def test_a_name_the_parse_hung_on_a_time_word_still_speaks(gold):
    (q,) = gold.analyze(conllu(NAME_UNDER_TIME_WORD)).quotes
    assert q.speaker is not None and q.speaker.name == "Priebus"


# Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”
ABSOLUTE_WITH = rows("""
Republicans Republican PROPN 3 nsubj:pass
were be AUX 3 aux:pass
irritated irritate VERB/VBN 0 root
, , PUNCT 6 punct
with with ADP 6 case
Sen. Sen. PROPN 3 obl
John John PROPN 6 flat
McCain McCain PROPN 6 flat
calling call VERB/VBG 3 advcl
it it PRON 9 obj
a a DET 14 det
“ “ PUNCT 14 punct -
Chinese Chinese ADJ 14 amod
menu menu NOUN 9 obj -
. . PUNCT 3 punct -
” ” PUNCT 14 punct
""")


def test_the_noun_phrase_after_with_is_the_subject_of_an_absolute_participle(gold):
    (q,) = gold.analyze(conllu(ABSOLUTE_WITH)).quotes
    assert q.cue is not None and q.cue.text == "calling"
    assert q.speaker is not None and q.speaker.name == "John McCain"


def test_a_counted_noun_phrase_after_an_inverted_verb_speaks(gold):
    (q,) = gold.analyze(conllu(NUMBERED_SPEAKER_AFTER)).quotes
    assert q.cue is not None and q.cue.text == "wrote"
    assert q.mention is not None and q.mention.text == "one commenter"


# Clinton keeps them public — even the ones State now says are “top secret.”  -- the quote hung on the main verb
CARRIED_BY_CUE = rows("""
Clinton Clinton PROPN 2 nsubj
keeps keep VERB/VBZ 0 root
them they PRON 2 obj
public public ADJ 2 xcomp
— — PUNCT 11 punct
even even ADV 11 advmod
the the DET 8 det
ones one NOUN 15 nsubj
State State PROPN 11 nsubj
now now ADV 11 advmod
says say VERB/VBZ 8 acl:relcl
are be AUX 15 cop
“ “ PUNCT 15 punct -
top top ADJ 15 amod
secret secret NOUN 2 parataxis -
. . PUNCT 15 punct -
” ” PUNCT 15 punct
""")
# He said, “it is over.”
SAID_COMMA_LOWER = rows("""
He he PRON 2 nsubj
said say VERB/VBD 0 root -
, , PUNCT 2 punct
“ “ PUNCT 7 punct -
it it PRON 7 nsubj
is be AUX 7 cop
over over ADV 2 ccomp -
. . PUNCT 7 punct -
” ” PUNCT 7 punct
""")


def test_a_lower_case_quote_ending_its_cues_sentence_carries_the_words_after_the_cue(gold):
    (q,) = gold.analyze(conllu(CARRIED_BY_CUE)).quotes
    assert q.kind is QuoteKind.MIXED and q.text == "are “top secret.”"
    assert q.speaker is not None and q.speaker.name == "State"
    (q,) = gold.analyze(conllu(SAID_COMMA_LOWER)).quotes
    assert q.kind is QuoteKind.DIRECT and q.text == "it is over."  # nothing but a comma after the cue


# Welch told a protégé on a regular basis that “terrorism is the answer.”  -- the clause hung on "basis"
CARRIED_FROM_THAT = rows("""
Welch Welch PROPN 2 nsubj
told tell VERB/VBD 0 root
a a DET 4 det
protégé protégé NOUN 2 iobj
on on ADP 8 case
a a DET 8 det
regular regular ADJ 8 amod
basis basis NOUN 2 obl
that that SCONJ 14 mark
“ “ PUNCT 14 punct -
terrorism terrorism NOUN 14 nsubj
is be AUX 14 cop
the the DET 14 det
answer answer NOUN 8 acl -
. . PUNCT 14 punct -
” ” PUNCT 14 punct
""")


def test_carried_words_start_past_the_listener_and_its_that(gold):
    # neither the listener nor the complementizer is reported: the quote is all that was said
    (q,) = gold.analyze(conllu(CARRIED_FROM_THAT)).quotes
    assert q.kind is QuoteKind.DIRECT and q.text == "terrorism is the answer."
    assert q.cue is not None and q.cue.text == "told" and q.speaker is not None and q.speaker.name == "Welch"


# “They will lose,” Rubio {verb} back.  -- manner verbs of speech with a particle (data/reporting_verbs.tsv)
FIRED_BACK = """
“ “ PUNCT 4 punct -
They they PRON 4 nsubj
will will AUX/MD 4 aux
lose lose VERB 8 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
Rubio Rubio PROPN 8 nsubj
{verb} {lemma} VERB/VBD 0 root
back back ADV 8 compound:prt -
. . PUNCT 8 punct
"""


@pytest.mark.parametrize("verb, lemma", [("fired", "fire"), ("shot", "shoot")])
def test_fired_back_and_shot_back_report(gold, verb, lemma):
    (q,) = gold.analyze(conllu(rows(FIRED_BACK.replace("{verb}", verb).replace("{lemma}", lemma)))).quotes
    assert q.cue is not None and q.cue.text.startswith(verb)
    assert q.speaker is not None and q.speaker.name == "Rubio"


# He dismissed the plan as “reckless” on Friday in an interview.
GOVERNED = rows("""
He he PRON 2 nsubj
dismissed dismiss VERB 0 root
the the DET 4 det
plan plan NOUN 2 obj
as as ADP 7 case
“ “ PUNCT 7 punct -
reckless reckless ADJ 2 obl -
” ” PUNCT 7 punct
on on ADP 10 case
Friday Friday PROPN 2 obl
in in ADP 13 case
an a DET 13 det
interview interview NOUN 2 obl -
. . PUNCT 2 punct
""")


def test_a_governed_quote_takes_the_phrases_up_to_it_not_the_time_and_place_after(gold):
    (q,) = gold.analyze(conllu(GOVERNED)).quotes
    assert q.kind is QuoteKind.MIXED and q.method == "cue-governed"
    assert q.text == "the plan as “reckless”"


# Trump said that Machado was “disgusting” and “a con.”
TWO_SEGMENTS = rows("""
Trump Trump PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 7 mark
Machado Machado PROPN 7 nsubj
was be AUX 7 cop
“ “ PUNCT 7 punct -
disgusting disgusting ADJ 2 ccomp -
” ” PUNCT 7 punct
and and CCONJ 12 cc
“ “ PUNCT 12 punct -
a a DET 12 det
con con NOUN 7 conj -
. . PUNCT 2 punct -
” ” PUNCT 12 punct
""")


def test_quoted_words_of_one_reported_clause_make_one_mixed_quote(gold):
    (q,) = gold.analyze(conllu(TWO_SEGMENTS)).quotes
    assert q.kind is QuoteKind.MIXED
    assert q.text == "Machado was “disgusting” and “a con.”"
    assert [s.text for s in q.segments] == ["disgusting", "a con."]


# Trump said Machado was “disgusting” and encouraged Americans to look.  -- parsed with "said"
# governing nothing; the clause after it ends where the writer goes on ("and encouraged")
CLAUSE_THEN_WRITER = rows("""
Trump Trump PROPN 2 nsubj
said say VERB 0 root
Machado Machado PROPN 6 nsubj
was be AUX 6 cop
“ “ PUNCT 6 punct -
disgusting disgusting ADJ 2 punct -
” ” PUNCT 6 punct
and and CCONJ 9 cc
encouraged encourage VERB/VBD 2 conj
Americans American PROPN 9 obj
to to PART 12 mark
look look VERB 9 xcomp -
. . PUNCT 2 punct
""")


@pytest.mark.parametrize("tag", ["VBD", "VBN"])  # VBN: the tagger took "encouraged" for a participle
def test_the_clause_after_a_cue_ends_where_the_writer_goes_on(gold, tag):
    tree = [row if row[0] != "encouraged" else (row[0], row[1], f"VERB/{tag}", *row[3:]) for row in CLAUSE_THEN_WRITER]
    (q,) = [q for q in gold.analyze(conllu(tree)).quotes if q.cue is not None and q.cue.text == "said"]
    assert q.kind is QuoteKind.MIXED and q.method == "cue-clause-after"
    assert q.text == "Machado was “disgusting”"


def test_a_title_the_parse_hangs_on_the_cue_does_not_break_an_interrupted_quote(gold):
    misparsed = [(r[0], r[1], r[2], r[3], "ccomp" if r[0] == "Fox" else r[4], *r[5:]) for r in INTERRUPTED_LONG]
    analysis = gold.analyze(conllu(misparsed, INTERRUPTED_SECOND, paragraphs=(0,)))
    second = next(q for q in analysis.quotes if q.text == "We are not able to act.")
    assert second.method == "interrupted-quote"
    assert second.speaker is not None and second.speaker.name == "Flynn"


# “It is cool,” Smith said, describing how she puts together “tubular mixers,” rods. “People are like family.”
SCARE_QUOTE_IN_ATTRIBUTION = rows("""
“ “ PUNCT 4 punct -
It it PRON 4 nsubj
is be AUX 4 cop
cool cool ADJ 8 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
Smith Smith PROPN 8 nsubj
said say VERB 0 root -
, , PUNCT 10 punct
describing describe VERB 8 advcl
how how SCONJ 13 mark
she she PRON 13 nsubj
puts put VERB 10 ccomp
together together ADV 13 compound:prt
“ “ PUNCT 17 punct -
tubular tubular ADJ 17 amod
mixers mixer NOUN 13 obj -
, , PUNCT 17 punct -
” ” PUNCT 17 punct
rods rod NOUN 17 appos -
. . PUNCT 8 punct
""")
LIKE_FAMILY = rows("""
“ “ PUNCT 5 punct -
People people NOUN 5 nsubj
are be AUX 5 cop
like like ADP 5 case
family family NOUN 0 root -
. . PUNCT 5 punct -
” ” PUNCT 5 punct
""")


def test_a_scare_quote_in_the_attribution_is_no_first_half(gold):
    # the lower-case “tubular mixers,” that "describing" reports is not the quote "said" interrupted
    analysis = gold.analyze(conllu(SCARE_QUOTE_IN_ATTRIBUTION, LIKE_FAMILY, paragraphs=(0,)))
    second = next(q for q in analysis.quotes if q.text == "People are like family.")
    assert second.method == "interrupted-quote" and second.cue is not None and second.cue.text == "said"
    assert second.speaker is not None and second.speaker.name == "Smith"


# The plan will fail, Smith said. “We need a new one.”
REPORTED_THEN_QUOTE_1 = rows("""
The the DET 2 det
plan plan NOUN 4 nsubj
will will AUX 4 aux
fail fail VERB 7 ccomp -
, , PUNCT 4 punct
Smith Smith PROPN 7 nsubj
said say VERB 0 root -
. . PUNCT 7 punct
""")
REPORTED_THEN_QUOTE_2 = rows("""
“ “ PUNCT 3 punct -
We we PRON 3 nsubj
need need VERB 0 root
a a DET 6 det
new new ADJ 6 amod
one one NOUN 3 obj -
. . PUNCT 3 punct -
” ” PUNCT 3 punct
""")


def test_a_quote_after_a_sentence_ending_in_its_speech_verb_is_that_speakers(gold):
    analysis = gold.analyze(conllu(REPORTED_THEN_QUOTE_1, REPORTED_THEN_QUOTE_2, paragraphs=(0,)))
    indirect, direct = analysis.quotes
    assert (indirect.kind, indirect.text) == (QuoteKind.INDIRECT, "The plan will fail")
    assert (direct.kind, direct.method) == (QuoteKind.DIRECT, "after-reported-sentence")
    assert direct.speaker is not None and direct.speaker == indirect.speaker and direct.speaker.name == "Smith"


# The campaign plans to release records, a spokesman announced Monday.  -- "announced" parsed as
# an adjective of "Monday": the clause before the speaker's comma is what was announced
CLAUSE_BEFORE_CUE = rows("""
The the DET 2 det
campaign campaign NOUN 3 nsubj
plans plan VERB 0 root
to to PART 5 mark
release release VERB 3 xcomp
records record NOUN 5 obj -
, , PUNCT 9 punct
a a DET 9 det
spokesman spokesman NOUN 3 parataxis
announced announce VERB 11 amod
Monday Monday PROPN 9 nmod -
. . PUNCT 3 punct
""")


def test_a_sentence_final_cue_reports_the_clause_before_the_speakers_comma(gold):
    quotes = gold.analyze(conllu(CLAUSE_BEFORE_CUE)).quotes
    announced = [q for q in quotes if q.cue is not None and q.cue.text == "announced"]
    assert [(q.kind, q.text, q.method) for q in announced] == [
        (QuoteKind.INDIRECT, "The campaign plans to release records", "indirect-clause-before")]
    assert announced[0].mention is not None and announced[0].mention.text == "a spokesman"


# The committee has collected $56 million, said David Gilbert, its president.  -- "said" parsed as a
# conjunct of "collected" (no "and"): everything after the comma is the cue's, the clause before it
# is what was said
INVERTED_CUE_AS_CONJUNCT = rows("""
The the DET 2 det
committee committee NOUN 4 nsubj
has have AUX 4 aux
collected collect VERB 0 root
$ $ SYM 4 obj -
56 56 NUM 7 compound
million million NUM 5 nummod -
, , PUNCT 9 punct
said say VERB/VBD 4 conj
David David PROPN 9 nsubj
Gilbert Gilbert PROPN 10 flat -
, , PUNCT 14 punct
its its PRON 14 nmod:poss
president president NOUN 10 appos -
. . PUNCT 4 punct
""")


def test_an_inverted_cue_the_parse_coordinated_reports_the_clause_before_its_comma(gold):
    quotes = gold.analyze(conllu(INVERTED_CUE_AS_CONJUNCT)).quotes
    assert [(q.kind, q.text, q.method) for q in quotes] == [
        (QuoteKind.INDIRECT, "The committee has collected $56 million", "indirect-clause-before")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "David Gilbert"
    assert quotes[0].speaker.title == "president"


# “Deals are not needed,” Chaffetz said in a statement, adding that they were “like candy.”
# -- parsed with "Chaffetz" hung on the quote and "said" without a subject
ADDING_AFTER_SAID = rows("""
“ “ PUNCT 5 punct -
Deals deal NOUN 5 nsubj
are be AUX 5 cop
not not PART 5 advmod
needed needed ADJ 9 ccomp -
, , PUNCT 5 punct -
” ” PUNCT 8 punct
Chaffetz Chaffetz PROPN 5 appos
said say VERB 0 root
in in ADP 12 case
a a DET 12 det
statement statement NOUN 9 obl -
, , PUNCT 14 punct
adding add VERB/VBG 9 advcl
that that SCONJ 20 mark
they they PRON 20 nsubj
were be AUX 20 cop
“ “ PUNCT 20 punct -
like like ADP 20 case
candy candy NOUN 14 ccomp -
. . PUNCT 9 punct -
” ” PUNCT 20 punct
""")


def test_adding_after_said_shares_the_speaker_found_by_position(gold):
    quotes = gold.analyze(conllu(ADDING_AFTER_SAID)).quotes
    assert [q.cue.text for q in quotes if q.cue is not None] == ["said", "adding"]
    assert all(q.speaker is not None and q.speaker.name == "Chaffetz" for q in quotes)


# Trump unleashed tweets early Friday saying that she had “bad judgment.”
SAYING_AFTER_TIME = rows("""
Trump Trump PROPN 2 nsubj
unleashed unleash VERB 0 root
tweets tweet NOUN 2 obj
early early ADV 5 advmod
Friday Friday PROPN 2 obl:tmod
saying say VERB/VBG 5 acl
that that SCONJ 9 mark
she she PRON 9 nsubj
had have VERB 6 ccomp
“ “ PUNCT 12 punct -
bad bad ADJ 12 amod
judgment judgment NOUN 9 obj -
. . PUNCT 2 punct -
” ” PUNCT 12 punct
""")


def test_a_participle_after_a_time_phrase_reports_for_the_sentence_subject(gold):
    (q,) = gold.analyze(conllu(SAYING_AFTER_TIME)).quotes
    assert q.cue is not None and q.cue.text == "saying"
    assert q.speaker is not None and q.speaker.name == "Trump"


# When Clinton noted that taxes rose ― Trump boasted, “That makes me smart.”
# -- parsed with "boasted" as a conjunct of "rose" (no "and") and "Trump" hung elsewhere
CONJ_WITHOUT_AND = rows("""
When when ADV 3 advmod
Clinton Clinton PROPN 3 nsubj
noted note VERB 13 advcl
that that SCONJ 6 mark
taxes tax NOUN 6 nsubj
rose rise VERB 3 ccomp
― ― PUNCT 9 punct
Trump Trump PROPN 6 obl
boasted boast VERB 6 conj -
, , PUNCT 13 punct
“ “ PUNCT 13 punct -
That that PRON 13 nsubj
makes make VERB 0 root
me I PRON 13 obj
smart smart ADJ 13 xcomp -
. . PUNCT 13 punct -
” ” PUNCT 13 punct
""")


def test_a_conjunct_without_and_takes_the_name_right_before_it(gold):
    quote = next(q for q in gold.analyze(conllu(CONJ_WITHOUT_AND)).quotes if q.text == "That makes me smart.")
    assert quote.cue is not None and quote.cue.text == "boasted"
    assert quote.speaker is not None and quote.speaker.name == "Trump"


# In August, the groups granted him an extension to treat runoff, saying his “capital was short.”
# -- parsed with "saying" under "treat", which has no subject
SAYING_UNDER_INFINITIVE = rows("""
In in ADP 2 case
August August PROPN 6 obl -
, , PUNCT 2 punct
the the DET 5 det
groups group NOUN 6 nsubj
granted grant VERB 0 root
him he PRON 6 iobj
an a DET 9 det
extension extension NOUN 6 obj
to to PART 11 mark
treat treat VERB 6 advcl
runoff runoff NOUN 11 obj -
, , PUNCT 14 punct
saying say VERB/VBG 11 advcl
his his PRON 17 nmod:poss
“ “ PUNCT 17 punct -
capital capital NOUN 19 nsubj
was be AUX 19 cop
short short ADJ 14 ccomp -
. . PUNCT 6 punct -
” ” PUNCT 19 punct
""")


def test_a_participle_under_a_subjectless_verb_reports_for_the_sentence_subject(gold):
    (q,) = gold.analyze(conllu(SAYING_UNDER_INFINITIVE)).quotes
    assert q.mention is not None and q.mention.text == "the groups"


# “It is an invasion,” Scott Pruitt, the attorney general, said.  -- parsed with the description
# as the subject and the name hung on the quote
NAME_THEN_DESCRIPTION = rows("""
“ “ PUNCT 5 punct -
It it PRON 5 nsubj
is be AUX 5 cop
an a DET 5 det
invasion invasion NOUN 15 ccomp -
, , PUNCT 5 punct -
” ” PUNCT 8 punct
Scott Scott PROPN 5 appos
Pruitt Pruitt PROPN 8 flat -
, , PUNCT 13 punct
the the DET 13 det
attorney attorney NOUN 13 compound
general general NOUN 15 nsubj -
, , PUNCT 13 punct
said say VERB 0 root -
. . PUNCT 15 punct
""")


def test_the_name_opening_the_phrase_after_a_quote_speaks_not_its_description(gold):
    (q,) = gold.analyze(conllu(NAME_THEN_DESCRIPTION)).quotes
    assert q.speaker is not None and q.speaker.name == "Scott Pruitt"


# The poll showed Clinton with a lead in Ohio.
OBJECT_AND_PREDICATE = rows("""
The the DET 2 det
poll poll NOUN 3 nsubj
showed show VERB 0 root
Clinton Clinton PROPN 3 obj
with with ADP 7 case
a a DET 7 det
lead lead NOUN 3 obl
in in ADP 9 case
Ohio Ohio PROPN 7 nmod -
. . PUNCT 3 punct
""")


def test_a_stance_verbs_content_runs_past_its_object_up_to_a_comma(gold):
    (q,) = gold.analyze(conllu(OBJECT_AND_PREDICATE)).quotes
    assert q.kind is QuoteKind.INDIRECT and q.text == "Clinton with a lead in Ohio"


# The union endorsed Clinton during a call on Tuesday.  /  The minister stressed those worries on
# Sunday at a forum.  -- the time phrase and what follows it are the writer's framing
OBJECT_THEN_TIME = rows("""
The the DET 2 det
union union NOUN 3 nsubj
endorsed endorse VERB/VBD 0 root
Clinton Clinton PROPN 3 obj
during during ADP 7 case
a a DET 7 det
call call NOUN 3 obl
on on ADP 9 case
Tuesday Tuesday PROPN 3 obl -
. . PUNCT 3 punct
""")
STATEMENT_OBJECT_THEN_TIME = rows("""
The the DET 2 det
minister minister NOUN 3 nsubj
stressed stress VERB/VBD 0 root
those that DET 5 det
worries worry NOUN/NNS 3 obj
about about ADP 8 case
the the DET 8 det
economy economy NOUN 5 nmod
on on ADP 10 case
Sunday Sunday PROPN 3 obl
at at ADP 13 case
a a DET 13 det
forum forum NOUN 3 obl -
. . PUNCT 3 punct
""")


def test_a_stance_verbs_content_stops_at_a_time_phrase_after_its_object(gold):
    (q,) = gold.analyze(conllu(OBJECT_THEN_TIME)).quotes
    assert q.kind is QuoteKind.INDIRECT and q.text == "Clinton"
    (q,) = gold.analyze(conllu(STATEMENT_OBJECT_THEN_TIME)).quotes
    assert q.kind is QuoteKind.INDIRECT and q.text == "those worries about the economy"


# Taxes would go up under the plan, according to an analysis.  -- parsed with "according to" hung
# on "plan" and the comma on "analysis"
ACCORDING_COMMA_INSIDE = rows("""
Taxes tax NOUN 3 nsubj
would would AUX 3 aux
go go VERB 0 root
up up ADP 3 compound:prt
under under ADP 7 case
the the DET 7 det
plan plan NOUN 3 obl -
, , PUNCT 12 punct
according accord VERB 12 case
to to ADP 9 fixed
an a DET 12 det
analysis analysis NOUN 7 nmod -
. . PUNCT 3 punct
""")


def test_a_set_off_according_phrase_reports_the_whole_clause(gold):
    (q,) = gold.analyze(conllu(ACCORDING_COMMA_INSIDE)).quotes
    assert q.kind is QuoteKind.INDIRECT and q.text == "Taxes would go up under the plan"


# Trump urged Congress to build a wall.
SPEECH_TO_INFINITIVE = rows("""
Trump Trump PROPN 2 nsubj
urged urge VERB 0 root
Congress Congress PROPN 2 obj
to to PART 5 mark
build build VERB 2 xcomp
a a DET 7 det
wall wall NOUN 5 obj -
. . PUNCT 2 punct
""")


def test_a_speech_verbs_to_infinitive_is_what_was_said(gold):
    (q,) = gold.analyze(conllu(SPEECH_TO_INFINITIVE)).quotes
    assert (q.kind, q.text, q.method) == (QuoteKind.INDIRECT, "Congress to build a wall", "indirect-xcomp")
    assert q.speaker is not None and q.speaker.name == "Trump"


# Douglas Brinkley, a historian who attended the session, recalled, “We must act.”  -- parsed
# with the cue inside the relative clause and the name as the subject of the quote
RECALLED_IN_RELATIVE_CLAUSE = rows("""
Douglas Douglas PROPN 16 nsubj
Brinkley Brinkley PROPN 1 flat -
, , PUNCT 5 punct
a a DET 5 det
historian historian NOUN 1 appos
who who PRON 7 nsubj
attended attend VERB/VBD 5 acl:relcl
the the DET 9 det
session session NOUN 7 obj -
, , PUNCT 11 punct
recalled recall VERB/VBN 7 advcl -
, , PUNCT 16 punct
“ “ PUNCT 16 punct -
We we PRON 16 nsubj
must must AUX 16 aux
act act VERB/VB 0 root -
. . PUNCT 16 punct -
” ” PUNCT 16 punct
""")


def test_a_speech_verb_after_a_described_name_speaks_for_the_name_not_the_relative_clause(gold):
    (q,) = gold.analyze(conllu(RECALLED_IN_RELATIVE_CLAUSE)).quotes
    assert q.text == "We must act."
    assert q.cue is not None and q.cue.text == "recalled"
    assert q.speaker is not None and q.speaker.name == "Douglas Brinkley"


# “It is insane,” Sanders said, going on to say that the country has changed.  -- "say" parsed
# as an adverbial clause of "going" instead of its complement
GOING_ON_TO_SAY = rows("""
“ “ PUNCT 4 punct -
It it PRON 4 nsubj
is be AUX 4 cop
insane insane ADJ 0 root -
, , PUNCT 4 punct -
” ” PUNCT 8 punct
Sanders Sanders PROPN 8 nsubj
said say VERB/VBD 4 parataxis -
, , PUNCT 10 punct
going go VERB/VBG 8 advcl
on on ADP 13 mark
to to PART 13 mark
say say VERB/VB 10 advcl
that that SCONJ 18 mark
the the DET 16 det
country country NOUN 18 nsubj
has have AUX 18 aux
changed change VERB/VBN 13 ccomp -
. . PUNCT 4 punct
""")


def test_going_on_to_say_parsed_as_an_adverbial_clause_still_climbs_to_the_speaker(gold):
    (q,) = [q for q in gold.analyze(conllu(GOING_ON_TO_SAY)).quotes if q.kind is QuoteKind.INDIRECT]
    assert q.text == "the country has changed"
    assert q.speaker is not None and q.speaker.name == "Sanders"


# Dean, a doctor, then appeared on MSNBC and began by saying he would never diagnose anyone.
# -- parsed with "Dean" as a passive subject of the active "appeared"
BEGAN_BY_SAYING = rows("""
Dean Dean PROPN 7 nsubj:pass -
, , PUNCT 1 punct
a a DET 4 det
doctor doctor NOUN 1 appos -
, , PUNCT 1 punct
then then ADV 7 advmod
appeared appear VERB/VBN 0 root
on on ADP 9 case
MSNBC MSNBC PROPN 7 obl
and and CCONJ 11 cc
began begin VERB/VBD 7 conj
by by SCONJ 13 mark
saying say VERB/VBG 11 advcl
he he PRON 17 nsubj
would would AUX 17 aux
never never ADV 17 advmod
diagnose diagnose VERB/VB 13 ccomp
anyone anyone PRON 17 obj -
. . PUNCT 7 punct
""")


def test_a_marked_participle_takes_its_verbs_speaker_and_a_passive_label_on_an_active_verb_is_ignored(gold):
    (q,) = gold.analyze(conllu(BEGAN_BY_SAYING)).quotes
    assert (q.kind, q.text) == (QuoteKind.INDIRECT, "he would never diagnose anyone")
    assert q.speaker is not None and q.speaker.name == "Dean"


# Dean, a former chairman, poked at Trump's sniffing, tweeting, “Stop sniffing.”  -- parsed with
# the title as the root and the rest hung on it
TITLE_ROOT_TWEETING = rows("""
Dean Dean PROPN 5 compound -
, , PUNCT 5 punct
a a DET 5 det
former former ADJ 5 amod
chairman chairman NOUN 0 root -
, , PUNCT 1 punct
poked poke VERB/VBD 5 acl
at at ADP 11 case
Trump Trump PROPN 11 nmod:poss -
's 's PART 9 case
sniffing sniffing NOUN 7 obl -
, , PUNCT 13 punct
tweeting tweet VERB/VBG 7 conj -
, , PUNCT 16 punct
“ “ PUNCT 16 punct -
Stop stop VERB/VB 13 ccomp
sniffing sniff VERB/VBG 16 xcomp -
. . PUNCT 16 punct -
” ” PUNCT 16 punct
""")


def test_a_participle_reports_for_a_title_the_parse_made_the_root(gold):
    (q,) = gold.analyze(conllu(TITLE_ROOT_TWEETING)).quotes
    assert q.text == "Stop sniffing."
    assert q.speaker is not None and q.speaker.name == "Dean"


# Protesters marching through the streets chanted “Justice now.”  -- "chanted" hung on "streets"
CHANTED_AFTER_A_PLACE = rows("""
Protesters protester NOUN 0 root
marching march VERB/VBG 1 acl
through through ADP 5 case
the the DET 5 det
streets street NOUN 2 obl
chanted chant VERB/VBD 5 acl
“ “ PUNCT 8 punct -
Justice justice NOUN 6 ccomp
now now ADV 8 advmod -
. . PUNCT 8 punct -
” ” PUNCT 8 punct
""")


def test_a_noun_after_a_preposition_is_never_the_speaker_its_phrase_owner_is(gold):
    (q,) = gold.analyze(conllu(CHANTED_AFTER_A_PLACE)).quotes
    assert q.text == "Justice now."
    assert q.mention is not None and q.mention.text.startswith("Protesters")


# “Why did he not pay?” a narrator in the ad asks.  -- the tagger took "asks" for a plural noun
ASKS_AS_A_NOUN = rows("""
“ “ PUNCT 6 punct -
Why why ADV 6 advmod
did do AUX 6 aux
he he PRON 6 nsubj
not not PART 6 advmod
pay pay VERB 0 root -
? ? PUNCT 6 punct -
” ” PUNCT 6 punct
a a DET 10 det
narrator narrator NOUN 6 dep
in in ADP 14 case
the the DET 14 det
ad ad NOUN 14 compound
asks ask NOUN/NNS 10 nmod -
. . PUNCT 6 punct
""")


def test_a_speech_verb_ending_the_sentence_is_a_cue_whatever_its_tag(gold):
    (q,) = gold.analyze(conllu(ASKS_AS_A_NOUN)).quotes
    assert q.text == "Why did he not pay?"
    assert q.cue is not None and q.cue.text == "asks"
    assert q.mention is not None and q.mention.text == "a narrator in the ad"


# “This is a big year!” | Scott's niece, state Delegate Marcia Price of Newport News, shouted to the
# crowd.  -- the tokenizer ended the sentence after the quote; the speaker phrase is long
EXCLAIMED = rows("""
“ “ PUNCT 6 punct -
This this PRON 6 nsubj
is be AUX 6 cop
a a DET 6 det
big big ADJ 6 amod
year year NOUN 0 root -
! ! PUNCT 6 punct -
” ” PUNCT 6 punct
""")
LONG_SPEAKER_SHOUTED = rows("""
Scott Scott PROPN 3 nmod:poss -
's 's PART 1 case
niece niece NOUN 13 nsubj -
, , PUNCT 7 punct
state state NOUN 7 compound
Delegate Delegate PROPN 7 compound
Marcia Marcia PROPN 3 appos
Price Price PROPN 7 flat
of of ADP 11 case
Newport Newport PROPN 11 compound
News News PROPN 7 nmod -
, , PUNCT 7 punct
shouted shout VERB/VBD 0 root
to to ADP 16 case
the the DET 16 det
crowd crowd NOUN 13 obl -
. . PUNCT 13 punct
""")


def test_a_long_speaker_phrase_in_the_split_off_attribution_sentence_still_speaks(gold):
    (q,) = gold.analyze(conllu(EXCLAIMED, LONG_SPEAKER_SHOUTED, paragraphs=(0,))).quotes
    assert (q.text, q.method) == ("This is a big year!", "next-sentence-cue")
    assert q.speaker is not None and q.speaker.name == "Marcia Price"


# In interviews, Paul Ryan (R-Wis.) said the spate of shootings demands that Americans listen.
# -- parsed with the name hung on "interviews" and "spate" as the subject of "said"
SUBJECT_AFTER_THE_VERB = rows("""
In in ADP 2 case
interviews interview NOUN 9 obl -
, , PUNCT 4 punct
Paul Paul PROPN 2 appos
Ryan Ryan PROPN 4 flat
( ( PUNCT 7 punct -
R-Wis. R-Wis. PROPN 5 appos -
) ) PUNCT 7 punct
said say VERB/VBD 0 root
the the DET 11 det
spate spate NOUN 9 nsubj
of of ADP 13 case
shootings shooting NOUN 11 nmod
demands demand NOUN 13 conj
that that SCONJ 17 mark
Americans Americans PROPN 17 nsubj
listen listen VERB 11 acl:relcl -
. . PUNCT 9 punct
""")


def test_outside_inverted_order_the_name_before_the_verb_speaks_not_a_subject_after_it(gold):
    (q,) = gold.analyze(conllu(SUBJECT_AFTER_THE_VERB)).quotes
    assert q.kind is QuoteKind.INDIRECT and q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.name == "Paul Ryan"


# He called it a “crazy system”, which angered Democrats.
CALLED_THEN_RELATIVE_CLAUSE = rows("""
He he PRON 2 nsubj
called call VERB/VBD 0 root
it it PRON 2 obj
a a DET 7 det
“ “ PUNCT 7 punct -
crazy crazy ADJ 7 amod
system system NOUN 2 xcomp -
” ” PUNCT 7 punct -
, , PUNCT 11 punct
which which PRON 11 nsubj
angered anger VERB/VBD 7 acl:relcl
Democrats Democrats PROPN 11 obj -
. . PUNCT 2 punct
""")


def test_a_mixed_quote_ends_where_the_writer_resumes_after_its_last_quoted_words(gold):
    (q,) = [q for q in gold.analyze(conllu(CALLED_THEN_RELATIVE_CLAUSE)).quotes if q.kind is QuoteKind.MIXED]
    assert q.text == "it a “crazy system”"
    assert [s.text for s in q.segments] == ["crazy system"]


@pytest.mark.parametrize("text,kept", [
    ("support for her “public option”, which would allow buy-ins", "support for her “public option”"),
    ("a “personal insult”, implicitly putting his name on the line", "a “personal insult”"),
    ("a “personal insult”, saying nothing more", "a “personal insult”"),
    ("a “con” -- a word he used twice", "a “con”"),
    ("the senator “the next George Washington” – the Founding Father who", "the senator “the next George Washington”"),
    ("a “2015–2016” plan he backed", "a “2015–2016” plan he backed"),  # an unspaced en dash joins a range
    ("a “con”; the campaign declined to comment", "a “con”"),
    ("a “personal insult” if they did not vote", "a “personal insult” if they did not vote"),
    ("was only “partial,” meaning it protected them", "was only “partial,”"),   # comma inside the marks
    ("was only “partial,” he said", "was only “partial,” he said"),
    ("the rules to “burning the Constitution” - a charge that stung", "the rules to “burning the Constitution”"),
    ("lower taxes and “jobs, jobs, jobs,” but he has also intensified", "lower taxes and “jobs, jobs, jobs,”"),
    ("a “flawed” plan, but she would vote for it", "a “flawed” plan"),
    ("was “flawed” but they would vote for it", "was “flawed” but they would vote for it"),  # no comma: still reported
    ("a “well-known” anti-tax advocate", "a “well-known” anti-tax advocate"),  # a hyphen inside a word is no dash
    ("often say “Poor Mexico, so close to the United States.” Facing a Trump presidency, many hope",
     "often say “Poor Mexico, so close to the United States.”"),  # the quote ended its sentence
    ("called it “a disgrace.” and left", "called it “a disgrace.” and left"),  # lower case: the sentence goes on
    ("that “race still determines too much” in America, including how people are treated",
     "that “race still determines too much” in America, including how people are treated"),  # a preposition
    ("blamed the “fog of war” for the failure, and continued to defend the notion",
     "blamed the “fog of war” for the failure"),  # the writer's next predicate
    ("called it “crazy,” and said he would leave", "called it “crazy,”"),
    ("was “unfair” and biased against him", "was “unfair” and biased against him"),  # no comma: still reported
    ("had been “rigged” against him, a charge that leaders denied", "had been “rigged” against him"),  # apposition
    ("called Trump “very flexible,” a nod to his changes of position", "called Trump “very flexible,”"),
])
def test_writer_resumes_after_the_last_quote_by_rule(text, kept):
    from quoteattr.attribution import _writer_resumes

    last_mark = text.rindex("”") + 1
    assert text[:_writer_resumes(text, last_mark, len(text))] == kept


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("«", "»"), ("‹", "›"), ("「", "」"), ("『", "』"),
                                              ("＂", "＂"), ('"', '"'), ("‘", "’")])
def test_writer_resumes_after_an_inner_comma_whatever_mark_closes_the_quote(opening, closing):
    """Every closing mark of data/quote_marks.tsv counts, not only the Western ones."""
    from quoteattr.attribution import _writer_resumes

    text = f"was only {opening}partial,{closing} meaning it protected them"
    last_mark = text.index(closing, text.index(opening) + 1) + 1
    assert text[:_writer_resumes(text, last_mark, len(text))] == f"was only {opening}partial,{closing}"


# Cummings called him a master at deals. “He is a genius at deals.”  (one paragraph)
REPORT_THEN_QUOTE = rows("""
Cummings Cummings PROPN 2 nsubj
called call VERB/VBD 0 root
him he PRON 2 obj
a a DET 5 det
master master NOUN 2 xcomp
at at ADP 7 case
deals deal NOUN 5 nmod -
. . PUNCT 2 punct
""")
GENIUS_QUOTE = rows("""
“ “ PUNCT 5 punct -
He he PRON 5 nsubj
is be AUX 5 cop
a a DET 5 det
genius genius NOUN 0 root
at at ADP 7 case
deals deal NOUN 5 nmod -
. . PUNCT 5 punct -
” ” PUNCT 5 punct
""")


def test_a_quote_right_after_a_sentence_opening_with_speaker_and_cue_is_that_speakers(gold):
    analysis = gold.analyze(conllu(REPORT_THEN_QUOTE, GENIUS_QUOTE, paragraphs=(0,)))
    (q,) = [q for q in analysis.quotes if q.kind is QuoteKind.DIRECT]
    assert (q.text, q.method) == ("He is a genius at deals.", "after-reported-sentence")
    assert q.speaker is not None and q.speaker.name == "Cummings"


# The Post reports that team avoided the hospital to “keep it quiet.”  -- "reports" tagged a noun
REPORTS_AS_A_NOUN = rows("""
The the DET 3 det
Post Post PROPN 3 compound
reports report NOUN/NNS 6 nsubj:outer
that that SCONJ 6 mark
team team NOUN 6 nsubj
avoided avoid VERB/VBD 0 root
the the DET 8 det
hospital hospital NOUN 6 obj
to to PART 11 mark
“ “ PUNCT 11 punct -
keep keep VERB 6 advcl
it it PRON 11 obj
quiet quiet ADJ 11 xcomp -
. . PUNCT 6 punct -
” ” PUNCT 6 punct
""")


def test_a_speech_verb_tagged_as_a_noun_after_a_name_and_before_that_is_a_cue(gold):
    (q,) = [q for q in gold.analyze(conllu(REPORTS_AS_A_NOUN)).quotes if q.kind is QuoteKind.MIXED]
    assert q.cue is not None and q.cue.text == "reports"
    assert q.speaker is not None and q.speaker.name == "Post"
    assert [s.text for s in q.segments] == ["keep it quiet."]


# The ad uses footage of Clinton asking, “Why not?”  -- "asking" tagged a noun
ASKING_AS_A_NOUN = rows("""
The the DET 2 det
ad ad NOUN 3 nsubj
uses use VERB/VBZ 0 root
footage footage NOUN 3 obj
of of ADP 7 case
Clinton Clinton PROPN 7 compound
asking asking NOUN/NN 4 nmod -
, , PUNCT 11 punct
“ “ PUNCT 11 punct -
Why why ADV 11 advmod
not not PART 3 parataxis -
? ? PUNCT 11 punct -
” ” PUNCT 11 punct
""")


def test_a_participle_tagged_as_a_noun_before_a_quote_is_a_cue_for_the_name_before_it(gold):
    (q,) = gold.analyze(conllu(ASKING_AS_A_NOUN)).quotes
    assert (q.kind, q.text) == (QuoteKind.DIRECT, "Why not?")
    assert q.cue is not None and q.cue.text == "asking"
    assert q.speaker is not None and q.speaker.name == "Clinton"


# Contrary to his claims that people would learn nothing, … -- a real noun stays a noun
HIS_CLAIMS = rows("""
his he PRON 2 nmod:poss
claims claim NOUN/NNS 0 root
that that SCONJ 6 mark
people people NOUN 6 nsubj
would would AUX 6 aux
learn learn VERB 2 acl
nothing nothing PRON 6 obj -
. . PUNCT 2 punct
""")


def test_an_owned_noun_is_never_taken_for_a_mistagged_speech_verb():
    from quoteattr.cues import _verb_tagged_as_noun
    from quoteattr.extractor import _prepare

    _, (sentence,) = _prepare(conllu(HIS_CLAIMS))
    assert not _verb_tagged_as_noun(sentence, sentence.word(2))


# He warned that week that the plan failed.  -- "that week": a determiner, not the complementizer
THAT_WEEK_THAT = rows("""
He he PRON 2 nsubj
warned warn VERB/VBD 0 root
that that DET 4 det
week week NOUN 2 obl:unmarked
that that SCONJ 8 mark
the the DET 7 det
plan plan NOUN 8 nsubj
failed fail VERB/VBD 4 acl -
. . PUNCT 2 punct
""")


def test_the_clause_after_a_cue_opens_at_the_complementizer_not_a_determiner_that(gold):
    (q,) = gold.analyze(conllu(THAT_WEEK_THAT)).quotes
    assert (q.kind, q.text) == (QuoteKind.INDIRECT, "the plan failed")


# While, prices will rise, according to the ministry.
CONNECTIVE_THEN_ACCORDING = rows("""
While while SCONJ 5 mark -
, , PUNCT 1 punct
prices price NOUN 5 nsubj
will will AUX 5 aux
rise rise VERB 0 root -
, , PUNCT 10 punct
according accord VERB 10 case
to to ADP 7 fixed
the the DET 10 det
ministry ministry NOUN 5 obl -
. . PUNCT 5 punct
""")


def test_reported_content_never_opens_with_the_writers_connective(gold):
    (q,) = gold.analyze(conllu(CONNECTIVE_THEN_ACCORDING)).quotes
    assert (q.kind, q.text) == (QuoteKind.INDIRECT, "prices will rise")


# Ava said she felt it mattered because “people do not know,” she said. “We need context.”
MIXED_THEN_SHE_SAID = rows("""
Ava Ava PROPN 2 nsubj
said say VERB/VBD 0 root
she she PRON 4 nsubj
felt feel VERB/VBD 2 ccomp
it it PRON 6 nsubj
mattered matter VERB/VBD 4 ccomp
because because SCONJ 12 mark
“ “ PUNCT 12 punct -
people people NOUN 12 nsubj
do do AUX 12 aux
not not PART 12 advmod
know know VERB 6 advcl -
, , PUNCT 12 punct -
” ” PUNCT 12 punct
she she PRON 16 nsubj
said say VERB/VBD 2 parataxis -
. . PUNCT 2 punct
""")
WE_NEED_CONTEXT = rows("""
“ “ PUNCT 3 punct -
We we PRON 3 nsubj
need need VERB 0 root
context context NOUN 3 obj -
. . PUNCT 3 punct -
” ” PUNCT 3 punct
""")


def test_a_quote_after_a_mixed_quotes_trailing_she_said_is_hers(gold):
    analysis = gold.analyze(conllu(MIXED_THEN_SHE_SAID, WE_NEED_CONTEXT, paragraphs=(0,)))
    (q,) = [q for q in analysis.quotes if q.text == "We need context."]
    assert q.method == "interrupted-quote"
    assert q.cue is not None and q.cue.start == analysis.text.rindex("said")
    assert q.mention is not None and q.mention.text == "she"


# Christie blasted Clinton as a “disgrace” Wednesday on the show.  -- "Wednesday" hung on the quote's noun
TIME_INSIDE_THE_QUOTES_PHRASE = """
Christie Christie PROPN 2 nsubj
{verb} {lemma} VERB/VBD 0 root
Clinton Clinton PROPN 2 obj
as as ADP 7 case
a a DET 7 det
“ “ PUNCT 7 punct -
disgrace disgrace NOUN 2 obl -
” ” PUNCT 7 punct
Wednesday Wednesday PROPN 7 appos
on on ADP 12 case
the the DET 12 det
show show NOUN 9 nmod -
. . PUNCT 2 punct
"""
# … as a “crazy system” during a stop in Flint.
TIME_PREPOSITION_AFTER_THE_QUOTE = """
Clinton Clinton PROPN 2 nsubj
{verb} {lemma} VERB/VBD 0 root
the the DET 5 det
health health NOUN 5 compound
act act NOUN 2 obj
as as ADP 10 case
a a DET 10 det
“ “ PUNCT 10 punct -
crazy crazy ADJ 10 amod
system system NOUN 2 obl -
” ” PUNCT 10 punct
during during ADP 14 case
a a DET 14 det
stop stop NOUN 10 nmod
in in ADP 16 case
Flint Flint PROPN 14 nmod -
. . PUNCT 2 punct
"""


@pytest.mark.parametrize("tree,text", [
    (TIME_INSIDE_THE_QUOTES_PHRASE, "Clinton as a “disgrace”"),
    (TIME_PREPOSITION_AFTER_THE_QUOTE, "the health act as a “crazy system”"),
])
# "dismiss" reaches the quote through what it governs; "blast" reports its object (object-content)
@pytest.mark.parametrize("verb,lemma,method", [("dismissed", "dismiss", "cue-governed"), ("blasted", "blast", "cue-obj")])
def test_a_governed_mixed_quote_ends_before_a_time_phrase_after_its_quote(gold, tree, text, verb, lemma, method):
    (q,) = [q for q in gold.analyze(conllu(rows(tree.format(verb=verb, lemma=lemma)))).quotes
            if q.kind is QuoteKind.MIXED]
    assert q.text == text and q.method == method


# Christie described Clinton as a “disgrace.”  /  Tribe likened the rules to “burning the Constitution.”
DESCRIBED_AS = rows("""
Christie Christie PROPN 2 nsubj
described describe VERB/VBD 0 root
Clinton Clinton PROPN 2 obj
as as ADP 7 case
a a DET 7 det
“ “ PUNCT 7 punct -
disgrace disgrace NOUN 2 obl -
. . PUNCT 2 punct -
” ” PUNCT 7 punct
""")
LIKENED_TO = rows("""
Tribe Tribe PROPN 2 nsubj
likened liken VERB/VBD 0 root
the the DET 4 det
rules rule NOUN 2 obj
to to ADP 7 case
“ “ PUNCT 7 punct -
burning burn VERB/VBG 2 obl
the the DET 9 det
Constitution Constitution PROPN 7 obj -
. . PUNCT 2 punct -
” ” PUNCT 7 punct
""")


@pytest.mark.parametrize("tree,text,speaker", [
    (DESCRIBED_AS, "Clinton as a “disgrace.”", "Christie"),
    (LIKENED_TO, "the rules to “burning the Constitution.”", "Tribe"),
])
def test_a_naming_verb_reports_what_it_names_with_as_or_to(gold, tree, text, speaker):
    (q,) = gold.analyze(conllu(tree)).quotes
    assert (q.kind, q.text) == (QuoteKind.MIXED, text)
    assert q.speaker is not None and q.speaker.name == speaker


# Obama described their actions as crimes.
DESCRIBED_AS_INDIRECT = rows("""
Obama Obama PROPN 2 nsubj
described describe VERB/VBD 0 root
their they PRON 4 nmod:poss
actions action NOUN 2 obj
as as ADP 6 case
crimes crime NOUN 2 obl -
. . PUNCT 2 punct
""")


def test_a_naming_verbs_as_phrase_is_part_of_what_it_reports(gold):
    (q,) = gold.analyze(conllu(DESCRIBED_AS_INDIRECT)).quotes
    assert (q.kind, q.text) == (QuoteKind.INDIRECT, "their actions as crimes")


# Trump called for the complete repeal of the law.  /  She called him a genius for his plans.
CALLED_FOR = rows("""
Trump Trump PROPN 2 nsubj
called call VERB/VBD 0 root
for for ADP 6 case
the the DET 6 det
complete complete ADJ 6 amod
repeal repeal NOUN 2 obl
of of ADP 9 case
the the DET 9 det
law law NOUN 6 nmod -
. . PUNCT 2 punct
""")
CALLED_HIM_A_GENIUS_FOR = rows("""
She she PRON 2 nsubj
called call VERB/VBD 0 root
him he PRON 2 obj
a a DET 5 det
genius genius NOUN 2 xcomp
for for ADP 8 case
his he PRON 8 nmod:poss
plans plan NOUN 2 obl -
. . PUNCT 2 punct
""")


def test_call_for_is_a_demand_whose_object_is_reported(gold):
    (q,) = gold.analyze(conllu(CALLED_FOR)).quotes
    assert (q.kind, q.text) == (QuoteKind.INDIRECT, "the complete repeal of the law")
    assert q.cue is not None and (q.cue.text, q.cue.lemma) == ("called for", "call for")
    assert q.speaker is not None and q.speaker.name == "Trump"


def test_call_with_an_object_stays_the_naming_verb_whatever_for_follows(gold):
    (q,) = gold.analyze(conllu(CALLED_HIM_A_GENIUS_FOR)).quotes
    assert q.cue is not None and q.cue.lemma == "call"
    assert q.text.startswith("him a genius")


# Protocol called for tests, sources said.  -- "Protocol" and "sources" both subjects of "said"
TWO_SUBJECTS_OF_ANOTHER_VERB = rows("""
Protocol protocol NOUN 7 nsubj
called call VERB/VBN 1 acl
for for ADP 4 case
tests test NOUN 2 obl -
, , PUNCT 1 punct
sources source NOUN 7 nsubj
said say VERB/VBD 0 root -
. . PUNCT 7 punct
""")


def test_a_speakers_split_off_parts_come_only_from_its_own_cues_subjects(gold):
    (q,) = [q for q in gold.analyze(conllu(TWO_SUBJECTS_OF_ANOTHER_VERB)).quotes if q.cue and q.cue.lemma == "call for"]
    assert q.mention is not None and q.mention.text == "Protocol"


# Officials pleaded for calm.  -- a verb known only with its preposition
PLEADED_FOR = rows("""
Officials official NOUN 2 nsubj
pleaded plead VERB/VBD 0 root
for for ADP 4 case
calm calm NOUN 2 obl -
. . PUNCT 2 punct
""")


# She spoke about her ties to black churches.
SPOKE_ABOUT = rows("""
She she PRON 2 nsubj
spoke speak VERB 0 root
about about ADP 5 case
her her PRON 5 nmod:poss
ties tie NOUN 2 obl
to to ADP 8 case
black black ADJ 8 amod
churches church NOUN 5 nmod -
. . PUNCT 2 punct
""")


@pytest.mark.parametrize("tree, text, lemma", [
    (PLEADED_FOR, "calm", "plead for"),  # a verb known only with its preposition
    (SPOKE_ABOUT, "her ties to black churches", "speak about"),  # a topic beside the plain "speak"
])
def test_a_prepositional_cue_reports_its_object(gold, tree, text, lemma):
    (q,) = gold.analyze(conllu(tree)).quotes
    assert (q.kind, q.text) == (QuoteKind.INDIRECT, text)
    assert q.cue is not None and q.cue.lemma == lemma


# The Times reports:  ¶  “Donors are few.”  -- "reports" tagged a noun; the quote is the next paragraph
REPORTS_COLON = rows("""
The the DET 3 det
Times Times PROPN 3 compound
reports report NOUN/NNS 0 root -
: : PUNCT 3 punct
""")
BLOCK_QUOTE = rows("""
“ “ PUNCT 4 punct -
Donors donor NOUN 4 nsubj
are be AUX 4 cop
few few ADJ 0 root -
. . PUNCT 4 punct -
” ” PUNCT 4 punct
""")


def test_a_noun_tagged_speech_verb_before_a_final_colon_leads_in_the_next_paragraphs_quote(gold):
    (q,) = gold.analyze(conllu(REPORTS_COLON, BLOCK_QUOTE)).quotes
    assert (q.text, q.method) == ("Donors are few.", "lead-in")
    assert q.speaker is not None and q.speaker.name == "Times"


# “We are back,” the article read.  -- "read" tagged a noun and hung on the quote
THE_ARTICLE_READ = rows("""
“ “ PUNCT 4 punct -
We we PRON 4 nsubj
are be AUX 4 cop
back back ADV 0 root -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
the the DET 8 det
article article NOUN 9 nsubj
read read NOUN/NN 4 appos -
. . PUNCT 4 punct
""")


def test_read_closing_the_sentence_after_a_quote_is_its_cue(gold):
    (q,) = gold.analyze(conllu(THE_ARTICLE_READ)).quotes
    assert q.text == "We are back," and q.cue is not None and q.cue.text == "read"
    assert q.mention is not None and q.mention.text == "the article"


# His claim that the plan would “fail” was wrong.  -- a pronoun owns the cue noun
HIS_CLAIM = rows("""
His he PRON 2 nmod:poss
claim claim NOUN 11 nsubj
that that SCONJ 8 mark
the the DET 5 det
plan plan NOUN 8 nsubj
would would AUX 8 aux
“ “ PUNCT 8 punct -
fail fail VERB 2 acl -
” ” PUNCT 8 punct
was be AUX 11 cop
wrong wrong ADJ 0 root -
. . PUNCT 11 punct
""")


def test_a_cue_noun_owned_by_a_pronoun_reports_its_clause(gold):
    (q,) = [q for q in gold.analyze(conllu(HIS_CLAIM)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.cue is not None and q.cue.text == "claim"
    assert q.mention is not None and q.mention.text == "His"
    assert "fail" in q.text


# Flynn said Trump has “enormous respect” for the military and his comment was an expression of frustration.
# -- the parse hangs the second clause on "said", not on "has"
SAID_A_AND_B = """
Flynn Flynn PROPN 2 nsubj
said say VERB 0 root
Trump Trump PROPN 4 nsubj
has have VERB 2 ccomp
“ “ PUNCT 7 punct -
enormous enormous ADJ 7 amod
respect respect NOUN 4 obj -
” ” PUNCT 7 punct
for for ADP 11 case
the the DET 11 det
military military NOUN 7 nmod
and and CCONJ 17 cc
his his PRON 14 nmod:poss
comment comment NOUN 17 nsubj
was be AUX 17 cop
an a DET 17 det
expression expression NOUN 2 conj
of of ADP 19 case
frustration frustration NOUN 17 nmod -
. . PUNCT 2 punct
"""


def test_a_clause_coordinated_with_the_speech_verb_continues_the_report(gold):
    (q,) = [q for q in gold.analyze(conllu(rows(SAID_A_AND_B))).quotes if q.kind is QuoteKind.MIXED]
    assert q.text.startswith("Trump has") and q.text.endswith("expression of frustration")


# Flynn said Trump has “enormous respect” for the military, and he left the room.
# Flynn said Trump has “enormous respect” for the military today and he left the room.
SAID_A_AND_HE = """
Flynn Flynn PROPN 2 nsubj
said say VERB 0 root
Trump Trump PROPN 4 nsubj
has have VERB 2 ccomp
“ “ PUNCT 7 punct -
enormous enormous ADJ 7 amod
respect respect NOUN 4 obj -
” ” PUNCT 7 punct
for for ADP 11 case
the the DET 11 det
military military NOUN 7 nmod{space}
{between}
and and CCONJ 15 cc
he he PRON 15 nsubj
left leave VERB 2 conj
the the DET 17 det
room room NOUN 15 obj -
. . PUNCT 2 punct
"""


@pytest.mark.parametrize("space, between", [(" -", ", , PUNCT 15 punct"), ("", "today today NOUN 4 obl:tmod")])
def test_a_coordinated_clause_after_a_comma_or_about_the_speaker_is_the_writers(gold, space, between):
    tree = rows(SAID_A_AND_HE.format(space=space, between=between))
    (q,) = [q for q in gold.analyze(conllu(tree)).quotes if q.kind is QuoteKind.MIXED]
    assert "left" not in q.text and "military" in q.text


# McCaskill scolded him: “The community is against you,” she said.  -- the parse makes the
# whole lead-in the complement of "said"
SCOLDED_SHE_SAID = rows("""
McCaskill McCaskill PROPN 2 nsubj
scolded scold VERB 14 ccomp
him he PRON 2 iobj -
: : PUNCT 10 punct
“ “ PUNCT 10 punct -
The the DET 7 det
community community NOUN 10 nsubj
is be AUX 10 cop
against against ADP 10 case
you you PRON 2 ccomp -
, , PUNCT 10 punct -
” ” PUNCT 10 punct
she she PRON 14 nsubj
said say VERB 0 root -
. . PUNCT 14 punct
""")


def test_a_speech_cue_inside_another_report_keeps_its_own_quote(gold):
    (q,) = [q for q in gold.analyze(conllu(SCOLDED_SHE_SAID)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.cue is not None and q.cue.text == "scolded"
    assert q.mention is not None and q.mention.text == "McCaskill"


# Trump defended not paying the bill at the club, saying, “Maybe it was bad.”  -- the participle
# hung on a noun that cannot speak
DEFENDED_SAYING = rows("""
Trump Trump PROPN 2 nsubj
defended defend VERB 0 root
not not PART 4 advmod
paying pay VERB 2 xcomp
the the DET 6 det
bill bill NOUN 4 obj
at at ADP 9 case
the the DET 9 det
club club NOUN 6 nmod -
, , PUNCT 11 punct
saying say VERB/VBG 9 acl -
, , PUNCT 17 punct
“ “ PUNCT 17 punct -
Maybe maybe ADV 17 advmod
it it PRON 17 nsubj
was be AUX 17 cop
bad bad ADJ 11 ccomp -
. . PUNCT 17 punct -
” ” PUNCT 17 punct
""")


def test_a_participle_hung_on_a_noun_reports_for_the_subject(gold):
    (q,) = [q for q in gold.analyze(conllu(DEFENDED_SAYING)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.kind is QuoteKind.DIRECT and q.text == "Maybe it was bad."
    assert q.cue is not None and q.cue.text == "saying"
    assert q.mention is not None and q.mention.text == "Trump"


# Surrogates called him a “genius” for his strategies during the campaign.
CALLED_GENIUS_FOR_STRATEGIES = rows("""
Surrogates surrogate NOUN 2 nsubj
called call VERB 0 root
him he PRON 2 obj
a a DET 6 det
“ “ PUNCT 6 punct -
genius genius NOUN 2 xcomp -
” ” PUNCT 6 punct
for for ADP 10 case
his his PRON 10 nmod:poss
strategies strategy NOUN 2 obl
during during ADP 13 case
the the DET 13 det
campaign campaign NOUN 2 obl -
. . PUNCT 2 punct
""")


def test_a_naming_verb_reports_the_reason_after_its_name_but_not_the_time(gold):
    (q,) = [q for q in gold.analyze(conllu(CALLED_GENIUS_FOR_STRATEGIES)).quotes if q.kind is QuoteKind.MIXED]
    assert q.text == "him a “genius” for his strategies"


# Headline, then the story:  Sanders: Clinton needs to ‘get away’ with Trump.  /  He spoke on Friday.
HEADLINE_CLAIM = rows("""
Sanders Sanders PROPN 4 dep -
: : PUNCT 1 punct
Clinton Clinton PROPN 4 nsubj
needs need VERB 0 root
to to PART 8 mark
‘ ‘ PUNCT 8 punct -
get get VERB 8 compound
away away ADV 4 xcomp -
’ ’ PUNCT 8 punct
with with ADP 11 case
Trump Trump PROPN 4 obl -
. . PUNCT 4 punct
""")
STORY = rows("""
He he PRON 2 nsubj
spoke speak VERB 0 root
on on ADP 4 case
Friday Friday PROPN 2 obl -
. . PUNCT 2 punct
""")


def test_a_headline_gives_the_claim_after_its_colon_to_the_name_before_it(gold):
    (q,) = [q for q in gold.analyze(conllu(HEADLINE_CLAIM, STORY)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.kind is QuoteKind.MIXED and q.method == "headline-colon"
    assert q.text == "Clinton needs to ‘get away’ with Trump"
    assert q.speaker is not None and q.speaker.name == "Sanders"
    assert [s.text for s in q.segments] == ["get away"]


@pytest.mark.parametrize("label", ["The Latest", "Stealth Over Health"])
def test_a_headline_label_before_the_colon_is_no_speaker(gold, label):
    words = label.split()
    tree = [(w, w, "PROPN", len(words) + 2, "dep", *(["NoSpace"] if i == len(words) - 1 else []))
            for i, w in enumerate(words)] + [(row[0], row[1], row[2], row[3] + len(words) - 1 if row[3] else 0, *row[4:])
                                             for row in HEADLINE_CLAIM[1:]]
    assert not [q for q in gold.analyze(conllu(tree, STORY)).quotes if q.method == "headline-colon"]


def test_only_the_first_paragraph_is_a_headline(gold):
    assert not [q for q in gold.analyze(conllu(STORY, HEADLINE_CLAIM)).quotes if q.method == "headline-colon"]


# “We are back,” the Post read.  -- tagged as one noun phrase: "Post" a compound of "read"
THE_POST_REPORTS = rows("""
“ “ PUNCT 4 punct -
We we PRON 4 nsubj
are be AUX 4 cop
back back ADV 0 root -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
the the DET 9 det
Post Post PROPN 9 compound
read read NOUN/NN 4 appos -
. . PUNCT 4 punct
""")


def test_the_name_after_a_quote_never_climbs_onto_its_cue(gold):
    (q,) = gold.analyze(conllu(THE_POST_REPORTS)).quotes
    assert q.text == "We are back," and q.cue is not None and q.cue.text == "read"
    assert q.mention is not None and "Post" in q.mention.text and "read" not in q.mention.text


# Obama spoke{sep} the crowd was small.  -- the parse hangs the next clause on the verb (parataxis)
SPOKE_PARATAXIS = """
Obama Obama PROPN 2 nsubj
spoke speak VERB 0 root -
{sep} {sep} PUNCT 7 punct
the the DET 5 det
crowd crowd NOUN 7 nsubj
was be AUX 7 cop
small small ADJ 2 parataxis -
. . PUNCT 2 punct
"""


@pytest.mark.parametrize("sep, reported", [(";", False), (":", True)])
def test_a_parataxis_is_reported_only_after_a_colon(gold, sep, reported):
    quotes = gold.analyze(conllu(rows(SPOKE_PARATAXIS.format(sep=sep)))).quotes
    assert [q.text for q in quotes if q.kind is QuoteKind.INDIRECT] == (["the crowd was small"] if reported else [])


# “We are right,” he said, adding that “it is bad.”  -- the last ” hung on "right"
SAID_ADDING_FAR_MARK = rows("""
“ “ PUNCT 4 punct -
We we PRON 4 nsubj
are be AUX 4 cop
right right ADJ 8 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
he he PRON 8 nsubj
said say VERB 0 root -
, , PUNCT 10 punct
adding add VERB/VBG 8 advcl
that that SCONJ 16 mark
“ “ PUNCT 16 punct -
it it PRON 16 nsubj
is be AUX 16 cop
not not PART 16 advmod
bad bad ADJ 10 ccomp -
. . PUNCT 8 punct -
” ” PUNCT 4 punct
""")


def test_a_closing_mark_hung_on_a_far_head_does_not_stretch_the_content(gold):
    first, second = [q for q in gold.analyze(conllu(SAID_ADDING_FAR_MARK)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert first.text == "We are right," and first.cue is not None and first.cue.text == "said"
    # the content is the clause without its "that" (issue #4): all of it verbatim, so a direct quote
    assert second.text == "it is not bad." and second.cue is not None and second.cue.text == "adding"
    assert second.kind is QuoteKind.DIRECT


# The council issued a statement calling the test a “violation.”
STATEMENT_CALLING = rows("""
The the DET 2 det
council council NOUN 3 nsubj
issued issue VERB 0 root
a a DET 5 det
statement statement NOUN 3 obj
calling call VERB/VBG 5 acl
the the DET 8 det
test test NOUN 6 obj
a a DET 11 det
“ “ PUNCT 11 punct -
violation violation NOUN 6 xcomp -
. . PUNCT 3 punct -
” ” PUNCT 11 punct
""")


def test_a_statement_speaks_for_whoever_issued_it(gold):
    (q,) = [q for q in gold.analyze(conllu(STATEMENT_CALLING)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.cue is not None and q.cue.text == "calling"
    assert q.mention is not None and q.mention.text == "The council"


# Protesters continued to stay away.  /  Trump vowed to stay away.
CONTINUED_TO = """
Protesters protester NOUN 2 nsubj
{verb} {lemma} VERB 0 root
to to PART 4 mark
stay stay VERB 2 xcomp
away away ADV 4 advmod -
. . PUNCT 2 punct
"""


@pytest.mark.parametrize("verb, lemma, reported", [("continued", "continue", False), ("vowed", "vow", True)])
def test_continuing_is_no_report_of_its_infinitive(gold, verb, lemma, reported):
    quotes = gold.analyze(conllu(rows(CONTINUED_TO.format(verb=verb, lemma=lemma)))).quotes
    assert [q.text for q in quotes] == (["to stay away"] if reported else [])


def test_a_section_label_before_a_headline_colon_is_no_speaker(gold):
    tree = [("Opinion", "opinion", "NOUN", 4, "dep", "NoSpace")] + [
        (row[0], row[1], row[2], row[3], *row[4:]) for row in HEADLINE_CLAIM[1:]]
    assert not [q for q in gold.analyze(conllu(tree, STORY)).quotes if q.method == "headline-colon"]


# The report says the decline in intake appears to be due to changes.  -- two subjects on "says"
REPORT_SAYS_TWO_SUBJECTS = rows("""
The the DET 2 det
report report NOUN 3 nsubj
says say VERB 0 root
the the DET 5 det
decline decline NOUN 3 nsubj
in in ADP 8 case
intake intake NOUN 8 compound
appears appear NOUN 5 nmod
to to PART 13 mark
be be AUX 13 cop
due due ADJ 13 case
to to ADP 11 fixed
changes change NOUN 3 ccomp -
. . PUNCT 3 punct
""")


def test_a_subject_after_the_speech_verb_opens_the_content_not_the_speaker(gold):
    (q,) = gold.analyze(conllu(REPORT_SAYS_TWO_SUBJECTS)).quotes
    assert q.mention is not None and q.mention.text == "The report"
    assert q.text == "the decline in intake appears to be due to changes"


# The World Health Organisation (WHO) recommends that every country should iodise salt.
WHO_RECOMMENDS = rows("""
The the DET 4 det
World World PROPN 4 compound
Health Health PROPN 4 compound
Organisation Organisation PROPN 8 nsubj
( ( PUNCT 6 punct -
WHO WHO PRON 8 nsubj -
) ) PUNCT 6 punct
recommends recommend VERB 0 root
that that SCONJ 13 mark
every every DET 11 det
country country NOUN 13 nsubj
should should AUX 13 aux
iodise iodise VERB 8 ccomp
salt salt NOUN 13 obj -
. . PUNCT 8 punct
""")


def test_a_split_off_acronym_keeps_its_closing_parenthesis(gold):
    (q,) = gold.analyze(conllu(WHO_RECOMMENDS)).quotes
    assert q.mention is not None and q.mention.text == "The World Health Organisation (WHO)"


# Cornyn issued a statement.  “We are disappointed.”  (one paragraph)
ISSUED_STATEMENT = rows("""
Cornyn Cornyn PROPN 2 nsubj
issued issue VERB 0 root
a a DET 4 det
statement statement NOUN 2 obj -
. . PUNCT 2 punct
""")
WE_ARE_DISAPPOINTED = rows("""
“ “ PUNCT 4 punct -
We we PRON 4 nsubj
are be AUX 4 cop
disappointed disappointed ADJ 0 root -
. . PUNCT 4 punct -
” ” PUNCT 4 punct
""")


def test_a_quote_after_an_issued_statement_is_the_issuers(gold):
    (q,) = gold.analyze(conllu(ISSUED_STATEMENT, WE_ARE_DISAPPOINTED, paragraphs=(0,))).quotes
    assert q.text == "We are disappointed." and q.method == "after-reported-sentence"
    assert q.cue is not None and q.cue.text == "statement"
    assert q.speaker is not None and q.speaker.name == "Cornyn"


# Cornyn's statement added, “We are disappointed.”
STATEMENT_ADDED = rows("""
Cornyn Cornyn PROPN 3 nmod:poss -
's 's PART 1 case
statement statement NOUN 4 nsubj
added add VERB 0 root -
, , PUNCT 9 punct
“ “ PUNCT 9 punct -
We we PRON 9 nsubj
are be AUX 9 cop
disappointed disappointed ADJ 4 ccomp -
. . PUNCT 9 punct -
” ” PUNCT 9 punct
""")


def test_a_statement_owned_by_a_name_speaks_for_it(gold):
    (q,) = gold.analyze(conllu(STATEMENT_ADDED)).quotes
    assert q.speaker is not None and q.speaker.name == "Cornyn"


# A cashier who “steals” is held accountable, Warren said.  -- the clause's subject hung on "said"
CASHIER_WARREN_SAID = rows("""
A a DET 2 det
cashier cashier NOUN 12 nsubj
who who PRON 5 nsubj
“ “ PUNCT 5 punct -
steals steal VERB 2 acl:relcl -
” ” PUNCT 5 punct
is be AUX 9 aux:pass
held hold VERB 9 cop
accountable accountable ADJ 12 ccomp -
, , PUNCT 9 punct
Warren Warren PROPN 12 nsubj
said say VERB 0 root -
. . PUNCT 12 punct
""")


def test_the_reported_clauses_subject_hung_on_the_verb_opens_the_content(gold):
    (q,) = [q for q in gold.analyze(conllu(CASHIER_WARREN_SAID)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.kind is QuoteKind.MIXED and q.text == "A cashier who “steals” is held accountable"
    assert q.speaker is not None and q.speaker.name == "Warren"


# Police reported “2,521 incidents” in the city between January and March.
REPORTED_INCIDENTS_IN = rows("""
Police police NOUN 2 nsubj
reported report VERB 0 root
“ “ PUNCT 5 punct -
2,521 2,521 NUM 5 nummod
incidents incident NOUN 2 obj -
” ” PUNCT 5 punct
in in ADP 9 case
the the DET 9 det
city city NOUN 2 obl
between between ADP 11 case
January January PROPN 2 obl
and and CCONJ 13 cc
March March PROPN 11 conj -
. . PUNCT 2 punct
""")


def test_a_governed_quote_runs_on_over_the_phrase_after_it_but_not_a_time_phrase(gold):
    (q,) = [q for q in gold.analyze(conllu(REPORTED_INCIDENTS_IN)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.kind is QuoteKind.MIXED and q.text == "“2,521 incidents” in the city"


# Axelrod called on Dean to apologize.
CALLED_ON = rows("""
Axelrod Axelrod PROPN 2 nsubj
called call VERB 0 root
on on ADP 4 case
Dean Dean PROPN 2 obl
to to PART 6 mark
apologize apologize VERB 2 xcomp -
. . PUNCT 2 punct
""")


def test_calling_on_someone_reports_what_they_are_asked_to_do(gold):
    (q,) = gold.analyze(conllu(CALLED_ON)).quotes
    assert q.cue is not None and q.cue.lemma == "call on"
    assert q.text == "Dean to apologize" and q.speaker is not None and q.speaker.name == "Axelrod"


# Protesters marched around the stadium - where the Panthers played - while chanting, “Hands up.”
WHILE_CHANTING = rows("""
Protesters protester NOUN 2 nsubj
marched march VERB 0 root
around around ADP 5 case
the the DET 5 det
stadium stadium NOUN 2 obl
- - PUNCT 10 punct
where where ADV 10 advmod
the the DET 9 det
Panthers Panthers PROPN 10 nsubj
played play VERB 5 acl:relcl
- - PUNCT 10 punct
while while SCONJ 13 mark
chanting chant VERB/VBG 10 advcl -
, , PUNCT 17 punct
“ “ PUNCT 17 punct -
Hands hand NOUN 17 nsubj
up up ADV 10 conj -
. . PUNCT 17 punct -
” ” PUNCT 17 punct
""")


def test_the_speech_verb_right_before_a_quote_introduces_it(gold):
    (q,) = gold.analyze(conllu(WHILE_CHANTING)).quotes
    assert q.text == "Hands up." and q.method == "adjacent-cue"
    assert q.cue is not None and q.cue.text == "chanting"
    assert q.mention is not None and q.mention.text == "Protesters"


# The mother of twins replied, “It helps.”  -- the finite verb hung on the noun as acl
MOTHER_REPLIED = rows("""
The the DET 2 det
mother mother NOUN 0 root
of of ADP 4 case
twins twin NOUN 2 nmod
replied reply VERB/VBN 4 acl -
, , PUNCT 9 punct
“ “ PUNCT 9 punct -
It it PRON 9 nsubj
helps help VERB 5 ccomp -
. . PUNCT 9 punct -
” ” PUNCT 9 punct
""")


def test_a_finite_speech_verb_hung_on_the_noun_before_it_is_that_nouns(gold):
    (q,) = gold.analyze(conllu(MOTHER_REPLIED)).quotes
    assert q.text == "It helps." and q.cue is not None and q.cue.text == "replied"
    assert q.mention is not None and q.mention.text == "The mother of twins"


# Small groups of protesters marched, while chanting, “Hands up.”  -- the subject made the root
GROUPS_ROOT_CHANTING = rows("""
Small small ADJ 2 amod
groups group NOUN 0 root
of of ADP 4 case
protesters protester NOUN 2 nmod
marched march VERB/VBD 4 acl -
, , PUNCT 8 punct
while while SCONJ 8 mark
chanting chant VERB/VBG 5 advcl -
, , PUNCT 12 punct
“ “ PUNCT 12 punct -
Hands hand NOUN 12 nsubj
up up ADV 8 ccomp -
. . PUNCT 12 punct -
” ” PUNCT 12 punct
""")


def test_a_participle_reports_for_a_subject_the_parse_made_the_root(gold):
    (q,) = gold.analyze(conllu(GROUPS_ROOT_CHANTING)).quotes
    assert q.cue is not None and q.cue.text == "chanting"
    assert q.mention is not None and q.mention.text == "Small groups of protesters"


# “Here he is,” she said.  /  "Trump walked on   (an unclosed paragraph opened with another mark)
HERE_HE_IS = rows("""
“ “ PUNCT 4 punct -
Here here ADV 4 advmod
he he PRON 4 nsubj
is be VERB 8 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
she she PRON 8 nsubj
said say VERB 0 root -
. . PUNCT 8 punct
""")
BLOCK_PARAGRAPH = rows("""
{mark} {mark} PUNCT 3 punct -
Trump Trump PROPN 3 nsubj
walked walk VERB 0 root
on on ADV 3 advmod -
. . PUNCT 3 punct
""".replace("{mark}", '"'))


def test_an_unclosed_paragraph_in_another_mark_does_not_continue_the_previous_speaker(gold):
    quotes = gold.analyze(conllu(HERE_HE_IS, BLOCK_PARAGRAPH)).quotes
    first, block = quotes
    assert first.mention is not None and first.mention.text == "she" and block.unclosed
    assert block.mention is None and block.method == "no-cue"


# Politifact checked Trump's claim that there have been “thousands of shootings”.
CLAIM_THAT_AS_RELATIVE = rows("""
Politifact Politifact PROPN 2 nsubj
checked check VERB 0 root
Trump Trump PROPN 5 nmod:poss -
's 's PART 3 case
claim claim NOUN 2 obj
that that PRON 11 nsubj
there there PRON 11 nsubj
have have AUX 11 aux
been be AUX 11 cop
“ “ PUNCT 11 punct -
thousands thousand NOUN 5 acl:relcl
of of ADP 13 case
shootings shooting NOUN 11 nmod -
” ” PUNCT 11 punct -
. . PUNCT 2 punct
""")


def test_a_that_clause_misparsed_as_relative_is_the_claims_content(gold):
    (q,) = [q for q in gold.analyze(conllu(CLAIM_THAT_AS_RELATIVE)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.kind is QuoteKind.MIXED and q.text == "there have been “thousands of shootings”"
    assert q.cue is not None and q.cue.text == "claim" and q.mention is not None and q.mention.text == "Trump"


# With many systems, “there is no single point,” he said.   (the parse hangs "With many systems" on "said")
FRONTED_CLAIM = rows("""
With with ADP 3 case
many many ADJ 3 amod
systems system NOUN 14 obl -
, , PUNCT 3 punct
“ “ PUNCT 7 punct -
there there PRON 7 expl
is be VERB 14 ccomp
no no DET 10 det
single single ADJ 10 amod
point point NOUN 7 nsubj -
, , PUNCT 7 punct -
” ” PUNCT 7 punct
he he PRON 14 nsubj
said say VERB/VBD 0 root -
. . PUNCT 14 punct -
""")
# Yet, “there is no point,” he said.
CONNECTIVE_BEFORE_QUOTE = rows("""
Yet yet ADV 11 advmod -
, , PUNCT 1 punct
“ “ PUNCT 5 punct -
there there PRON 5 expl
is be VERB 11 ccomp
no no DET 7 det
point point NOUN 5 nsubj -
, , PUNCT 5 punct -
” ” PUNCT 5 punct
he he PRON 11 nsubj
said say VERB/VBD 0 root -
. . PUNCT 11 punct -
""")
# Asked about it, “there is no point,” he said.
CUE_BEFORE_QUOTE = rows("""
Asked ask VERB/VBN 13 advcl
about about ADP 3 case
it it PRON 1 obl -
, , PUNCT 1 punct
“ “ PUNCT 7 punct -
there there PRON 7 expl
is be VERB 13 ccomp
no no DET 9 det
point point NOUN 7 nsubj -
, , PUNCT 7 punct -
” ” PUNCT 7 punct
he he PRON 13 nsubj
said say VERB/VBD 0 root -
. . PUNCT 13 punct -
""")


def test_a_phrase_fronted_before_a_quote_whose_cue_follows_is_part_of_the_claim(gold):
    (q,) = gold.analyze(conllu(FRONTED_CLAIM)).quotes
    assert q.kind is QuoteKind.MIXED
    assert q.text == "With many systems, “there is no single point,”"
    assert [s.text for s in q.segments] == ["there is no single point,"]
    assert q.cue is not None and q.cue.text == "said"


@pytest.mark.parametrize("tree", [CONNECTIVE_BEFORE_QUOTE, CUE_BEFORE_QUOTE], ids=["connective", "cue"])
def test_a_connective_or_a_cue_before_the_quote_is_not_part_of_the_claim(gold, tree):
    quotes = [q for q in gold.analyze(conllu(tree)).quotes if q.text == "there is no point,"]
    assert len(quotes) == 1 and quotes[0].kind is QuoteKind.DIRECT


# They call them “lone wolves” and describe their acts as crimes.  (the tagger made "lone" a verb)
NAMED_THEN_NEXT_PREDICATE = rows("""
They they PRON 2 nsubj
call call VERB/VBP 0 root
them they PRON 2 obj
“ “ PUNCT 5 punct -
lone lone VERB/VB 2 xcomp
wolves wolf NOUN 5 obj -
” ” PUNCT 5 punct
and and CCONJ 9 cc
describe describe VERB/VBP 5 conj
their their PRON 11 nmod:poss
acts act NOUN 9 obj
as as ADP 13 case
crimes crime NOUN 9 obl -
. . PUNCT 2 punct -
""")


def test_a_verb_coordinated_onto_the_named_phrase_is_the_writer_going_on(gold):
    (q,) = [q for q in gold.analyze(conllu(NAMED_THEN_NEXT_PREDICATE)).quotes if q.kind is QuoteKind.MIXED]
    assert q.text == "them “lone wolves”"


# The museum, Bush said, celebrated his heroes.  (the parse hangs "museum" on "said" beside the speaker)
SUBJECT_BEFORE_ASIDE = rows("""
The the DET 2 det
museum museum NOUN 5 nsubj -
, , PUNCT 4 punct
Bush Bush PROPN 5 nsubj
said say VERB/VBD 0 root -
, , PUNCT 7 punct
celebrated celebrate VERB/VBD 5 ccomp
his his PRON 9 nmod:poss
heroes hero NOUN 7 obj -
. . PUNCT 5 punct
""")


def test_the_subject_before_an_aside_attribution_opens_the_content_and_the_aside_speaks(gold):
    (q,) = gold.analyze(conllu(SUBJECT_BEFORE_ASIDE)).quotes
    assert q.kind is QuoteKind.INDIRECT
    assert q.text == "The museum, Bush said, celebrated his heroes"
    assert q.method == "indirect-ccomp-around"
    assert q.speaker is not None and q.speaker.name == "Bush"


# Support grew, as shown by the “Contract with America.”  (the parse hangs the title on "grew")
AS_SHOWN_BY = rows("""
Support support NOUN 2 nsubj
grew grow VERB/VBD 0 root -
, , PUNCT 5 punct
as as SCONJ 5 mark
shown show VERB/VBN 2 advcl
by by ADP 9 case
the the DET 9 det
“ “ PUNCT 9 punct -
Contract Contract PROPN 2 obl
with with ADP 11 case
America America PROPN 9 nmod -
. . PUNCT 2 punct -
” ” PUNCT 9 punct
""")


def test_as_shown_by_is_evidence_not_speech(gold):
    analysis = gold.analyze(conllu(AS_SHOWN_BY))
    assert [q.text for q in analysis.quotes] == ["Contract with America."]
    assert all(q.cue is None for q in analysis.quotes)


# Oz is “smart,” Mosko wrote in an email, and “full of it.”  (the second quote hung on "wrote" as a conjunct)
SECOND_QUOTE_AFTER_ASIDE = rows("""
Oz Oz PROPN 4 nsubj
is be AUX 4 cop
“ “ PUNCT 4 punct -
smart smart ADJ 0 root -
, , PUNCT 8 punct -
” ” PUNCT 8 punct
Mosko Mosko PROPN 8 nsubj
wrote write VERB/VBD 4 parataxis
in in ADP 11 case
an a DET 11 det
email email NOUN 8 obl -
, , PUNCT 15 punct
and and CCONJ 15 cc
“ “ PUNCT 15 punct -
full full ADJ 8 conj
of of ADP 17 case
it it PRON 15 obl -
. . PUNCT 4 punct -
” ” PUNCT 15 punct
""")


def test_a_second_quote_coordinated_after_the_aside_is_a_quote_not_the_aside(gold):
    first, second = gold.analyze(conllu(SECOND_QUOTE_AFTER_ASIDE)).quotes
    assert first.kind is QuoteKind.MIXED and first.text == "Oz is “smart,”"
    assert second.kind is QuoteKind.DIRECT and second.text == "full of it."
    assert second.speaker is not None and second.speaker.name == "Mosko"


# Appearing on CBS' Face the Nation, the candidate said it was “over.”
POSSESSIVE_BEFORE_SPEAKER = rows("""
Appearing appear VERB/VBG 11 advcl
on on ADP 3 case
CBS CBS PROPN 5 nmod:poss -
' ' PART/POS 3 case
Face Face PROPN 1 obl
the the DET 7 det
Nation Nation PROPN 5 flat -
, , PUNCT 1 punct
the the DET 10 det
candidate candidate NOUN 11 nsubj
said say VERB/VBD 0 root
it it PRON 15 nsubj
was be AUX 15 cop
“ “ PUNCT 15 punct -
over over ADJ 11 ccomp -
. . PUNCT 11 punct -
” ” PUNCT 15 punct
""")


POSSESSIVE_TAGGED_AS_PUNCTUATION = [r if r[0] != "'" else ("'", "'", "PUNCT", 3, "punct") for r in POSSESSIVE_BEFORE_SPEAKER]


@pytest.mark.parametrize("tree", [POSSESSIVE_BEFORE_SPEAKER, POSSESSIVE_TAGGED_AS_PUNCTUATION], ids=["part", "punct"])
def test_a_possessive_apostrophe_is_no_closing_quote_before_the_speaker(gold, tree):
    (q,) = gold.analyze(conllu(tree)).quotes
    assert q.text == "it was “over.”"
    assert q.mention is not None and q.mention.text == "the candidate"


@pytest.mark.parametrize("form,upos,deprel,holds", [
    ("”", "PUNCT", "punct", True),
    ("?”", "PUNCT", "punct", True),
    ("s---.”", "PUNCT", "punct", True),   # a tokenizer that glued the mark to a word
    ("'", "PART", "case", False),         # CBS' Face the Nation
    ("’s", "PART", "case", False),
    ("'re", "AUX", "cop", False),
])
def test_holds_quote_mark_by_rule(form, upos, deprel, holds):
    from quoteattr.parsing import Word
    from quoteattr.tree import holds_quote_mark

    word = Word(index=1, text=form, lemma=form, upos=upos, xpos="", feats="", head=0, deprel=deprel, start=0, end=len(form))
    assert holds_quote_mark(word) is holds


# The employee said no, but in an interview said he “panicked.”  (the parse made "interview" a subject)
PREPOSITIONAL_SUBJECT = rows("""
The the DET 2 det
employee employee NOUN 3 nsubj
said say VERB/VBD 0 root
no no INTJ 3 obj -
, , PUNCT 10 punct
but but CCONJ 10 cc
in in ADP 9 case
an a DET 9 det
interview interview NOUN 10 nsubj
said say VERB/VBD 3 conj
he he PRON 13 nsubj
“ “ PUNCT 13 punct -
panicked panic VERB/VBD 10 ccomp -
. . PUNCT 3 punct -
” ” PUNCT 13 punct
""")


def test_a_phrase_with_a_preposition_is_never_the_speaker(gold):
    no, panicked = gold.analyze(conllu(PREPOSITIONAL_SUBJECT)).quotes  # "said no" reports "no"
    assert no.text == "no" and panicked.text == "he “panicked.”"
    assert panicked.mention is not None and panicked.mention.text == "The employee"


# They portrayed him as a “loser.”
PORTRAYED_AS = rows("""
They they PRON 2 nsubj
portrayed portray VERB/VBD 0 root
him he PRON 2 obj
as as ADP 7 case
a a DET 7 det
“ “ PUNCT 7 punct -
loser loser NOUN 2 obl -
. . PUNCT 2 punct -
” ” PUNCT 7 punct
""")
# They portrayed the president.
PORTRAYED_PLAIN = rows("""
They they PRON 2 nsubj
portrayed portray VERB/VBD 0 root
the the DET 4 det
president president NOUN 2 obj -
. . PUNCT 2 punct
""")


def test_a_needs_as_verb_is_a_cue_only_with_its_as_phrase(gold):
    (q,) = gold.analyze(conllu(PORTRAYED_AS)).quotes
    assert q.cue is not None and q.cue.text == "portrayed"
    assert q.kind is QuoteKind.MIXED and q.text == "him as a “loser.”"
    assert gold.analyze(conllu(PORTRAYED_PLAIN)).quotes == ()


# A source familiar with Cruz's thinking said, “He will try.”  (the parse made "said" a participle on "familiar")
PAST_FORM_ON_A_NOUN = rows("""
A a DET 2 det
source source NOUN 3 compound
familiar familiar NOUN 13 nsubj:outer
with with ADP 7 case
Cruz Cruz PROPN 7 nmod:poss -
's 's PART/POS 5 case
thinking think VERB/VBG 3 nmod
said say VERB/VBN 3 acl -
, , PUNCT 13 punct
“ “ PUNCT 13 punct -
He he PRON 13 nsubj
will will AUX 13 aux
try try VERB/VB 0 root -
. . PUNCT 13 punct -
” ” PUNCT 13 punct
""")


def test_a_past_form_on_a_noun_right_before_a_quote_is_that_nouns_verb(gold):
    (q,) = gold.analyze(conllu(PAST_FORM_ON_A_NOUN)).quotes
    assert q.text == "He will try."
    assert q.cue is not None and q.cue.text == "said"
    assert q.mention is not None and "source" in q.mention.text


# “It's all show, no?”  |  Freddy Ortega said.   (the tokenizer split them; the name came as two subjects)
QUOTE_ALONE = rows("""
“ “ PUNCT 5 punct -
It it PRON 5 nsubj -
's be AUX 5 cop
all all DET 5 det:predet
show show NOUN 0 root -
, , PUNCT 7 punct
no no INTJ 5 discourse -
? ? PUNCT 5 punct -
” ” PUNCT 5 punct
""")
SPLIT_NAME_SAID = rows("""
Freddy Freddy PROPN 3 nsubj
Ortega Ortega PROPN 3 nsubj
said say VERB/VBD 0 root -
. . PUNCT 3 punct
""")


NAME_SAID = rows("""
Ortega Ortega PROPN 2 nsubj
said say VERB/VBD 0 root -
. . PUNCT 2 punct
""")


@pytest.mark.parametrize("cue,paragraphs,speaker", [
    (SPLIT_NAME_SAID, (0,), "Freddy Ortega"),
    (NAME_SAID, (0,), "Ortega"),
    (NAME_SAID, (0, 1), None),  # "Ortega said." opening the next paragraph reports something else
], ids=["split-name", "name", "next-paragraph"])
def test_the_next_sentence_cue_takes_a_split_name_but_only_in_the_same_paragraph(gold, cue, paragraphs, speaker):
    (q,) = gold.analyze(conllu(QUOTE_ALONE, cue, paragraphs=paragraphs)).quotes
    assert q.text == "It's all show, no?"
    assert (q.mention.text if q.mention is not None else None) == speaker


# She conceded the plan is “flawed.”  (our lemmatizer gave "conced")
MANGLED_LEMMA = rows("""
She she PRON 2 nsubj
conceded conced VERB/VBD 0 root
the the DET 4 det
plan plan NOUN 7 nsubj
is be AUX 7 cop
“ “ PUNCT 7 punct -
flawed flawed ADJ 2 ccomp -
. . PUNCT 2 punct -
” ” PUNCT 7 punct
""")


def test_a_reporting_verb_is_known_by_its_form_when_the_lemmatizer_slips(gold):
    (q,) = gold.analyze(conllu(MANGLED_LEMMA)).quotes
    assert q.cue is not None and q.cue.text == "conceded"
    assert q.kind is QuoteKind.MIXED and q.text == "the plan is “flawed.”"


# Rhimes closed with a call for drive: “Change the world,” she said.  (the parse hangs the lead-in on "said")
FRAMING_BEFORE_QUOTE = rows("""
Rhimes Rhimes PROPN 2 nsubj
closed close VERB/VBD 16 ccomp
with with ADP 5 case
a a DET 5 det
call call NOUN 2 obl
for for ADP 7 case
drive drive NOUN 5 nmod -
: : PUNCT 10 punct
“ “ PUNCT 10 punct -
Change change VERB/VB 2 parataxis
the the DET 12 det
world world NOUN 10 obj -
, , PUNCT 10 punct -
” ” PUNCT 10 punct
she she PRON 16 nsubj
said say VERB/VBD 0 root -
. . PUNCT 16 punct
""")


def test_a_lead_in_ending_in_a_colon_before_a_quote_whose_cue_follows_is_the_writers(gold):
    (q,) = gold.analyze(conllu(FRAMING_BEFORE_QUOTE)).quotes
    assert q.kind is QuoteKind.DIRECT and q.text == "Change the world,"
    assert q.cue is not None and q.cue.text == "said"


# By the evening, Trump was forced to retreat and said it was “misconstrued.”
PASSIVE_HEAD_THEN_SAID = rows("""
By by ADP 3 case
the the DET 3 det
evening evening NOUN 7 obl -
, , PUNCT 3 punct
Trump Trump PROPN 7 nsubj:pass
was be AUX 7 aux:pass
forced force VERB/VBN 0 root
to to PART 9 mark
retreat retreat VERB/VB 7 xcomp
and and CCONJ 11 cc
said say VERB/VBD 7 conj
it it PRON 15 nsubj:pass
was be AUX 15 aux:pass
“ “ PUNCT 15 punct -
misconstrued misconstrue VERB/VBN 11 ccomp -
. . PUNCT 7 punct -
” ” PUNCT 15 punct
""")
# Dianne Feinstein last week said it was “not top secret.”  (the parse made "week" the subject)
TIME_PHRASE_AS_SUBJECT = rows("""
Dianne Dianne PROPN 2 compound
Feinstein Feinstein PROPN 5 nmod
last last ADJ 4 amod
week week NOUN 5 nsubj
said say VERB/VBD 0 root
it it PRON 11 nsubj
was be AUX 11 cop
“ “ PUNCT 11 punct -
not not PART 11 advmod
top top ADJ 11 amod
secret secret ADJ 5 ccomp -
. . PUNCT 5 punct -
” ” PUNCT 11 punct
""")


@pytest.mark.parametrize("tree,speaker", [(PASSIVE_HEAD_THEN_SAID, "Trump"), (TIME_PHRASE_AS_SUBJECT, "Dianne Feinstein")],
                         ids=["passive-head-shares-its-subject", "past-a-time-phrase"])
def test_the_speaker_is_never_a_time_phrase_and_a_passive_head_shares_its_subject(gold, tree, speaker):
    (q,) = gold.analyze(conllu(tree)).quotes
    assert q.mention is not None and q.mention.text == speaker


# At a rally in Portsmouth, N.H., Sanders said it was “great.”  (the parse made "N.H." a second subject)
TWO_SUBJECTS_PLACE_FIRST = rows("""
At at ADP 3 case
a a DET 3 det
rally rally NOUN 10 obl
in in ADP 5 case
Portsmouth Portsmouth PROPN 3 nmod -
, , PUNCT 7 punct
N.H. N.H. PROPN 10 nsubj -
, , PUNCT 7 punct
Sanders Sanders PROPN 10 nsubj
said say VERB/VBD 0 root
it it PRON 14 nsubj
was be AUX 14 cop
“ “ PUNCT 14 punct -
great great ADJ 10 ccomp -
. . PUNCT 10 punct -
” ” PUNCT 14 punct
""")
# Rendell, a surrogate, said it was “common.”  (the description parsed as a second subject)
RENDELL_THEN_DESCRIPTION = rows("""
Rendell Rendell PROPN 6 nsubj -
, , PUNCT 4 punct
a a DET 4 det
surrogate surrogate NOUN 6 nsubj -
, , PUNCT 4 punct
said say VERB/VBD 0 root
it it PRON 10 nsubj
was be AUX 10 cop
“ “ PUNCT 10 punct -
common common ADJ 6 ccomp -
. . PUNCT 6 punct -
” ” PUNCT 10 punct
""")


def test_of_two_subjects_the_one_nearer_the_verb_speaks_unless_it_describes_the_name(gold):
    (q,) = gold.analyze(conllu(TWO_SUBJECTS_PLACE_FIRST)).quotes
    assert q.speaker is not None and q.speaker.name == "Sanders"
    (q,) = gold.analyze(conllu(RENDELL_THEN_DESCRIPTION)).quotes
    assert q.speaker is not None and q.speaker.name == "Rendell"


# Schultz said the platform should reiterate its support for “stalwart allies.”
MODAL_INNER_CUE = rows("""
Schultz Schultz PROPN 2 nsubj
said say VERB/VBD 0 root
the the DET 4 det
platform platform NOUN 6 nsubj
should should AUX/MD 6 aux
reiterate reiterate VERB/VB 2 ccomp
its its PRON 8 nmod:poss
support support NOUN 6 obj
for for ADP 12 case
“ “ PUNCT 12 punct -
stalwart stalwart ADJ 12 amod
allies ally NOUN 8 nmod -
. . PUNCT 2 punct -
” ” PUNCT 12 punct
""")


def test_speech_that_should_be_made_inside_a_report_stays_the_reporters_claim(gold):
    (q,) = gold.analyze(conllu(MODAL_INNER_CUE)).quotes
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.name == "Schultz"


# Ginsburg said in an interview with the paper last week that she would “retire.”  (the that-clause hung on "week")
THAT_AFTER_PHRASES = rows("""
Ginsburg Ginsburg PROPN 2 nsubj
said say VERB/VBD 0 root
in in ADP 5 case
an a DET 5 det
interview interview NOUN 2 obl
with with ADP 8 case
the the DET 8 det
paper paper NOUN 5 nmod
last last ADJ 10 amod
week week NOUN 5 nmod:unmarked
that that PRON 15 obj
she she PRON 15 nsubj
would would AUX/MD 15 aux
“ “ PUNCT 15 punct -
retire retire VERB/VB 10 acl:relcl -
. . PUNCT 2 punct -
” ” PUNCT 15 punct
""")


def test_that_after_a_stretch_of_phrases_still_opens_the_reported_clause(gold):
    (q,) = gold.analyze(conllu(THAT_AFTER_PHRASES)).quotes
    assert q.kind is QuoteKind.MIXED and q.text == "she would “retire.”"
    assert q.cue is not None and q.cue.text == "said"


# Mook told reporters the campaign expects Holt to insert himself by calling out Trump for his “lies.”
MEANS_PARTICIPLE_INSIDE_REPORT = rows("""
Mook Mook PROPN 2 nsubj
told tell VERB/VBD 0 root
reporters reporter NOUN 2 obj
the the DET 5 det
campaign campaign NOUN 6 nsubj
expects expect VERB/VBZ 2 ccomp
Holt Holt PROPN 6 obj
to to PART 9 mark
insert insert VERB/VB 6 xcomp
himself himself PRON 9 obj
by by SCONJ 12 mark
calling call VERB/VBG 9 advcl
out out ADP 12 compound:prt
Trump Trump PROPN 12 obj
for for ADP 18 case
his his PRON 18 nmod:poss
“ “ PUNCT 18 punct -
lies lie NOUN 12 obl -
. . PUNCT 2 punct -
” ” PUNCT 18 punct
""")


def test_a_means_participle_inside_someones_report_is_part_of_that_report(gold):
    (q,) = gold.analyze(conllu(MEANS_PARTICIPLE_INSIDE_REPORT)).quotes
    assert q.cue is not None and q.cue.text == "told"
    assert q.speaker is not None and q.speaker.name == "Mook"


# She called for pay to be “clawed back.”  ¶  “Banks should be broken up.”
CALLED_FOR_CLAWED_BACK = rows("""
She she PRON 2 nsubj
called call VERB/VBD 0 root
for for ADP 4 case
pay pay NOUN 2 obl
to to PART 8 mark
be be AUX 8 aux:pass
“ “ PUNCT 8 punct -
clawed claw VERB/VBN 4 acl
back back ADV 8 advmod -
. . PUNCT 2 punct -
” ” PUNCT 8 punct
""")
# “Pay must be clawed back,” she said.
PAY_SAID = rows("""
“ “ PUNCT 5 punct -
Pay pay NOUN 5 nsubj:pass
must must AUX/MD 5 aux
be be AUX 5 aux:pass
clawed claw VERB/VBN 10 ccomp
back back ADV 5 advmod -
, , PUNCT 5 punct -
” ” PUNCT 5 punct
she she PRON 10 nsubj
said say VERB/VBD 0 root -
. . PUNCT 10 punct
""")
BANKS_BROKEN_UP = rows("""
“ “ PUNCT 5 punct -
Banks bank NOUN 5 nsubj:pass
should should AUX/MD 5 aux
be be AUX 5 aux:pass
broken break VERB/VBN 0 root
up up ADP 5 compound:prt -
. . PUNCT 5 punct -
” ” PUNCT 5 punct
""")


@pytest.mark.parametrize("first,cue", [(PAY_SAID, "said"), (CALLED_FOR_CLAWED_BACK, None)], ids=["after-speech", "after-report"])
def test_a_continuation_keeps_the_cue_only_after_direct_speech(gold, first, cue):
    analysis = gold.analyze(conllu(first, BANKS_BROKEN_UP, paragraphs=(0, 1)))
    (q,) = [q for q in analysis.quotes if q.text == "Banks should be broken up."]
    assert q.method == "continuation"
    assert q.mention is not None and q.mention.text.lower() == "she"
    assert (q.cue.text if q.cue is not None else None) == cue


# It goes without saying that the plan is “dead.”
GOES_WITHOUT_SAYING = rows("""
It it PRON 2 nsubj
goes go VERB/VBZ 0 root
without without SCONJ 4 mark
saying say VERB/VBG 2 advcl
that that SCONJ 8 mark
the the DET 7 det
plan plan NOUN 8 nsubj
is be AUX 10 cop
“ “ PUNCT 10 punct -
dead dead ADJ 4 ccomp -
. . PUNCT 2 punct -
” ” PUNCT 10 punct
""")


def test_a_speech_idiom_reports_nobody(gold):
    (q,) = gold.analyze(conllu(GOES_WITHOUT_SAYING)).quotes
    assert q.cue is None


def _idiom_rows():
    from quoteattr import lexicon

    return sorted(lexicon.words("speech_idioms.txt"))


@pytest.mark.parametrize("idiom", _idiom_rows())
def test_every_speech_idiom_row_covers_its_words_in_a_sentence(idiom):
    """One check per data row: the idiom's words, inside a sentence, are all marked as idiomatic."""
    from quoteattr.cues import _in_idioms
    from quoteattr.parsing import Sentence, Word

    tokens = ["Well", ",", *idiom.split(), "it", "failed", "."]
    words, pos = [], 0
    for i, token in enumerate(tokens, start=1):
        words.append(Word(index=i, text=token, lemma=token.lower(), upos="X", xpos="", feats="", head=0 if i == 1 else 1,
                          deprel="root" if i == 1 else "dep", start=pos, end=pos + len(token)))
        pos += len(token) + 1
    sentence = Sentence(index=0, start=0, end=pos, words=tuple(words), parsed=True)
    assert _in_idioms(sentence) == set(range(3, 3 + len(idiom.split())))


# Pence said on CNN's “State Union.”
SAID_ON_A_SHOW = rows("""
Pence Pence PROPN 2 nsubj
said say VERB/VBD 0 root
on on ADP 8 case
CNN CNN PROPN 8 nmod:poss -
's 's PART/POS 4 case
“ “ PUNCT 8 punct -
State State PROPN 8 compound
Union Union PROPN 2 obl -
. . PUNCT 2 punct -
” ” PUNCT 8 punct
""")


def test_the_show_where_words_were_said_is_no_quote(gold):
    (q,) = gold.analyze(conllu(SAID_ON_A_SHOW)).quotes
    assert q.kind is QuoteKind.FRAGMENT and q.cue is None


# “Keep your hands in sight,” Blige sings to Clinton.  (the tagger made "sings" a plural noun)
NAME_THEN_NOUN_TAGGED_VERB = rows("""
“ “ PUNCT 2 punct -
Keep keep VERB/VB 0 root
your your PRON 4 nmod:poss
hands hand NOUN 2 obj
in in ADP 6 case
sight sight NOUN 2 obl -
, , PUNCT 10 punct -
” ” PUNCT 10 punct
Blige Blige PROPN 10 compound
sings sing NOUN/NNS 2 obj
to to ADP 12 case
Clinton Clinton PROPN 10 nmod -
. . PUNCT 2 punct
""")


def test_a_speech_verb_tagged_as_a_noun_after_a_quote_and_a_name_is_the_cue(gold):
    (q,) = gold.analyze(conllu(NAME_THEN_NOUN_TAGGED_VERB)).quotes
    assert q.text == "Keep your hands in sight,"
    assert q.cue is not None and q.cue.text == "sings"
    assert q.speaker is not None and q.speaker.name == "Blige"


@given(st.text(alphabet=st.sampled_from(list("ab ,;.-—“”\"'’sincludgwhtARB\n")), max_size=60), st.data())
@settings(max_examples=300, deadline=None)
def test_writer_resumes_always_cuts_between_the_last_mark_and_the_end(text, data):
    from quoteattr.attribution import _writer_resumes

    last_mark = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=last_mark, max_value=len(text)))
    assert last_mark <= _writer_resumes(text, last_mark, end) <= end


# “It's Bernie's to lose,” added another Democrat.  -- parsed with the quote's "Bernie" as the subject
# of "added" and the speaker as its object
SUBJECT_ONLY_IN_QUOTE = rows("""
“ “ PUNCT 10 punct -
It it PRON 4 expl
's be AUX 4 cop
Bernie Bernie PROPN 10 nsubj
's 's PART 4 case
to to PART 7 mark
lose lose VERB 4 advcl -
, , PUNCT 7 punct -
” ” PUNCT 10 punct
added add VERB/VBD 0 root
another another DET 12 det
Democrat Democrat PROPN 10 obj -
. . PUNCT 10 punct
""")


def test_the_speaker_after_an_inverted_verb_beats_a_subject_inside_the_quote(gold):
    (q,) = [q for q in gold.analyze(conllu(SUBJECT_ONLY_IN_QUOTE)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.cue is not None and q.cue.text == "added"
    # a party member named by the party is described, not named (data/titles.txt)
    assert q.speaker is not None and q.speaker.title == "Democrat" and q.speaker.name is None
    assert q.mention is not None and q.mention.text == "another Democrat"


# “The meddling has to stop,” Husted said.  -- the tagger read "Husted" as a past participle and
# the parser took the quote's subject for the speaker's
NAME_TAGGED_AS_VERB = rows("""
“ “ PUNCT 4 punct -
The the DET 3 det
meddling meddling NOUN 10 nsubj
has have VERB 10 ccomp
to to PART 6 mark
stop stop VERB 4 xcomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
Husted hust VERB/VBN 10 ccomp
said say VERB/VBD 0 root -
. . PUNCT 10 punct
""")


def test_a_name_tagged_as_a_verb_between_quote_and_cue_speaks(gold):
    (q,) = [q for q in gold.analyze(conllu(NAME_TAGGED_AS_VERB)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.name == "Husted"


# “You can't blame her,” said Sara Walker. She plans to vote for Clinton. “It's not fair.”
BLAME_HER = rows("""
“ “ PUNCT 5 punct -
You you PRON 5 nsubj
ca can AUX 5 aux -
n't not PART 5 advmod
blame blame VERB 9 ccomp
her she PRON 5 obj -
, , PUNCT 5 punct -
” ” PUNCT 5 punct
said say VERB/VBD 0 root
Sara Sara PROPN 9 nsubj
Walker Walker PROPN 10 flat -
. . PUNCT 9 punct
""")
SHE_PLANS = rows("""
She she PRON 2 nsubj
plans plan VERB/VBZ 0 root
to to PART 4 mark
vote vote VERB 2 xcomp
for for ADP 6 case
Clinton Clinton PROPN 4 obl -
. . PUNCT 2 punct
""")
NOT_FAIR = rows("""
“ “ PUNCT 5 punct -
It it PRON 5 nsubj -
's be AUX 5 cop
not not PART 5 advmod
fair fair ADJ 0 root -
. . PUNCT 5 punct -
” ” PUNCT 5 punct
""")


def test_a_stance_verb_between_the_halves_does_not_break_an_interrupted_quote(gold):
    # only another speech cue ("said", "wrote", "asked", "according to") can own the second half
    analysis = gold.analyze(conllu(BLAME_HER, SHE_PLANS, NOT_FAIR, paragraphs=(0,)))
    second = next(q for q in analysis.quotes if q.text == "It's not fair.")
    assert second.method == "interrupted-quote" and second.cue is not None and second.cue.text == "said"
    assert second.speaker is not None and second.speaker.name == "Sara Walker"


# He met Beck, who said there were “too many disturbing things.”
WHO_SAID = rows("""
He he PRON 2 nsubj
met meet VERB/VBD 0 root
Beck Beck PROPN 2 obj -
, , PUNCT 6 punct
who who PRON 6 nsubj
said say VERB/VBD 3 acl:relcl
there there PRON 8 expl
were be VERB/VBD 6 ccomp
“ “ PUNCT 13 punct -
too too ADV 11 advmod
many many ADJ 13 amod
disturbing disturbing ADJ 13 amod
things thing NOUN 8 nsubj -
. . PUNCT 2 punct -
” ” PUNCT 13 punct
""")


def test_a_relative_pronoun_is_the_quotes_mention_and_its_antecedent_the_speaker(gold):
    analysis = gold.analyze(conllu(WHO_SAID))
    (q,) = [q for q in analysis.quotes if q.kind is QuoteKind.MIXED]
    assert q.mention is not None and q.mention.text == "who" and q.mention.kind == "pronoun"
    assert q.speaker is not None and q.speaker.name == "Beck"
    assert [m.text for m in q.speaker.mentions] == ["Beck", "who"]


# NEWS - Jeffrey Jones: “States are red.”
NAME_LEAD_IN = rows("""
NEWS NEWS PROPN 0 root
- - PUNCT 1 punct
Jeffrey Jeffrey PROPN 1 appos
Jones Jones PROPN 3 flat -
: : PUNCT 1 punct
“ “ PUNCT 9 punct -
States state NOUN 9 nsubj
are be AUX 9 cop
red red ADJ 1 parataxis -
. . PUNCT 9 punct -
” ” PUNCT 9 punct
""")


def test_a_bare_name_and_a_colon_after_a_headlines_dash_lead_in_a_quote(gold):
    (q,) = gold.analyze(conllu(NAME_LEAD_IN)).quotes
    assert q.method == "name-lead-in" and q.cue is not None and q.cue.text == ":"
    assert q.speaker is not None and q.speaker.name == "Jeffrey Jones"


# The Latest: “States are red.”  -- a headline's label, not a name
LABEL_LEAD_IN = rows("""
The the DET 2 det
Latest latest ADJ 0 root -
: : PUNCT 2 punct
“ “ PUNCT 7 punct -
States state NOUN 7 nsubj
are be AUX 7 cop
red red ADJ 2 parataxis -
. . PUNCT 7 punct -
” ” PUNCT 7 punct
""")


def test_a_headline_label_before_a_colon_is_no_name_lead_in(gold):
    assert not [q for q in gold.analyze(conllu(LABEL_LEAD_IN)).quotes if q.method == "name-lead-in"]


# Sanders said on ABC's “This Week” that he would “take a look” at it.  -- "that" misparsed as a
# relative pronoun, the clause hung on the show's name
THAT_AFTER_A_QUOTED_SHOW = rows("""
Sanders Sanders PROPN 2 nsubj
said say VERB/VBD 0 root
on on ADP 8 case
ABC ABC PROPN 8 nmod:poss -
's 's PART 4 case
“ “ PUNCT 8 punct -
This this DET 8 det
Week week NOUN 2 obl:unmarked -
” ” PUNCT 8 punct
that that PRON 14 nsubj
he he PRON 14 nsubj
would would AUX 14 aux
“ “ PUNCT 14 punct -
take take VERB 8 acl:relcl
a a DET 16 det
look look NOUN 14 obj -
” ” PUNCT 16 punct
at at ADP 19 case
it it PRON 14 obl -
. . PUNCT 2 punct
""")


def test_that_after_a_quoted_show_title_opens_the_reported_clause(gold):
    (q,) = [q for q in gold.analyze(conllu(THAT_AFTER_A_QUOTED_SHOW)).quotes if q.kind is QuoteKind.MIXED]
    assert q.text == "he would “take a look” at it" and q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.name == "Sanders"


# “People are like family.”  (a paragraph)  - Sanders.  (the next one: a fact-check column's source line)
DASH_LINE = rows("""
- - PUNCT 2 punct
Sanders Sanders PROPN 0 root -
. . PUNCT 2 punct
""")
# – An immigrant himself –.  (a subheading between dashes)
SUBHEADING = rows("""
– – PUNCT 3 punct
An a DET 3 det
immigrant immigrant NOUN 0 root
himself himself PRON 3 nmod:npmod
– – PUNCT 3 punct -
. . PUNCT 3 punct
""")


def test_a_dash_and_a_name_as_the_next_paragraph_attribute_a_whole_paragraph_quote(gold):
    analysis = gold.analyze(conllu(LIKE_FAMILY, DASH_LINE))
    (q,) = [q for q in analysis.quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.method == "dash" and q.speaker is not None and q.speaker.name == "Sanders"
    assert "\n" in analysis.text[q.end:analysis.text.index("Sanders")]  # two paragraphs


def test_a_subheading_between_dashes_is_no_dash_attribution(gold):
    (q,) = [q for q in gold.analyze(conllu(LIKE_FAMILY, SUBHEADING)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert q.method != "dash" and q.speaker is None


@pytest.mark.parametrize("mark", ["“", "„", "«", "‹", "``"])
def test_a_speech_verb_tagged_as_a_noun_before_any_opening_mark_is_a_cue(mark):
    # the opening marks come from data/quote_marks.tsv (German „, guillemets, PTB ``), not a list in code
    from quoteattr.cues import _verb_tagged_as_noun
    from quoteattr.extractor import _prepare

    tree = rows(f"""
Trump Trump PROPN 2 nsubj
tweets tweet NOUN/NNS 0 root
{mark} {mark} PUNCT 4 punct -
Sad sad ADJ 2 parataxis -
! ! PUNCT 2 punct
""")
    _, (sentence,) = _prepare(conllu(tree))
    assert _verb_tagged_as_noun(sentence, sentence.word(2))


def _phrase_of(tree, head_text):
    from quoteattr.extractor import _prepare
    from quoteattr.titles import analyse_phrase

    text, (sentence,) = _prepare(conllu(tree))
    head = next(w for w in sentence.words if w.text == head_text)
    return analyse_phrase(text, sentence, head)


# The New York Times said …  -- "New" tagged ADJ, its Penn tag NNP
NEW_YORK_TIMES = rows("""
The the DET 4 det
New new ADJ/NNP 4 amod
York York PROPN 4 compound
Times Times PROPN 5 nsubj
said say VERB/VBD 0 root
""")
# Ohio Democratic Party Chairman David Pepper said …
PARTY_CHAIRMAN = rows("""
Ohio Ohio PROPN 3 compound
Democratic Democratic PROPN 3 amod
Party Party PROPN 4 compound
Chairman chairman PROPN 6 compound
David David PROPN 6 compound
Pepper Pepper PROPN 7 nsubj
said say VERB/VBD 0 root
""")
# Ten South Carolina voters said …
STATE_VOTERS = rows("""
Ten ten NUM 4 nummod
South South PROPN 3 compound
Carolina Carolina PROPN 4 compound
voters voter NOUN 5 nsubj
said say VERB/VBD 0 root
""")
# The United States said …
UNITED_STATES = rows("""
The the DET 3 det
United United PROPN 3 compound
States States PROPN 4 nsubj
said say VERB/VBD 0 root
""")


@pytest.mark.parametrize("tree,head,name,title,kind", [
    (NEW_YORK_TIMES, "Times", "New York Times", None, "organization"),   # a proper noun by its Penn tag
    (PARTY_CHAIRMAN, "Pepper", "David Pepper", "Ohio Democratic Party Chairman", "person"),  # the party is where he works
    (STATE_VOTERS, "voters", None, None, "unknown"),                      # a place name describing voters is no name
    (UNITED_STATES, "States", "United States", None, "organization"),     # a state speaks through its government
])
def test_speaker_names_titles_and_kinds(tree, head, name, title, kind):
    phrase = _phrase_of(tree, head)
    assert (phrase.name, phrase.title, phrase.kind.value) == (name, title, kind)


# Donald Trump and Texas Sen. Ted Cruz said …
TWO_SPEAKERS = rows("""
Donald Donald PROPN 8 nsubj
Trump Trump PROPN 1 flat
and and CCONJ 7 cc
Texas Texas PROPN 7 compound
Sen. Sen. PROPN 7 compound
Ted Ted PROPN 7 compound
Cruz Cruz PROPN 1 conj
said say VERB/VBD 0 root
""")
# House Majority Leader Kevin McCarthy, R-Calif., said …
PARTY_AND_STATE = rows("""
House House PROPN 3 compound
Majority Majority PROPN 3 compound
Leader leader PROPN 0 root
Kevin Kevin PROPN 5 flat
McCarthy McCarthy PROPN 3 flat -
, , PUNCT 7 punct
R-Calif. R-Calif. PROPN 3 appos -
, , PUNCT 7 punct
""")
# The head of the major Super PAC, Mike Murphy, said …
HEAD_OF_PAC = rows("""
The the DET 2 det
head head NOUN 0 root
of of ADP 7 case
the the DET 7 det
major major ADJ 7 amod
Super Super PROPN 7 compound
PAC PAC PROPN 2 nmod -
, , PUNCT 10 punct
Mike Mike PROPN 10 compound
Murphy Murphy PROPN 2 appos -
, , PUNCT 10 punct
""")


@pytest.mark.parametrize("tree,head,name,title", [
    (TWO_SPEAKERS, "Donald", "Donald Trump", None),                        # a second speaker is no title
    (PARTY_AND_STATE, "Leader", "Kevin McCarthy", "House Majority Leader"),  # "R-Calif." is no name
    (HEAD_OF_PAC, "head", "Mike Murphy", "head of the major Super PAC"),     # the name set off after the title
    (HEAD_OF_PAC[:7], "head", None, "head of the major Super PAC"),          # no name: "Super PAC" is in the title
])
def test_the_name_and_title_of_harder_speaker_phrases(tree, head, name, title):
    phrase = _phrase_of(tree, head)
    assert (phrase.name, phrase.title) == (name, title)


def test_a_quote_with_a_speaker_gets_the_confidence_its_rule_earned_on_polnear_train(gold):
    from quoteattr import lexicon

    measured = {(m, k): float(c) for m, k, c, _ in lexicon.table("method_confidence.tsv")}
    analysis = gold.analyze(conllu(INTERRUPTED_LONG, INTERRUPTED_SECOND, paragraphs=(0,)))
    second = next(q for q in analysis.quotes if q.method == "interrupted-quote")
    assert second.speaker is not None and second.confidence == measured[("interrupted-quote", "direct")]
    (alone,) = [q for q in gold.analyze(conllu(LIKE_FAMILY)).quotes]
    assert alone.speaker is None and alone.confidence <= 0.3  # no speaker: low whatever the rule


# A: My neighbor told me they were gone.  (an interview's answer turn)
ANSWER_TURN = rows("""
A A PROPN 5 dep -
: : PUNCT 1 punct
My my PRON 4 nmod:poss
neighbor neighbor NOUN 5 nsubj
told tell VERB/VBD 0 root
me I PRON 5 iobj
they they PRON 9 nsubj
were be AUX 9 cop
gone gone ADJ 5 ccomp -
. . PUNCT 5 punct
""")


def test_a_report_inside_a_transcript_turn_is_an_attribution_of_its_own(gold):
    quotes = gold.analyze(conllu(ANSWER_TURN)).quotes
    turn = next(q for q in quotes if q.method == "transcript-turn")
    assert turn.speaker is not None and turn.speaker.title == "interviewee"
    inner = next(q for q in quotes if q.kind is QuoteKind.INDIRECT)
    assert inner.text == "they were gone" and inner.cue is not None and inner.cue.text == "told"
    assert inner.mention is not None and inner.mention.text == "My neighbor"


# Priebus, who was in contact, arrived late and acknowledged that he had “read the passages.”
# -- parsed with "contact" as the predicate and "arrived" as a participle clause hung on it
MISREAD_PREDICATE = rows("""
Priebus Priebus PROPN 6 nsubj -
, , PUNCT 6 punct
who who PRON 6 nsubj
was be AUX 6 cop
in in ADP 6 case
contact contact NOUN 0 root -
, , PUNCT 8 punct
arrived arrive VERB/VBN 6 acl
late late ADV 8 advmod
and and CCONJ 11 cc
acknowledged acknowledge VERB/VBD 8 conj
that that SCONJ 16 mark
he he PRON 16 nsubj
had have AUX 16 aux
“ “ PUNCT 16 punct -
read read VERB/VBN 11 ccomp
the the DET 18 det
passages passage NOUN 16 obj -
. . PUNCT 16 punct -
” ” PUNCT 16 punct
""")


def test_a_cue_on_a_misread_participle_reports_for_the_predicates_subject(gold):
    analysis = gold.analyze(conllu(MISREAD_PREDICATE))
    quote = next(q for q in analysis.quotes if q.cue is not None and q.cue.text == "acknowledged")
    assert quote.kind is QuoteKind.MIXED and quote.text.startswith("he had “read")
    assert quote.speaker is not None and quote.speaker.name == "Priebus"


# Trump was prompted to say, “It is civil.”  -- the quotation hung on "prompted"
PROMPTED_TO_SAY = rows("""
Trump Trump PROPN 3 nsubj:pass
was be AUX 3 aux:pass
prompted prompt VERB/VBN 0 root
to to PART 5 mark
say say VERB/VB 3 xcomp -
, , PUNCT 10 punct
“ “ PUNCT 10 punct -
It it PRON 10 nsubj
is be AUX 10 cop
civil civil ADJ 3 parataxis -
. . PUNCT 10 punct -
” ” PUNCT 10 punct
""")


def test_a_passive_verbs_subject_speaks_through_its_to_infinitive(gold):
    quote = next(q for q in gold.analyze(conllu(PROMPTED_TO_SAY)).quotes if q.text == "It is civil.")
    assert quote.kind is QuoteKind.DIRECT and quote.cue is not None and quote.cue.text == "say"
    assert quote.speaker is not None and quote.speaker.name == "Trump"


# The ad claims “Jeb is the choice.”  -- "claims" tagged as a plural noun
AD_CLAIMS = rows("""
The the DET 3 det
ad ad NOUN 3 compound
claims claim NOUN/NNS 8 nsubj
“ “ PUNCT 8 punct -
Jeb Jeb PROPN 8 nsubj
is be AUX 8 cop
the the DET 8 det
choice choice NOUN 0 root -
. . PUNCT 8 punct -
” ” PUNCT 8 punct
""")
# Commission reports that track spending were filed.  -- a noun with a relative clause
REPORTS_THAT_TRACK = rows("""
Commission Commission PROPN 2 compound
reports report NOUN/NNS 7 nsubj:pass
that that PRON 4 nsubj
track track VERB 2 acl:relcl
spending spending NOUN 4 obj
were be AUX 7 aux:pass
filed file VERB/VBN 0 root -
. . PUNCT 7 punct
""")
# Ryan said the spate of protests demands that all engage in “listening.”  -- "demands" misread
# as a noun coordinated with "protests", inside what "said" governs
SAID_PROTESTS_DEMANDS = rows("""
Ryan Ryan PROPN 2 nsubj
said say VERB/VBD 0 root
the the DET 4 det
spate spate NOUN 2 obj
of of ADP 6 case
protests protest NOUN/NNS 4 nmod
demands demand NOUN/NNS 6 conj
that that SCONJ 10 mark
all all PRON 10 nsubj
engage engage VERB 4 acl:relcl
in in ADP 13 case
“ “ PUNCT 13 punct -
listening listening NOUN 10 obl -
. . PUNCT 2 punct -
” ” PUNCT 13 punct
""")


def test_a_speech_verb_tagged_as_a_noun_after_a_noun_is_a_cue(gold):
    quote = next(q for q in gold.analyze(conllu(AD_CLAIMS)).quotes if q.text == "Jeb is the choice.")
    assert quote.cue is not None and quote.cue.text == "claims"
    assert quote.mention is not None and quote.mention.text.endswith("ad")


def test_a_noun_with_a_relative_that_clause_is_no_cue(gold):
    assert not [q for q in gold.analyze(conllu(REPORTS_THAT_TRACK)).quotes if q.cue is not None]


def test_a_misread_verb_inside_a_speech_verbs_content_is_no_cue(gold):
    analysis = gold.analyze(conllu(SAID_PROTESTS_DEMANDS))
    quote = next(q for q in analysis.quotes if "listening" in q.text and q.kind is not QuoteKind.FRAGMENT)
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.name == "Ryan"


# “We will win,” Smith said, according to CNN.  -- a report of a report: Smith's words, CNN's account
QUOTE_SAID_ACCORDING_TO = rows("""
“ “ PUNCT 4 punct -
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 8 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
Smith Smith PROPN 8 nsubj
said say VERB/VBD 0 root -
, , PUNCT 12 punct
according accord VERB 12 case
to to ADP 10 fixed
CNN CNN PROPN 8 obl -
. . PUNCT 8 punct
""")


def test_according_to_after_a_quote_and_its_cue_reports_both_as_its_source(gold):
    quotes = gold.analyze(conllu(QUOTE_SAID_ACCORDING_TO)).quotes
    assert [(q.kind, q.text, q.speaker and q.speaker.name) for q in quotes] == [
        (QuoteKind.MIXED, "“We will win,” Smith said", "CNN"), (QuoteKind.DIRECT, "We will win,", "Smith")]
    assert quotes[0].method == "according-to" and [s.text for s in quotes[0].segments] == ["We will win,"]


# Ryan blasted the trade deal.  /  Trump tweeted Monday.  -- "blast" reports its object (the
# object-content role of data/reporting_verbs.tsv); a time word the parse made the object does not
OBJECT_CONTENT_VERB = rows("""
Ryan Ryan PROPN 2 nsubj
blasted blast VERB/VBD 0 root
the the DET 5 det
trade trade NOUN 5 compound
deal deal NOUN 2 obj -
. . PUNCT 2 punct
""")
TWEETED_MONDAY = rows("""
Trump Trump PROPN 2 nsubj
tweeted tweet VERB/VBD 0 root
Monday Monday PROPN 2 obj -
. . PUNCT 2 punct
""")


def test_a_speech_verb_with_the_object_content_role_reports_its_object(gold):
    (q,) = gold.analyze(conllu(OBJECT_CONTENT_VERB)).quotes
    assert (q.kind, q.text, q.method) == (QuoteKind.INDIRECT, "the trade deal", "indirect-obj")
    assert q.speaker is not None and q.speaker.name == "Ryan"
    assert gold.analyze(conllu(TWEETED_MONDAY)).quotes == ()


# Asked about his speeches, the campaign declined to comment.  -- a question put by someone unnamed
ASKED_ABOUT_UNNAMED = rows("""
Asked ask VERB/VBN 8 advcl
about about ADP 4 case
his his PRON 4 nmod:poss
speeches speech NOUN/NNS 1 obl -
, , PUNCT 1 punct
the the DET 7 det
campaign campaign NOUN 8 nsubj
declined decline VERB/VBD 0 root
to to PART 10 mark
comment comment VERB 8 xcomp -
. . PUNCT 8 punct
""")
# Asked if he liked it, Devine responded: “I guess so.”  -- parsed with the answer inside the question
ASKED_IF_THEN_ANSWER = rows("""
Asked ask VERB/VBN 0 root
if if SCONJ 4 mark
he he PRON 4 nsubj
liked like VERB/VBD 1 advcl
it it PRON 4 obj -
, , PUNCT 8 punct
Devine Devine PROPN 8 nsubj
responded respond VERB/VBD 4 advcl -
: : PUNCT 12 punct
“ “ PUNCT 12 punct -
I I PRON 12 nsubj
guess guess VERB 8 parataxis
so so ADV 12 advmod -
. . PUNCT 12 punct -
” ” PUNCT 12 punct
""")


def test_a_passive_question_without_an_agent_is_reported_with_no_speaker(gold):
    quotes = gold.analyze(conllu(ASKED_ABOUT_UNNAMED)).quotes
    asked = [q for q in quotes if q.method == "asked-unnamed"]
    assert [(q.kind, q.text, q.speaker) for q in asked] == [(QuoteKind.INDIRECT, "his speeches", None)]
    assert asked[0].cue is not None and asked[0].cue.text == "Asked about"


def test_a_question_read_off_an_adverbial_clause_ends_before_the_answer(gold):
    quotes = gold.analyze(conllu(ASKED_IF_THEN_ANSWER)).quotes
    assert [(q.method, q.text) for q in quotes if q.method == "asked-unnamed"] == [("asked-unnamed", "he liked it")]
    (answer,) = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert answer.text == "I guess so." and answer.speaker is not None and answer.speaker.name == "Devine"


# Several supporters said the president had made a good case, while other voters said they had not
# heard anything.  -- the second report parsed inside the first one's complement
CONTRASTING_REPORTS = rows("""
Several several ADJ 2 amod
supporters supporter NOUN/NNS 3 nsubj
said say VERB/VBD 0 root
the the DET 5 det
president president NOUN 7 nsubj
had have AUX 7 aux
made make VERB/VBN 3 ccomp
a a DET 10 det
good good ADJ 10 amod
case case NOUN 7 obj -
, , PUNCT 15 punct
while while SCONJ 15 mark
other other ADJ 14 amod
voters voter NOUN/NNS 15 nsubj
said say VERB/VBD 7 advcl
they they PRON 19 nsubj
had have AUX 19 aux
not not PART 19 advmod
heard hear VERB/VBN 15 ccomp
anything anything PRON 19 obj -
. . PUNCT 3 punct
""")


def test_a_contrasting_report_inside_a_complement_ends_it_and_is_reported_itself(gold):
    quotes = gold.analyze(conllu(CONTRASTING_REPORTS)).quotes
    assert [(q.kind, q.text, q.mention and q.mention.text) for q in quotes] == [
        (QuoteKind.INDIRECT, "the president had made a good case", "Several supporters"),
        (QuoteKind.INDIRECT, "they had not heard anything", "other voters")]


# The new plans “will not solve this challenge, but are steps,” Anne Richards, an assistant
# secretary, said.  -- "said" parsed as a conjunct of the quoted verb, whose subject stands before
# the quotation, and the name as an apposition inside it
SUBJECT_BEFORE_QUOTED_PREDICATE = rows("""
The the DET 3 det
new new ADJ 3 amod
plans plan NOUN/NNS 7 nsubj
“ “ PUNCT 3 punct -
will will AUX 7 aux
not not PART 7 advmod
solve solve VERB 0 root
this this DET 9 det
challenge challenge NOUN 7 obj -
, , PUNCT 13 punct
but but CCONJ 13 cc
are be AUX 13 cop
steps step NOUN/NNS 7 conj -
, , PUNCT 17 punct -
” ” PUNCT 17 punct
Anne Anne PROPN 17 compound
Richards Richards PROPN 13 appos -
, , PUNCT 21 punct
an a DET 21 det
assistant assistant ADJ 21 amod
secretary secretary NOUN 17 conj -
, , PUNCT 17 punct
said say VERB/VBD 7 conj -
. . PUNCT 7 punct
""")


def test_the_subject_of_a_quoted_predicate_is_not_its_speaker(gold):
    quotes = [q for q in gold.analyze(conllu(SUBJECT_BEFORE_QUOTED_PREDICATE)).quotes if q.kind is not QuoteKind.FRAGMENT]
    assert [(q.kind, q.speaker and q.speaker.name) for q in quotes] == [(QuoteKind.MIXED, "Anne Richards")]
    assert quotes[0].text.startswith("The new plans “will") and quotes[0].speaker is not None
    assert quotes[0].speaker.title == "assistant secretary"


# Trump argued that a database would keep people from coming, saying it was “all about management.”
# -- ", saying" hung inside argued's complement: it reports for Trump, not for "a database"
PARTICIPLE_INSIDE_COMPLEMENT = rows("""
Trump Trump PROPN 2 nsubj
argued argue VERB/VBD 0 root
that that SCONJ 7 mark
a a DET 5 det
database database NOUN 7 nsubj
would would AUX 7 aux
keep keep VERB 2 ccomp
people people NOUN/NNS 7 obj
from from SCONJ 10 mark
coming come VERB/VBG 7 advcl -
, , PUNCT 12 punct
saying say VERB/VBG 10 conj
it it PRON 16 nsubj
was be AUX 16 cop
“ “ PUNCT 16 punct -
all all DET 12 ccomp
about about ADP 18 case
management management NOUN 16 nmod -
. . PUNCT 16 punct -
” ” PUNCT 16 punct
""")


def test_a_participle_hung_inside_a_speech_verbs_complement_reports_for_that_verbs_subject(gold):
    analysis = gold.analyze(conllu(PARTICIPLE_INSIDE_COMPLEMENT))
    quote = next(q for q in analysis.quotes if "management" in q.text and q.cue is not None and q.cue.text == "saying")
    assert quote.mention is not None and quote.mention.text == "Trump"


# Grayson has introduced the bill and would continue his push in the Senate, he said.  -- the words
# after "continue" read as a clause only up to the comma before "he said"
CLAUSE_AFTER_THEN_HE_SAID = rows("""
Grayson Grayson PROPN 3 nsubj
has have AUX 3 aux
introduced introduce VERB/VBN 0 root
the the DET 5 det
bill bill NOUN 3 obj
and and CCONJ 8 cc
would would AUX 8 aux
continue continue VERB 3 conj
his his PRON 10 nmod:poss
push push NOUN 8 obj
in in ADP 13 case
the the DET 13 det
Senate Senate PROPN 8 obl -
, , PUNCT 3 punct
he he PRON 16 nsubj
said say VERB/VBD 3 parataxis -
. . PUNCT 16 punct
""")


def test_a_clause_read_after_a_cue_stops_before_a_final_he_said(gold):
    quotes = gold.analyze(conllu(CLAUSE_AFTER_THEN_HE_SAID)).quotes
    assert [(q.kind, q.text, q.cue and q.cue.text) for q in quotes] == [
        (QuoteKind.INDIRECT, "Grayson has introduced the bill and would continue his push in the Senate", "said")]


# WASHINGTON (AP) — Senator Smith told reporters that the plan would fail.  -- the dateline parsed as
# the subject, the speaker as its apposition
DATELINE_AS_SUBJECT = rows("""
WASHINGTON WASHINGTON PROPN 8 nsubj
( ( PUNCT 3 punct -
AP AP PROPN 1 appos -
) ) PUNCT 3 punct
— — PUNCT 7 punct
Senator senator PROPN 7 compound
Smith Smith PROPN 1 appos
told tell VERB/VBD 0 root
reporters reporter NOUN/NNS 8 obj
that that SCONJ 14 mark
the the DET 12 det
plan plan NOUN 14 nsubj
would would AUX 14 aux
fail fail VERB 8 ccomp -
. . PUNCT 8 punct
""")


def test_a_dateline_parsed_as_the_subject_never_speaks(gold):
    (q,) = gold.analyze(conllu(DATELINE_AS_SUBJECT)).quotes
    assert (q.kind, q.text) == (QuoteKind.INDIRECT, "the plan would fail")
    assert q.speaker is not None and q.speaker.name == "Smith" and q.mention is not None
    assert "WASHINGTON" not in q.mention.text


# The White House is expected to sign the measure, potentially ending the fight.  -- an agentless
# "is expected" (the unnamed-passive role): the House expects nothing; what is expected is reported
EXPECTED_PASSIVE = rows("""
The the DET 3 det
White White PROPN 3 amod
House House PROPN 5 nsubj:pass
is be AUX 5 aux:pass
expected expect VERB/VBN 0 root
to to PART 7 mark
sign sign VERB 5 xcomp
the the DET 9 det
measure measure NOUN 7 obj -
, , PUNCT 12 punct
potentially potentially ADV 12 advmod
ending end VERB/VBG 7 advcl
the the DET 14 det
fight fight NOUN 12 obj -
. . PUNCT 5 punct
""")


def test_an_agentless_is_expected_reports_its_subject_and_infinitive_with_no_speaker(gold):
    (q,) = gold.analyze(conllu(EXPECTED_PASSIVE)).quotes
    assert (q.kind, q.text, q.method, q.speaker) == (
        QuoteKind.INDIRECT, "The White House is expected to sign the measure", "expected-unnamed", None)
    assert q.cue is not None and q.cue.text == "expected"


# Lazar said he welcomed extradition to the United States and added, “I'll plead guilty.”
# (PolNeAR train, as the embedded parser drew it: "added" a conjunct of "States", the quote a
# parataxis of "welcomed")
SAID_AND_ADDED_QUOTE = """
Lazar Lazar PROPN 2 nsubj
said say VERB/VBD 0 root
he he PRON 4 nsubj
welcomed welcome VERB/VBD 2 ccomp
extradition extradition NOUN 4 obj
to to ADP 9 case
the the DET 9 det
United United PROPN 9 compound
States States PROPN 5 nmod
and and CCONJ 11 cc
{added} {added} VERB/VBN 9 conj -
, , PUNCT 16 punct
“ “ PUNCT 16 punct -
I I PRON 16 nsubj
will will AUX 16 aux
plead plead VERB 4 parataxis
guilty guilty ADJ 16 xcomp -
. . PUNCT 16 punct -
” ” PUNCT 16 punct
"""


def test_a_speech_verb_coordinated_inside_the_content_is_the_speakers_next_report(gold):
    quotes = gold.analyze(conllu(rows(SAID_AND_ADDED_QUOTE.format(added="added")))).quotes
    said, added = sorted(quotes, key=lambda q: q.start)
    assert said.cue.text == "said" and said.text == "he welcomed extradition to the United States"
    assert added.cue.text == "added" and added.kind is QuoteKind.DIRECT and added.text == "I will plead guilty."
    assert added.speaker == said.speaker and added.speaker.name == "Lazar"


def test_a_verb_coordinated_inside_the_content_that_is_no_speech_stays_in_it(gold):
    (said,) = [q for q in gold.analyze(conllu(rows(SAID_AND_ADDED_QUOTE.format(added="shrugged")))).quotes
               if q.cue.text == "said"]
    assert said.text.startswith("he welcomed") and said.text.endswith("plead guilty.”")


# He did not address the tweets in which he called her “disgusting” and referred to her “tape.”
# (PolNeAR dev, as the embedded parser drew it: the period and closing mark on "disgusting")
RELATIVE_CALLED_AND_REFERRED = """
He he PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
address address VERB 0 root
the the DET 6 det
tweets tweet NOUN 4 obj
in in ADP 8 case
which which PRON 10 obl
he he PRON 10 nsubj
called call VERB/VBD 6 acl:relcl
her she PRON 10 obj
“ “ PUNCT 13 punct -
disgusting disgusting VERB/VBG 10 xcomp -
” ” PUNCT 13 punct
and and CCONJ 16 cc
referred refer VERB/VBN 10 conj
to to ADP 20 case
her she PRON 20 nmod:poss
“ “ PUNCT 20 punct -
tape tape NOUN 16 obl -
. . PUNCT 13 punct -
” ” PUNCT 13 punct
"""


def test_a_coordinated_report_inside_a_relative_clause_is_not_split(gold):
    quotes = gold.analyze(conllu(rows(RELATIVE_CALLED_AND_REFERRED))).quotes
    assert not any(q.method.endswith("coordinated") for q in quotes)


# “It hits Hillary hard,” wrote Larry O'Connor on Hot Air.
# (PolNeAR train, as the embedded parser drew it: "wrote" a conjunct of "hits", the name its object)
WROTE_CONJUNCT_OF_THE_QUOTE = """
“ “ PUNCT 3 punct -
It it PRON 3 nsubj
hits hit VERB/VBZ 0 root
Hillary Hillary PROPN 3 obj
hard hard ADV 3 advmod -
, , PUNCT 3 punct -
” ” PUNCT 3 punct
wrote write VERB/VBD 3 conj
Larry Larry PROPN 8 obj
O'Connor O'Connor PROPN 9 flat
on on ADP 13 case
Hot Hot PROPN 13 compound
Air Air PROPN 8 obl -
. . PUNCT 3 punct
"""


def test_a_subject_inside_the_quotation_before_an_inverted_cue_does_not_speak(gold):
    (q,) = gold.analyze(conllu(rows(WROTE_CONJUNCT_OF_THE_QUOTE))).quotes
    assert q.text == "It hits Hillary hard," and q.cue.text == "wrote"
    assert q.speaker is not None and q.speaker.name == "Larry O'Connor"


# Warren endorsed Clinton, saying, “I think a fighter is what this country needs.”
# (as the embedded parser drew a longer sentence: "saying" an adverbial clause of the quotation's
# "think", so the climb from "saying" found the quotation's "I")
SAYING_BEFORE_THE_QUOTE = """
Warren Warren PROPN 2 nsubj
endorsed endorse VERB/VBD 0 root
Clinton Clinton PROPN 2 obj -
, , PUNCT 5 punct
saying say VERB/VBG 9 advcl -
, , PUNCT 9 punct
“ “ PUNCT 9 punct -
I I PRON 9 nsubj
think think VERB/VBP 2 parataxis
a a DET 11 det
fighter fighter NOUN 15 nsubj
is be AUX 15 cop
what what PRON 15 nsubj
this this DET 15 det
country country NOUN 9 ccomp
needs need VERB 15 acl:relcl -
. . PUNCT 9 punct -
” ” PUNCT 9 punct
"""


def test_a_subject_inside_the_quotation_after_a_participle_does_not_speak(gold):
    (q,) = [q for q in gold.analyze(conllu(rows(SAYING_BEFORE_THE_QUOTE))).quotes if q.cue.text == "saying"]
    assert q.text.startswith("I think a fighter")
    assert q.speaker is not None and q.speaker.name == "Warren"


# Romney went after Trump over his refusal to release his taxes, calling it “disqualifying” and
# asserting that the explanation must be “a bombshell.”  (PolNeAR train; the parse chained the two
# participles onto "release": three links to climb before the subject)
ASSERTING_THREE_LINKS_DOWN = """
Romney Romney PROPN 2 nsubj
went go VERB/VBD 0 root
after after ADP 4 case
Trump Trump PROPN 2 obl
over over ADP 7 case
his he PRON 7 nmod:poss
refusal refusal NOUN 2 obl
to to PART 9 mark
release release VERB/VB 2 advcl
his he PRON 11 nmod:poss
taxes tax NOUN 9 obj -
, , PUNCT 13 punct
calling call VERB/VBG 9 conj
it it PRON 13 obj
“ “ PUNCT 16 punct -
disqualifying disqualifying ADJ 13 xcomp -
” ” PUNCT 16 punct
and and CCONJ 19 cc
asserting assert VERB/VBG 13 conj
that that SCONJ 27 mark
the the DET 22 det
explanation explanation NOUN 27 nsubj
must must AUX 27 aux
be be AUX 27 cop
“ “ PUNCT 27 punct -
a a DET 27 det
bombshell bombshell NOUN 19 ccomp -
. . PUNCT 19 punct -
” ” PUNCT 19 punct
"""


def test_a_participle_climbs_a_long_chain_to_its_subject(gold):
    (q,) = [q for q in gold.analyze(conllu(rows(ASSERTING_THREE_LINKS_DOWN))).quotes if q.cue.text == "asserting"]
    assert q.speaker is not None and q.speaker.name == "Romney"


# At the headquarters, Suu Kyi, 70, said, “It is too early.”  (PolNeAR train, as the embedded
# parser drew it: the name an apposition of "headquarters", "said" without a subject)
NAME_AGE_SAID = """
At at ADP 3 case
the the DET 3 det
headquarters headquarters NOUN 10 obl -
, , PUNCT 5 punct
Suu Suu PROPN 3 appos
Kyi Kyi PROPN 5 flat -
, , PUNCT 8 punct
70 70 NUM 5 nmod:unmarked -
, , PUNCT 10 punct
said say VERB/VBD 0 root -
, , PUNCT 16 punct
“ “ PUNCT 16 punct -
It it PRON 16 nsubj
is be AUX 16 cop
too too ADV 16 advmod
early early ADJ 10 ccomp -
. . PUNCT 10 punct -
” ” PUNCT 10 punct
"""


def test_an_age_between_the_name_and_the_verb_is_passed_over(gold):
    (q,) = gold.analyze(conllu(rows(NAME_AGE_SAID))).quotes
    assert q.text == "It is too early." and q.speaker is not None and q.speaker.name == "Suu Kyi"


# “Kasich has no chance,” Graham said on MSNBC's “Morning Joe,” adding, “He is an insider.”
# (PolNeAR train, as the embedded parser drew it: the show a complement of "said", its preposition
# hung on it, and "adding" on the show)
SAID_ON_SHOW = """
“ “ PUNCT 3 punct -
Kasich Kasich PROPN 3 nsubj
has have VERB 9 ccomp
no no DET 5 det
chance chance NOUN 3 obj -
, , PUNCT 3 punct -
” ” PUNCT 3 punct
Graham Graham PROPN 9 nsubj
said say VERB/VBD 0 root
on on ADP 15 case
MSNBC MSNBC PROPN 15 nmod:poss -
's 's PART 11 case
“ “ PUNCT 15 punct -
Morning Morning PROPN 15 compound
Joe Joe PROPN 9 ccomp -
, , PUNCT 15 punct -
” ” PUNCT 15 punct
adding add VERB/VBG 15 acl -
, , PUNCT 24 punct
“ “ PUNCT 24 punct -
He he PRON 24 nsubj
is be AUX 24 cop
an a DET 24 det
insider insider NOUN 18 ccomp -
. . PUNCT 24 punct -
” ” PUNCT 24 punct
"""


def test_a_show_the_parse_made_a_complement_is_where_it_was_said(gold):
    quotes = gold.analyze(conllu(rows(SAID_ON_SHOW))).quotes
    said = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.text for q in said] == ["Kasich has no chance,"]
    assert said[0].speaker is not None and said[0].speaker.name == "Graham"


# Asked if the focus would be there, Devine responded: “I guess so.”  (PolNeAR train, as the
# embedded parser drew it: the question's "would be" hung on "responded", Devine its passive subject)
RESPONDED_WITH_STRAY_AUXILIARIES = """
Asked ask VERB/VBD 0 root
if if SCONJ 6 mark
the the DET 4 det
focus focus NOUN 6 nsubj
would would AUX 6 aux
be be AUX 10 aux:pass
there there ADV 6 advmod -
, , PUNCT 10 punct
Devine Devine PROPN 10 nsubj:pass
responded respond VERB/VBN 1 advcl -
: : PUNCT 14 punct
“ “ PUNCT 14 punct -
I I PRON 14 nsubj
guess guess VERB 10 parataxis
so so ADV 14 advmod -
. . PUNCT 14 punct -
” ” PUNCT 14 punct
"""


def test_auxiliaries_before_the_subject_do_not_make_its_verb_passive(gold):
    (q,) = [q for q in gold.analyze(conllu(rows(RESPONDED_WITH_STRAY_AUXILIARIES))).quotes if q.cue.text == "responded"]
    assert q.text == "I guess so." and q.speaker is not None and q.speaker.name == "Devine"


# He said he did well in the debate and is optimistic about the primary.
# (PolNeAR train, as the embedded parser drew it: "optimistic" coordinated with "said", not "did")
SAID_A_AND_SUBJECTLESS_B = """
He he PRON 2 nsubj
said say VERB/VBD 0 root
he he PRON 4 nsubj
did do VERB/VBD 2 ccomp
well well ADV 4 advmod
in in ADP 8 case
the the DET 8 det
debate debate NOUN 4 obl
and and CCONJ 11 cc
is be AUX 11 cop
optimistic optimistic ADJ 2 conj
about about ADP 14 case
the the DET 14 det
primary primary NOUN 11 obl -
. . PUNCT 2 punct
"""


def test_a_predicate_without_a_subject_hung_on_the_speech_verb_continues_the_report(gold):
    (said,) = [q for q in gold.analyze(conllu(rows(SAID_A_AND_SUBJECTLESS_B))).quotes if q.cue.text == "said"]
    assert said.text == "he did well in the debate and is optimistic about the primary"


# He said he did well in the debate, and is optimistic about the primary.  (after a comma the
# subjectless predicate is the writer going on about the speaker)
SAID_A_COMMA_AND_SUBJECTLESS_B = """
He he PRON 2 nsubj
said say VERB/VBD 0 root
he he PRON 4 nsubj
did do VERB/VBD 2 ccomp
well well ADV 4 advmod
in in ADP 8 case
the the DET 8 det
debate debate NOUN 4 obl -
, , PUNCT 12 punct
and and CCONJ 12 cc
is be AUX 12 cop
optimistic optimistic ADJ 2 conj
about about ADP 15 case
the the DET 15 det
primary primary NOUN 12 obl -
. . PUNCT 2 punct
"""


def test_a_predicate_after_a_comma_and_and_is_the_writer_going_on(gold):
    (said,) = [q for q in gold.analyze(conllu(rows(SAID_A_COMMA_AND_SUBJECTLESS_B))).quotes if q.cue.text == "said"]
    assert said.text == "he did well in the debate"


# Officials said it was too early, and there was “no evidence” of terrorism.
SAID_A_COMMA_AND_QUOTED_B = """
Officials official NOUN 2 nsubj
said say VERB/VBD 0 root
it it PRON 5 nsubj
was be AUX 5 cop
early early ADJ 2 ccomp -
, , PUNCT 9 punct
and and CCONJ 9 cc
there there PRON 9 expl
was be VERB 2 conj
“ “ PUNCT 12 punct -
no no DET 12 det
evidence evidence NOUN 9 nsubj -
” ” PUNCT 12 punct
of of ADP 15 case
terrorism terrorism NOUN 12 nmod -
. . PUNCT 2 punct
"""


def test_a_clause_with_quoted_words_after_a_comma_and_and_is_still_reported(gold):
    (said,) = [q for q in gold.analyze(conllu(rows(SAID_A_COMMA_AND_QUOTED_B))).quotes if q.cue.text == "said"]
    assert said.kind is QuoteKind.MIXED and said.text == "it was early, and there was “no evidence” of terrorism"


# “We have had problems,” Obama said. He did not suggest retaliation. “Our goal is not escalation.”
# (one paragraph; PolNeAR dev)
OBAMA_SAID = """
“ “ PUNCT 5 punct -
We we PRON 5 nsubj
have have AUX 5 aux
had have AUX 5 aux
problems problem NOUN 8 ccomp -
, , PUNCT 5 punct -
” ” PUNCT 5 punct
said say VERB/VBD 0 root
Obama Obama PROPN 8 nsubj -
. . PUNCT 8 punct
"""
HE_DID_NOT_SUGGEST = """
He he PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
suggest suggest VERB 0 root
retaliation retaliation NOUN 4 obj -
. . PUNCT 4 punct
"""
OUR_GOAL = """
“ “ PUNCT 6 punct -
Our we PRON 3 nmod:poss
goal goal NOUN 6 nsubj
is be AUX 6 cop
not not PART 6 advmod
escalation escalation NOUN 0 root -
. . PUNCT 6 punct -
” ” PUNCT 6 punct
"""


@pytest.mark.parametrize("between, continues", [(HE_DID_NOT_SUGGEST, True), (HE_DID_NOT_SUGGEST.replace("He he PRON", "Putin Putin PROPN"), False)])
def test_a_quote_later_in_the_paragraph_goes_on_with_its_speaker(gold, between, continues):
    quotes = gold.analyze(conllu(rows(OBAMA_SAID), rows(between), rows(OUR_GOAL), paragraphs=(0,))).quotes
    goal = next(q for q in quotes if q.text.startswith("Our goal"))
    assert (goal.speaker is not None and goal.speaker.name == "Obama") is continues
    assert (goal.method == "continuation") is continues


# 26 percent said the same of Trump.  /  Forty percent said yes.
SAID_THE_SAME = """
26 26 NUM 2 nummod
percent percent NOUN 3 nsubj
said say VERB/VBD 0 root
the the DET 5 det
same same ADJ 3 obj
of of ADP 7 case
Trump Trump PROPN 5 nmod -
. . PUNCT 3 punct
"""
SAID_YES = """
Forty forty NUM 2 nummod
percent percent NOUN 3 nsubj
said say VERB/VBD 0 root
yes yes INTJ 3 obj -
. . PUNCT 3 punct
"""


@pytest.mark.parametrize("tree, content", [(SAID_THE_SAME, "the same of Trump"), (SAID_YES, "yes")])
def test_a_pro_form_after_the_speech_verb_is_what_was_said(gold, tree, content):
    (q,) = gold.analyze(conllu(rows(tree))).quotes
    assert q.kind is QuoteKind.INDIRECT and q.text == content and q.speaker is not None


# Clinton is telling customers at a breakfast spot that “I need you tomorrow.”
# (the parse hangs the quoted clause on "spot" as a relative clause with "that" as its object)
TELLING_CUSTOMERS = rows("""
Clinton Clinton PROPN 3 nsubj
is be AUX 3 aux
telling tell VERB/VBG 0 root
customers customer NOUN 3 obj
at at ADP 8 case
a a DET 8 det
breakfast breakfast NOUN 8 compound
spot spot NOUN 3 obl
that that PRON/WDT 12 obj
“ “ PUNCT 12 punct -
I I PRON 12 nsubj
need need VERB/VBP 8 acl:relcl
you you PRON 12 obj
tomorrow tomorrow NOUN 12 obl:tmod -
. . PUNCT 3 punct -
” ” PUNCT 12 punct
""")

# Graham assures his audience he will act.  ("act" hung on "audience" as a relative clause)
ASSURES_AUDIENCE = rows("""
Graham Graham PROPN 2 nsubj
assures assure VERB/VBZ 0 root
his his PRON 4 nmod:poss
audience audience NOUN 2 obj
he he PRON 7 nsubj
will will AUX 7 aux
act act VERB 4 acl:relcl -
. . PUNCT 2 punct
""")


def test_who_is_told_is_not_part_of_what_is_told(gold):
    (q,) = gold.analyze(conllu(TELLING_CUSTOMERS)).quotes
    assert (q.text, q.speaker and q.speaker.name, q.method) == ("I need you tomorrow.", "Clinton", "cue-clause-after")
    (q,) = gold.analyze(conllu(ASSURES_AUDIENCE)).quotes
    assert (q.kind, q.text, q.speaker and q.speaker.name) == (QuoteKind.INDIRECT, "he will act", "Graham")


# Biden reminded his staff about the work.  /  Biden reminded voters in Ohio that the stakes are high.
REMINDED_ABOUT = rows("""
Biden Biden PROPN 2 nsubj
reminded remind VERB/VBD 0 root
his his PRON 4 nmod:poss
staff staff NOUN 2 obj
about about ADP 7 case
the the DET 7 det
work work NOUN 2 obl -
. . PUNCT 2 punct
""")
REMINDED_THAT = rows("""
Biden Biden PROPN 2 nsubj
reminded remind VERB/VBD 0 root
voters voter NOUN 2 obj
in in ADP 5 case
Ohio Ohio PROPN 2 obl
that that SCONJ 10 mark
the the DET 8 det
stakes stake NOUN 10 nsubj
are be AUX 10 cop
high high ADJ 5 acl -
. . PUNCT 2 punct
""")


def test_remind_reports_only_a_clause(gold):
    assert gold.analyze(conllu(REMINDED_ABOUT)).quotes == ()
    (q,) = gold.analyze(conllu(REMINDED_THAT)).quotes
    assert (q.kind, q.text, q.speaker and q.speaker.name) == (QuoteKind.INDIRECT, "the stakes are high", "Biden")


# “We’re done,” the company’s chief executive, Mary Barra, said.  (the small tagger's parse:
# "executive" an adjective hung on the quote, "chief" a noun, so no subject for "said")
POSSESSOR_BEFORE_NAME = rows("""
“ “ PUNCT 4 punct -
We we PRON 4 nsubj:pass
’re be AUX 4 aux:pass
done do VERB/VBN 16 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 11 punct
the the DET 8 det
company company NOUN 10 nmod:poss -
’s ’s PART/POS 8 case
chief chief NOUN 11 obl:unmarked
executive executive ADJ 4 parataxis -
, , PUNCT 13 punct
Mary Mary PROPN 11 appos
Barra Barra PROPN 13 flat -
, , PUNCT 4 punct
said say VERB/VBD 0 root -
. . PUNCT 16 punct
""")

# “It’s over,” said NATO’s secretary general, Jens Stoltenberg.
INVERTED_POSSESSOR = rows("""
“ “ PUNCT 4 punct -
It it PRON 4 nsubj -
’s be AUX 4 cop
over over ADV 7 advcl -
, , PUNCT 4 punct -
” ” PUNCT 7 punct
said say VERB/VBD 0 root
NATO NATO PROPN 14 nmod:poss -
’s ’s PART/POS 8 case
secretary secretary ADJ 14 amod
general general ADJ 14 amod -
, , PUNCT 11 punct
Jens Jens PROPN 14 compound
Stoltenberg Stoltenberg PROPN 7 obj -
. . PUNCT 7 punct
""")


def test_a_possessor_is_not_the_speaker_the_name_after_its_role_is(gold):
    (q,) = gold.analyze(conllu(POSSESSOR_BEFORE_NAME)).quotes
    assert (q.speaker.name, q.speaker.title) == ("Mary Barra", "company’s chief executive")
    (q,) = gold.analyze(conllu(INVERTED_POSSESSOR)).quotes
    assert (q.speaker.name, q.speaker.title, q.speaker.organization) == ("Jens Stoltenberg", "secretary general", "NATO")


# “It’s over,” his chief of staff, John Kelly, said.  /  As a lawyer in a mock trial, Mr. Christie said it.
ROLE_BEFORE_NAME = rows("""
“ “ PUNCT 4 punct -
It it PRON 4 nsubj -
’s be AUX 4 cop
over over ADV 15 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 8 punct
his his PRON/PRP$ 8 nmod:poss
chief chief NOUN 15 ccomp
of of ADP 10 case
staff staff NOUN 8 nmod -
, , PUNCT 12 punct
John John PROPN 8 appos
Kelly Kelly PROPN 12 flat -
, , PUNCT 8 punct
said say VERB/VBD 0 root -
. . PUNCT 15 punct
""")
ROLE_IN_OPENING_PHRASE = rows("""
As as ADP 3 case
a a DET 3 det
lawyer lawyer NOUN 11 obl
in in ADP 7 case
a a DET 7 det
mock mock ADJ 7 amod
trial trial NOUN 3 nmod -
, , PUNCT 3 punct
Mr. Mr. PROPN 10 compound
Christie Christie PROPN 11 nsubj
said say VERB/VBD 0 root
she she PRON 15 nsubj
was be AUX 15 cop
very very ADV 15 advmod
guilty guilty ADJ 11 ccomp -
. . PUNCT 11 punct
""")


def test_a_role_set_off_before_the_name_is_its_title_an_opening_phrase_is_not(gold):
    (q,) = gold.analyze(conllu(ROLE_BEFORE_NAME)).quotes
    assert (q.speaker.name, q.speaker.title) == ("John Kelly", "chief of staff")
    assert q.speaker.mentions[0].text == "his chief of staff, John Kelly"
    (q,) = gold.analyze(conllu(ROLE_IN_OPENING_PHRASE)).quotes
    assert (q.speaker.name, q.speaker.title) == ("Christie", None)


# He said: "This is unacceptable"; she replied: "It is necessary."  (the reply hung on "said")
REPLY_HUNG_ON_FIRST_REPORT = rows("""
He he PRON 2 nsubj
said say VERB/VBD 0 root -
: : PUNCT 7 punct
" " PUNCT 7 punct -
This this PRON 7 nsubj
is be AUX 7 cop
unacceptable unacceptable ADJ 2 ccomp -
" " PUNCT 7 punct -
; ; PUNCT 11 punct
she she PRON 11 nsubj
replied reply VERB/VBD 2 parataxis -
: : PUNCT 16 punct
" " PUNCT 16 punct -
It it PRON 16 nsubj
is be AUX 16 cop
necessary necessary ADJ 11 ccomp -
. . PUNCT 16 punct -
" " PUNCT 16 punct
""")


def test_a_second_report_hung_on_the_first_is_not_its_content(gold):
    first, second = gold.analyze(conllu(REPLY_HUNG_ON_FIRST_REPORT)).quotes
    assert (first.text, first.cue.text) == ("This is unacceptable", "said")
    assert (second.text, second.cue.text) == ("It is necessary.", "replied")


# The spokesman, Ned Price, told reporters the talks were "productive."  (the clause hung on "reporters")
TOLD_REPORTERS_NO_THAT = rows("""
The the DET 2 det
spokesman spokesman NOUN 7 nsubj -
, , PUNCT 4 punct
Ned Ned PROPN 2 appos
Price Price PROPN 4 flat -
, , PUNCT 2 punct
told tell VERB/VBD 0 root
reporters reporter NOUN 7 iobj
the the DET 10 det
talks talk NOUN 13 nsubj
were be AUX 13 cop
" " PUNCT 13 punct -
productive productive ADJ 8 acl:relcl -
. . PUNCT 13 punct -
" " PUNCT 13 punct
""")


def test_the_reported_clause_after_a_listener_opens_at_its_subject(gold):
    (q,) = gold.analyze(conllu(TOLD_REPORTERS_NO_THAT)).quotes
    assert (q.kind, q.text, q.speaker.name) == (QuoteKind.MIXED, 'the talks were "productive."', "Ned Price")


# "We are not going anywhere," said Maria Lopez, 34, a nurse at St. Mary's Hospital.
AGE_AND_POSSESSIVE_ORGANISATION = rows("""
" " PUNCT 5 punct -
We we PRON 5 nsubj
are be AUX 5 aux
not not PART 5 advmod
going go VERB/VBG 9 advcl
anywhere anywhere ADV 5 advmod -
, , PUNCT 5 punct -
" " PUNCT 9 punct
said say VERB/VBD 0 root
Maria Maria PROPN 9 nsubj
Lopez Lopez PROPN 10 flat -
, , PUNCT 13 punct
34 34 NUM 10 appos -
, , PUNCT 16 punct
a a DET 16 det
nurse nurse NOUN 10 appos
at at ADP 21 case
St. St. PROPN 19 nmod:desc
Mary Mary PROPN 21 nmod:poss -
's 's PART 19 case
Hospital Hospital PROPN 16 nmod -
. . PUNCT 9 punct
""")


def test_an_age_is_no_part_of_the_title_and_a_possessive_stays_in_the_organisation(gold):
    (q,) = gold.analyze(conllu(AGE_AND_POSSESSIVE_ORGANISATION)).quotes
    assert (q.speaker.name, q.speaker.title, q.speaker.organization) == (
        "Maria Lopez", "nurse at St. Mary's Hospital", "St. Mary's Hospital")


def _inverted_quote(*speaker_rows: str) -> list:
    """'"We are close," said SPEAKER.' -- the speaker rows number their heads from word 8 on."""
    return rows("\n".join(['" " PUNCT 4 punct -', "We we PRON 4 nsubj", "are be AUX 4 cop", "close close ADJ 7 ccomp -",
                           ", , PUNCT 4 punct -", '" " PUNCT 7 punct', "said say VERB/VBD 0 root", *speaker_rows,
                           ". . PUNCT 7 punct"]))


SECRETARY_OF_STATE = _inverted_quote("Secretary Secretary PROPN 7 obj", "of of ADP 11 case", "State State PROPN 11 compound",
                                     "John John PROPN 8 nmod", "F. F. PROPN 11 flat", "Kerry Kerry PROPN 11 flat -")
LIEUTENANT_GENERAL = _inverted_quote("Lt. Lt. PROPN 9 compound", "Gen. Gen. PROPN 7 nsubj", "Michael Michael PROPN 9 flat",
                                     "Flynn Flynn PROPN 9 flat -")
SENATOR_WITH_AFFILIATION = _inverted_quote("Sen. Sen. PROPN 7 nsubj", "Elizabeth Elizabeth PROPN 8 flat",
                                           "Warren Warren PROPN 8 flat -", ", , PUNCT 12 punct", "D- D- PROPN 10 appos -",
                                           "Mass Mass PROPN 10 appos -")
DIRECTOR_OF_CENTERS = _inverted_quote(
    "Dr. Dr. PROPN 9 nmod:desc", "Rochelle Rochelle PROPN 7 nsubj", "Walensky Walensky PROPN 9 flat -", ", , PUNCT 12 punct",
    "director director NOUN 9 appos", "of of ADP 15 case", "the the DET 15 det", "Centers Center PROPN 12 nmod",
    "for for ADP 18 case", "Disease Disease PROPN 18 compound", "Control Control PROPN 15 nmod", "and and CCONJ 20 cc",
    "Prevention Prevention PROPN 18 conj -")
GOVERNOR_OF_A_STATE = _inverted_quote("Governor Governor PROPN/NNP 7 obj", "of of ADP 12 case",
                                      "Washington Washington PROPN/NNP 12 compound", "Chris Chris PROPN/NNP 12 compound",
                                      "Gregoire Gregoire PROPN/NNP 8 nmod -")
NAME_PARTICLE = _inverted_quote("Mayor Mayor PROPN/NNP 7 obj", "Bill Bill PROPN/NNP 8 flat", "de de PROPN/NNP 8 flat",
                                "Blasio Blasio PROPN/NNP 8 flat -")
SENATOR_FROM_TEXAS = _inverted_quote("Ted Ted PROPN 7 nsubj", "Cruz Cruz PROPN 8 flat -", ", , PUNCT 12 punct",
                                     "the the DET 12 det", "senator senator NOUN 8 appos", "from from ADP 14 case",
                                     "Texas Texas PROPN 12 nmod -")


@pytest.mark.parametrize("tree, name, title, organization", [
    (SECRETARY_OF_STATE, "John F. Kerry", "Secretary of State", None),  # the office ends the title
    (LIEUTENANT_GENERAL, "Michael Flynn", "Lieutenant General", None),  # abbreviated ranks spelled out
    (SENATOR_WITH_AFFILIATION, "Elizabeth Warren", "Senator", None),  # party and state are no name
    (DIRECTOR_OF_CENTERS, "Rochelle Walensky", "director of the Centers for Disease Control and Prevention",
     "Centers for Disease Control and Prevention"),
    (SENATOR_FROM_TEXAS, "Ted Cruz", "senator from Texas", None),  # a place is no employer
    (GOVERNOR_OF_A_STATE, "Chris Gregoire", "Governor of Washington", None),  # a run after "Governor of" ends in a name
    (NAME_PARTICLE, "Bill de Blasio", "Mayor", None),  # a lower-case particle inside a name
])
def test_names_titles_and_organisations_of_news_speakers(gold, tree, name, title, organization):
    (q,) = gold.analyze(conllu(tree)).quotes
    assert (q.speaker.name, q.speaker.title, q.speaker.organization) == (name, title, organization)


@pytest.mark.parametrize("text, surname, name, title", [
    ("German Chancellor Olaf Scholz met Macron. “We agree,” Scholz said.", "Scholz", "Olaf Scholz", "German Chancellor"),
    ("Sen. Elizabeth Warren spoke first. “No,” Warren said.", "Warren", "Elizabeth Warren", "Senator"),
    # only part of the title is read ("communications director"): none rather than "director"
    ("Her communications director Jennifer Palmieri left. “Yes,” Palmieri said.", "Palmieri", "Jennifer Palmieri", None),
    # an office after "of" and a weekday are no given names
    ("Secretary of State Antony Blinken flew in. On Tuesday Blinken said so.", "Blinken", "Antony Blinken", None),
    # not across a full stop, a paragraph or a possessive, and not the object of "Chief of"
    ("It fell on Valeant. Paulson said so, and Paulson said more.", "Paulson", None, None),
    ("He studied in Ohio\n\nJoe Paulson left. Later Paulson said so.", "Paulson", "Joe Paulson", None),
    ("Democracy Corps’ Stan Greenberg polled. Greenberg said so.", "Greenberg", "Stan Greenberg", None),
    ("Chief of Staff Denis McDonough flew. McDonough said so.", "McDonough", "Denis McDonough", None),
    # organisation words belong to the title; particles to the surname
    ("European Commission President Ursula von der Leyen spoke. Then von der Leyen said so.", "von der Leyen",
     "Ursula von der Leyen", "European Commission President"),
])
def test_a_surname_speaker_takes_the_name_and_title_it_was_introduced_with(text, surname, name, title):
    found = introduced_name(text, surname, text.rindex(surname))
    if name is None:
        assert found is None
        return
    assert found is not None and (found.name, found.title) == (name, title)
    assert text[found.start:found.end].endswith(name)


def test_a_surname_two_people_share_or_nobody_introduced_stays_as_written():
    text = "Bill Clinton and Hillary Clinton arrived. “Thanks,” Clinton said."
    assert introduced_name(text, "Clinton", text.rindex("Clinton")) is None
    text = "The talks went on. “Thanks,” Clinton said."
    assert introduced_name(text, "Clinton", text.rindex("Clinton")) is None


# Charlie King, a prominent New York Democrat, spoke. “It is over,” Mr. King said.  ("king" is a title word)
KING_INTRODUCED = rows("""
Charlie Charlie PROPN/NNP 8 nsubj
King King PROPN/NNP 1 flat -
, , PUNCT 6 punct
a a DET 6 det
prominent prominent ADJ 6 amod
Democrat Democrat PROPN/NNP 1 appos -
, , PUNCT 1 punct
spoke speak VERB/VBD 0 root -
. . PUNCT 8 punct
""")
MR_KING_SAID = rows("""
“ “ PUNCT 4 punct -
It it PRON 4 nsubj
is be AUX 4 cop
over over ADV 9 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
Mr. Mr. PROPN/NNP 8 nmod:desc
King King PROPN/NNP 9 nsubj
said say VERB/VBD 0 root -
. . PUNCT 9 punct
""")


def test_a_title_word_can_be_a_surname(gold):
    analysis = gold.analyze(conllu(KING_INTRODUCED, MR_KING_SAID, paragraphs=(0,)))
    (q,) = analysis.quotes
    assert (q.speaker.name, q.speaker.title) == ("Charlie King", None)


# Cornyn's statement said: "We will fight."  (the tokenizer kept "Cornyn's" as one word)
POSSESSIVE_IN_ONE_TOKEN = rows("""
Cornyn's Cornyn PROPN/NNP 2 nmod:poss
statement statement NOUN 3 nsubj
said say VERB/VBD 0 root -
: : PUNCT 8 punct
“ “ PUNCT 8 punct -
We we PRON 8 nsubj
will will AUX 8 aux
fight fight VERB 3 ccomp -
. . PUNCT 8 punct -
” ” PUNCT 8 punct
""")


def test_a_possessive_glued_to_a_name_is_no_part_of_it(gold):
    (q,) = gold.analyze(conllu(POSSESSIVE_IN_ONE_TOKEN)).quotes
    assert q.speaker.name == "Cornyn"


# Police said officers arrived at 9 p.m.  (the clause's subject hung on "said" as its object)
SUBJECT_AS_OBJECT_OF_SAID = rows("""
Police police PROPN 2 nsubj
said say VERB/VBD 0 root
officers officer NOUN 2 obj
arrived arrive VERB/VBN 2 ccomp
at at ADP 6 case
9 9 NUM 4 obl
p.m. p.m. NOUN 6 nmod -
. . PUNCT 2 punct
""")


def test_a_reported_clauses_subject_hung_on_the_speech_verb_opens_the_content(gold):
    (q,) = gold.analyze(conllu(SUBJECT_AS_OBJECT_OF_SAID)).quotes
    assert (q.kind, q.text) == (QuoteKind.INDIRECT, "officers arrived at 9 p.m.")


# The mayor's office said the curfew would end.
ORGANISATION_BY_TITLE_WORD = rows("""
The the DET 2 det
mayor mayor NOUN 4 nmod:poss -
's 's PART 2 case
office office NOUN 5 nsubj
said say VERB/VBD 0 root
the the DET 7 det
curfew curfew NOUN 9 nsubj
would would AUX 9 aux
end end VERB 5 ccomp -
. . PUNCT 5 punct
""")


def test_an_organisation_named_by_a_title_word_holds_no_title(gold):
    (q,) = gold.analyze(conllu(ORGANISATION_BY_TITLE_WORD)).quotes
    assert (q.speaker.name, q.speaker.title, q.speaker.kind.value) == ("mayor's office", None, "organization")


# One ad, which is airing, argues that “only Cruz can win.”  (the tagger read "argues" as a plural noun)
NOUN_TAGGED_VERB_AFTER_ASIDE = rows("""
One one NUM 2 nummod
ad ad NOUN 0 root -
, , PUNCT 6 punct
which which PRON 6 nsubj
is be AUX 6 aux
airing air VERB/VBG 2 acl:relcl -
, , PUNCT 8 punct
argues argue NOUN/NNS 2 appos
that that PRON 14 obj
“ “ PUNCT 14 punct -
only only ADV 12 advmod
Cruz Cruz PROPN 14 nsubj
can can AUX 14 aux
win win VERB 2 acl:relcl -
. . PUNCT 14 punct -
” ” PUNCT 14 punct
""")


def test_a_speech_verb_tagged_as_a_noun_after_a_relative_aside_reports_for_the_noun_before_it(gold):
    (q,) = gold.analyze(conllu(NOUN_TAGGED_VERB_AFTER_ASIDE)).quotes
    assert (q.cue.text, q.speaker is not None and q.mention.text) == ("argues", "One ad")


# Maher said the report was weak.  Adding, “It is never that bad.”
MAHER_SAID = rows("""
Maher Maher PROPN 2 nsubj
said say VERB/VBD 0 root
the the DET 4 det
report report NOUN 6 nsubj
was be AUX 6 cop
weak weak ADJ 2 ccomp -
. . PUNCT 2 punct
""")
ADDING_ALONE = rows("""
Adding add VERB/VBG 0 root -
, , PUNCT 8 punct
“ “ PUNCT 8 punct -
It it PRON 8 nsubj
is be AUX 8 cop
never never ADV 8 advmod
that that ADV 8 advmod
bad bad ADJ 1 ccomp -
. . PUNCT 8 punct -
” ” PUNCT 8 punct
""")


def test_a_sentence_opened_by_a_speech_participle_goes_on_with_the_speaker_before(gold):
    quotes = gold.analyze(conllu(MAHER_SAID, ADDING_ALONE, paragraphs=(0,))).quotes
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert [(q.text, q.cue.text, q.speaker and q.speaker.name) for q in direct] == [
        ("It is never that bad.", "Adding", "Maher")]
    quotes = gold.analyze(conllu(MAHER_SAID, ADDING_ALONE, paragraphs=(0, 1))).quotes
    assert [q.speaker for q in quotes if q.kind is QuoteKind.DIRECT] == [None]  # not across a paragraph


# Article 33 affirms: “No state shall expel a refugee.”  (the tagger read "affirms" as a plural noun)
NUMBERED_DOCUMENT_AFFIRMS = rows("""
Article article NOUN 0 root
33 33 NUM 3 nummod
affirms affirm NOUN/NNS 1 appos -
: : PUNCT 9 punct
“ “ PUNCT 9 punct -
No no DET 7 det
state state NOUN 9 nsubj
shall shall AUX 9 aux
expel expel VERB 1 parataxis
a a DET 11 det
refugee refugee NOUN 9 obj -
. . PUNCT 9 punct -
” ” PUNCT 9 punct
""")


def test_a_numbered_document_speaks_through_a_verb_tagged_as_a_noun(gold):
    (q,) = gold.analyze(conllu(NUMBERED_DOCUMENT_AFFIRMS)).quotes
    assert (q.text, q.cue.text, q.mention.text) == ("No state shall expel a refugee.", "affirms", "Article 33")


# “There will be no compromise,” Israel’s Prime Minister Benjamin Netanyahu said.
# (the parse hung the name on the quoted noun and "Minister" on the name, and gave "said" no subject)
TITLE_BEFORE_NAME_AFTER_QUOTE = rows("""
“ “ PUNCT 4 punct -
There there PRON 4 expl
will will AUX 4 aux
be be AUX 15 ccomp
no no DET 6 det
compromise compromise NOUN 4 nsubj -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
Israel Israel PROPN/NNP 13 nmod:poss -
’s ’s PART 9 case
Prime Prime ADJ/NNP 12 amod
Minister Minister PROPN/NNP 13 nmod:desc
Benjamin Benjamin PROPN/NNP 6 appos
Netanyahu Netanyahu PROPN/NNP 13 flat
said say VERB/VBD 0 root -
. . PUNCT 15 punct
""")


def test_the_name_after_a_title_speaks_not_the_title(gold):
    (q,) = gold.analyze(conllu(TITLE_BEFORE_NAME_AFTER_QUOTE)).quotes
    assert (q.speaker.name, q.speaker.title) == ("Benjamin Netanyahu", "Israel’s Prime Minister")


# von der Leyen said: “We must prepare.”
PARTICLE_OPENS_THE_NAME = rows("""
von von PROPN/NNP 3 compound
der der PROPN/NNP 3 compound
Leyen Leyen PROPN/NNP 4 nsubj
said say VERB/VBD 0 root -
: : PUNCT 9 punct
“ “ PUNCT 9 punct -
We we PRON 9 nsubj
must must AUX 9 aux
prepare prepare VERB 4 ccomp -
. . PUNCT 9 punct -
” ” PUNCT 9 punct
""")


def test_a_name_particle_may_open_the_speakers_phrase(gold):
    (q,) = gold.analyze(conllu(PARTICLE_OPENS_THE_NAME)).quotes
    assert q.speaker.name == "von der Leyen"


# “We are ready,” Mr. Smith said, -- the opening of the two trees below
_READY_MR_SMITH_SAID = """
“ “ PUNCT 4 punct -
We we PRON 4 nsubj
are be AUX 4 cop
ready ready ADJ 0 root -
, , PUNCT 4 punct -
” ” PUNCT 9 punct
Mr. Mr. PROPN 8 nmod:desc
Smith Smith PROPN 9 nsubj
said say VERB/VBD 4 parataxis -
, , PUNCT 11 punct
"""

# “We are ready,” Mr. Smith said, adding, “Nobody will be left behind.” -- EWT draws a title or
# honorific before a name as nmod:desc; the parse hung "adding" on "said" as a complement
HONORIFIC_DESC = rows(_READY_MR_SMITH_SAID + """adding add VERB/VBG 9 ccomp -
, , PUNCT 17 punct
“ “ PUNCT 17 punct -
Nobody nobody PRON 17 nsubj:pass
will will AUX 17 aux
be be AUX 17 aux:pass
left leave VERB/VBN 9 ccomp
behind behind ADP 17 obl -
. . PUNCT 17 punct -
” ” PUNCT 17 punct
""")


def test_an_honorific_drawn_as_a_description_leads_to_the_name_it_titles(gold):
    text = "“We are ready,” Mr. Smith said, adding, “Nobody will be left behind.”"
    quotes = gold.analyze(conllu(HONORIFIC_DESC)).quotes
    assert [q.text for q in quotes] == ["We are ready,", "Nobody will be left behind."]
    for q in quotes:
        assert q.mention is not None and q.mention.text == "Mr. Smith"
        assert text[q.mention.start:q.mention.end] == "Mr. Smith"
        assert q.speaker is not None and q.speaker.name == "Smith"


# “We are ready,” Mr. Smith said, adding of the union, “They will be left behind.” -- the parse
# hung the second quote on "said", past the participle that introduces it
ADDING_OF = rows(_READY_MR_SMITH_SAID + """adding add VERB/VBG 9 advcl
of of ADP 14 case
the the DET 14 det
union union NOUN 11 obl -
, , PUNCT 20 punct
“ “ PUNCT 20 punct -
They they PRON 20 nsubj:pass
will will AUX 20 aux
be be AUX 20 aux:pass
left leave VERB/VBN 9 ccomp
behind behind ADP 20 obl -
. . PUNCT 20 punct -
” ” PUNCT 20 punct
""")


@pytest.mark.parametrize("participle, relation", [("adding", "advcl"), ("adding", "xcomp"), ("noting", "advcl")])
def test_a_complement_hung_past_a_speech_participle_is_what_the_participle_reports(gold, participle, relation):
    lemma = {"adding": "add", "noting": "note"}[participle]
    tree = [(participle, lemma, r[2], r[3], relation, *r[5:]) if r[0] == "adding" else r for r in ADDING_OF]
    quotes = gold.analyze(conllu(tree)).quotes
    assert [(q.text, q.kind, q.cue and q.cue.text) for q in quotes] == [
        ("We are ready,", QuoteKind.DIRECT, "said"), ("They will be left behind.", QuoteKind.DIRECT, participle)]
    assert all(q.speaker is not None and q.speaker.name == "Smith" for q in quotes)


def test_a_participle_with_an_object_of_its_own_lends_nothing(gold):
    # "said, praising the union, “…”": the quote stays with "said" (the participle reports its object)
    tree = [("praising", "praise", "VERB/VBG", 9, "advcl") if r[0] == "adding" else
            ("the", "the", "DET", 14, "det") if r[0] == "of" else
            ("union", "union", "NOUN", 11, "obj", *r[5:]) if r[0] == "union" else r
            for r in ADDING_OF if r[0] != "the"]
    tree = [(r[0], r[1], r[2], r[3] - (1 if r[3] > 13 else 0), r[4], *r[5:]) for r in tree]
    quotes = [q for q in gold.analyze(conllu(tree)).quotes if q.kind is QuoteKind.DIRECT]
    assert [(q.text, q.cue and q.cue.text) for q in quotes] == [("We are ready,", "said"), ("They will be left behind.", "said")]


# “We welcome all,” -- the opening of the two trees below
_WE_WELCOME_ALL = """
“ “ PUNCT 3 punct -
We we PRON 3 nsubj
welcome welcome VERB 0 root
all all DET 3 obj -
, , PUNCT 3 punct -
” ” PUNCT 9 punct
"""

# “We welcome all,” the website explains. -- "explains" tagged as a plural noun
WEBSITE_EXPLAINS = rows(_WE_WELCOME_ALL + """the the DET 8 det
website website NOUN 9 compound
explains explain NOUN/NNS 4 appos -
. . PUNCT 3 punct
""")

# “We welcome all,” the Saudis state in the paper. -- a plural subject's bare form, as a noun
SAUDIS_STATE = rows(_WE_WELCOME_ALL + """the the DET 9 det
Saudis Saudi PROPN/NNPS 9 compound
state state NOUN/NN 4 appos
in in ADP 12 case
the the DET 12 det
paper paper NOUN 9 nmod -
. . PUNCT 3 punct
""")


@pytest.mark.parametrize("tree, cue, head", [(WEBSITE_EXPLAINS, "explains", "website"), (SAUDIS_STATE, "state", "Saudis")])
def test_a_noun_tagged_speech_verb_after_a_quote_and_its_subject_is_the_cue(gold, tree, cue, head):
    (q,) = gold.analyze(conllu(tree)).quotes
    assert q.text == "We welcome all," and q.cue is not None and q.cue.text == cue
    assert q.mention is not None and head in q.mention.text


def test_a_noun_before_another_noun_after_a_quote_is_no_cue(gold):
    # “It is over,” Clinton press secretary Brian Fallon said.
    tree = rows("""
“ “ PUNCT 4 punct -
It it PRON 4 nsubj
is be AUX 4 cop
over over ADV 12 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 9 punct
Clinton Clinton PROPN 8 compound
press press NOUN/NN 9 compound
secretary secretary NOUN 12 ccomp
Brian Brian PROPN 9 appos
Fallon Fallon PROPN 10 flat
said say VERB/VBD 0 root -
. . PUNCT 12 punct
""")
    (q,) = gold.analyze(conllu(tree)).quotes
    assert q.cue is not None and q.cue.text == "said"


# Gerry O'Brien, a GOP consultant, notes that scoring 20% of the vote is enough. -- "notes" as a
# noun in apposition to the name
APPOSITIVE_NOTES = rows("""
Gerry Gerry PROPN 17 nsubj
O'Brien O'Brien PROPN 1 flat -
, , PUNCT 6 punct
a a DET 6 det
GOP GOP ADJ 6 amod
consultant consultant NOUN 1 appos -
, , PUNCT 8 punct
notes note NOUN/NNS 1 appos
that that PRON/WDT 10 nsubj
scoring scoring VERB/VBG 8 acl:relcl
20 20 NUM 12 nummod -
% % SYM 10 obj
of of ADP 15 case
the the DET 15 det
vote vote NOUN 12 nmod
is be AUX 17 cop
enough enough ADV 0 root -
. . PUNCT 17 punct
""")


def test_a_noun_tagged_speech_verb_after_a_name_and_its_apposition_is_the_cue(gold):
    quotes = gold.analyze(conllu(APPOSITIVE_NOTES)).quotes
    assert [(q.cue and q.cue.text, q.speaker and q.speaker.name, q.speaker and q.speaker.title) for q in quotes] == [
        ("notes", "Gerry O'Brien", "GOP consultant")]
    assert quotes[0].text == "scoring 20% of the vote is enough"


def test_a_noun_after_a_comma_in_a_list_is_no_cue(gold):
    # The PAC plans to target voters via mail, phone calls and digital ads.
    tree = rows("""
The the DET 2 det
PAC PAC PROPN 3 nsubj
plans plan VERB/VBZ 0 root
to to PART 5 mark
target target VERB 3 xcomp
voters voter NOUN/NNS 5 obj
via via ADP 8 case
mail mail NOUN 6 nmod -
, , PUNCT 11 punct
phone phone NOUN 11 compound
calls call NOUN/NNS 8 conj
and and CCONJ 14 cc
digital digital ADJ 14 amod
ads ad NOUN/NNS 8 conj -
. . PUNCT 3 punct
""")
    assert all(q.cue is None or q.cue.text != "calls" for q in gold.analyze(conllu(tree)).quotes)


# But when it comes to Carrier, ''we've all worked our butts off,'' he said.
CONNECTIVE_FRONTED = rows("""
But but CCONJ 19 cc
when when ADV 4 advmod
it it PRON 4 nsubj
comes come VERB/VBZ 19 advcl
to to ADP 6 case
Carrier Carrier PROPN 4 obl -
, , PUNCT 4 punct
'' '' PUNCT 12 punct -
we we PRON 12 nsubj -
've have AUX 12 aux
all all DET 12 advmod
worked work VERB/VBN 19 ccomp
our our PRON/PRP$ 14 nmod:poss
butts butt NOUN/NNS 12 obj
off off ADP 12 compound:prt -
, , PUNCT 12 punct -
'' '' PUNCT 19 punct
he he PRON 19 nsubj
said say VERB/VBD 0 root -
. . PUNCT 19 punct
""")


def test_framing_opened_by_a_connective_is_part_of_the_claim_but_the_connective_alone_is_not(gold):
    (q,) = gold.analyze(conllu(CONNECTIVE_FRONTED)).quotes
    assert q.kind is QuoteKind.MIXED and q.text == "But when it comes to Carrier, ''we've all worked our butts off,''"
    # "But," alone before the quote stays the writer's
    short = [r for r in CONNECTIVE_FRONTED if r[0] not in ("when", "it", "comes", "to", "Carrier")]
    short = [(r[0], r[1], r[2], {19: 14, 12: 7, 14: 9, 4: 7}.get(r[3], r[3]), r[4], *r[5:]) for r in short]
    (q,) = gold.analyze(conllu(short)).quotes
    assert q.kind is QuoteKind.DIRECT and q.text == "we've all worked our butts off,"


# Ms. Capito said in an interview that in her state, “there is a huge degree of pessimism.” -- the
# parse hung the quote on "said" and the "that" clause on "interview"
THAT_THEN_COMMA = rows("""
Ms. Ms. PROPN 2 nmod:desc
Capito Capito PROPN 3 nsubj
said say VERB/VBD 0 root
in in ADP 6 case
an a DET 6 det
interview interview NOUN 3 obl
that that SCONJ 10 mark
in in ADP 10 case
her she PRON/PRP$ 10 nmod:poss
state state NOUN 6 acl -
, , PUNCT 14 punct
“ “ PUNCT 14 punct -
there there PRON/EX 14 expl
is be VERB/VBZ 3 ccomp
a a DET 17 det
huge huge ADJ 17 amod
degree degree NOUN 14 nsubj
of of ADP 19 case
pessimism pessimism NOUN 17 nmod -
. . PUNCT 14 punct -
” ” PUNCT 14 punct
""")


def test_a_lower_case_quote_carried_from_its_cue_starts_after_that_and_keeps_the_words_past_its_comma(gold):
    (q,) = gold.analyze(conllu(THAT_THEN_COMMA)).quotes
    assert q.kind is QuoteKind.MIXED and q.cue is not None and q.cue.text == "said"
    assert q.text == "in her state, “there is a huge degree of pessimism.”"


# “It is over,” said Senate Majority Leader Mitch McConnell, R-Ky. -- the name parsed as the object,
# the party and state as its apposition (the speaker rules take the tag as the head)
PARTY_TAG_SUBJECT = rows("""
“ “ PUNCT 4 punct -
It it PRON 4 nsubj
is be AUX 4 cop
over over ADV 7 advmod -
, , PUNCT 4 punct -
” ” PUNCT 7 punct
said say VERB/VBD 0 root
Senate Senate PROPN/NNP 9 compound
Majority Majority PROPN/NNP 10 compound
Leader Leader PROPN/NNP 11 compound
Mitch Mitch PROPN/NNP 7 obj
McConnell McConnell PROPN/NNP 11 flat -
, , PUNCT 14 punct
R-Ky R-Ky PROPN/NNP 12 appos -
. . PUNCT 7 punct
""")


def test_a_party_and_state_read_as_the_subject_leave_the_name_title_and_kind(gold):
    (q,) = gold.analyze(conllu(PARTY_TAG_SUBJECT)).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.title, q.speaker.kind) == ("Mitch McConnell", "Senate Majority Leader", SpeakerKind.PERSON)
    assert q.mention is not None and q.mention.text == "Senate Majority Leader Mitch McConnell"


# Rep. Elijah Cummings (D-Md.) said it was over. -- the surname tagged a plural common noun
SURNAME_AS_NOUN = rows("""
Rep. Rep. PROPN 3 compound
Elijah Elijah PROPN 3 compound
Cummings cumming NOUN/NNS 9 nsubj
( ( PUNCT 5 punct -
D D PROPN 3 appos -
- - PUNCT 5 punct -
Md. Md. PROPN 5 flat -
) ) PUNCT 5 punct
said say VERB/VBD 0 root
it it PRON 12 nsubj
was be AUX 12 cop
over over ADV 9 ccomp -
. . PUNCT 9 punct
""")


def test_a_capitalised_noun_after_a_given_name_goes_on_the_name_and_the_party_tag_is_none(gold):
    (q,) = gold.analyze(conllu(SURNAME_AS_NOUN)).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.title) == ("Elijah Cummings", "Representative")


def _said_by(*speaker_rows: str) -> list:
    """“We are ready,” said <speaker> -- the speaker's rows numbered from 8, headed on "said" (7)."""
    return rows("""
“ “ PUNCT 4 punct -
We we PRON 4 nsubj
are be AUX 4 cop
ready ready ADJ 7 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
said say VERB/VBD 0 root
""" + "\n".join(speaker_rows) + "\n. . PUNCT 7 punct")


@pytest.mark.parametrize("speaker_rows, name, title", [
    # the given name tagged an adjective opens the name that follows
    (("Benjamin Benjamin ADJ/JJ 10 amod", "J. J. PROPN/NNP 10 compound", "Rhodes Rhodes PROPN/NNPS 7 nsubj -"),
     "Benjamin J. Rhodes", None),
    # ... but a capitalised adjective before an honorific stays out of the name
    (("Democratic Democratic ADJ/JJ 11 amod", "Sen. Sen. PROPN/NNP 10 compound", "Claire Claire PROPN/NNP 11 compound",
      "McCaskill McCaskill PROPN/NNP 7 nsubj -"), "Claire McCaskill", "Democratic Sen."),
])
def test_a_capitalised_adjective_opens_a_name_only_before_a_name_word(gold, speaker_rows, name, title):
    (q,) = gold.analyze(conllu(_said_by(*speaker_rows))).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.title) == (name, title)


@pytest.mark.parametrize("speaker_rows, name, kind", [
    (("the the DET 10 det", "Daily daily ADJ/JJ 10 amod", "Caller Caller PROPN/NNP 7 nsubj -"),
     "Daily Caller", SpeakerKind.ORGANIZATION),                        # a name after "the" is no person
    (("all all DET 10 det", "Central Central ADJ/JJ 10 amod", "Americans American PROPN/NNPS 7 nsubj -"),
     "Central Americans", SpeakerKind.UNKNOWN),                         # a plural after a determiner: a group
    (("the the DET 11 det", "Rev. Rev. PROPN/NNP 11 compound", "Peter Peter PROPN/NNP 11 compound",
      "Wherry Wherry PROPN/NNP 7 nsubj -"), "Peter Wherry", SpeakerKind.PERSON),   # "the" before an honorific
])
def test_a_name_after_a_determiner_names_an_organisation_or_a_group(gold, speaker_rows, name, kind):
    (q,) = gold.analyze(conllu(_said_by(*speaker_rows))).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize("noun, xpos, kind", [
    ("teacher", "NN", SpeakerKind.PERSON),      # data/person_nouns.txt
    ("source", "NN", SpeakerKind.PERSON),
    ("teachers", "NNS", SpeakerKind.UNKNOWN),   # several people: a group, which "they" may take up
    ("crowd", "NN", SpeakerKind.UNKNOWN),       # no person
])
def test_a_common_noun_naming_a_person_makes_a_person(gold, noun, xpos, kind):
    (q,) = gold.analyze(conllu(_said_by("a a DET 9 det", f"{noun} {noun} NOUN/{xpos} 7 nsubj -"))).quotes
    assert q.speaker is not None and q.speaker.kind is kind


@pytest.mark.parametrize("speaker_rows, name, title", [
    # both names tagged common nouns, after a title word
    (("Trump Trump PROPN/NNP 12 compound", "campaign campaign NOUN/NN 12 compound",
      "spokeswoman spokeswoman NOUN/NN 12 compound", "Hope hope NOUN/NN 12 compound", "Hicks hick NOUN/NNS 7 nsubj -"),
     "Hope Hicks", "Trump campaign spokeswoman"),
])
def test_capitalised_nouns_after_a_title_word_are_a_name(gold, speaker_rows, name, title):
    (q,) = gold.analyze(conllu(_said_by(*speaker_rows))).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.title) == (name, title)


def test_a_sentence_opening_given_name_tagged_an_adjective_goes_on_the_name_before_an_initial(gold):
    # Andrew J. Tabler said the talks failed.
    tree = rows("""
Andrew Andrew ADJ/JJ 3 amod
J. J. PROPN/NNP 3 compound
Tabler Tabler PROPN/NNP 4 nsubj
said say VERB/VBD 0 root
the the DET 6 det
talks talk NOUN/NNS 7 nsubj
failed fail VERB/VBD 4 ccomp -
. . PUNCT 4 punct
""")
    (q,) = gold.analyze(conllu(tree)).quotes
    assert q.speaker is not None and q.speaker.name == "Andrew J. Tabler"


def test_a_given_name_read_as_a_modal_joins_the_surname_after_it(gold):
    # “It is costly,” said Will Doyle, a professor. -- "Will" tagged an auxiliary of "said"
    tree = rows("""
“ “ PUNCT 4 punct -
It it PRON 4 nsubj
is be AUX 4 cop
costly costly ADJ 7 ccomp -
, , PUNCT 4 punct -
” ” PUNCT 4 punct
said say VERB/VBD 0 root
Will will AUX/MD 7 aux
Doyle Doyle PROPN/NNP 7 nsubj -
, , PUNCT 12 punct
a a DET 12 det
professor professor NOUN 9 appos -
. . PUNCT 7 punct
""")
    (q,) = gold.analyze(conllu(tree)).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.title) == ("Will Doyle", "professor")


# WASHINGTON, June 10 (UPI) — Presumptive Democratic presidential nominee Hillary Clinton told a
# crowd that she will protect rights. -- the dateline as the subject, title and name its appositions
DATELINE_TITLE_NAME = rows("""
WASHINGTON Washington PROPN/NNP 15 nsubj -
, , PUNCT 4 punct
June June PROPN/NNP 4 nmod:unmarked
10 10 NUM 1 appos
( ( PUNCT 6 punct -
UPI UPI PROPN/NNP 1 appos -
) ) PUNCT 6 punct
— — PUNCT 6 punct
Presumptive presumptive ADJ/JJ 12 amod
Democratic Democratic ADJ/JJ 12 amod
presidential presidential ADJ/JJ 12 amod
nominee nominee NOUN/NN 1 appos
Hillary Hillary PROPN/NNP 1 appos
Clinton Clinton PROPN/NNP 13 flat
told tell VERB/VBD 0 root
a a DET 17 det
crowd crowd NOUN 15 obj
that that SCONJ 21 mark
she she PRON 21 nsubj
will will AUX/MD 21 aux
protect protect VERB 15 ccomp
rights right NOUN/NNS 21 obj -
. . PUNCT 15 punct
""")


@pytest.mark.parametrize("day", [False, True])
def test_name_words_between_a_title_and_its_cue_join_the_speaker_but_no_day(gold, day):
    tree = DATELINE_TITLE_NAME
    if day:  # "… nominee Monday told …": a day is no name
        tree = [("Monday", "Monday", "PROPN/NNP", 1, "appos") if r[0] == "Hillary" else r
                for r in DATELINE_TITLE_NAME if r[0] != "Clinton"]
        tree = [(r[0], r[1], r[2], r[3] - 1 if r[3] > 13 else r[3], r[4], *r[5:]) for r in tree]
    (q,) = gold.analyze(conllu(tree)).quotes
    assert q.speaker is not None and q.speaker.title == "Presumptive Democratic presidential nominee"
    assert q.speaker.name == (None if day else "Hillary Clinton")
