#!/usr/bin/env bash
# The next GPU session's training plan for issue #3 in one call on a lent device machine
# (docs/models.md, "The next GPU session"): three taggers side by side (on all of EWT train, to ship;
# on each half, to retag train for the parser: jackknifing), the parser's train data retagged by
# the tagger that did not see it, the shipped parser continued on those tags, and both models
# packaged into $OUT (the parser split in parts: the device tool returns files of 16 MiB at most).
#
# Prepare here, once (the device machine reaches no network; its python3 has torch, not stanza):
#   echo /.whl/ >> .git/info/exclude
#   for p in stanza==1.15.0 emoji==2.16.0 orjson==3.13.0 platformdirs==4.14.8 udtools==0.2.9 udapi==0.5.2 \
#            colorama==0.4.6 termcolor==3.3.0; do python3 -m pip download --no-deps --only-binary=:all: \
#     --python-version 3.12 --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
#     --platform manylinux2014_x86_64 -d .whl "$p"; done
#   python training/train_models.py prepare && python training/train_models.py split
#   tar -cJf training/work/data.tar.xz -C training/work data/pos data/pos_a data/pos_b data/depparse
# Then, with the device tool: run(command="bash training/gpu_session.sh", carry=[".whl",
# "training/work/data.tar.xz"], timeout_s=600). Here, afterwards: cat OUT/depparse.pt.part-* > depparse.pt.
#
# A CPU smoke test of the same steps (no install, a few steps each):
#   DEVICE=cpu SKIP_INSTALL=1 PYTHON=.venv/bin/python TAGGER_BATCH=20 EVAL_INTERVAL=2 TAGGER_MINUTES=4 PARSER_MINUTES=4 \
#     OUT=/tmp/gpu-smoke bash training/gpu_session.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DEVICE=${DEVICE:-cuda}
TAGGER_MINUTES=${TAGGER_MINUTES:-4}
PARSER_MINUTES=${PARSER_MINUTES:-4}
OUT=${OUT:-training/work/out}
PY=${PYTHON:-python3}
mkdir -p "$OUT"
if [ -z "${SKIP_INSTALL:-}" ]; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
  export PYTHONPATH=/tmp/site
fi
if [ -f training/work/data.tar.xz ] && [ ! -d training/work/data/depparse ]; then
  tar -xJf training/work/data.tar.xz -C training/work
fi
# the tagger's step time is Python-bound: four times stanza's batch carries four times the words per
# step; a word seen twice in train gets its own embedding (session 8: the tagger underfits rare words)
EVAL_INTERVAL=${EVAL_INTERVAL:-400}
TAGGER=(--batch_size "${TAGGER_BATCH:-1000}" --word_cutoff 2 --eval_interval "$EVAL_INTERVAL")
$PY training/train_models.py train --stage pos --device "$DEVICE" --minutes "$TAGGER_MINUTES" "${TAGGER[@]}" &
full=$!
$PY training/train_models.py train --stage pos --halves a,b --device "$DEVICE" --minutes "$TAGGER_MINUTES" "${TAGGER[@]}"
wait $full
for tagger in pos pos_a pos_b; do  # each trainer keeps its best dev model: none means it never reached an evaluation
  [ -f "training/work/saved_models/$tagger/en_ewt_tagger.pt" ] || { echo "no $tagger model: raise TAGGER_MINUTES" >&2; exit 1; }
done
$PY training/train_models.py retag --halves a,b --tagger training/work/saved_models/pos/en_ewt_tagger.pt
$PY training/train_models.py train --stage depparse --predicted-tags --device "$DEVICE" --minutes "$PARSER_MINUTES" \
  --eval_interval "$EVAL_INTERVAL" --continue_from quoteattr/models/en/depparse.pt
$PY training/train_models.py package --stage pos,depparse --target "$OUT"
split -b 15M "$OUT/depparse.pt" "$OUT/depparse.pt.part-" && rm "$OUT/depparse.pt"
# the dev scores each trainer printed, for docs/models.md
grep -H -E "dev_score|[Bb]est dev" training/work/logs/*.log > "$OUT/scores.txt" || true
ls -la "$OUT"
