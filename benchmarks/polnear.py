"""Score the whole quoteattr pipeline on PolNeAR dev (document level, character offsets).

    python benchmarks/polnear.py [--split dev] [--limit N] [--model embedded|stanza|DIR]
    python benchmarks/polnear.py --learn-cues      # cue words in train that the lexicon lacks

Metrics (definitions in docs/benchmarks.md):
 (a) direct+mixed quotations: span P/R/F1 with >= 50% overlap, and exact (marks, edge punctuation and
     a leading complementizer ignored)
 (b) for matched quotations: share whose speaker mention overlaps the gold Source
 (c) all attributions: content P/R/F1 with >= 50% token overlap, and the mean token F1 of the matched
     contents (how closely their boundaries agree)
 (d) cues: P/R/F1 by overlap
 and end-to-end words per second.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_data import GoldAttribution, GoldDocument, holds_quotation, load_split  # noqa: E402

from quoteattr import Extractor, QuoteKind  # noqa: E402
from quoteattr.extractor import build_analysis, select_sentences  # noqa: E402
from quoteattr.speaker_words import DETERMINERS, honorifics, is_title_word  # noqa: E402

_WORD = regex.compile(r"\w+")
_EDGE = "\"'“”‘’`,.;:!? \n"


def _tokens(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Start offsets of word tokens inside the spans."""
    out: set[int] = set()
    for a, b in spans:
        out.update(m.start() for m in _WORD.finditer(text, a, b))
    return out


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def _length(spans: list[tuple[int, int]]) -> int:
    return sum(b - a for a, b in spans)


def _f1(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _greedy(pairs: list[tuple[float, int, int]]) -> dict[int, int]:
    """One-to-one matching, best scores first: gold index -> predicted index."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, g, p in sorted(pairs, reverse=True):
        if g not in used_g and p not in used_p:
            out[g] = p
            used_g.add(g)
            used_p.add(p)
    return out


_MARKS = regex.compile(r"''|``|[\"“”‘’„«»]|(?<!\w)'|'(?!\w)")


_COMPLEMENTIZER = regex.compile(r"(?i)^(?:that|whether|if) ")


def _norm(text: str) -> str:
    """Words only: quotation marks anywhere and punctuation at the edges do not count, nor does a
    leading "that"/"whether"/"if": PolNeAR's contents keep the complementizer, issue #4 defines the
    content without it ("warned that X" reports X)."""
    return _COMPLEMENTIZER.sub("", " ".join(_MARKS.sub(" ", text).split()).strip(_EDGE)).strip(_EDGE)


class Unit:
    """One predicted attribution: the quotes that share one cue (PolNeAR's unit is one cue)."""

    def __init__(self, quotes) -> None:
        first = quotes[0]
        self.quotes = quotes
        self.spans = [(q.start, q.end) for q in quotes]
        self.cue = first.cue
        self.mention = first.mention
        self.speaker = first.speaker
        self.text = " ".join(q.text for q in quotes)
        self.kind = first.kind


def _attributed(q) -> bool:
    """PolNeAR annotates attributions: a quotation with neither cue nor speaker is not one."""
    return q.cue is not None or q.speaker is not None


def _units(quotes) -> list[Unit]:
    groups: dict[object, list] = {}
    for q in quotes:
        key = (q.cue.start, q.cue.end) if q.cue is not None else id(q)
        groups.setdefault(key, []).append(q)
    return [Unit(g) for g in groups.values()]


def match_contents(text: str, gold: list[GoldAttribution], units: list[Unit]) -> dict[int, int]:
    """(c)'s matching: gold index -> unit index, greedily by the share of word tokens (>= 50%)."""
    g_tok = [_tokens(text, g.content) for g in gold]
    p_tok = [_tokens(text, u.spans) for u in units]
    pairs = []
    for gi, gt in enumerate(g_tok):
        for pi, pt in enumerate(p_tok):
            if gt and pt:
                share = len(gt & pt) / max(len(gt), len(pt))
                if share >= 0.5:
                    pairs.append((share, gi, pi))
    return _greedy(pairs)


# A run of capitalised words in a gold Source ("Senate Majority Leader Mitch McConnell", "The Washington Post")
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}.'’-]+))*")


def _name_in_source(text: str, gold: GoldAttribution) -> list[str] | None:
    """The words of the name a gold Source gives in full: its first run of capitalised words, from
    after its last title word or honorific and without determiners, when two or more words are left
    ("Harry Reid" in "Senate Minority Leader Harry Reid", "Washington Post" in "The Washington Post";
    "Mr. Obama" names no one in full)."""
    source = " ".join(text[a:b] for a, b in gold.source)
    for run in _CAPITALISED_RUN.finditer(source):
        words = [regex.sub(r"(?:['’]s|,)$", "", w) for w in run.group().split()]
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in honorifics() or is_title_word(w.lower())), default=0)
        words = [w for w in words[cut:] if w and w.lower() not in DETERMINERS]
        if len(words) >= 2:
            return words
    return None


