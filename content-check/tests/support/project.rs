//! The project's own content files, read as they are, for tests that check them or start from
//! them.

use std::path::Path;

/// The text of `file`, a path inside the project's `content/`.
pub fn project(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../content")
        .join(file);
    std::fs::read_to_string(path).unwrap()
}

/// The source article every text rests on.
pub fn article() -> String {
    project("source/kratom-and-opioid-recovery.txt")
}
