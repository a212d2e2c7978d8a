"""Worker processes for ``Extractor.pipe(..., n_process=N)``.

Why processes: torch's threads split only the larger matrix products; the Python work between
them (tokenisation, tree decoding, the attribution rules) runs on one core.  Separate processes
run all of it side by side, each with its own copy of the models and an equal share of the
CPU's threads.  The one extractor a worker holds lives in that worker process only;
the calling process keeps no state.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Iterable, Iterator

from .extractor import Extractor, analyze_keeping_errors
from .model import Analysis

_WORKER: Extractor | None = None  # this worker process's Extractor (set by _start, never in the caller's process)


def _start(model: Any, device: str, parse_all: bool, threads: int) -> None:
    global _WORKER
    import torch

    torch.set_num_threads(threads)
    _WORKER = Extractor(model=model, device=device, parse_all=parse_all)


def _analyze(batch: list[Any]) -> list[Analysis | Exception]:
    assert _WORKER is not None, "a worker analyses only after _start"
    return analyze_keeping_errors(_WORKER, batch)


def pipe_in_processes(model: Any, device: str, parse_all: bool, documents: Iterable[Any],
                      batch_size: int, n_process: int, keep_errors: bool = False) -> Iterator[Any]:
    """Analyses of ``documents`` in input order, batches spread over ``n_process`` workers.

    A document that is bad input raises its error where it stands in the stream, as one process
    would; with ``keep_errors`` the error is yielded in its place instead (the command line reports
    it and goes on)."""
    threads = max(1, (os.cpu_count() or 1) // n_process)
    context = multiprocessing.get_context("spawn")  # forking a process that holds torch threads can hang
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start,
                             initargs=(model, device, parse_all, threads)) as pool:
        pending: deque[Future[list[Analysis | Exception]]] = deque()
        batch: list[Any] = []
        for document in documents:
            batch.append(document)
            if len(batch) == batch_size:
                pending.append(pool.submit(_analyze, batch))
                batch = []
                while len(pending) > 2 * n_process:  # a bounded window: long streams stay in memory budget
                    yield from _results(pending.popleft(), keep_errors)
        if batch:
            pending.append(pool.submit(_analyze, batch))
        while pending:
            yield from _results(pending.popleft(), keep_errors)


def _results(future: Future[list[Analysis | Exception]], keep_errors: bool) -> Iterator[Any]:
    for result in future.result():
        if isinstance(result, Exception) and not keep_errors:
            raise result
        yield result
