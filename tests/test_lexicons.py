"""The lexicon data files are well formed: rules as data stay checkable."""

from __future__ import annotations

from collections import Counter

import pytest

from quoteattr import lexicon
from quoteattr.cues import has_role, reporting_verbs

FAMILIES = {"say", "ask", "write", "think", "attitude"}
ROLES = {"statement-object", "naming", "any-tag", "prepositional", "no-infinitive", "needs-as", "object-content", "unnamed-passive",
         "recipient", "needs-clause"}


def test_reporting_verbs_rows_have_five_known_columns():
    rows = lexicon.table("reporting_verbs.tsv")
    assert rows
    for row in rows:
        assert len(row) == 5, row
        lemma, particle, irregular, family, roles = row
        assert lemma and lemma == lemma.lower(), row
        assert family in FAMILIES, row
        assert roles == "-" or set(roles.split(",")) <= ROLES, row


def test_reporting_verbs_are_listed_once():
    counts = Counter((row[0], row[1]) for row in lexicon.table("reporting_verbs.tsv"))
    assert [key for key, n in counts.items() if n > 1] == []


def test_prepositional_rows_name_their_preposition_and_leave_the_plain_row_in_place():
    rows = lexicon.table("reporting_verbs.tsv")
    for lemma, particle, _, _, roles in rows:
        if "prepositional" in roles.split(","):
            assert particle in {"for", "of", "about", "against", "on", "to", "at"}, (lemma, particle)
    assert reporting_verbs()["call"].particle is None  # the plain row keeps the lemma
    assert reporting_verbs()["warn"].particle is None
    assert has_role("call for", "prepositional") and not has_role("call for", "naming")


@pytest.mark.parametrize(("lemma", "role"), [("call", "naming"), ("state", "statement-object"), ("say", "any-tag"), ("blast", "object-content")])
def test_roles_come_from_the_data_file(lemma, role):
    assert has_role(lemma, role)
    assert not has_role("whisper", role)


def test_irregular_forms_are_known():
    assert {"said", "says", "saying"} <= reporting_verbs()["say"].forms
    assert "told" in reporting_verbs()["tell"].forms
    assert "shot" in reporting_verbs()["shoot"].forms and reporting_verbs()["shoot"].particle == "back"


@pytest.mark.parametrize("name", ["time_nouns.txt", "time_prepositions.txt", "title_introducers.txt", "cue_nouns.txt", "organization_words.txt",
                                  "name_abbreviations.txt", "speaking_groups.txt", "sentence_openers.txt",
                                  "reported_pro_forms.txt", "title_objects.txt"])
def test_word_lists_have_no_duplicates(name):
    text = (lexicon.resources.files("quoteattr.data") / name).read_text(encoding="utf-8")
    entries = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert entries and len(entries) == len(set(e.lower() for e in entries))


def test_speaking_groups_are_plural_common_nouns_of_people():
    groups = lexicon.words("speaking_groups.txt")
    assert {"officials", "voters", "people"} <= groups
    assert all(g.isalpha() and g.islower() for g in groups)
    # the speakers PolNeAR's plural sources also name that are documents, not people
    assert not groups & {"polls", "records", "reports", "results", "emails", "filings", "surveys"}


def test_name_abbreviations_end_in_a_period_and_exclude_sentence_enders():
    abbreviations = lexicon.words("name_abbreviations.txt")
    assert all(a.endswith(".") for a in abbreviations)
    assert not abbreviations & {"jr.", "sr.", "st.", "co.", "inc."}


def test_parsed_quotation_mark_tokens_are_exactly_the_span_engines_marks():
    from quoteattr.marks import QUOTE_CHARS
    from quoteattr.parsing import Word, is_quote_mark

    marks = [row[0] for row in lexicon.table("quote_marks.tsv")]
    assert set("".join(marks)) == QUOTE_CHARS

    def token(text: str) -> Word:
        return Word(1, text, text, "PUNCT", "", "", 0, "punct", 0, len(text))

    assert all(is_quote_mark(token(m)) for m in marks)  # "‟", "＂" and "‛" included
    assert not is_quote_mark(token("-")) and not is_quote_mark(token("'s"))


def test_method_confidence_rows_are_measured_shares_of_known_kinds():
    rows = lexicon.table("method_confidence.tsv")
    assert rows
    for method, kind, confidence, quotes in rows:
        assert kind in {"direct", "mixed", "indirect"}, method
        assert 0.0 <= float(confidence) <= 1.0 and int(quotes) >= 10, method
    assert len({(m, k) for m, k, _, _ in rows}) == len(rows)


def test_interview_labels_are_single_capitals_with_a_role():
    rows = lexicon.table("interview_labels.tsv")
    assert {label for label, _ in rows} == {"Q", "A"}
    assert all(role and role == role.lower() for _, role in rows)


def test_honorifics_state_a_gender_and_the_role_an_abbreviated_title_stands_for():
    rows = lexicon.table("honorifics.tsv")
    assert all(len(row) == 3 and row[1] in ("m", "f", "-") for row in rows), rows
    roles = {row[0]: row[2] for row in rows}
    assert (roles["sen."], roles["lt."], roles["mr."]) == ("Senator", "Lieutenant", "-")
    assert all(role == "-" or role[:1].isupper() for role in roles.values())


def test_title_objects_are_lower_case_offices_without_an_article():
    objects = lexicon.words("title_objects.txt")
    assert "state" in objects and "foreign affairs" in objects
    assert not any(o.startswith("the ") or o != o.lower() for o in objects)
