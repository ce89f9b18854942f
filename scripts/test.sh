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
# --- Firefox and WebKit (issue 16): the browser tests again in Firefox (wasm-bindgen-test-runner
# takes GECKODRIVER over ChromeDriver), then the end-to-end suite in both engines over WebDriver
# (e2e/engines.mjs starts and always stops its drivers; WebKit's browser has no headless mode,
# so it runs on a virtual display, with a time limit). The browser tests do not run in WebKit
# yet: about once in sixty runs a test there ends with WebKit's "Out of bounds memory access"
# raised inside Rust's HashMap hashing (not the stack running out, not a leftover timer: a
# fault of WebKit's WebAssembly engine), and the next one stops in Yew on a RefCell the
# exception left borrowed; no setting has yet been shown to avoid it (see the README's engines
# section). A test that fails by chance would block every change, and a retry would hide it.
firefox_browser_tests() {
  env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" \
    cargo test -p just-a-plant --target wasm32-unknown-unknown
}
step "Browser tests: components in headless Firefox" firefox_browser_tests
step "End-to-end tests in Firefox and WebKit (WebDriver) against dist/" \
  timeout -k 10 900 node --test-reporter=spec e2e/engines.mjs
echo "All checks and tests passed."
