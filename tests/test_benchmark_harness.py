"""The PolNeAR harness's reading choices (benchmarks/polnear_data.py), on made-up spans."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from polnear_data import GoldAttribution, holds_quotation  # noqa: E402


def test_a_content_with_a_pair_of_double_marks_is_a_quotation():
    text = 'He said "we will win" today.'
    assert GoldAttribution(content=[(8, 21)]).is_quotation(text)
    assert not GoldAttribution(content=[(9, 20)]).is_quotation(text.replace('"', "'"))


def test_a_span_starting_inside_a_two_apostrophe_mark_still_counts():
    text = "Obama said, ''Perhaps they can help,'' at the museum."
    start = text.index("'Perhaps")  # one character into the opening ''
    end = text.index(" at the")
    assert GoldAttribution(content=[(start, end)]).is_quotation(text)


def test_discontinuous_fragments_are_read_together():
    text = '"We will win," she said, "and soon."'
    first, second = (0, 14), (25, len(text))
    assert GoldAttribution(content=[first, second]).is_quotation(text)
    assert GoldAttribution(content=[(1, 13)]).is_quotation(text)  # marks right beside the span
    assert not GoldAttribution(content=[(1, 12)]).is_quotation(text)  # "," stands between span and mark


def test_marks_one_space_away_still_close_the_quotation():
    text = """"I've been insulted with the term 'outreach,' " he said."""
    start, end = 1, text.index("outreach,'") + len("outreach,")
    assert holds_quotation(text, [(start, end)])
    assert not holds_quotation(text.replace('"', ""), [(0, end - 1)])


def test_predicted_units_without_double_marks_are_no_quotation_for_metric_a():
    transcript = "WALLACE: Let's start with breaking news on the debate story."
    assert not holds_quotation(transcript, [(9, len(transcript))])
    headline = "Obama on Climate Change: The Trends Are 'Terrifying.'"
    start = headline.index("Terrifying")
    assert not holds_quotation(headline, [(start, start + len("Terrifying."))])


def test_gum_entity_brackets_give_nested_and_single_word_mentions():
    from gum_speakers import GoldMention, entity_at, gold_mentions

    conllu = "\n".join([
        "# sent_id = doc-1",
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(7-person-new-coref",
        "2\tminister\tminister\tNOUN\tNN\t_\t5\tnsubj\t_\tEntity=7)",
        "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_",
        "4\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(8-place-new-coref)",
        "5\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_",
        "",
        "# sent_id = doc-2",
        "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(7-person-giv-coref)",
        "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_",
    ])
    mentions = gold_mentions(conllu)
    assert set(mentions) == {GoldMention(0, 1, 2, "7", "person"), GoldMention(0, 4, 4, "8", "place"),
                             GoldMention(1, 1, 1, "7", "person")}
    assert entity_at(mentions, [(0, 4)]) == "8"   # the smallest mention covering the word
    assert entity_at(mentions, [(1, 1)]) == "7" and entity_at(mentions, [(0, 5)]) is None


def test_a_gold_persons_full_name_is_the_proper_noun_run_its_mentions_end_with():
    from types import SimpleNamespace

    from gum_speakers import GoldMention, full_names

    def sentence(*pairs: tuple[str, str]) -> SimpleNamespace:
        return SimpleNamespace(words=[SimpleNamespace(text=t, upos=u) for t, u in pairs])

    sentences = [sentence(("Jeff", "PROPN"), ("Rathke", "PROPN"), (",", "PUNCT"), ("the", "DET"),
                          ("State", "PROPN"), ("Department", "PROPN"), ("spokesman", "NOUN")),
                 sentence(("Rathke", "PROPN"), ("said", "VERB"))]
    mentions = [GoldMention(0, 1, 7, "1", "person"), GoldMention(1, 1, 1, "1", "person"),
                GoldMention(0, 5, 6, "2", "organization")]
    assert full_names(mentions, sentences) == {"1": "Jeff Rathke"}


def test_exact_spans_ignore_marks_edge_punctuation_and_a_leading_complementizer():
    from polnear import _norm

    assert _norm("that the plan “will fail.”") == _norm("the plan “will fail”") == "the plan will fail"
    assert _norm("whether he would run") == "he would run"
    assert _norm("that") == "that"  # a lone word is content, not a complementizer
    assert _norm("the plan will fail") != _norm("the plan will fail soon")
