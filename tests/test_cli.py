"""The command line, run as users run it: through a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO, SEEDS

SEED = str(SEEDS / "russia-nato-talks.txt")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "quoteattr", *args], input=stdin, capture_output=True,
                          text=True, cwd=REPO, timeout=600)


def test_json_on_the_seed_has_offsets_speakers_and_conflicts():
    proc = run("--format", "json", SEED)
    assert proc.returncode == 0, proc.stderr
    (doc,) = json.loads(proc.stdout)
    assert set(doc) == {"source", "quotes", "speakers", "conflicts"}
    text = (SEEDS / "russia-nato-talks.txt").read_text(encoding="utf-8")
    for q in doc["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    assert any(q["speaker"] and q["speaker"]["name"] == "Sergei Lavrov" for q in doc["quotes"])
    assert doc["conflicts"]


def test_spans_only_reads_stdin_as_jsonl():
    proc = run("--spans-only", "--format", "jsonl", stdin="She said “we will not move,” firmly.\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["source"] == "<stdin>"
    assert [q["text"] for q in doc["quotes"]] == ["we will not move,"]


def test_directory_input_with_a_bad_file_reports_and_continues(tmp_path):
    (tmp_path / "a.txt").write_text("He said “the bridge opens in May, as planned.”\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "c.txt").write_bytes(b"caf\xe9 \"latin-1 text here, not utf-8.\"")
    (tmp_path / "d.txt").write_text("“Another one, fully closed,” she said.\n", encoding="utf-8")
    proc = run("--spans-only", "--format", "jsonl", str(tmp_path))
    assert proc.returncode == 1
    sources = [json.loads(line)["source"] for line in proc.stdout.splitlines()]
    assert [s.rsplit("/", 1)[-1] for s in sources] == ["a.txt", "d.txt"]
    assert "b.txt" in proc.stderr and "c.txt" in proc.stderr
    assert "[" in proc.stderr  # progress bar for several files


def test_text_table_and_html_page(tmp_path):
    proc = run("--spans-only", SEED)
    assert proc.returncode == 0 and "direct" in proc.stdout
    out = tmp_path / "page.html"
    proc = run("--format", "html", "--output", str(out), SEED)
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="legend"' in page
    assert '<mark class="direct"' in page and 'class="speaker"' in page
    assert "Title conflict" in page


def test_missing_file_is_an_error_not_a_crash():
    proc = run("--spans-only", "/no/such/file.txt")
    assert proc.returncode == 1
    assert "no/such/file.txt" in proc.stderr and "Traceback" not in proc.stderr


def _said_and_cyclic():
    """CoNLL-U rows of '“Yes” said Ann.', and the same with no tree ("said" hangs on "Ann" and
    "Ann" on "said"): a good document and a bad one for the command line."""
    from gold_parses import rows

    said = rows("""
“ “ PUNCT 2 punct -
Yes yes INTJ 4 ccomp -
” ” PUNCT 2 punct
said say VERB 0 root
Ann Ann PROPN 4 nsubj -
. . PUNCT 4 punct
""")
    cyclic = [(r[0], r[1], r[2], 5 if r[0] == "said" else r[3], "nsubj" if r[0] == "said" else r[4], *r[5:])
              for r in said]
    return said, cyclic


def test_documents_analysed_in_batches_keep_their_sources_and_an_invalid_parse_stays_alone(tmp_path):
    from gold_parses import conllu

    said, cyclic = _said_and_cyclic()
    names = []
    for i in range(11):  # more than one batch of documents
        name = f"doc{i:02d}.conllu"
        (tmp_path / name).write_text(conllu(cyclic if i == 9 else said), encoding="utf-8")
        names.append(name)
    proc = run("--format", "jsonl", "--no-progress", str(tmp_path))
    assert proc.returncode == 1
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["source"].rsplit("/", 1)[-1] for d in docs] == [n for i, n in enumerate(names) if i != 9]
    assert all(d["quotes"][0]["speaker"]["name"] == "Ann" for d in docs)
    assert "doc09.conllu" in proc.stderr and "Traceback" not in proc.stderr


def test_jobs_spread_files_over_worker_processes_with_the_same_output(tmp_path):
    from gold_parses import conllu

    said, cyclic = _said_and_cyclic()
    for i in range(11):
        (tmp_path / f"doc{i:02d}.conllu").write_text(conllu(cyclic if i == 9 else said), encoding="utf-8")
    (tmp_path / "doc11.txt").write_bytes(b"\x00binary\x00")
    one = run("--format", "jsonl", "--no-progress", str(tmp_path))
    two = run("--format", "jsonl", "--no-progress", "--jobs", "2", str(tmp_path))
    assert two.returncode == one.returncode == 1
    assert two.stdout == one.stdout and len(two.stdout.splitlines()) == 10
    assert "doc09.conllu" in two.stderr and "doc11.txt" in two.stderr and "Traceback" not in two.stderr
