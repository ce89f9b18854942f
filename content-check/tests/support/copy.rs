//! A copy of the project's content in a fresh folder, for tests that break it on purpose.

use std::fs;
use std::path::{Path, PathBuf};

/// A copy of the project's content in a fresh folder, to break on purpose.
pub fn content_copy(name: &str) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let to = std::env::temp_dir().join(format!("jap-content-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&to);
    for folder in ["en", "es", "source"] {
        fs::create_dir_all(to.join(folder)).unwrap();
        for entry in fs::read_dir(from.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, to.join(folder).join(path.file_name().unwrap())).unwrap();
        }
    }
    to
}
