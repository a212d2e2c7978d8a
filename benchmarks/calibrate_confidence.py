"""Learn each rule's confidence from how often it is right on PolNeAR train samples.

A quote's ``confidence`` is meant to be the chance that its attribution is right.  This
script measures, for every (method, kind) pair, the share of quotations whose content matches
a gold attribution (PolNeAR's unit and ≥ 50% tokens, as in (c) of ``polnear.py``) *and* whose
speaker mention overlaps the gold source, on spread samples of PolNeAR train (never dev, on
which it is checked, and never the held-out sample at offset 3).  ``--write`` stores the
result in ``quoteattr/data/method_confidence.tsv``, which the extractor reads.

    python benchmarks/calibrate_confidence.py --every 6 --offsets 0 1 2 4 --write
    python benchmarks/calibrate_confidence.py --split dev --every 1 --offsets 0 --check
    python benchmarks/calibrate_confidence.py --every 6 --offsets 3 --check      # the held-out sample
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from polnear import _attributed, _overlap, _units, match_contents  # noqa: E402
from polnear_data import load_split  # noqa: E402
from quoteattr import Extractor, QuoteKind  # noqa: E402
from quoteattr.extractor import build_analysis, select_sentences  # noqa: E402

TABLE = Path(__file__).resolve().parent.parent / "quoteattr" / "data" / "method_confidence.tsv"
MIN_QUOTES = 10  # fewer than this and the rule keeps its hand-set confidence
HEADER = """# The confidence of each attribution rule (method) and quote kind: the share of its quotations
# on PolNeAR train samples whose content matched a gold attribution and whose speaker mention
# overlapped the gold source. Written by benchmarks/calibrate_confidence.py (see its docstring);
# quotes without a speaker stay at 0.3 or below whatever their rule.
# Columns: method <TAB> kind <TAB> confidence <TAB> quotes measured
"""


def measure(docs, parses) -> tuple[Counter, Counter, list[tuple[float, bool]]]:
    """(quotes per (method, kind), right ones, (confidence, right) per quote with a speaker)."""
    seen: Counter = Counter()
    right: Counter = Counter()
    pairs_out: list[tuple[float, bool]] = []
    for doc, sentences in zip(docs, parses):
        analysis = build_analysis(doc.text, sentences)
        units = _units([q for q in analysis.quotes if q.kind is not QuoteKind.FRAGMENT and _attributed(q)])
        gold_of = {pi: gi for gi, pi in match_contents(doc.text, doc.attributions, units).items()}
        for pi, unit in enumerate(units):
            for q in unit.quotes:
                if q.speaker is None:
                    continue
                key = (q.method, q.kind.value)
                ok = False
                if pi in gold_of and q.mention is not None:
                    source = doc.attributions[gold_of[pi]].source
                    ok = bool(source) and _overlap(source, [(q.mention.start, q.mention.end)]) > 0
                seen[key] += 1
                right[key] += ok
                pairs_out.append((q.confidence, ok))
    return seen, right, pairs_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="train")
    parser.add_argument("--every", type=int, default=6)
    parser.add_argument("--offsets", type=int, nargs="+", default=[0, 1, 2, 4])
    parser.add_argument("--caches", type=Path, nargs="*", default=[],
                        help="parse pickles written by polnear.py --cache, one per offset (development only)")
    parser.add_argument("--write", action="store_true", help=f"store the table in {TABLE.name}")
    parser.add_argument("--check", action="store_true", help="print how well the shipped confidences are calibrated")
    args = parser.parse_args()
    if args.write and args.split == "train" and 3 in args.offsets and args.every == 6:
        parser.error("offset 3 of every 6th train article is the held-out sample: leave it out")
    seen: Counter = Counter()
    right: Counter = Counter()
    scored: list[tuple[float, bool]] = []
    extractor = None
    for n, offset in enumerate(args.offsets):
        docs = load_split(args.split)[offset::args.every]
        if n < len(args.caches) and args.caches[n].exists():
            parses = pickle.loads(args.caches[n].read_bytes())
        else:
            extractor = extractor or Extractor()
            parses = extractor.parser.parse_selected_many([d.text for d in docs], select_sentences)
        s, r, p = measure(docs, parses)
        seen.update(s)
        right.update(r)
        scored += p
    rows = sorted(((m, k, right[(m, k)] / seen[(m, k)], seen[(m, k)]) for (m, k) in seen
                   if seen[(m, k)] >= MIN_QUOTES), key=lambda row: -row[3])
    for method, kind, share, count in rows:
        print(f"{method:28s} {kind:9s} {share:.2f}  ({count} quotes)")
    if args.check:
        # expected calibration error over confidence bins of 0.1
        bins: dict[int, list[bool]] = {}
        for confidence, ok in scored:
            bins.setdefault(min(int(confidence * 10), 9), []).append(ok)
        total = len(scored)
        ece = sum(len(v) / total * abs(sum(v) / len(v) - (b + 0.5) / 10) for b, v in bins.items())
        for b in sorted(bins):
            print(f"confidence {b / 10:.1f}-{(b + 1) / 10:.1f}: {len(bins[b]):5d} quotes, right {sum(bins[b]) / len(bins[b]):.2f}")
        brier = sum((confidence - ok) ** 2 for confidence, ok in scored) / total
        print(f"expected calibration error: {ece:.3f}, Brier score: {brier:.3f} over {total} quotes with a speaker")
    if args.write:
        TABLE.write_text(HEADER + "".join(f"{m}\t{k}\t{share:.2f}\t{count}\n" for m, k, share, count in rows),
                         encoding="utf-8")
        print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
