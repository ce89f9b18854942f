//! Checks `content/` and turns it into Rust data (`$OUT_DIR/content.rs`) for the widget.
//! A broken content file stops the build with the file, the item, the field and the problem.

use std::path::Path;

fn main() {
    let content_dir = Path::new("content");
    println!("cargo::rerun-if-changed={}", content_dir.display());
    match content_check::load(content_dir) {
        Ok(content) => {
            let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
            let generated = Path::new(&out_dir).join("content.rs");
            std::fs::write(&generated, content_check::to_rust(&content))
                .unwrap_or_else(|error| panic!("cannot write {}: {error}", generated.display()));
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("content/{error}");
            }
            std::process::exit(1);
        }
    }
}
