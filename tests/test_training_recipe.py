"""The training recipe's data steps that run without training (training/train_models.py): the
jackknife split and the trainer commands a lent GPU session runs (training/gpu_session.sh)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "training"))
import train_models  # noqa: E402

SENTENCES = ["# sent_id = s1\n1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n",
             "# sent_id = s2\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n",
             "# sent_id = s3\n1\tNo\tno\tINTJ\tUH\t_\t0\troot\t_\t_\n"]


def _work(tmp_path: Path) -> Path:
    pos = tmp_path / "data" / "pos"
    pos.mkdir(parents=True)
    (pos / "en_ewt.train.in.conllu").write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    (pos / "en_ewt.dev.in.conllu").write_text(SENTENCES[1] + "\n", encoding="utf-8")
    return tmp_path


def test_the_jackknife_split_gives_each_half_every_other_sentence_and_the_whole_dev(tmp_path):
    work = _work(tmp_path)
    train_models.jackknife_split(work)
    half_a = (work / "data" / "pos_a" / "en_ewt.train.in.conllu").read_text(encoding="utf-8")
    half_b = (work / "data" / "pos_b" / "en_ewt.train.in.conllu").read_text(encoding="utf-8")
    assert [line for line in half_a.splitlines() if line.startswith("# sent_id")] == ["# sent_id = s1", "# sent_id = s3"]
    assert [line for line in half_b.splitlines() if line.startswith("# sent_id")] == ["# sent_id = s2"]
    assert half_a.endswith("\n\n") and half_b.endswith("\n\n")  # CoNLL-U: every sentence closed by a blank line
    for half in ("pos_a", "pos_b"):
        dev = (work / "data" / half / "en_ewt.dev.in.conllu").read_text(encoding="utf-8")
        assert dev == (work / "data" / "pos" / "en_ewt.dev.in.conllu").read_text(encoding="utf-8")


def test_a_half_tagger_reads_its_half_and_saves_apart_from_the_full_tagger(tmp_path):
    work = _work(tmp_path)
    full = train_models.stage_command("pos", work, "cuda", [])
    half = train_models.stage_command("pos", work, "cuda", [], half="b")  # splits on first need
    assert str(work / "data" / "pos_b" / "en_ewt.train.in.conllu") in half
    assert str(work / "saved_models" / "pos_b") in half and str(work / "saved_models" / "pos") in full
    assert half[half.index("--output_file") + 1] != full[full.index("--output_file") + 1]
    with pytest.raises(ValueError):
        train_models.stage_command("depparse", work, "cuda", [], half="a")
