//! Flat key–value JSON for translation tools (Weblate, Crowdin and the like read and write it):
//! one file per locale, each key naming a text (`ui.start_button`,
//! `statement.just-a-plant.explanation`, `step.receptors.title`, `choice.none.caption`). A
//! locale's file goes out with `--translation CODE PATH`; a translated file comes back with
//! `--import-translation CODE PATH`, which writes each value into the locale's TOML files in
//! place (comments, order and everything else kept) and keeps the change only if the whole
//! content then passes every check, each problem named by its key.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use toml::de::{DeTable, DeValue};

use crate::{
    load, load_english, locale_items, translation_codes, Content, ContentError, Locale, ENGLISH,
    EXPLAINER_FILE, QUIZ_FILE, UI_FILE, UI_KEYS,
};

/// Every text of `locale`, by key, as flat JSON (keys in order).
pub fn to_flat_json(content: &Content, locale: &Locale) -> String {
    let mut texts = BTreeMap::new();
    for (key, value) in UI_KEYS.iter().zip(&locale.ui.values) {
        texts.insert(format!("ui.{}", key.name), value.clone());
    }
    for item in locale_items(content, locale) {
        for (field, text, _) in item.texts() {
            texts.insert(format!("{}.{field}", item.key()), text.to_owned());
        }
    }
    serde_json::to_string_pretty(&texts).expect("text keys and values always make JSON") + "\n"
}

/// Where a key's text lives: the file (relative to the content folder), the `[[kind]]` and id
/// of its item (none for an interface string), and its field.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    file: String,
    item: Option<(String, String)>,
    field: String,
}

/// The place of `key` in locale `code`'s files, if it names one the content has.
fn place_of(key: &str, code: &str, content: &Content) -> Option<Place> {
    let in_locale = |file: &str| file.replacen(ENGLISH, code, 1);
    if let Some(name) = key.strip_prefix("ui.") {
        let known = UI_KEYS.iter().any(|ui_key| ui_key.name == name);
        return known.then(|| Place {
            file: in_locale(UI_FILE),
            item: None,
            field: name.to_owned(),
        });
    }
    let english = &content.locales[0];
    locale_items(content, english).into_iter().find_map(|item| {
        let field = key.strip_prefix(&format!("{}.", item.key()))?;
        item.texts()
            .any(|(name, _, _)| name == field)
            .then(|| Place {
                file: item.file.replacen(ENGLISH, code, 1),
                item: Some((item.kind.name.to_owned(), item.id.to_owned())),
                field: field.to_owned(),
            })
    })
}

/// A text as a TOML basic string: in quotes, with `\`, `"` and control characters escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` (a content file) with each `(place, value)` written in: a value replaces the one
/// there, a missing field goes after its item's id, a missing item (with all its fields given)
/// and a missing interface string go at the end.
fn write_values(text: &str, values: &[(&Place, &str)]) -> Result<String, String> {
    let table = DeTable::parse(text).map_err(|error| error.message().to_owned())?;
    let table = table.get_ref();
    // Each edit: the byte range it replaces, and what goes there.
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut strings = String::new();
    let mut items: Vec<(&(String, String), String)> = Vec::new();
    for (place, value) in values {
        let line = format!("{} = {}\n", place.field, toml_string(value));
        let Some(item) = &place.item else {
            match table.get(place.field.as_str()) {
                Some(old) => edits.push((old.span(), toml_string(value))),
                None => strings += &line,
            }
            continue;
        };
        match record_of(table, item).map(|record| (record.get(place.field.as_str()), record)) {
            Some((Some(old), _)) => edits.push((old.span(), toml_string(value))),
            Some((None, record)) => {
                let id = record.get("id").map_or(0..0, |id| id.span());
                // On the line after the id's (a file that ends on the id's line gets one).
                let after = match text[id.end..].find('\n') {
                    Some(at) => (id.end + at + 1, line),
                    None => (text.len(), format!("\n{line}")),
                };
                edits.push((after.0..after.0, after.1));
            }
            None => match items.iter_mut().find(|(known, _)| *known == item) {
                Some((_, lines)) => *lines += &line,
                None => items.push((item, line)),
            },
        }
    }
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut out = text.to_owned();
    for (range, value) in edits {
        out.replace_range(range, &value);
    }
    let appending = !strings.is_empty() || !items.is_empty();
    if appending && !out.ends_with('\n') {
        out.push('\n');
    }
    out += &strings;
    for ((kind, id), lines) in items {
        out += &format!("\n[[{kind}]]\nid = {}\n{lines}", toml_string(id));
    }
    Ok(out)
}

/// The `[[kind]]` table of a file whose id is `id`, if there is one.
fn record_of<'t>(table: &'t DeTable<'_>, (kind, id): &(String, String)) -> Option<&'t DeTable<'t>> {
    let DeValue::Array(items) = table.get(kind.as_str())?.get_ref() else {
        return None;
    };
    items.iter().find_map(|item| match item.get_ref() {
        DeValue::Table(record)
            if record.get("id").and_then(|own| own.get_ref().as_str()) == Some(id.as_str()) =>
        {
            Some(record)
        }
        _ => None,
    })
}

