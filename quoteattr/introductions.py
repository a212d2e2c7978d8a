"""Who a surname speaker is: the full name and title the text introduced that person with.

"German Chancellor Olaf Scholz met Macron on Tuesday. … “We agree,” Scholz said.": the first
mention is no speaker's, so the entity resolver never saw it. Reading the text before the
quote for the surname with given names (and title words) right before it recovers "Olaf
Scholz, German Chancellor", unless two different given names compete (Bill and Hillary
Clinton). Plain text, no parse: the sentences around an introduction need not be parsed.
"""

from __future__ import annotations

import regex

from . import lexicon
from .marks import POSSESSIVE_ENDINGS
from .model import SpeakerKind
from .speaker_words import (DETERMINERS, countries, demonyms, honorifics, is_org_word, is_title_word,
                            role_of_honorifics, title_objects)
from .titles import SpeakerPhrase

# A capitalised word of a name as written before a surname ("Olaf", "John", "F.", "Jean-Marc").
_GIVEN_NAME = regex.compile(r"\p{Lu}[\p{L}'’-]*\.?")
# Lower-case words that may stand right before an introduction's title ("by Sen. …", "and Gov. …").
_LEAD_BOUNDARIES = frozenset({"the", "a", "an", "of", "by", "to", "with", "for", "and", "or", "from", "as", "said",
                              "says", "told", "that", "when", "while", "but"})
# A middle initial or initials ("F.", "K.C.", "G.K.").
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
# How many given names and title words before a surname an introduction may have.
MAX_GIVEN_NAMES = 3
MAX_TITLE_WORDS = 4


def introduced_name(text: str, surname: str, before: int,
                    introductions: list[tuple[str, SpeakerPhrase]] | None = None) -> SpeakerPhrase | None:
    """The full name, with the title words written before it, under which a person quoted by
    surname alone was introduced earlier in the text ("German Chancellor Olaf Scholz met …"
    before "Scholz said"), though not as a speaker. None when no earlier mention gives a given
    name, or two give different ones (Bill and Hillary Clinton). ``introductions``: the surname's
    ``name_introductions``, when the caller keeps them for several speakers."""
    found: dict[str, SpeakerPhrase] = {}
    for given, phrase in name_introductions(text, surname) if introductions is None else introductions:
        if phrase.end <= before:
            found.setdefault(given, phrase)
    return next(iter(found.values())) if len(found) == 1 else None


def name_introductions(text: str, surname: str) -> list[tuple[str, SpeakerPhrase]]:
    """Every mention of the surname with given names before it, in text order, each with its
    given names in lower case: one scan of the text per surname."""
    found: list[tuple[str, SpeakerPhrase]] = []
    for m in regex.finditer(rf"(?<![\p{{L}}'’-]){regex.escape(surname)}(?![\p{{L}}'’-])", text):
        tokens = list(regex.finditer(r"\S+", text[max(0, m.start() - 200):m.start()]))
        offset = max(0, m.start() - 200)
        given: list[regex.Match[str]] = []
        for t in reversed(tokens):
            word = t.group()
            gap = text[offset + t.end():offset + (given[0].start() if given else m.start() - offset)]
            if len(given) == MAX_GIVEN_NAMES or not _GIVEN_NAME.fullmatch(word) or _not_a_given_name(word) \
                    or word.endswith(POSSESSIVE_ENDINGS) \
                    or "\n" in gap or (word.endswith(".") and not _INITIALS.fullmatch(word)):
                break  # not across a paragraph or a full stop ("… Valeant. Paulson")
            given.insert(0, t)
        if not given or (given and text[offset + given[-1].end():m.start()].strip()):
            continue
        preceding = tokens[len(tokens) - len(given) - 1].group().lower() if len(tokens) > len(given) else ""
        if preceding in ("of", "for", "at", "in", "on") and len(given) > 1:
            given = given[1:]  # "Chief of Staff Denis McDonough": the office's object is no given name
        lead: list[regex.Match[str]] = []
        for t in reversed(tokens[:len(tokens) - len(given)]):
            word = t.group().lower()
            if len(lead) == MAX_TITLE_WORDS or not (is_title_word(word) or word in demonyms() or word in honorifics()
                                                    or is_org_word(word)):
                break
            lead.insert(0, t)
        rest = tokens[:len(tokens) - len(given) - len(lead)]
        previous = rest[-1].group() if rest else ""
        if lead and previous[-1:].isalnum() and previous.lower() not in _LEAD_BOUNDARIES:
            lead = []  # "communications director Jennifer Palmieri": only part of the title was read
        start = offset + (lead or given)[0].start()
        name = " ".join(t.group() for t in given) + " " + surname
        titles = [t.group() for t in lead if t.group().lower() not in honorifics()]
        title = " ".join(titles) if any(is_title_word(w) for w in titles) else role_of_honorifics([t.group() for t in lead])
        gender = next((honorifics()[t.group().lower()] for t in lead
                       if honorifics().get(t.group().lower()) in ("m", "f")), None)
        found.append((" ".join(t.group() for t in given).lower(), SpeakerPhrase(
            start, m.end(), text[start:m.end()], name, title, SpeakerKind.PERSON, None, None, gender)))
    return found


def _not_a_given_name(word: str) -> bool:
    """Capitalised words that open sentences or name roles, places, times and bodies, not people."""
    lower = word.lower().rstrip(".")
    return (is_title_word(lower) or is_title_word(lower.removesuffix("s")) or lower in demonyms() or lower in honorifics() or word.lower() in honorifics()
            or is_org_word(lower) or lower in DETERMINERS or lower in lexicon.words("sentence_openers.txt")
            or lower in lexicon.words("time_nouns.txt") or lower in countries() or lower in title_objects()
            or word.isupper() and len(word) > 2)
