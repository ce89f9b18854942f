#!/usr/bin/env bash
# The README's first command: set up, build the release bundle, serve the demo page at
# http://127.0.0.1:8080 (PORT=… to change it). Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
step "Release build (trunk build --release)" bash scripts/build.sh
exec node e2e/serve.mjs dist "${PORT:-8080}"
