"""One entity per speaker: cluster names, surnames, titles and pronouns; find title conflicts.

Resolution runs in document order, like a reader: a surname joins the person
introduced with that full name, a title alone ("the foreign minister") joins the
most recent person introduced with an equivalent title, and a pronoun joins the
most recent compatible speaker.  Gender comes only from pronouns already used
for the person and from honorifics, never from first names.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .model import Conflict, Mention, Speaker, SpeakerKind
from .titles import SpeakerPhrase, TitleKey, normalize_title


@dataclass
class _Entity:
    id: int
    name: str | None = None
    title: str | None = None
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    organization: str | None = None
    gender: str | None = None
    titles: list[tuple[str, TitleKey, Mention]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    last_seen: int = -1

    def surname(self) -> str | None:
        return self.name.split()[-1].lower() if self.name else None


def mention_kind(phrase: SpeakerPhrase) -> str:
    if phrase.pronoun:
        return "pronoun"
    if phrase.kind is SpeakerKind.ORGANIZATION:
        return "organization"
    return "name" if phrase.name else "title"


def _role_matches(a: TitleKey, b: TitleKey) -> bool:
    if not a.role or not b.role:
        return False
    if not (a.role <= b.role or b.role <= a.role):
        return False
    return not (a.countries and b.countries and not (a.countries & b.countries))


class EntityResolver:
    """Feed speaker phrases in document order; read back entities and conflicts."""

    def __init__(self) -> None:
        self._entities: list[_Entity] = []
        # the entities most recently seen first (ties in order of creation), kept up to date as
        # mentions arrive rather than sorted for each one: long documents have thousands
        self._recent: list[_Entity] = []
        self._recent_keys: list[tuple[int, int]] = []
        self._at_span: dict[tuple[int, int], _Entity] = {}

    def add(self, phrase: SpeakerPhrase, antecedent: SpeakerPhrase | None = None) -> int | None:
        """Resolve one phrase to an entity id (None for an unresolvable pronoun).

        ``antecedent``: for a pronoun, the mention a reader would take it to stand for when
        that is no speaker's (see antecedents.py); it joins or founds an entity first.  For a
        definite description ("the Kentucky Republican") it counts only when no earlier
        entity holds the title."""
        mention = Mention(text=phrase.text, start=phrase.start, end=phrase.end, kind=mention_kind(phrase))
        entity = None
        if phrase.pronoun and antecedent is not None:
            entity = self._antecedent_entity(phrase, antecedent)
        if entity is None:
            entity = self._find(phrase)
        if entity is None and antecedent is not None and not phrase.pronoun:
            # "the Vermont senator" whose title nobody earlier had: the person just named
            entity = self._antecedent_entity(phrase, antecedent)
        if entity is None:
            if phrase.pronoun:
                return None
            entity = _Entity(id=len(self._entities))
            self._entities.append(entity)
        else:
            self._forget_recency(entity)
        self._update(entity, phrase, mention)
        self._note_recency(entity)
        self._at_span[(phrase.start, phrase.end)] = entity
        return entity.id

    def _antecedent_entity(self, pronoun: SpeakerPhrase, antecedent: SpeakerPhrase) -> _Entity | None:
        """The entity of a pronoun's non-speaking antecedent, added as a mention of it (a new
        entity when nobody of that name or title spoke before); None when gender rules it out."""
        span = (antecedent.start, antecedent.end)
        known = self._at_span.get(span)  # the antecedent is already a mention (it spoke)
        entity = known or self._find(antecedent)
        if entity is not None and pronoun.gender in ("m", "f") and (
                entity.kind is SpeakerKind.ORGANIZATION or entity.gender not in (None, pronoun.gender)):
            return None
        if known is not None:
            return known
        if entity is None:
            entity = _Entity(id=len(self._entities))
            self._entities.append(entity)
        else:
            self._forget_recency(entity)
        self._update(entity, antecedent, Mention(text=antecedent.text, start=antecedent.start, end=antecedent.end,
                                                 kind=mention_kind(antecedent)))
        self._note_recency(entity)
        self._at_span[span] = entity
        return entity

    @staticmethod
    def _recency_key(entity: _Entity) -> tuple[int, int]:
        return (-entity.last_seen, entity.id)

    def _forget_recency(self, entity: _Entity) -> None:
        at = bisect_left(self._recent_keys, self._recency_key(entity))
        del self._recent_keys[at], self._recent[at]

    def _note_recency(self, entity: _Entity) -> None:
        key = self._recency_key(entity)
        at = bisect_left(self._recent_keys, key)
        self._recent_keys.insert(at, key)
        self._recent.insert(at, entity)

    def add_mention(self, entity_id: int | None, mention: Mention) -> None:
        """One more mention of a resolved entity (a relative pronoun standing for it)."""
        if entity_id is not None:
            self._entities[entity_id].mentions.append(mention)

    def _find(self, phrase: SpeakerPhrase) -> _Entity | None:
        recent = self._recent
        if phrase.pronoun:
            return self._pronoun_antecedent(phrase, recent)
        if phrase.name:
            name = phrase.name.lower()
            last = name.split()[-1]
            for e in recent:
                if e.name is None:
                    continue
                if e.name.lower() == name:
                    return e
                if " " not in name and e.surname() == last:
                    return e
                if " " not in e.name and name.split()[-1] == e.name.lower():
                    return e
            if phrase.title:
                # A named person never merges into another named person by title alone.
                key = normalize_title(phrase.title)
                for e in recent:
                    if e.name is None and any(_role_matches(key, k) for _, k, _ in e.titles):
                        return e
            return None
        if phrase.title:
            key = normalize_title(phrase.title)
            for e in recent:
                if any(_role_matches(key, k) for _, k, _ in e.titles):
                    return e
        return None

    @staticmethod
    def _pronoun_antecedent(phrase: SpeakerPhrase, recent: list[_Entity]) -> _Entity | None:
        for e in recent:
            if phrase.gender in ("m", "f"):
                if e.kind is SpeakerKind.ORGANIZATION:
                    continue
                if e.gender is not None and e.gender != phrase.gender:
                    continue
                return e
            if phrase.pronoun == "they" and (e.kind is SpeakerKind.PERSON or e.gender in ("m", "f")):
                continue  # one person is "he" or "she" in news text; "they" are several
            if phrase.pronoun in ("they", "it", "we"):
                return e if e.kind is not SpeakerKind.PERSON or phrase.pronoun == "they" else None
        return None

    @staticmethod
    def _update(entity: _Entity, phrase: SpeakerPhrase, mention: Mention) -> None:
        entity.mentions.append(mention)
        entity.last_seen = max(entity.last_seen, phrase.start)
        if phrase.name and (entity.name is None or len(phrase.name) > len(entity.name)):
            entity.name = phrase.name
        if phrase.title:
            entity.titles.append((phrase.title, normalize_title(phrase.title), mention))
            if entity.title is None:
                entity.title = phrase.title
        if phrase.organization and entity.organization is None:
            entity.organization = phrase.organization
        if phrase.gender and entity.gender is None:
            entity.gender = phrase.gender
        if entity.kind is SpeakerKind.UNKNOWN and phrase.kind is not SpeakerKind.UNKNOWN:
            entity.kind = phrase.kind
        elif phrase.pronoun in ("he", "she") and entity.kind is SpeakerKind.UNKNOWN:
            entity.kind = SpeakerKind.PERSON

    def speakers(self) -> list[Speaker]:
        return [self._speaker(e) for e in self._entities]

    @staticmethod
    def _speaker(e: _Entity) -> Speaker:
        return Speaker(id=e.id, name=e.name, title=e.title, kind=e.kind, organization=e.organization,
                       mentions=tuple(sorted(e.mentions, key=lambda m: m.start)))

    def conflicts(self) -> list[Conflict]:
        """Titles with a country that two differently named people both hold."""
        found: list[Conflict] = []
        named = [e for e in self._entities if e.name and e.kind is not SpeakerKind.ORGANIZATION]
        for i, a in enumerate(named):
            for b in named[i + 1:]:
                if a.surname() == b.surname():
                    continue
                for title_a, key_a, mention_a in a.titles:
                    hit = next(((t, m) for t, k, m in b.titles
                                if key_a.countries and key_a.countries == k.countries and key_a.role == k.role), None)
                    if hit is not None:
                        found.append(Conflict(title=title_a, speakers=(a.id, b.id), mentions=(mention_a, hit[1])))
                        break
        return found
