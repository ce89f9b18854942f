# The release build's compiler settings, sourced by scripts/setup.sh (which installs the
# toolchain), scripts/build.sh and scripts/bench.sh (the reference page is built the same way).
# The checks and tests build with the stable toolchain; only the release WebAssembly uses this.
#
# A dated nightly, so that the build never changes under us: with it the standard library is
# compiled together with the widget (-Zbuild-std), and a panic stops the WebAssembly at once
# (a trap) without the standard library's panic messages, formatting and file locations, which
# the browser never shows anyone. That takes about 15 KB gzip off the first load
# (docs/toolchain.md, "The release toolchain"). A trap puts the static summary back: assets/page.js and
# scripts/embed.js.
RELEASE_TOOLCHAIN=nightly-2026-05-20

# Makes the next `cargo build --target wasm32-unknown-unknown` in this shell a release build
# with these settings (Trunk runs cargo with the environment it was given). RELEASE_SETTINGS
# names them, so that the post-build step can run the workspace's own programs without them.
release_toolchain_env() {
  export RELEASE_SETTINGS="RUSTUP_TOOLCHAIN CARGO_UNSTABLE_BUILD_STD CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS"
  export RUSTUP_TOOLCHAIN=$RELEASE_TOOLCHAIN
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
}
