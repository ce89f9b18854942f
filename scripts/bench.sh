#!/usr/bin/env bash
# The benchmark (separate from the tests): set up, build the widget and a minimal Yew reference
# page the same way, then print bytes, throttled load times, answer latency and memory.
# RUNS=… sets the number of cold loads per page (default 7), QUIZZES=… the number of quizzes
# whose answers are timed (default 6).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
step "Release build of the widget" bash scripts/build.sh
# The reference gets the pre-compressed copies the widget's post-build step writes last (not by
# a second Trunk hook: Trunk runs a stage's hooks at once), so the server sends both compressed.
step "Release build of the Yew reference page" \
  bash -c 'source scripts/toolchain.sh && release_toolchain_env && cd bench/reference && CARGO_TARGET_DIR=../../target/reference trunk build --release --offline=true && node ../../scripts/precompress.mjs dist'
node bench/bench.mjs
