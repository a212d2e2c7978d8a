"""The quotation-span engine: find quoted stretches with marks alone, no parser.

One left-to-right pass per paragraph over the quote marks (found with one
``regex`` scan), a bounded stack for nesting, and flanking rules (as in
CommonMark) to tell opening from closing straight marks and quote marks from
apostrophes.  Work is linear in the input: the stack never holds more than
``MAX_DEPTH`` marks, so adversarial text cannot trigger quadratic behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterator

import regex

from . import lexicon

MAX_DEPTH = 4
FRAGMENT_MAX_WORDS = 3
SHORT_PHRASE_MAX_WORDS = 6


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted stretch of text.

    ``text == document[start:end]`` is the content inside the marks;
    ``mark_start``/``mark_end`` include the marks themselves.
    """

    text: str
    start: int
    end: int
    mark_start: int
    mark_end: int
    open_mark: str
    close_mark: str | None
    paragraph_index: int
    unclosed: bool = False
    fragment: bool = False
    continued: bool = False  # ran over more than one paragraph
    is_nested: bool = False  # inside another quotation (listed in its ``nested``)
    venue_title: bool = False  # the show or work where words were said ("on CNN's “State of the Union.”")
    nested: tuple[QuoteSpan, ...] = ()

    @property
    def marks(self) -> tuple[str, str | None]:
        return (self.open_mark, self.close_mark)


@dataclass(frozen=True)
class _Mark:
    family: str
    role: str


def _mark_table() -> dict[str, _Mark]:
    return {row[0]: _Mark(family=row[1], role=row[2]) for row in lexicon.table("quote_marks.tsv")}


_MARKS = _mark_table()
_MARK_CHARS = "".join(sorted({c for m in _MARKS for c in m}))
# A run of three or more identical mark characters is decoration or debris, never a quote
# mark: matched (and skipped) in one step.  Then the longest marks first, so `` and '' are
# read as one mark.
_MARK_RE = regex.compile(
    "(?P<run>([" + regex.escape(_MARK_CHARS) + r"])\2{2,})|"
    + "|".join(regex.escape(m) for m in sorted(_MARKS, key=len, reverse=True)))
_APOSTROPHE_WORDS = lexicon.words("apostrophe_words.txt")
_PARAGRAPH_BREAK_RE = regex.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK_RE = regex.compile(r"\n\s*")
_WORD_RE = regex.compile(r"\w+(?:[-'’]\w+)*")
_OPEN_PUNCT = set("([{<—–-/\u00a0")
_CLOSE_PUNCT = set(".,;:!?)]}>…—–-/")
_SINGLE_FAMILY = "single"


@dataclass
class _Open:
    mark: str
    family: str
    pos: int  # offset of the mark
    content_start: int
    paragraph_index: int
    children: list[QuoteSpan] = field(default_factory=list)
    continued: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) offsets.

    Blank lines separate paragraphs when the document has any; otherwise every
    line is a paragraph.  Leading/trailing whitespace is excluded.
    """
    breaker = _PARAGRAPH_BREAK_RE if _PARAGRAPH_BREAK_RE.search(text) else _LINE_BREAK_RE
    result: list[tuple[int, int]] = []
    pos = 0
    for m in breaker.finditer(text):
        _append_trimmed(text, pos, m.start(), result)
        pos = m.end()
    _append_trimmed(text, pos, len(text), result)
    return result


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def find_quotes(text: str) -> list[QuoteSpan]:
    """All top-level quotations in ``text``, in order; nested ones hang below.

    Never raises on odd input: stray marks are ignored, unclosed quotes end at
    their paragraph (flagged ``unclosed``) unless the next paragraph opens with
    a quote mark, the news convention for a quote that runs on.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes() needs str, not {type(text).__name__}")
    result: list[QuoteSpan] = []
    carried: _Open | None = None
    paras = paragraphs(text)
    for index, (p_start, p_end) in enumerate(paras):
        carried = _scan_paragraph(text, p_start, p_end, index, carried, result)
        if carried is not None:
            next_para = paras[index + 1] if index + 1 < len(paras) else None
            if next_para is None or not _opens_continuation(text, next_para[0], carried.mark):
                result.append(_close_unclosed(text, carried, p_end, index))
                carried = None
            else:
                carried.continued = True
    return result


def _opens_continuation(text: str, start: int, opener: str) -> bool:
    """The next paragraph re-opens the quote with the mark that opened it.

    Only the same mark counts: Breitbart opens every paragraph of a block quote with a straight
    mark it never closes, and a paragraph that then opens with a curly one holds a new quote.
    """
    mark = text[start:start + len(opener)]
    if mark != opener or _MARKS[mark].role not in ("open", "either"):
        return False
    return len(text) > start + len(mark) and not text[start + len(mark)].isspace()


