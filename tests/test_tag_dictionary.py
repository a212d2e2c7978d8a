"""The tag dictionary experiment (training/tag_dictionary.py): built from training words,
written and read back, applied to a parse.  The package does not use it (docs/models.md), but
the measurements in the docs rest on this code."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from quoteattr.parsing import document_from_conllu

sys.path.insert(0, str(REPO / "training"))
import tag_dictionary  # noqa: E402
from tag_dictionary import Tags  # noqa: E402

TRAINING = [
    # "crowd" is always a noun; "hostile" always an adjective
    ("crowd", "NOUN", "NN", "Number=Sing"), ("crowd", "NOUN", "NN", "Number=Sing"),
    ("hostile", "ADJ", "JJ", "Degree=Pos"),
    # "run" is a verb and a noun: no entry
    ("run", "VERB", "VB", "VerbForm=Inf"), ("run", "NOUN", "NN", "Number=Sing"),
    # "that" is a pronoun 199 times in 200: an entry, with its most frequent full tag
    *[("that", "PRON", "DT", "Number=Sing|PronType=Dem")] * 150,
    *[("that", "PRON", "WDT", "PronType=Rel")] * 49,
    ("that", "SCONJ", "IN", None),
]


def test_build_keeps_the_words_tagged_one_way():
    table = tag_dictionary.build(TRAINING)
    assert table["crowd"] == Tags("NOUN", "NN", "Number=Sing")
    assert table["hostile"] == Tags("ADJ", "JJ", "Degree=Pos")
    assert table["that"] == Tags("PRON", "DT", "Number=Sing|PronType=Dem")  # 199 of 200
    assert "run" not in table


def test_the_share_decides():
    assert "that" not in tag_dictionary.build(TRAINING, min_share=1.0)


def test_write_and_load_give_the_same_table(tmp_path):
    table = tag_dictionary.build(TRAINING + [("said", "VERB", "VBD", None), ("#1", "NUM", "CD", None)])
    path = tmp_path / tag_dictionary.FILE_NAME
    tag_dictionary.write(table, path)
    assert path.read_text(encoding="utf-8").startswith("#")
    assert tag_dictionary.load(path) == table
    assert tag_dictionary.load(path)["said"].feats is None
    assert "#1" in tag_dictionary.load(path)  # a word, not a comment


def test_a_malformed_line_names_the_file_and_line(tmp_path):
    path = tmp_path / tag_dictionary.FILE_NAME
    path.write_text("# header\ncrowd\tNOUN\tNN\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"tagdict.tsv, line 2"):
        tag_dictionary.load(path)


def test_retag_changes_only_words_with_another_upos():
    doc = document_from_conllu(
        "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
        "2\thostile\thostile\tVERB\tVBG\tVerbForm=Ger\t3\tamod\t_\t_\n"
        "3\tcrowd\tcrowd\tNOUN\tNNS\t_\t0\troot\t_\t_\n")
    changed = tag_dictionary.retag(doc, tag_dictionary.build(TRAINING))
    words = doc.sentences[0].words
    assert changed == 1
    assert (words[1].upos, words[1].xpos, words[1].feats) == ("ADJ", "JJ", "Degree=Pos")
    assert words[2].xpos == "NNS"  # same UPOS: the tagger's finer tags stay


def test_the_words_the_attribution_reads_keep_the_taggers_reading():
    table = {form: Tags("NOUN", "NN", None) for form in ("urging", "Said", "senator", "crowd")}
    assert set(tag_dictionary.without_attribution_words(table)) == {"crowd"}
