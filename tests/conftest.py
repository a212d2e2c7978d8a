from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def extractor():
    from quoteattr import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "russia-nato-talks.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(extractor, seed_text):
    return extractor.analyze(seed_text, source="russia-nato-talks.txt")


def needs_shared(path: str) -> Path:
    target = SHARED / path
    if not target.exists():
        pytest.skip(f"needs ../shared/{path} (shared data not present)")
    return target