def _scan_paragraph(text: str, p_start: int, p_end: int, p_index: int,
                    carried: _Open | None, out: list[QuoteSpan]) -> _Open | None:
    stack: list[_Open] = [carried] if carried is not None else []
    skip_first = carried is not None  # the continuation mark re-opens the carried quote
    for m in _MARK_RE.finditer(text, p_start, p_end):
        for mark, start, end in _marks_of(text, m, p_start, p_end):
            if skip_first:
                skip_first = False
                if start == p_start:
                    continue
            info = _MARKS[mark]
            action = _classify(text, start, end, p_start, p_end, mark, info, stack)
            if action == "open":
                if len(stack) < MAX_DEPTH:
                    stack.append(_Open(mark, info.family, start, end, p_index))
            elif action == "close":
                _close(text, stack, info.family, start, end, mark, p_index, out)
    if not stack:
        return None
    # Unclosed marks inside the outermost open quote are strays; their nested
    # quotes move to the outermost one, which may run on into the next paragraph.
    bottom = stack[0]
    for inner in stack[1:]:
        bottom.children.extend(inner.children)
    return bottom


def _marks_of(text: str, m: regex.Match[str], p_start: int, p_end: int) -> list[tuple[str, int, int]]:
    """The marks one match stands for.  A run of three or more equal marks is decoration and stands
    for none, except three apostrophes where two-apostrophe double quotes are in use (NYT style): a
    single quote nested at the edge of a double one, closing ("… one of us,'''": ' then '') or
    opening ("'''Sir, …": '' then ')."""
    if not m.group("run"):
        return [(m.group(), m.start(), m.end())]
    start, end = m.span()
    if m.group() != "'" * 3:
        return []
    prev = text[start - 1] if start > p_start else ""
    nxt = text[end] if end < p_end else ""
    if prev and not prev.isspace() and (not nxt or nxt.isspace() or nxt in _CLOSE_PUNCT):
        return [("'", start, start + 1), ("''", start + 1, end)]
    if nxt and not nxt.isspace() and (not prev or prev.isspace() or prev in _OPEN_PUNCT):
        return [("''", start, start + 2), ("'", start + 2, end)]
    return []


def _classify(text: str, start: int, end: int, p_start: int, p_end: int,
              mark: str, info: _Mark, stack: list[_Open]) -> str:
    """Decide whether a mark opens, closes or is ignored (apostrophe, stray)."""
    prev = text[start - 1] if start > p_start else ""
    nxt = text[end] if end < p_end else ""
    left = (prev == "" or prev.isspace() or prev in _OPEN_PUNCT or prev in _MARKS) and nxt != "" and not nxt.isspace()
    right = (nxt == "" or nxt.isspace() or nxt in _CLOSE_PUNCT or nxt in _MARKS) and prev != "" and not prev.isspace()
    family = info.family
    family_open = False
    for o in stack:  # at most MAX_DEPTH entries; a plain loop beats any() on this hot path
        if o.family == family:
            family_open = True
            break
    if info.family == _SINGLE_FAMILY and _is_apostrophe(text, start, end, p_end, prev, nxt, family_open):
        return "ignore"
    if info.role == "open":
        if right and not left and family_open:
            return "close"
        return "open" if nxt and not nxt.isspace() else "ignore"
    if info.role == "close":
        if family_open and prev and not prev.isspace():
            return "close"
        if family_open and right:
            return "close"
        if left and not right:
            return "open"
        return "close" if family_open else "ignore"
    # either: straight marks
    if right and not left:
        return "close" if family_open else "ignore"
    if left and not right:
        return "open"
    if family_open:
        return "close"
    return "ignore"


def _is_apostrophe(text: str, start: int, end: int, p_end: int, prev: str, nxt: str,
                   family_open: bool) -> bool:
    if prev.isalnum() and nxt.isalnum():
        return True  # it's, O'Neill, rock'n'roll
    if nxt.isdigit():
        return True  # '90s
    if nxt.isalpha() and (prev == "" or not prev.isalnum()):
        word = _WORD_RE.match(text, end, p_end)
        if word is not None and word.group().lower() in _APOSTROPHE_WORDS:
            # 'em, 'tis, rock 'n' roll -- unless it closes a quote right after
            tail = text[word.end():word.end() + 1]
            if not (word.group().lower() == "n" and tail not in _MARKS):
                return True
    if prev.isalpha() and not nxt.isalnum() and not family_open:
        return True  # drivers' and goin' when no single quote is open
    if prev.isalpha() and nxt == "" and not family_open:
        return True
    return False


def _close(text: str, stack: list[_Open], family: str, start: int, end: int, mark: str,
           p_index: int, out: list[QuoteSpan]) -> None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].family == family:
            break
    else:
        return
    opened = stack[depth]
    # Marks opened inside and never closed were strays: keep their children.
    for inner in stack[depth + 1:]:
        opened.children.extend(inner.children)
    del stack[depth:]
    span = _make_span(text, opened, start, end, mark, p_index, unclosed=False)
    if span is None:
        if stack:
            stack[-1].children.extend(opened.children)
        else:
            out.extend(replace(child, is_nested=False) for child in opened.children)
        return
    if stack:
        stack[-1].children.append(replace(span, is_nested=True))
    else:
        out.append(span)