class Scores:
    def __init__(self) -> None:
        self.c = Counter()

    def add(self, doc: GoldDocument, quotes) -> None:
        text, gold = doc.text, doc.attributions
        c = self.c
        # (a) + (b)
        g_quot = [g for g in gold if g.is_quotation(text)]
        p_quot = [unit for unit in _units([q for q in quotes if q.kind in (QuoteKind.DIRECT, QuoteKind.MIXED)
                                           and _attributed(q)]) if holds_quotation(text, unit.spans)]
        pairs = []
        for gi, g in enumerate(g_quot):
            for pi, q in enumerate(p_quot):
                ov = _overlap(g.content, q.spans)
                share = ov / max(_length(g.content), _length(q.spans), 1)
                if share >= 0.5:
                    pairs.append((share, gi, pi))
        match = _greedy(pairs)
        c["a_gold"] += len(g_quot)
        c["a_pred"] += len(p_quot)
        c["a_tp"] += len(match)
        for gi, pi in match.items():
            g, q = g_quot[gi], p_quot[pi]
            if _norm(g.content_text(text)) == _norm(q.text):
                c["a_exact"] += 1
            c["b_total"] += 1
            if q.mention is not None and g.source and _overlap(g.source, [(q.mention.start, q.mention.end)]) > 0:
                c["b_ok"] += 1
            named = _name_in_source(text, g)
            if named is not None and hasattr(q.speaker, "name"):  # quoteattr's Speaker, not a baseline's span
                c["n_total"] += 1
                name = q.speaker.name if q.speaker is not None else None
                if name and all(w in name.split() for w in named):
                    c["n_ok"] += 1
        # (c)
        p_all = _units([q for q in quotes if q.kind is not QuoteKind.FRAGMENT and _attributed(q)])
        c["c_gold"] += len(gold)
        c["c_pred"] += len(p_all)
        contents = match_contents(text, gold, p_all)
        c["c_tp"] += len(contents)
        for gi, pi in contents.items():  # how well the matched contents' boundaries agree (token F1)
            g_tok, p_tok = _tokens(text, gold[gi].content), _tokens(text, p_all[pi].spans)
            c["c_token_f1"] += 2 * len(g_tok & p_tok) / (len(g_tok) + len(p_tok))
        # (d)
        g_cues = [g.cue for g in gold if g.cue]
        p_cues = [[(q.cue.start, q.cue.end)] for q in p_all if q.cue is not None]  # type: ignore[union-attr]
        p_cues = [list(x) for x in {tuple(x) for x in map(tuple, p_cues)}]
        pairs = [(_overlap(g, p), gi, pi) for gi, g in enumerate(g_cues) for pi, p in enumerate(p_cues)
                 if _overlap(g, p) > 0]
        c["d_gold"] += len(g_cues)
        c["d_pred"] += len(p_cues)
        c["d_tp"] += len(_greedy(pairs))

    def report(self) -> dict[str, float]:
        c = self.c
        a = _f1(c["a_tp"], c["a_pred"], c["a_tp"], c["a_gold"])
        a_exact = _f1(c["a_exact"], c["a_pred"], c["a_exact"], c["a_gold"])
        b = c["b_ok"] / c["b_total"] if c["b_total"] else 0.0
        cc = _f1(c["c_tp"], c["c_pred"], c["c_tp"], c["c_gold"])
        d = _f1(c["d_tp"], c["d_pred"], c["d_tp"], c["d_gold"])
        print(f"(a) direct+mixed quotes   P {a[0]:.3f}  R {a[1]:.3f}  F1 {a[2]:.3f}   (gold {c['a_gold']}, predicted {c['a_pred']})")
        print(f"    exact spans           P {a_exact[0]:.3f}  R {a_exact[1]:.3f}  F1 {a_exact[2]:.3f}")
        print(f"(b) speaker of matched    {b:.3f}  ({c['b_ok']}/{c['b_total']})")
        if c["n_total"]:
            print(f"    named in full         {c['n_ok'] / c['n_total']:.3f}  ({c['n_ok']}/{c['n_total']} matched quotes whose"
                  " gold source names someone in full)")
        print(f"(c) all attributions      P {cc[0]:.3f}  R {cc[1]:.3f}  F1 {cc[2]:.3f}   (gold {c['c_gold']}, predicted {c['c_pred']})")
        print(f"    token F1 of matched   {c['c_token_f1'] / c['c_tp'] if c['c_tp'] else 0.0:.3f}")
        print(f"(d) cues                  P {d[0]:.3f}  R {d[1]:.3f}  F1 {d[2]:.3f}")
        return {"a": a[2], "a_exact": a_exact[2], "b": b, "c": cc[2], "d": d[2]}


