"""Who a pronoun speaker is: quoteattr's entities against GUM's gold coreference.

PolNeAR scores the speaker *mention* of a quote ("he"); a reader wants the *person*.  GUM
(UD English-GUM, CC BY-NC-SA: evaluation only) marks every mention with its entity in the
MISC column (``Entity=(12-person-…`` … ``12)``).  This script runs quoteattr on the gold parses
of GUM's news documents (parsed input: the rules and entity resolution are judged, not the
parser) and asks, for each quote whose mention is a pronoun (or "who"), whether the speaker
quoteattr resolved it to is named by a mention of the same gold entity.

It also asks, for every quote whose speaker is a gold *person* that the document names in full
somewhere (two or more proper-noun words inside one of its mentions), whether quoteattr's speaker
carries a full name with that surname: "Scholz said" should come out as Olaf Scholz.

    python benchmarks/gum_speakers.py            # GUM news documents of train, dev and test
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quoteattr import Extractor  # noqa: E402
from quoteattr.extractor import _prepare  # noqa: E402

UD = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ud"
_OPEN = re.compile(r"\((\d+)-[^()]*?(\))?(?=\(|\d+\)|$)")
_CLOSE = re.compile(r"(?<![\w-])(\d+)\)")


@dataclass(frozen=True)
class GoldMention:
    sentence: int
    first: int  # word indexes, 1-based, inclusive
    last: int
    entity: str
    kind: str = ""  # GUM's entity type: person, organization, place, …


def news_documents(files: list[Path]) -> list[tuple[str, str]]:
    """(document id, CoNLL-U text) of every GUM news document."""
    docs: list[tuple[str, str]] = []
    for path in files:
        current: list[str] = []
        name = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newdoc id = "):
                if name and name.startswith("GUM_news"):
                    docs.append((name, "\n".join(current) + "\n"))
                name, current = line.split("= ", 1)[1].strip(), []
            current.append(line)
        if name and name.startswith("GUM_news"):
            docs.append((name, "\n".join(current) + "\n"))
    return docs


def gold_mentions(conllu: str) -> list[GoldMention]:
    """Mentions with their entity, from the Entity= brackets of each word's MISC column."""
    mentions: list[GoldMention] = []
    sentence = -1
    opened: dict[str, list[tuple[int, int, str]]] = {}
    for line in conllu.splitlines():
        if line.startswith("# sent_id"):
            sentence += 1
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue  # multi-word token ranges and empty nodes carry no entity brackets here
        word = int(cols[0])
        misc = next((part[len("Entity="):] for part in cols[9].split("|") if part.startswith("Entity=")), "")
        for m in _OPEN.finditer(misc):
            kind = m.group(0)[len(m.group(1)) + 2:].split("-", 1)[0]
            if m.group(2):
                mentions.append(GoldMention(sentence, word, word, m.group(1), kind))
            else:
                opened.setdefault(m.group(1), []).append((sentence, word, kind))
        for m in _CLOSE.finditer(re.sub(r"\(\d+-[^()]*?\)", "", misc)):
            stack = opened.get(m.group(1))
            if stack:
                s, first, kind = stack.pop()
                mentions.append(GoldMention(s, first, word, m.group(1), kind))
    return mentions


def entity_at(mentions: list[GoldMention], spans: list[tuple[int, int]]) -> str | None:
    """The entity of the smallest gold mention covering all the given (sentence, word) positions."""
    covering = [m for m in mentions if all(m.sentence == s and m.first <= w <= m.last for s, w in spans)]
    if not covering:
        return None
    return min(covering, key=lambda m: m.last - m.first).entity


