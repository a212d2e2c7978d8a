"""Real news from PolNeAR dev (read from ../shared, skipped without it): invariants and
the promise that parsing only selected sentences changes nothing."""

from __future__ import annotations

import pytest

from conftest import needs_shared
from quoteattr import Extractor


@pytest.fixture(scope="module")
def dev_texts():
    folder = needs_shared("data/polnear/dev/text")
    files = sorted(folder.glob("*.txt"))[:4]
    return [f.read_text(encoding="utf-8") for f in files]


def test_selective_parse_equals_full_parse_on_dev(extractor, dev_texts):
    everything = Extractor(parse_all=True)
    everything.parser = extractor.parser
    for text in dev_texts:
        assert extractor.analyze(text) == everything.analyze(text)


def test_offsets_and_speakers_on_dev(extractor, dev_texts):
    for analysis in extractor.pipe(dev_texts, batch_size=2):
        text = analysis.text
        for q in analysis.quotes:
            assert text[q.start:q.end] == q.text
            if q.speaker is not None:
                assert q.speaker in analysis.speakers
            for part in (q.cue, q.mention, *q.segments):
                if part is not None:
                    assert text[part.start:part.end] == part.text
