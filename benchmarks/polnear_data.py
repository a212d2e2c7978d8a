"""Reading PolNeAR (brat standoff) for the benchmarks.  See docs/benchmarks.md for the choices.

- ``T`` lines: ``T1<TAB>Type START END[;START END...]<TAB>text``; a discontinuous span is a
  list of fragments, and we keep the fragments (overlap is measured on the union).
- ``E`` lines link one attribution: ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``.
- Text files are ``<name>.txt``; annotation files ``<name>_<annotator>.ann``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import re

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "data" / "polnear"
_QUOTE_PAIR = re.compile(r"[“\"]|''|``|”")


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    source: list[tuple[int, int]] = field(default_factory=list)

    def content_text(self, text: str) -> str:
        return " ".join(text[a:b] for a, b in self.content)

    def is_quotation(self, text: str) -> bool:
        """Direct or mixed: the content holds a pair of double quotation marks.

        Fragments are read with any quotation-mark characters right beside them: annotators
        sometimes start a span one character into NYT's two-apostrophe mark ("'Perhaps …,''").
        """
        return holds_quotation(text, self.content)


def holds_quotation(text: str, spans: list[tuple[int, int]]) -> bool:
    """Two double quotation marks in the spans or right beside them: the test for metric (a).

    Applied to gold contents and predicted units alike, so both sides of (a) mean the same
    thing: quotations in double marks (a transcript turn or a quote in single marks is left to (c)).
    """
    return len(_QUOTE_PAIR.findall(" ".join(_with_adjacent_marks(text, a, b) for a, b in spans))) >= 2


def _with_adjacent_marks(text: str, start: int, end: int) -> str:
    """The span widened over quotation-mark characters beside it, also past one space
    between marks (``'outreach,' "`` closes a nested quote; ``” … what`` opens a paragraph)."""
    while start > 0 and (text[start - 1] in _MARK_CHARS
                         or (start > 1 and text[start - 1] == " " and text[start - 2] in _MARK_CHARS)):
        start -= 1
    while end < len(text) and (text[end] in _MARK_CHARS
                               or (end + 1 < len(text) and text[end] == " " and text[end + 1] in _MARK_CHARS)):
        end += 1
    return text[start:end]


_MARK_CHARS = frozenset("“”\"'`")


@dataclass
class GoldDocument:
    name: str
    text: str
    attributions: list[GoldAttribution]


def _spans(field_text: str) -> list[tuple[int, int]]:
    out = []
    for part in field_text.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 1:
            ident, info, *_ = line.split("\t")
            kind, _, offsets = info.partition(" ")
            spans[ident] = (kind, _spans(offsets))
        elif line.startswith("E") and "\t" in line:
            ident, info = line.split("\t")[:2]
            events.append(dict(part.split(":", 1) for part in info.split()))
    result = []
    for event in events:
        att = GoldAttribution()
        for role, ref in event.items():
            role = role.rstrip("0123456789")
            if ref in spans and role in ("Content", "Cue", "Source"):
                getattr(att, role.lower()).extend(spans[ref][1])
        if att.content:
            result.append(att)
    return result


def load_split(split: str, limit: int | None = None) -> list[GoldDocument]:
    base = POLNEAR / split
    if not base.exists():
        raise SystemExit(f"PolNeAR {split} split not found at {base}")
    texts = {p.stem: p for p in (base / "text").glob("*.txt")}
    docs = []
    for ann in sorted((base / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem not in texts:
            continue
        docs.append(GoldDocument(stem, texts[stem].read_text(encoding="utf-8"), read_ann(ann)))
        if limit and len(docs) >= limit:
            break
    return docs
