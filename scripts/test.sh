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
# takes GECKODRIVER over ChromeDriver) and in WebKit (SAFARIDRIVER, WebKitWebDriver; its browser
# has no headless mode, so it runs on a virtual display, with a time limit), then the end-to-end
# suite in both engines over WebDriver (e2e/engines.mjs starts and always stops its drivers).
# In WebKit, tests/browser_explainer.rs is left out: about once in sixty runs on this machine
# one of its tests stops in Yew ("RefCell already borrowed", a borrow left from the test
# before), not yet explained (see the README's engines section); a test that fails by chance
# would block every change, and a retry would hide it. The explainer is covered in WebKit by the
# end-to-end suite.
firefox_browser_tests() {
  env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" \
    cargo test -p just-a-plant --target wasm32-unknown-unknown
}
webkit_browser_tests() {
  timeout -k 10 600 xvfb-run -a env -u CHROMEDRIVER SAFARIDRIVER=/usr/bin/WebKitWebDriver \
    cargo test -p just-a-plant --target wasm32-unknown-unknown \
    --test browser --test browser_device --test browser_links
}
step "Browser tests: components in headless Firefox" firefox_browser_tests
step "Browser tests: components in WebKit (MiniBrowser on Xvfb), but the explainer's" webkit_browser_tests
step "End-to-end tests in Firefox and WebKit (WebDriver) against dist/" \
  timeout -k 10 900 node --test-reporter=spec e2e/engines.mjs
echo "All checks and tests passed."
