"""Typed results: round trips, JSON Schema coverage, no placeholder strings."""

from __future__ import annotations

import json

from conftest import REPO
from quoteattr import Analysis, Quote, QuoteKind


def test_analysis_round_trips_through_json(seed_analysis):
    data = json.loads(json.dumps(seed_analysis.to_dict()))
    again = Analysis.from_dict(data, seed_analysis.text)
    assert again == seed_analysis
    for q in seed_analysis.quotes:
        assert Quote.from_dict(q.to_dict()) == q


def test_unknown_values_are_none_not_placeholders(seed_analysis):
    def walk(value):
        if isinstance(value, dict):
            for v in value.values():
                yield from walk(v)
        elif isinstance(value, list):
            for v in value:
                yield from walk(v)
        else:
            yield value

    for value in walk(seed_analysis.to_dict()):
        assert value not in ("", "unknown speaker", "N/A", "none", "None")


def test_enums_serialise_as_strings(seed_analysis):
    kinds = {q["kind"] for q in seed_analysis.to_dict()["quotes"]}
    assert kinds <= {k.value for k in QuoteKind}


def test_json_schema_describes_every_field(seed_analysis):
    schema = json.loads((REPO / "docs" / "output.schema.json").read_text())
    doc = seed_analysis.to_dict()
    assert set(schema["required"]) == set(doc)
    quote_schema = schema["$defs"]["quote"]
    for q in doc["quotes"]:
        assert set(q) == set(quote_schema["properties"])
        assert set(quote_schema["required"]) <= set(q)
    speaker_schema = schema["$defs"]["speaker"]
    for s in doc["speakers"]:
        assert set(s) == set(speaker_schema["properties"])