def _close_unclosed(text: str, opened: _Open, p_end: int, p_index: int) -> QuoteSpan:
    span = _make_span(text, opened, p_end, p_end, None, p_index, unclosed=True)
    if span is None:  # an opening mark at the very end of a paragraph
        span = QuoteSpan(text="", start=opened.content_start, end=opened.content_start,
                         mark_start=opened.pos, mark_end=opened.content_start, open_mark=opened.mark,
                         close_mark=None, paragraph_index=opened.paragraph_index, unclosed=True,
                         fragment=True, nested=tuple(opened.children))
    return span


def _make_span(text: str, opened: _Open, close_start: int, close_end: int, close_mark: str | None,
               p_index: int, unclosed: bool) -> QuoteSpan | None:
    start, end = opened.content_start, close_start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    content = text[start:end]
    return QuoteSpan(
        text=content, start=start, end=end, mark_start=opened.pos, mark_end=close_end,
        open_mark=opened.mark, close_mark=close_mark, paragraph_index=opened.paragraph_index,
        unclosed=unclosed, fragment=is_fragment(content, text, opened.pos), continued=opened.continued,
        nested=tuple(opened.children), venue_title=is_venue_title(content, text, opened.pos),
    )


def is_fragment(content: str, text: str, mark_start: int) -> bool:
    """Scare quotes, titles and short phrases rather than someone's statement.

    A phrase of at most six words that does not end like a statement, and
    either has three words or fewer or does not start like a sentence ("called the plan a “giveaway” to developers").
    """
    words = 0
    for _ in _WORD_RE.finditer(content):
        words += 1
        if words > SHORT_PHRASE_MAX_WORDS:
            return False
    if words == 0:
        return True
    if _looks_like_title(content):
        return True  # “Face the Nation,” “The Art of the Deal”
    if _looks_like_title(content.rstrip().rstrip(".")) and _introduces_title(text, mark_start):
        return True  # on Fox News’s “Fox and Friends.”
    if content.rstrip()[-1:] in (".", "!", "?", ",", "…"):
        return False  # punctuated like a statement: “No,” she said.
    if words <= FRAGMENT_MAX_WORDS:
        return True
    return not (content[:1].isupper() and _sentence_context_before(text, mark_start))


def _looks_like_title(content: str, short_words: bool = False) -> bool:
    """Title case: every word capitalised but the small ones of data/title_small_words.txt, at least
    two capitals, no final stop; a word of four letters or more unless ``short_words`` ("New Day"
    after "CNN's")."""
    tokens = _WORD_RE.findall(content)
    if content.rstrip()[-1:] in (".", "!", "?") or len(tokens) < 2:
        return False
    long_words = [t for t in tokens if len(t) >= 4]
    capitals = [t for t in tokens if t[:1].isupper()]
    small = lexicon.words("title_small_words.txt")
    return len(capitals) >= 2 and (bool(long_words) or short_words) and all(
        t[:1].isupper() or t.lower() in small or t[:1].isdigit() for t in tokens)


_WORD_BEFORE = regex.compile(r"(\w+|['’]s),?\s*$")  # "in his book, “…”": a comma may come between


def _word_before(text: str, mark_start: int) -> regex.Match[str] | None:
    """The word (or "'s") right before an opening mark."""
    return _WORD_BEFORE.search(text, max(0, mark_start - 30), mark_start)


def _normalised(m: regex.Match[str]) -> str:
    return m.group(1).lower().replace("’", "'")


def _introduces_title(text: str, mark_start: int) -> bool:
    """The word before the mark names a work: "on", "titled", a possessive."""
    m = _word_before(text, mark_start)
    return m is not None and _normalised(m) in lexicon.words("title_introducers.txt")


def is_venue_title(content: str, text: str, mark_start: int) -> bool:
    """A title-case quotation right after "on", "in", a possessive …: where something was said."""
    m = _word_before(text, mark_start)
    if m is None or _normalised(m) not in lexicon.words("venue_introducers.txt"):
        return False
    if m.group(1)[0] in "'’":  # a possessive, not a contraction: "CNN's", not "It's" / "That's"
        owner = regex.search(r"(\w+)$", text[max(0, m.start() - 30):m.start()])
        # a named owner's title may be short words only: "on CNN’s “New Day,”"
        return owner is not None and owner.group(1)[:1].isupper() and owner.group(1).lower() not in _CONTRACTING \
            and _looks_like_title(content.rstrip().rstrip(".,"), short_words=True)
    return _looks_like_title(content.rstrip().rstrip(".,"))


# Words whose "'s" is "is" or "has" or "us" rather than a possessive.
_CONTRACTING = frozenset({"it", "that", "there", "here", "what", "who", "he", "she", "let", "where", "how", "this"})


def _sentence_context_before(text: str, mark_start: int) -> bool:
    before = text[max(0, mark_start - 3):mark_start].rstrip()
    return before == "" or before[-1] in ".:!?,\n—–-"


def walk(spans: list[QuoteSpan] | tuple[QuoteSpan, ...]) -> Iterator[QuoteSpan]:
    """Every span, nested ones included, in document order of their openings."""
    for span in spans:
        yield span
        yield from walk(span.nested)