class _Pred:
    """A prediction read from JSONL, shaped like a quoteattr Quote for scoring."""

    def __init__(self, row: dict, text: str) -> None:
        self.start, self.end = row["start"], row["end"]
        self.text = text[self.start:self.end]
        self.kind = QuoteKind(row.get("kind", "direct"))
        self.cue = _Span(row["cue"]) if row.get("cue") else None
        self.mention = _Span(row["mention"]) if row.get("mention") else None
        self.speaker = self.mention


class _Span:
    def __init__(self, pair: list[int]) -> None:
        self.start, self.end = pair


def score_predictions(docs: list[GoldDocument], path: Path) -> None:
    import json

    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["name"]] = row["quotes"]
    scores = Scores()
    for doc in docs:
        scores.add(doc, [_Pred(r, doc.text) for r in rows.get(doc.name, [])])
    print(f"{path.name}: {len(docs)} documents")
    scores.report()


def learn_cues(limit: int | None) -> None:
    from quoteattr.cues import reporting_verbs

    known = {f for e in reporting_verbs().values() for f in e.forms}
    counts: Counter[str] = Counter()
    for doc in load_split("train", limit):
        for g in doc.attributions:
            for a, b in g.cue:
                words = doc.text[a:b].lower().split()
                if words:
                    counts[words[-1]] += 1
    print("frequent cue words in PolNeAR train that the lexicon lacks:")
    for word, n in counts.most_common(400):
        if word not in known and n >= 5:
            print(f"{n:6}  {word}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--every", type=int, default=1,
                        help="every Nth document only (a spread sample, e.g. of train to check that rules written on dev generalise)")
    parser.add_argument("--offset", type=int, default=0, help="with --every: start at this document (another sample)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for Extractor.pipe (n_process)")
    parser.add_argument("--learn-cues", action="store_true")
    parser.add_argument("--predictions", type=Path, default=None,
                        help="score another tool's JSONL predictions (see textacy_baseline.py) instead")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of parses to reuse (development only)")
    args = parser.parse_args()
    if args.learn_cues:
        learn_cues(args.limit)
        return
    docs = load_split(args.split, args.limit)[args.offset::args.every]
    words = sum(len(_WORD.findall(d.text)) for d in docs)
    if args.predictions:
        score_predictions(docs, args.predictions)
        return
    if args.cache and args.cache.exists():
        # development loop: reuse parses, re-run only attribution (no speed figure)
        parsed = pickle.loads(args.cache.read_bytes())
        analyses = [build_analysis(d.text, sents) for d, sents in zip(docs, parsed)]
        elapsed = 0.0
    else:
        extractor = Extractor(model=args.model)
        extractor.analyze("Warm-up: “models load before timing,” he said.")
        start = time.perf_counter()
        if args.cache:
            # parse once, keep the parses, attribute from them (what pipe() does inside)
            parsed = extractor.parser.parse_selected_many([d.text for d in docs], select_sentences)
            analyses = [build_analysis(d.text, sents) for d, sents in zip(docs, parsed)]
            args.cache.write_bytes(pickle.dumps(parsed))
        else:
            analyses = list(extractor.pipe([d.text for d in docs], batch_size=args.batch_size, n_process=args.jobs))
        elapsed = time.perf_counter() - start
    scores = Scores()
    for doc, analysis in zip(docs, analyses):
        scores.add(doc, analysis.quotes)
    print(f"PolNeAR {args.split}: {len(docs)} documents, {words} words")
    scores.report()
    if elapsed:
        print(f"speed: {words / elapsed:.0f} words/s end to end ({elapsed:.1f} s, models loaded beforehand)")


if __name__ == "__main__":
    main()
