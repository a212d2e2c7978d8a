"""Output formats: a readable table, JSON objects, and a standalone HTML page."""

from __future__ import annotations

import html
import json
from typing import Any

from .model import Analysis, Quote

_PALETTE = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#e5e7eb")


def document_object(analysis: Analysis) -> dict[str, Any]:
    """``{"source", "quotes", "speakers", "conflicts"}`` for one document."""
    return analysis.to_dict()


def to_json(analyses: list[Analysis]) -> str:
    return json.dumps([document_object(a) for a in analyses], ensure_ascii=False, indent=2)


def to_jsonl_line(analysis: Analysis) -> str:
    return json.dumps(document_object(analysis), ensure_ascii=False)


def to_text(analysis: Analysis) -> str:
    """A table a person can read in a terminal."""
    lines = [f"== {analysis.source or '<text>'}: {len(analysis.quotes)} quotes, {len(analysis.speakers)} speakers"]
    header = f"{'kind':9} {'offsets':>13}  {'speaker':28} {'cue':14} quote"
    lines.append(header)
    for q in analysis.quotes:
        who = _who(q)
        snippet = q.text.replace("\n", " ")
        if len(snippet) > 70:
            snippet = snippet[:67] + "..."
        cue = q.cue.text if q.cue else "-"
        lines.append(f"{q.kind.value:9} {q.start:>6}-{q.end:<6}  {who[:28]:28} {cue[:14]:14} {snippet}")
    for c in analysis.conflicts:
        names = " / ".join(m.text for m in c.mentions)
        lines.append(f"! title conflict: {c.title!r} claimed by {names}")
    return "\n".join(lines)


def _who(q: Quote) -> str:
    if q.speaker is None:
        return "?"
    parts = [q.speaker.name or (q.mention.text if q.mention else "?")]
    if q.speaker.title:
        parts.append(f"({q.speaker.title})")
    return " ".join(parts)


def to_html(analyses: list[Analysis]) -> str:
    """A standalone page highlighting each quote and its speaker mentions, with a legend."""
    body = [_document_html(a) for a in analyses]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>quoteattr</title>\n<style>"
        "body{font-family:Georgia,serif;max-width:52em;margin:2em auto;line-height:1.55;color:#111}"
        "article{white-space:pre-wrap;border-top:1px solid #ccc;padding-top:1em}"
        "mark{border-radius:3px;padding:0 1px}mark.speaker{font-weight:bold;border-bottom:2px solid #444}"
        "mark.indirect,mark.mixed{background-image:repeating-linear-gradient(45deg,transparent 0 6px,rgba(0,0,0,.06) 6px 8px)}"
        ".legend span{display:inline-block;margin:0 .6em .3em 0;padding:0 .4em;border-radius:3px}"
        ".conflict{color:#b91c1c}</style></head><body>\n"
        "<h1>quoteattr</h1>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _document_html(analysis: Analysis) -> str:
    colour = {s.id: _PALETTE[i % len(_PALETTE)] for i, s in enumerate(analysis.speakers)}
    events: list[tuple[int, int, str]] = []  # (start, end, opening tag)
    for q in analysis.quotes:
        c = colour.get(q.speaker.id, "#eee") if q.speaker else "#eee"
        who = html.escape(_who(q), quote=True)
        events.append((q.start, q.end, f'<mark class="{q.kind.value}" style="background:{c}" '
                                        f'title="{q.kind.value}: {who}">'))
    for s in analysis.speakers:
        for m in s.mentions:
            events.append((m.start, m.end, f'<mark class="speaker" style="background:{colour[s.id]}" '
                                           f'title="speaker #{s.id}">'))
    text = analysis.text
    out: list[str] = []
    opens: dict[int, list[tuple[int, str]]] = {}
    for start, end, tag in events:
        opens.setdefault(start, []).append((end, tag))
    # Non-overlapping rendering: an inner highlight that would cross an outer one is clipped.
    stack: list[int] = []
    pos = 0
    boundaries = sorted({0, len(text), *(e[0] for e in events), *(e[1] for e in events)})
    for b in boundaries:
        if b > pos:
            out.append(html.escape(text[pos:b]))
            pos = b
        while stack and stack[-1] <= b:
            stack.pop()
            out.append("</mark>")
        for end, tag in sorted(opens.get(b, []), key=lambda x: -x[0]):
            if stack and end > stack[-1]:
                end = stack[-1]
            if end <= b:
                continue
            out.append(tag)
            stack.append(end)
    while stack:
        stack.pop()
        out.append("</mark>")
    legend = "".join(f'<span style="background:{colour[s.id]}">{html.escape(s.name or (s.mentions[0].text if s.mentions else "?"))}'
                     f'{" — " + html.escape(s.title) if s.title else ""}</span>' for s in analysis.speakers)
    conflicts = "".join(f'<p class="conflict">Title conflict: “{html.escape(c.title)}” is given to '
                        f'{html.escape(" and ".join(m.text for m in c.mentions))}</p>' for c in analysis.conflicts)
    return (f"<section><h2>{html.escape(analysis.source or 'text')}</h2>"
            f"<div class=\"legend\">{legend}</div>{conflicts}<article>{''.join(out)}</article></section>")
