"""The ``quoteattr`` command: files, directories or stdin in; text, JSON, JSONL or HTML out."""

from __future__ import annotations

import argparse
import sys
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import Iterator, TextIO

from . import render
from .extractor import Extractor, analyze_keeping_errors
from .model import Analysis, Quote, QuoteKind
from .parsing import ModelError
from .spans import find_quotes


def _inputs(paths: list[str]) -> Iterator[tuple[str, Path | None]]:
    """(label, path) for each document; a path of ``-`` or none means stdin."""
    if not paths:
        yield "<stdin>", None
        return
    for p in paths:
        if p == "-":
            yield "<stdin>", None
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in (".txt", ".text", ".md", ".conllu", "") \
                        and not child.name.startswith("."):
                    yield str(child), child
        else:
            yield p, path


def _read(path: Path | None) -> str:
    if path is None:
        return sys.stdin.read()
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ValueError("looks like a binary file, not text")
    return data.decode("utf-8")


class _Progress:
    """A one-line progress bar on stderr, shown only for several files on a terminal-less-safe stream."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled, self.done = total, stream, enabled and total > 1, 0

    def step(self, label: str) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = int(width * self.done / self.total)
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {label[-40:]:40}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def _spans_only(text: str, source: str) -> Analysis:
    quotes = [Quote(text=s.text, start=s.start, end=s.end,
                    kind=QuoteKind.FRAGMENT if s.fragment else QuoteKind.DIRECT,
                    method="spans-only", paragraph_index=s.paragraph_index, unclosed=s.unclosed)
              for s in find_quotes(text)]
    return Analysis(text=text, quotes=tuple(quotes), source=source)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quoteattr", description="Find quotations in news text and who said them.")
    parser.add_argument("paths", nargs="*", help="files or directories (default: stdin)")
    parser.add_argument("--format", "-f", choices=("text", "json", "jsonl", "html"), default="text")
    parser.add_argument("--output", "-o", help="write here instead of stdout")
    parser.add_argument("--model", default=None,
                        help="'embedded' (default), 'stanza' (official models, if installed) or a model directory")
    parser.add_argument("--spans-only", action="store_true", help="quotation spans only, no parser (fast)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.add_argument("--jobs", "-j", type=int, default=1,
                        help="worker processes (each loads the models; worth it for many files on many cores)")
    return parser


# Documents parsed together: stanza batches their sentences (measured: 17% more words/s than one
# document at a time on PolNeAR dev, `docs/benchmarks.md`).
BATCH_DOCUMENTS = 8


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.jobs < 1:
        print("quoteattr: error: --jobs must be at least 1", file=sys.stderr)
        return 2
    inputs = list(_inputs(args.paths))
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    extractor: Extractor | None = None
    if not args.spans_only:
        extractor = Extractor(model=args.model)
    progress = _Progress(len(inputs), sys.stderr, not args.no_progress)
    failures = 0
    collected: list[Analysis] = []

    def emit(analysis: Analysis) -> None:
        if args.format == "jsonl":
            out.write(render.to_jsonl_line(analysis) + "\n")
        elif args.format == "text":
            out.write(render.to_text(analysis) + "\n")
        else:
            collected.append(analysis)

    def fail(label: str, exc: Exception) -> None:
        nonlocal failures
        failures += 1
        print(f"\nquoteattr: error: {label}: {exc}", file=sys.stderr)

    def deliver(result: Analysis | Exception, label: str) -> None:
        """One document's analysis, or its error reported in its place."""
        if isinstance(result, Exception):
            fail(label, result)
        else:
            emit(replace(result, source=label))
        progress.step(label)

    def flush(batch: list[tuple[str, str]]) -> None:
        """Analyse read documents together; one that fails is reported alone, the others kept."""
        assert extractor is not None
        for result, (_, label) in zip(analyze_keeping_errors(extractor, [text for text, _ in batch]), batch):
            deliver(result, label)

    def readable() -> Iterator[tuple[str, str]]:
        for label, path in inputs:
            try:
                yield _read(path), label
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                fail(label, exc)
                progress.step(label)

    def in_flight(extractor: Extractor) -> None:
        """--jobs N: the files stream to worker processes; results come back in order, errors in place."""
        from .workers import pipe_in_processes

        labels: deque[str] = deque()

        def texts() -> Iterator[str]:
            for text, label in readable():
                labels.append(label)
                yield text

        for result in pipe_in_processes(extractor.parser.model, extractor.parser.device, extractor.parse_all,
                                        texts(), BATCH_DOCUMENTS, args.jobs, keep_errors=True):
            deliver(result, labels.popleft())

    try:
        if extractor is not None and args.jobs > 1:
            in_flight(extractor)
        else:
            batch: list[tuple[str, str]] = []
            for text, label in readable():
                if extractor is None:
                    emit(_spans_only(text, label))
                    progress.step(label)
                    continue
                batch.append((text, label))
                if len(batch) == BATCH_DOCUMENTS:
                    flush(batch)
                    batch = []
            if batch:
                flush(batch)
        if args.format == "json":
            out.write(render.to_json(collected) + "\n")
        elif args.format == "html":
            out.write(render.to_html(collected))
    except ModelError as exc:
        print(f"quoteattr: error: {exc}", file=sys.stderr)
        return 2
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    return 1 if failures else 0

