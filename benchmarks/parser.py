"""End-to-end quality and speed of the parsing models, from raw text.

    python benchmarks/parser.py [--model embedded|stanza|DIR] [--max-words N]

For UD English-EWT test and the news documents of UD English-GUM (dev+test), rebuild the
raw text from the ``# text`` comments (paragraph breaks at ``# newdoc``/``# newpar``), run
tokenize+mwt+pos+lemma+depparse, and score against gold with the CoNLL 2018 scorer that
stanza ships (``stanza.models.common.utils.ud_scores``).  Then words per second on the GUM
news text and the process's peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UD = REPO.parent / "shared" / "data" / "ud"
METRICS = ("Tokens", "Sentences", "UPOS", "UAS", "LAS")


def documents(path: Path, keep=lambda doc_id: True) -> list[tuple[str, str]]:
    """(raw text, gold CoNLL-U) per document."""
    docs: list[tuple[str, list[str], list[str]]] = []
    doc_id = ""
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if not block.strip():
            continue
        lines = block.strip("\n").split("\n")
        for line in lines:
            if line.startswith("# newdoc"):
                doc_id = line.split("=", 1)[-1].strip()
                docs.append((doc_id, [], []))
        if not docs:
            docs.append((doc_id, [], []))
        text = next((line.split("=", 1)[1].strip() for line in lines if line.startswith("# text =")), "")
        new_par = any(line.startswith(("# newpar", "# newdoc")) for line in lines)
        docs[-1][1].append(("\n\n" if new_par and docs[-1][1] else " ") + text if docs[-1][1] else text)
        docs[-1][2].append(block.strip("\n") + "\n")
    return [("".join(parts), "\n".join(gold) + "\n") for doc_id, parts, gold in docs if keep(doc_id)]


def _restore_token_text(doc, text: str) -> None:
    """stanza writes <UNK> for some very long tokens (URLs); the scorer needs the real characters."""
    for sentence in doc.sentences:
        for token in sentence.tokens:
            real = text[token.start_char:token.end_char]
            if token.text != real and len(token.words) == 1:
                token.text = real
                token.words[0].text = real


def evaluate(label: str, docs: list[tuple[str, str]], parser) -> dict[str, float]:
    from stanza.models.common.utils import ud_scores

    with tempfile.TemporaryDirectory() as tmp:
        gold_path, system_path = Path(tmp) / "gold.conllu", Path(tmp) / "system.conllu"
        gold_path.write_text("".join(g for _, g in docs), encoding="utf-8")
        system = []
        for text, _ in docs:
            doc = parser.parse(text)
            _restore_token_text(doc, text)
            system.append("{:C}".format(doc).strip("\n") + "\n\n")
        system_path.write_text("".join(system), encoding="utf-8")
        scores = ud_scores(str(gold_path), str(system_path))
    row = {m: 100 * scores[m].f1 for m in METRICS}
    print(f"{label:24} " + "  ".join(f"{m} {row[m]:5.2f}" for m in METRICS))
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    if not UD.exists():
        sys.exit(f"needs {UD}")
    sys.path.insert(0, str(REPO))
    from quoteattr.parsing import Parser

    parser = Parser(args.model)
    parser.parse("Warm up.")
    ewt = documents(UD / "en_ewt-ud-test.conllu")
    gum_news = (documents(UD / "en_gum-ud-dev.conllu", lambda d: "_news_" in d)
                + documents(UD / "en_gum-ud-test.conllu", lambda d: "_news_" in d))
    evaluate("EWT test (end to end)", ewt, parser)
    evaluate("GUM news dev+test", gum_news, parser)
    text = "\n\n".join(t for t, _ in gum_news)
    words = len(text.split())
    start = time.perf_counter()
    parser.parse(text)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"speed: {words / elapsed:.0f} words/s tokenize+tag+parse on GUM news ({words} words, {elapsed:.1f} s)")
    print(f"peak memory (max RSS of this process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