def full_names(mentions: list[GoldMention], sentences: list) -> dict[str, str]:
    """Gold person entity -> its full name: of the runs of two or more proper nouns inside its
    mentions, the one whose last word ends most of its mentions ("Jeff Rathke" for "Jeff Rathke,
    the State Department Spokesperson" / "Rathke"), the longest of equals."""
    runs: dict[str, list[str]] = {}
    endings: dict[str, list[str]] = {}
    for m in mentions:
        if m.kind != "person":
            continue
        words = sentences[m.sentence].words[m.first - 1:m.last]
        endings.setdefault(m.entity, []).append(words[-1].text.lower())
        run: list[str] = []
        for w in [*words, None]:
            if w is not None and w.upos == "PROPN" and w.text[:1].isupper():
                run.append(w.text)
                continue
            if len(run) >= 2:
                runs.setdefault(m.entity, []).append(" ".join(run))
            run = []
    return {entity: max(found, key=lambda r: (endings[entity].count(r.split()[-1].lower()), len(r)))
            for entity, found in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--splits", nargs="+", default=["train", "dev", "test"])
    parser.add_argument("--show", action="store_true", help="print every pronoun speaker judged")
    args = parser.parse_args()
    files = [UD / f"en_gum-ud-{split}.conllu" for split in args.splits]
    if not all(f.exists() for f in files):
        sys.exit(f"GUM not found under {UD}")
    extractor = Extractor(model="/nonexistent-model-dir")  # parsed input never loads a model
    counts = {"pronoun": 0, "pronoun_named": 0, "pronoun_right": 0, "person": 0, "full_name": 0,
              "kinded": 0, "kind_right": 0}
    docs = news_documents(files)
    for name, conllu in docs:
        mentions = gold_mentions(conllu)
        text, sentences = _prepare(conllu)
        assert sentences is not None
        position = {}  # character offset of a word's start -> (sentence, word)
        for k, s in enumerate(sentences):
            for w in s.words:
                position[w.start] = (k, w.index)

        def words_in(start: int, end: int) -> list[tuple[int, int]]:
            return [position[o] for o in sorted(position) if start <= o < end]

        known = full_names(mentions, sentences)
        analysis = extractor.analyze(conllu)
        for q in analysis.quotes:
            if q.speaker is None or q.mention is None:
                continue
            gold = entity_at(mentions, words_in(q.mention.start, q.mention.end)[-1:])
            if gold is None:
                continue  # the mention is no gold mention (a misread speaker): PolNeAR-style (b) judges that
            named = [m for m in q.speaker.mentions if m.kind in ("name", "title", "organization")]
            # a named mention may run on ("Matthew Ingram, a blogger at GigaOM"): its first and last
            # words each name an entity, and either may be the speaker's
            resolved = {entity_at(mentions, [w]) for m in named for w in (words_in(m.start, m.end)[:1]
                                                                          + words_in(m.start, m.end)[-1:])} - {None}
            gold_kind = next((m.kind for m in mentions if m.entity == gold), "")
            if gold_kind in ("person", "organization"):  # what Speaker.kind distinguishes
                counts["kinded"] += 1
                counts["kind_right"] += q.speaker.kind.value == gold_kind
                if args.show and q.speaker.kind.value != gold_kind:
                    print(f"{name}: {q.mention.text!r} -> kind {q.speaker.kind.value} (gold: {gold_kind})")
            if gold in known:
                counts["person"] += 1
                ours = (q.speaker.name or "").split()
                right = len(ours) >= 2 and ours[-1].lower() == known[gold].split()[-1].lower()
                counts["full_name"] += right
                if args.show and not right:
                    print(f"{name}: {q.mention.text!r} -> name {q.speaker.name!r} (gold full name: {known[gold]!r})")
            if q.mention.kind == "pronoun":
                counts["pronoun"] += 1
                if named:
                    counts["pronoun_named"] += 1
                    counts["pronoun_right"] += gold in resolved
                if args.show:
                    first = next((m for m in mentions if m.entity == gold and m.last > m.first), None)
                    truth = " ".join(w.text for w in sentences[first.sentence].words[first.first - 1:first.last]) \
                        if first is not None else "?"
                    print(f"{name}: {q.mention.text!r} -> {q.speaker.name or q.speaker.title!r} "
                          f"{'right' if gold in resolved else 'wrong' if named else 'unresolved'} (gold: {truth!r})")
    print(f"GUM news documents: {len(docs)}")
    p, n, r = counts["pronoun"], counts["pronoun_named"], counts["pronoun_right"]
    print(f"quotes with a pronoun mention: {p}; resolved to a named speaker: {n}; "
          f"to the right entity: {r} ({r / max(n, 1):.2f} of resolved, {r / max(p, 1):.2f} of all)")
    f, t = counts["full_name"], counts["person"]
    print(f"quotes by a person the document names in full: {t}; speaker named in full: {f} ({f / max(t, 1):.2f})")
    k, kr = counts["kinded"], counts["kind_right"]
    print(f"quotes by a gold person or organisation: {k}; speaker of that kind: {kr} ({kr / max(k, 1):.2f})")


if __name__ == "__main__":
    main()
