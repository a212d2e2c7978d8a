"""A tag dictionary: words that EWT train tags one way, put in place of the tagger's guess.

An experiment, measured and not shipped (docs/models.md, session 8).  The embedded tagger was
trained without pretrained word vectors and keeps a small word vocabulary, so a word seen only
a few times in training is unknown to it.  For words that EWT train tags with one part of
speech at least 99% of the time, the table is the better judge of EWT: with gold tokens, UPOS
on EWT dev 93.49 -> 93.96 and on test 93.16 -> 93.99, GUM dev 94.15 -> 94.57, parser LAS on
EWT dev +0.46 (``benchmarks/tag_gap.py --tag-dictionary``).  But quoteattr's attribution rules
were written against the tagger's own habits, and on PolNeAR every variant lost a few
quotations or speakers; the attribution benchmark decides (issue #3), so the package does not
use it.

    python training/train_models.py tagdict      # writes training/work/tagdict.tsv
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

FILE_NAME = "tagdict.tsv"
MIN_SHARE = 0.99  # chosen on EWT dev among 0.8, 0.9, 0.99, 1.0 (docs/models.md)
_HEADER = "# word\tUPOS\tXPOS\tfeatures: EWT train's tags for words tagged one way (share >= {share})\n"


@dataclass(frozen=True)
class Tags:
    upos: str
    xpos: str
    feats: str | None  # None for "_"


def build(words: Iterable[tuple[str, str, str, str | None]], min_share: float = MIN_SHARE) -> dict[str, Tags]:
    """From (form, UPOS, XPOS, features) of every training word: the forms whose UPOS is one
    at least ``min_share`` of the time, each with its most frequent full tag of that UPOS."""
    seen: dict[str, Counter[tuple[str, str, str | None]]] = defaultdict(Counter)
    for form, upos, xpos, feats in words:
        seen[form][(upos, xpos, feats)] += 1
    table: dict[str, Tags] = {}
    for form, tags in seen.items():
        by_upos: Counter[str] = Counter()
        for (upos, _, _), n in tags.items():
            by_upos[upos] += n
        upos, n = by_upos.most_common(1)[0]
        if n / sum(by_upos.values()) >= min_share:
            full = max((t for t in tags if t[0] == upos), key=lambda t: (tags[t], t[1], t[2] or ""))
            table[form] = Tags(*full)
    return table


def write(table: dict[str, Tags], path: Path, min_share: float = MIN_SHARE) -> None:
    lines = [_HEADER.format(share=min_share)]
    lines += [f"{form}\t{t.upos}\t{t.xpos}\t{t.feats or '_'}\n" for form, t in sorted(table.items())]
    path.write_text("".join(lines), encoding="utf-8")


def load(path: Path) -> dict[str, Tags]:
    """The table in ``path``; a malformed line is an error naming the file and line."""
    table: dict[str, Tags] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or (number == 1 and line.startswith("#")):
            continue  # only the first line is a comment: "#" opens words too ("#1", "#MeToo")
        parts = line.split("\t")
        if len(parts) != 4 or not all(parts):
            raise ValueError(f"{path}, line {number}: expected word, UPOS, XPOS and features separated by tabs")
        form, upos, xpos, feats = parts
        table[form] = Tags(upos, xpos, None if feats == "_" else feats)
    return table


def without_attribution_words(table: dict[str, Tags]) -> dict[str, Tags]:
    """The table less the words whose tag the attribution rules read: forms of the reporting
    verbs, cue nouns and title words, in any case.  A table knows one reading per word form,
    and it is EWT's: "urging" only ever a noun there, "Said" a name, "senator" a proper noun
    inside names.  News uses them otherwise, and for these words the tagger's reading of the
    context is worth more (it still cost attribution, docs/models.md)."""
    from quoteattr import lexicon
    from quoteattr.cues import reporting_verbs

    skip = {form for entry in reporting_verbs().values() for form in entry.forms}
    skip |= lexicon.words("cue_nouns.txt") | lexicon.words("titles.txt")
    return {form: tags for form, tags in table.items() if form.lower() not in skip}


def retag(documents: Any, table: dict[str, Tags]) -> int:
    """Give every word of the stanza document(s) that the table knows, and that the tagger
    gave another UPOS, the table's tags; returns how many words changed."""
    changed = 0
    for document in documents if isinstance(documents, list) else [documents]:
        for sentence in document.sentences:
            for word in sentence.words:
                tags = table.get(word.text)
                if tags is not None and word.upos != tags.upos:
                    word.upos, word.xpos, word.feats = tags.upos, tags.xpos, tags.feats
                    changed += 1
    return changed
