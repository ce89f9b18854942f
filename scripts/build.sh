#!/usr/bin/env bash
# Builds the release bundle into dist/ with the tools scripts/setup.sh installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline=true
