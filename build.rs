//! Checks `content/` and turns it into Rust data (`$OUT_DIR/content.rs`) for the widget.
//! A broken content file stops the build with the file, the item, the field and the problem.
//! Also works out the colour-contrast table (`$OUT_DIR/linear_channel.rs`) the theme check uses.

use std::path::Path;

/// Each sRGB channel value in linear light, scaled to 0..=65535: WCAG's
/// `((c + 0.055) / 1.055) ^ 2.4`, or `c / 12.92` at or below 0.03928.
fn linear_channel_table() -> String {
    let entries: Vec<String> = (0..=255_u8)
        .map(|value| {
            let c = f64::from(value) / 255.0;
            let linear = if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            format!("{}", (linear * 65535.0).round() as u16)
        })
        .collect();
    format!(
        "/// Each sRGB channel value in linear light, scaled to 0..=65535 (WCAG's formula).\n\
         pub const LINEAR_CHANNEL: [u16; 256] = [{}];\n",
        entries.join(", ")
    )
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let table = Path::new(&out_dir).join("linear_channel.rs");
    std::fs::write(&table, linear_channel_table())
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", table.display()));
    let content_dir = Path::new("content");
    println!("cargo::rerun-if-changed={}", content_dir.display());
    match content_check::load(content_dir) {
        Ok(content) => {
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
