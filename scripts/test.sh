#!/usr/bin/env bash
# The README's second command: set up, then run every check and test. CI runs exactly this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
export CHROMEDRIVER=/usr/bin/chromedriver

step "Formatting (cargo fmt --check)" cargo fmt --all --check
step "Lints, native (clippy -D warnings)" cargo clippy --workspace --all-targets --quiet -- -D warnings
step "Lints, wasm32 (clippy -D warnings)" \
  cargo clippy -p just-a-plant --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings
step "Native tests: quiz, explainer model, links (with a 1,000,000-fragment fuzz), content checks" \
  cargo test --workspace -- --show-output
step "Browser tests: components in headless Chromium" \
  cargo test -p just-a-plant --target wasm32-unknown-unknown
step "Release build (trunk build --release)" bash scripts/build.sh
step "End-to-end tests: Playwright and axe-core against dist/" npx playwright test
step "WordPress plugin: built from dist/, and its zip" bash scripts/wordpress-zip.sh
step "WordPress plugin tests: Playwright against a real WordPress (e2e-wordpress/)" \
  npx playwright test -c e2e-wordpress/playwright.config.js
echo "All checks and tests passed."
