"""The embedded models: offline loading, clear errors, and hand-checked heads."""

from __future__ import annotations

import os
import shutil
import socket

import pytest

from quoteattr import Extractor, ModelError
from quoteattr.parsing import EMBEDDED_DIR, MODEL_FILES, Parser, sentences_from_document
from quoteattr.sentence_breaks import continues, new_sentence_after, repair_sentence_breaks


@pytest.fixture(scope="module")
def parser():
    return Parser()


def test_models_load_with_the_network_blocked(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    doc = Parser().parse("The minister said the talks would start in January.")
    assert len(doc.sentences) == 1


def test_shipped_models_fit_the_size_budget():
    total = sum((EMBEDDED_DIR / name).stat().st_size for name in MODEL_FILES.values())
    assert total <= 60 * 1024 * 1024


@pytest.mark.parametrize("sentence,speaker,verb", [
    ("The minister said the talks would start in January.", "minister", "said"),
    ("Lavrov insisted that the proposal was unacceptable.", "Lavrov", "insisted"),
    ("The company announced that it would cut 200 jobs.", "company", "announced"),
])
def test_x_said_y_heads(parser, sentence, speaker, verb):
    (sent,) = sentences_from_document(parser.parse(sentence))
    by_text = {w.text: w for w in sent.words}
    v = by_text[verb]
    assert v.deprel == "root"
    assert by_text[speaker].deprel == "nsubj" and by_text[speaker].head == v.index
    assert any(w.deprel == "ccomp" and w.head == v.index for w in sent.words)


@pytest.mark.parametrize("previous,first,joined", [
    (["Minister", "Annalena"], "Baerbock", True),    # no final punctuation
    (["Chairman", "Rep."], "Jason", True),            # a title abbreviation before a name
    (["Ms", "."], "Wahl", True),                      # the same, with the period split off
    (["his", "?”"], "a", True),                       # a lower-case attribution after a quotation
    (["his", "?”"], "The", False),                    # a new sentence after a quotation
    (["[doesn't", "]"], "know", True),               # a lower-case word after an editor's bracket
    (["(R-Fla.", ")"], "said", True),                 # … and after a parenthesis
    (["Washington", ")"], "The", False),
    (["Smith", "Jr."], "He", False),                  # "Jr." does end sentences
    (["the", "talks", "."][-2:], "Lavrov", False),
    (["Ende", "›"], "Der", False),                    # every closing mark of data/quote_marks.tsv ends a sentence
    (["Ende", "›"], "sagte", True),                   # … and a lower-case word after it goes on
    (["終わり", "」"], "Next", False),
    (["Alan", "B", "."], "Krueger", True),            # a middle initial between two names
    (["Stephen", "K."], "Bannon", True),              # … kept whole by the tokenizer
    (["standing", "O", "."], "The", False),           # a lone capital after a common word ends a sentence
    (["Plan", "B", "."], "The", False),               # … and so does one before a function word
    (["Plan", "B", "."], "He", False),                # … or a pronoun
])
def test_false_sentence_breaks_are_undone_by_rule(previous, first, joined):
    assert continues(previous, first) is joined


@pytest.mark.parametrize("previous,attached,joined", [
    (["plaintiffs", "'"], True, True),                # a plural's possessive: "the plaintiffs' Muslim identity"
    (["News", "’"], True, True),                      # "Fox News’ The Kelly File"
    (["plaintiffs", "'"], False, False),              # a spaced mark closes a quotation
    (["idea", "'"], True, False),                     # no plural before it: a closing single quote
    (["Jones", "."], True, False),
])
def test_a_possessive_apostrophe_ends_no_sentence(previous, attached, joined):
    assert continues(previous, "Muslim", attached) is joined


def test_a_possessive_apostrophe_ends_no_sentence_end_to_end(parser):
    # the embedded tokenizer alone breaks this sentence after "plaintiffs'"
    text = "The suit alleged that police used the plaintiffs' Muslim identity as a proxy. It failed."
    assert len(parser.tokenize(text).sentences) == 3
    assert [s.text for s in parser.parse(text).sentences][0].endswith("as a proxy.")


def test_a_title_abbreviation_does_not_end_the_sentence_end_to_end(parser, extractor):
    # the embedded tokenizer alone breaks this sentence after "Ms."
    text = "''I cannot be part of a network funded by the Russian government,'' Ms. Wahl told the RT America audience."
    assert len(parser.tokenize(text).sentences) == 2
    assert len(parser.parse(text).sentences) == 1
    (q,) = extractor.extract(text)
    assert q.text.startswith("I cannot be part of a network") and q.cue is not None and q.cue.text == "told"
    assert q.speaker is not None and q.speaker.name == "Wahl"


@pytest.mark.parametrize("before,mark,first,breaks", [
    (".", "''", "But", True),        # "… not helping.'' | But Ms. Capito also said"
    (".", "”", "While", True),
    ("?", "”", "The", True),
    ("?", "''", "Mrs", False),       # a name may be the speaker: "?'' Mrs. Clinton asked"
    ("!", "”", "Trump", False),
    ("?", "”", "I", False),          # "“Why?” I asked"
    (",", "”", "But", False),        # no final punctuation inside the quotation: it goes on
    (".", ")", "But", False),        # a bracket is no quotation mark
])
def test_a_closed_quotation_before_a_sentence_opener_ends_the_sentence(before, mark, first, breaks):
    assert new_sentence_after(before, mark, first) is breaks


def test_a_sentence_after_a_closed_quotation_is_split_off_end_to_end(parser, extractor):
    # PolNeAR train: the embedded tokenizer alone runs these two sentences together
    text = ("Shelley Moore Capito called over her shoulder, ''His comments are not helping.'' But Ms. Capito also "
            "said in an interview that in her state, ''there is a huge degree of pessimism.''")
    assert len(parser.tokenize(text).sentences) == 1
    assert [s.text[:3] for s in parser.parse(text).sentences] == ["She", "But"]
    called, said = extractor.extract(text)
    assert called.text == "His comments are not helping." and called.cue is not None and called.cue.text == "called"
    assert said.cue is not None and said.cue.text == "said" and said.text.startswith("that in her state")


def test_a_middle_initial_does_not_end_the_sentence_end_to_end(parser, extractor):
    # PolNeAR train: the embedded tokenizer alone breaks this sentence after "Alan B."
    text = ("''Bill Clinton is well aware that the economy has changed since the 1990s,'' said Alan B. Krueger, "
            "a professor of economics at Princeton University. ''He would recommend policies that would "
            "strengthen the economy.''")
    assert len(parser.tokenize(text).sentences) == 3
    assert len(parser.parse(text).sentences) == 2
    first, second = extractor.extract(text)
    assert first.speaker is not None and first.speaker.name == "Alan B. Krueger"
    assert second.text.startswith("He would recommend") and second.speaker == first.speaker


def test_told_listener_that_clause_is_content(extractor):
    text = "Lavrov told reporters that the proposal was unacceptable."
    (q,) = extractor.extract(text)
    assert q.text == "the proposal was unacceptable" and q.speaker.name == "Lavrov" and q.cue.lemma == "tell"


def test_parse_keeps_character_offsets(parser, seed_text):
    for sent in sentences_from_document(parser.parse(seed_text)):
        for w in sent.words:
            assert w.start >= 0 and seed_text[w.start:w.end]


def test_missing_model_file_is_named(tmp_path):
    for name in MODEL_FILES.values():
        shutil.copy(EMBEDDED_DIR / name, tmp_path / name)
    (tmp_path / "depparse.pt").unlink()
    with pytest.raises(ModelError, match="depparse.pt"):
        Extractor(model=tmp_path).extract("He said “hello there, everyone.”")


def test_corrupt_model_file_is_named(tmp_path):
    for name in MODEL_FILES.values():
        shutil.copy(EMBEDDED_DIR / name, tmp_path / name)
    (tmp_path / "pos.pt").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="pos.pt"):
        Extractor(model=tmp_path).extract("He said “hello there, everyone.”")