/// The key a content problem is about, when it is about one text of a locale's files.
fn key_of(error: &ContentError) -> Option<String> {
    if let Some(name) = error
        .item
        .strip_prefix("key `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return Some(format!("ui.{name}"));
    }
    let (kind, id) = error.item.split_once(" `")?;
    Some(format!("{kind}.{}.{}", id.strip_suffix('`')?, error.field))
}

/// Imports `json` (flat key–value, as `to_flat_json` writes) as the texts of locale `code`
/// into `content_dir`. The files change only if the whole content then passes every check;
/// otherwise every problem is given, named by its key where it is about one text. Gives the
/// files written.
pub fn import(
    content_dir: &Path,
    code: &str,
    source: &str,
    json: &str,
) -> Result<Vec<PathBuf>, Vec<ContentError>> {
    let problem = |item: &str, problem: String| ContentError {
        file: source.to_owned(),
        at: None,
        item: item.to_owned(),
        field: "-".to_owned(),
        problem,
    };
    // The English content names the texts; the locale's own files may be broken (the import
    // may be what mends them).
    let content = load_english(content_dir)?;
    let codes = translation_codes(content_dir)?;
    if !codes.iter().any(|known| known == code) {
        let problem = problem(
            "the file",
            format!("`{code}` is not a translated locale of this content"),
        );
        return Err(vec![problem]);
    }
    let texts: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(json).map_err(|error| {
            vec![problem(
                "the file",
                format!("not flat key–value JSON: {error}"),
            )]
        })?;
    let mut places = Vec::new();
    let mut errors = Vec::new();
    for (key, value) in &texts {
        let item = format!("key `{key}`");
        match (place_of(key, code, &content), value.as_str()) {
            (None, _) => errors.push(problem(&item, "unknown key".to_owned())),
            (_, None) => errors.push(problem(&item, "must be text in quotes".to_owned())),
            (Some(place), Some(text)) => places.push((place, text.trim())),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Every file of the locale, rewritten, beside a copy of the rest of the content.
    static TRIALS: AtomicUsize = AtomicUsize::new(0);
    let trial = std::env::temp_dir().join(format!(
        "jap-import-{code}-{}-{}",
        std::process::id(),
        TRIALS.fetch_add(1, Ordering::Relaxed)
    ));
    let written = write_trial(content_dir, &trial, code, &places)
        .map_err(|message| vec![problem("the file", message)]);
    let checked = written.and_then(|files| {
        load(&trial).map(|_| files).map_err(|errors| {
            errors
                .into_iter()
                .map(
                    |error| match key_of(&error).filter(|_| error.file.starts_with(code)) {
                        Some(key) => ContentError {
                            file: source.to_owned(),
                            at: None,
                            item: format!("key `{key}`"),
                            field: error.field.clone(),
                            problem: error.problem,
                        },
                        None => error,
                    },
                )
                .collect()
        })
    });
    let result = checked.map(|files| {
        files
            .into_iter()
            .filter_map(|file| {
                let target = content_dir.join(&file);
                let text = fs::read_to_string(trial.join(&file)).ok()?;
                (fs::read_to_string(&target).ok()? != text)
                    .then(|| fs::write(&target, text).ok().map(|()| target))?
            })
            .collect()
    });
    let _ = fs::remove_dir_all(&trial);
    result
}

/// Copies `content_dir` to `trial` with locale `code`'s files holding `places`' values; gives
/// the locale's files (relative paths).
fn write_trial(
    content_dir: &Path,
    trial: &Path,
    code: &str,
    places: &[(Place, &str)],
) -> Result<Vec<String>, String> {
    let _ = fs::remove_dir_all(trial);
    let copy = |from: &Path, to: &Path| -> std::io::Result<()> {
        fs::create_dir_all(to)?;
        for entry in fs::read_dir(from)? {
            let entry = entry?;
            if entry.path().is_dir() {
                let name = entry.file_name();
                fs::create_dir_all(to.join(&name))?;
                for inner in fs::read_dir(entry.path())? {
                    let inner = inner?.path();
                    if inner.is_file() {
                        fs::copy(
                            &inner,
                            to.join(&name).join(inner.file_name().unwrap_or_default()),
                        )?;
                    }
                }
            }
        }
        Ok(())
    };
    copy(content_dir, trial).map_err(|error| format!("cannot copy the content: {error}"))?;
    let files = [UI_FILE, QUIZ_FILE, EXPLAINER_FILE].map(|file| file.replacen(ENGLISH, code, 1));
    for file in &files {
        let values: Vec<(&Place, &str)> = places
            .iter()
            .filter(|(place, _)| &place.file == file)
            .map(|(place, text)| (place, *text))
            .collect();
        if values.is_empty() {
            continue;
        }
        let path = trial.join(file);
        let text = fs::read_to_string(&path).map_err(|error| format!("{file}: {error}"))?;
        let written = write_values(&text, &values).map_err(|error| format!("{file}: {error}"))?;
        fs::write(&path, written).map_err(|error| format!("{file}: {error}"))?;
    }
    Ok(files.to_vec())
}
