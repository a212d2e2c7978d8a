"""Throughput of the quotation-span engine (no parser) on news-like and adversarial text.

    python benchmarks/spans.py [--mb 10]

News-like text: PolNeAR dev/train articles from ../shared when present (read, never
copied), otherwise the seed article, repeated to the size asked for.  Adversarial text:
thousands of unmatched marks of every kind, apostrophes, and one giant paragraph.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from quoteattr import find_quotes
from quoteattr.spans import walk

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "data" / "polnear"


def news_text(size: int) -> tuple[str, str]:
    files = sorted(POLNEAR.glob("*/text/*.txt"))
    source = f"{len(files)} PolNeAR articles" if files else "the seed article"
    docs = [f.read_text(encoding="utf-8") for f in files] or [(REPO / "seeds" / "russia-nato-talks.txt").read_text()]
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        doc = docs[i % len(docs)]
        parts.append(doc)
        total += len(doc.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts), source


def adversarial_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    marks = list("\"'“”‘’„‚«»‹›「」『』") + ["``", "''"]
    words = ["it’s", "drivers’", "’90s", "rock ’n’ roll", "O’Neill", "word", "said", "x", "—"]
    pieces: list[str] = []
    total = 0
    while total < size:
        r = rng.random()
        if r < 0.45:
            piece = rng.choice(marks) * rng.randint(1, 40)  # runs of unmatched marks
        elif r < 0.9:
            piece = rng.choice(words)
        else:
            piece = rng.choice(marks) + "open quote never closed"
        pieces.append(piece)
        total += len(piece.encode("utf-8")) + 1
    return " ".join(pieces)  # one giant paragraph: no newline at all


def dense_marks_text(size: int, seed: int = 11) -> str:
    """Worst case: a quote mark every two or three characters, no runs to skip."""
    rng = random.Random(seed)
    marks = list("\"'“”‘’„‚«»‹›「」『』")
    pieces: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(marks) + rng.choice(("a", " ", "b ", ". "))
        pieces.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(pieces)


def measure(label: str, text: str) -> float:
    mb = len(text.encode("utf-8")) / 1e6
    start = time.perf_counter()
    spans = find_quotes(text)
    elapsed = time.perf_counter() - start
    count = sum(1 for _ in walk(spans))
    print(f"{label:12} {mb:6.1f} MB  {elapsed:6.2f} s  {mb / elapsed:6.2f} MB/s  {count} quotes")
    return mb / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0)
    args = parser.parse_args()
    size = int(args.mb * 1e6)
    news, source = news_text(size)
    print(f"news-like text from {source}")
    measure("news", news)
    measure("adversarial", adversarial_text(size))
    measure("dense-marks", dense_marks_text(size))


if __name__ == "__main__":
    main()
