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
# --- Firefox and WebKit (issue 16): the browser tests again in each of the other two engines
# (wasm-bindgen-test-runner takes GECKODRIVER or SAFARIDRIVER over ChromeDriver), then the
# end-to-end suite in both over WebDriver (e2e/engines.mjs starts and always stops its drivers).
# WebKit's browser has no headless mode: it runs on a virtual display, with a time limit.
firefox_browser_tests() {
  env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" \
    cargo test -p just-a-plant --target wasm32-unknown-unknown
}
webkit_browser_tests() {
  timeout -k 10 600 xvfb-run -a env -u CHROMEDRIVER SAFARIDRIVER=/usr/bin/WebKitWebDriver \
    cargo test -p just-a-plant --target wasm32-unknown-unknown
}
step "Browser tests: components in headless Firefox" firefox_browser_tests
step "Browser tests: components in WebKit (MiniBrowser on Xvfb)" webkit_browser_tests
step "End-to-end tests in Firefox and WebKit (WebDriver) against dist/" \
  timeout -k 10 900 node --test-reporter=spec e2e/engines.mjs
echo "All checks and tests passed."
