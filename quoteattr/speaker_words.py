"""The word lists a speaker phrase is read with (data files of the package): title words,
honorifics and the offices they abbreviate, demonyms and countries, organisation words, nouns that
name a person, offices named with "of" ("Secretary of State")."""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})


def is_title_word(word: str) -> bool:
    return word.lower() in lexicon.words("titles.txt")


def is_person_noun(word: str) -> bool:
    """A common noun or title word that names a person ("a teacher", "one poster", "an official"):
    data/person_nouns.txt and data/titles.txt."""
    lower = word.lower()
    return lower in lexicon.words("person_nouns.txt") or lower in lexicon.words("titles.txt")


@lru_cache(maxsize=None)
def honorifics() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in lexicon.table("honorifics.tsv")}


@lru_cache(maxsize=None)
def _honorific_roles() -> dict[str, str]:
    """"sen." → "Senator": the role an abbreviated title before a name stands for."""
    return {row[0].lower(): row[2] for row in lexicon.table("honorifics.tsv") if len(row) > 2 and row[2] != "-"}


def role_of_honorifics(words: list[str]) -> str | None:
    """"Lt. Gov." → "Lieutenant Governor": the title the honorifics before a name spell out."""
    roles = [_honorific_roles()[w.lower()] for w in words if w.lower() in _honorific_roles()]
    return " ".join(roles) or None


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("demonyms.tsv")}


@lru_cache(maxsize=None)
def countries() -> frozenset[str]:
    return frozenset(demonyms().values())


def is_org_word(word: str) -> bool:
    return word.lower() in lexicon.words("organization_words.txt")


@lru_cache(maxsize=None)
def title_objects() -> frozenset[str]:
    return frozenset(lexicon.words("title_objects.txt"))


@lru_cache(maxsize=None)
def bare_honorifics() -> frozenset[str]:
    """Honorifics without their period ("Sen", "Mr"), as a tagger may split them."""
    return frozenset(h.rstrip(".") for h in honorifics())
