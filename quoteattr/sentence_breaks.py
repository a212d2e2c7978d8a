"""Repairs to the tokenizer's sentence breaks, made before tagging and parsing.

A small tokenizer breaks sentences after title abbreviations, middle initials and a plural's
possessive apostrophe, and runs two sentences together after a closed quotation; either way the
attribution rules would see the wrong clause. The rules here join or split stanza's tokenized
sentences on one line of text and renumber their words, keeping every token and its offsets.
"""

from __future__ import annotations

import re

from . import lexicon
from .marks import CLOSING_QUOTE_CHARS


_SENTENCE_END = frozenset(".!?:;…)]") | CLOSING_QUOTE_CHARS


def continues(previous: list[str], first: str, attached: bool = False) -> bool:
    """Whether a sentence break between tokens ``previous`` (the last three) and ``first`` is false:
    no final punctuation ("Foreign Minister Annalena | Baerbock, stated"), a title abbreviation
    before a name ("panel Chairman Rep. | Jason Chaffetz said", "Ms | . | Wahl told"), a plural's
    possessive apostrophe (``attached``: written right after the word; "the plaintiffs' | Muslim
    identity", "Fox News' | The Kelly File"), a middle initial between two names ("said Alan B. |
    Krueger, a professor"), or a lower-case opening right after a quotation or a bracket ("… pay
    his?” | a narrator in the ad asks.")."""
    if not previous:
        return False
    last = previous[-1]
    before = previous[-2] if len(previous) >= 2 else ""
    if last[-1] not in _SENTENCE_END:
        return True
    if attached and last in ("'", "’") and before.isalpha() and before[-1] in "sS":
        return True
    abbreviations = lexicon.words("name_abbreviations.txt")
    if last.lower() in abbreviations or (last == "." and before.lower() + "." in abbreviations):
        return True
    if _middle_initial(previous) and _opens_surname(first):
        return True
    return last[-1] in _CLOSING_MARKS and first[:1].islower()


def _middle_initial(previous: list[str]) -> bool:
    """Whether ``previous`` ends on a capitalised name and one initial: "Alan B." or "Alan B | ."."""
    if previous[-1] == ".":
        initial, name = (previous[-2], previous[-3]) if len(previous) >= 3 else ("", "")
        is_initial = re.fullmatch(r"[A-Z]", initial) is not None
    else:
        initial, name = previous[-1], previous[-2] if len(previous) >= 2 else ""
        is_initial = re.fullmatch(r"[A-Z]\.", initial) is not None
    return is_initial and name[:1].isupper() and name.replace(".", "").isalpha()


def _opens_surname(first: str) -> bool:
    """A capitalised word that no sentence-opening word is ("Krueger", not "The", "But", "While")."""
    return first[:1].isupper() and first.isalpha() and first.lower() not in lexicon.words("sentence_openers.txt")


# also brackets: 'he "honestly [doesn't] | know the answer"' (an editor's insertion ends no sentence)
_CLOSING_MARKS = CLOSING_QUOTE_CHARS | {")", "]"}


def repair_sentence_breaks(doc: object, text: str) -> object:
    """Undo false sentence breaks inside one line of text (see :func:`continues`), and break after a
    closed quotation that a new sentence follows (see :func:`new_sentence_after`)."""
    from stanza.models.common.doc import Document

    sentences = doc.sentences  # type: ignore[attr-defined]
    groups: list[list[dict]] = []
    prev_end = -1
    prev_tokens: list[str] = []
    prev_attached = False
    for sent in sentences:
        words = sent.to_dict()
        first_start = sent.tokens[0].start_char
        gap = text[prev_end:first_start] if prev_end >= 0 and first_start is not None else "\n"
        if groups and "\n" not in gap and continues(prev_tokens, sent.tokens[0].text, prev_attached):
            _shift_ids(words, _last_id(groups[-1]))
            groups[-1].extend(words)
        else:
            groups.append(words)
        prev_end = sent.tokens[-1].end_char if sent.tokens[-1].end_char is not None else -1
        prev_tokens = [t.text for t in sent.tokens[-3:]]
        prev_attached = len(sent.tokens) > 1 and sent.tokens[-2].end_char == sent.tokens[-1].start_char
    parts = [part for group in groups for part in _split_after_closed_quotes(group)]
    if len(parts) == len(sentences) and len(groups) == len(sentences):
        return doc
    return Document(parts, text=text)


def _last_id(words: list[dict]) -> int:
    return max(int(w["id"][-1]) if isinstance(w["id"], (tuple, list)) else int(w["id"]) for w in words)


def _shift_ids(words: list[dict], delta: int) -> None:
    """Renumber word entries in place (a multi-word token's id is a range)."""
    for w in words:
        w["id"] = tuple(i + delta for i in w["id"]) if isinstance(w["id"], (tuple, list)) else int(w["id"]) + delta


def _split_after_closed_quotes(words: list[dict]) -> list[list[dict]]:
    """One sentence's word entries, cut where :func:`new_sentence_after` says a sentence starts."""
    tokens = _token_positions(words)
    cuts = [tokens[n + 1] for n in range(1, len(tokens) - 1)
            if new_sentence_after(words[tokens[n - 1]]["text"], words[tokens[n]]["text"], words[tokens[n + 1]]["text"])]
    if not cuts:
        return [words]
    parts: list[list[dict]] = []
    for low, high in zip([0, *cuts], [*cuts, len(words)]):
        part = words[low:high]
        _shift_ids(part, -_last_id(parts[-1]) if parts else 0)
        parts.append(part)
    return parts


def _token_positions(words: list[dict]) -> list[int]:
    """Where each token starts in a sentence's word entries (a multi-word token's entry, then its words)."""
    positions: list[int] = []
    covered = 0
    for n, w in enumerate(words):
        if isinstance(w["id"], (tuple, list)):
            positions.append(n)
            covered = int(w["id"][-1])
        elif int(w["id"]) > covered:
            positions.append(n)
    return positions


def new_sentence_after(before: str, mark: str, first: str) -> bool:
    """"… are not helping.'' | But Ms. Capito also said …": a quotation closed after its own final
    punctuation, then a capitalised sentence opener (data/sentence_openers.txt), starts a new
    sentence the tokenizer ran on. A name there may be the speaker ("?'' Mrs. Clinton asked"), and
    so may "I" ("“Why?” I asked"), so those go on."""
    return before in (".", "?", "!", "…") and bool(mark) and set(mark) <= CLOSING_QUOTE_CHARS \
        and first[:1].isupper() and first.isalpha() and first != "I" and not _opens_surname(first)