def test_official_stanza_models_missing_says_how_to_download(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    with pytest.raises(ModelError, match="stanza.download"):
        Extractor(model="stanza").extract("He said “hello there, everyone.”")


def test_parsed_input_skips_parsing(parser, seed_text, seed_analysis):
    doc = parser.parse(seed_text)
    # a model path that does not exist proves no model is loaded for parsed input
    assert Extractor(model="/nonexistent").analyze(doc, source="russia-nato-talks.txt") == seed_analysis


def test_conllu_round_trip_input(parser, seed_text):
    doc = parser.parse(seed_text)
    conllu = "{:C}".format(doc)
    analysis = Extractor(model="/nonexistent").analyze(conllu)
    assert analysis.quotes
    for q in analysis.quotes:
        assert analysis.text[q.start:q.end] == q.text


def test_empty_and_odd_inputs(extractor):
    assert extractor.extract("") == []
    assert extractor.extract("   \n\n ") == []
    assert extractor.extract("no quotes here at all") == []
    with pytest.raises(TypeError):
        extractor.extract(b"bytes")
    odd = "\u200b“\ufeffZero-width and BOM,” she said.\u2028Next line."
    for q in extractor.extract(odd):
        assert odd[q.start:q.end] == q.text


def test_pipe_streams_in_order(extractor, seed_text):
    texts = [seed_text, "", "“We will build it,” the mayor said on Monday."]
    results = list(extractor.pipe(texts, batch_size=2))
    assert len(results) == 3
    assert results[1].quotes == ()
    assert results[2].quotes[0].text == "We will build it,"
    assert results[0] == extractor.analyze(seed_text)


def test_pipe_over_two_processes_gives_the_same_analyses_in_order(extractor, seed_text):
    texts = [seed_text, "", "“We will build it,” the mayor said on Monday.", "No quotes here.", seed_text]
    parallel = list(extractor.pipe(texts, batch_size=2, n_process=2))
    assert parallel == list(extractor.pipe(texts, batch_size=2))
    assert [a.quotes[0].text if a.quotes else None for a in parallel][1:4] == [None, "We will build it,", None]
    with pytest.raises(ValueError):
        list(extractor.pipe(texts, n_process=0))


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# More examples locally: QUOTEATTR_PIPELINE_EXAMPLES=300 pytest tests/test_parsing.py -k property
PIPELINE_EXAMPLES = int(os.environ.get("QUOTEATTR_PIPELINE_EXAMPLES", "25"))
_pieces = st.sampled_from(["“", "”", '"', "'", "’", " said ", " she ", "According to ", "Lavrov", ",", ".", ":",
                           " — ", "\n\n", "the minister", " told reporters that ", "WALLACE: ", "\u200b", "é", "😀",
                           " Alan B. Krueger", " B.", "''", ".'' ", "?” ", " But ", " The ", " I ", "don't"])
_odd_text = st.lists(st.one_of(_pieces, st.text(max_size=6)), max_size=25).map("".join)


@settings(max_examples=PIPELINE_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_odd_text)
def test_property_full_pipeline_never_breaks_offsets(extractor, text):
    analysis = extractor.analyze(text)
    for q in analysis.quotes:
        assert text[q.start:q.end] == q.text
        for part in (q.cue, q.mention, *q.segments):
            if part is not None:
                assert text[part.start:part.end] == part.text
        assert 0.0 <= q.confidence <= 1.0


@settings(max_examples=PIPELINE_EXAMPLES * 4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_odd_text)
def test_property_sentence_repair_keeps_every_token_and_numbers_words_afresh(parser, text):
    raw = parser.tokenize(text)
    tokens = [(t.text, t.start_char, t.end_char) for s in raw.sentences for t in s.tokens]
    repaired = repair_sentence_breaks(raw, text)
    assert [(t.text, t.start_char, t.end_char) for s in repaired.sentences for t in s.tokens] == tokens
    for sentence in repaired.sentences:
        assert [w.id for w in sentence.words] == list(range(1, len(sentence.words) + 1))
