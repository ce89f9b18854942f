#!/usr/bin/env bash
# Builds the release bundle into dist/ with the tools and the release toolchain (scripts/toolchain.sh)
# that scripts/setup.sh installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
source scripts/toolchain.sh
release_toolchain_env
trunk build --release --offline=true
