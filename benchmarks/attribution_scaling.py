"""How attribution time grows with a document's length (parse excluded).

Parses the first N PolNeAR dev articles once, then joins them into one long document (and
twice, four times … that length by repeating them) and times ``build_analysis`` on each.
Linear growth means a time per word that stays flat; the sieves once scanned every quote and
cue for each quotation, which made a long transcript or a book quadratic.

    python benchmarks/attribution_scaling.py            # 20 articles, up to 8 copies
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from polnear_data import load_split  # noqa: E402
from quoteattr import Extractor  # noqa: E402
from quoteattr.extractor import build_analysis, select_sentences  # noqa: E402
from quoteattr.parsing import Sentence  # noqa: E402

SEPARATOR = "\n\n"


def shifted(sentences: list[Sentence], offset: int, first_index: int) -> list[Sentence]:
    """The same parses for a copy of their text that starts ``offset`` characters later."""
    out = []
    for k, s in enumerate(sentences):
        words = tuple(replace(w, start=w.start + offset, end=w.end + offset) for w in s.words)
        out.append(replace(s, index=first_index + k, start=s.start + offset, end=s.end + offset, words=words))
    return out


def joined(texts: list[str], parses: list[list[Sentence]], copies: int) -> tuple[str, list[Sentence]]:
    text, sentences = "", []
    for _ in range(copies):
        for piece, parse in zip(texts, parses):
            if text:
                text += SEPARATOR
            sentences += shifted(parse, len(text), len(sentences))
            text += piece
    return text, sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--max-copies", type=int, default=8)
    args = parser.parse_args()
    texts = [d.text for d in load_split("dev", args.articles)]
    parses = Extractor().parser.parse_selected_many(texts, select_sentences)
    one_by_one = time.perf_counter()
    for text, parse in zip(texts, parses):
        build_analysis(text, parse)
    one_by_one = time.perf_counter() - one_by_one
    words = sum(len(t.split()) for t in texts)
    print(f"{args.articles} articles one at a time: {words:,} words, {one_by_one:.2f} s, "
          f"{one_by_one / words * 1e6:.1f} µs per word")
    copies = 1
    while copies <= args.max_copies:
        text, sentences = joined(texts, parses, copies)
        start = time.perf_counter()
        analysis = build_analysis(text, sentences)
        elapsed = time.perf_counter() - start
        n = len(text.split())
        print(f"one document of {n:,} words ({copies} × {args.articles} articles): {elapsed:.2f} s, "
              f"{elapsed / n * 1e6:.1f} µs per word, {len(analysis.quotes):,} quotes")
        copies *= 2


if __name__ == "__main__":
    main()
