#!/usr/bin/env bash
# Installs what building and testing the widget needs, and skips whatever is already there.
# Sourced by scripts/serve.sh and scripts/test.sh; safe to run again at any time.
# Downloads come only from the package registries (crates.io, npm, Debian).

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
source scripts/toolchain.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Runs one set-up step, saying what it does and how long it took.
step() {
  local name=$1
  shift
  local started=$SECONDS
  echo "==> $name"
  "$@"
  echo "    done in $((SECONDS - started)) s"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown ||
    rustup target add wasm32-unknown-unknown
}

release_toolchain() {
  if rustup target list --toolchain "$RELEASE_TOOLCHAIN" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown &&
    rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src'; then
    echo "    already installed: $(rustc +"$RELEASE_TOOLCHAIN" --version)"
  else
    rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --target wasm32-unknown-unknown --component rust-src
  fi
  # The standard library's own crates, which the release build compiles offline.
  cargo +"$RELEASE_TOOLCHAIN" fetch --quiet \
    --manifest-path "$(rustc +"$RELEASE_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
}

chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "    already installed: $(/usr/bin/chromium --version)"
  else
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
}

trunk_cli() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
    echo "    already installed: trunk $TRUNK_VERSION"
  else
    echo "    compiling Trunk from crates.io: about 10 minutes on 2 cores, once per machine"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

wasm_bindgen_cli() {
  # The CLI must match the wasm-bindgen library in Cargo.lock exactly.
  local wanted
  wanted=$(cargo pkgid wasm-bindgen | sed 's/.*[#@]//')
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wanted" ]; then
    echo "    already installed: wasm-bindgen $wanted"
  else
    echo "    compiling wasm-bindgen-cli $wanted from crates.io: about 4 minutes, once per machine"
    # Without --locked: a version its lock file names is missing from the registry mirror.
    cargo install wasm-bindgen-cli --version "$wanted"
  fi
}

npm_packages() {
  # wasm-opt (binaryen), esbuild, Playwright and axe-core, exactly as package-lock.json says.
  local stamp=node_modules/.setup-lock-sha
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    echo "    already installed from package-lock.json"
  else
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
  fi
}

# The WordPress plugin's tests (e2e-wordpress/) run a real WordPress: Debian's, with a classic
# theme, PHP's command line (its built-in server), and a private MariaDB; zip packs the plugin.
WORDPRESS_PACKAGES=(wordpress wordpress-theme-twentytwentyone php-cli php-mysql php-gd mariadb-server zip)
wordpress_packages() {
  local installed
  installed=$(dpkg-query -W -f='${db:Status-Status}\n' "${WORDPRESS_PACKAGES[@]}" 2>/dev/null | grep -cx installed || true)
  if [ "$installed" -eq "${#WORDPRESS_PACKAGES[@]}" ]; then
    echo "    already installed: WordPress $(dpkg-query -W -f='${Version}' wordpress), $(php -r 'echo "PHP ", PHP_VERSION;')"
  else
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${WORDPRESS_PACKAGES[@]}"
  fi
}

# --- Firefox and WebKit (issue 16): the other two engines, their WebDriver servers and a
# virtual display for WebKit (MiniBrowser has no headless mode). Debian packages and crates.io.
GECKODRIVER_VERSION=0.37.1

# Speech for Firefox's read-aloud test (issue 27): speech-dispatcher and espeak-ng, which
# e2e/device-voice.js joins into one local voice.
other_engines() {
  if command -v firefox-esr >/dev/null && [ -x /usr/bin/WebKitWebDriver ] && command -v xvfb-run >/dev/null &&
    command -v xauth >/dev/null && command -v speech-dispatcher >/dev/null && command -v espeak-ng >/dev/null; then
    echo "    already installed: $(firefox-esr --version 2>/dev/null), WebKitWebDriver, Xvfb, speech-dispatcher"
  else
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr \
      webkit2gtk-driver xvfb xauth speech-dispatcher espeak-ng
  fi
}

geckodriver_cli() {
  local have
  have=$(geckodriver --version 2>/dev/null | head -n1 || true)
  case "$have" in
    "geckodriver $GECKODRIVER_VERSION"*) echo "    already installed: $have" ;;
    *)
      echo "    compiling geckodriver from crates.io: about 1.5 minutes, once per machine"
      cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
      ;;
  esac
}

echo "Set-up: on a fresh machine the first run takes about 15 minutes (Trunk and wasm-bindgen-cli"
echo "compile from source); after that it takes seconds."
step "Rust target wasm32-unknown-unknown" wasm_target
step "Release toolchain $RELEASE_TOOLCHAIN, with the standard library's source (scripts/toolchain.sh)" release_toolchain
step "Chromium and ChromeDriver (Debian packages)" chromium
step "Trunk $TRUNK_VERSION" trunk_cli
step "wasm-bindgen-cli (same version as Cargo.lock)" wasm_bindgen_cli
step "npm packages: wasm-opt, esbuild, Playwright, axe-core, selenium-webdriver" npm_packages
step "Rust crates (cargo fetch)" cargo fetch --quiet
step "WordPress, PHP, MariaDB and zip (Debian packages), for the plugin" wordpress_packages
step "Firefox ESR, WebKitWebDriver, Xvfb and speech-dispatcher (Debian packages)" other_engines
step "geckodriver $GECKODRIVER_VERSION" geckodriver_cli
