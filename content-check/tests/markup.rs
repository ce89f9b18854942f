//! Words the widget writes into markup as they are hold no markup characters: a `&` in a
//! translated title or a `<` in a source quote stops the build with the file, item and field.

use std::fs;

use content_check::load;

#[path = "support/copy.rs"]
mod copy;
use copy::content_copy;

#[test]
fn a_markup_character_in_any_written_words_is_reported_where_it_is() {
    let dir = content_copy("markup");
    let spanish = dir.join("es/explainer.toml");
    let text = fs::read_to_string(&spanish).unwrap();
    let broken = text.replace(
        "Poca cantidad, mucho efecto",
        "Poca cantidad & mucho efecto",
    );
    assert_ne!(text, broken, "the title to break is in the file");
    fs::write(&spanish, broken).unwrap();
    let errors = load(&dir).unwrap_err();
    let _ = fs::remove_dir_all(&dir);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let error = &errors[0];
    assert_eq!(
        (
            error.file.as_str(),
            error.item.as_str(),
            error.field.as_str()
        ),
        ("es/explainer.toml", "step `seven-oh`", "title")
    );
    assert_eq!(
        error.problem,
        "`&` cannot be written here (it is markup); write it in words"
    );
}
