//! `cargo run -p content-check`: checks `content/` in seconds, without building the widget,
//! with the same messages the build gives. `-- --report` also prints how hard each longer text
//! is to read; `-- --json PATH` writes the checked content as JSON to PATH (see `export`);
//! `-- --translation CODE PATH` writes locale CODE's texts as flat key–value JSON for
//! translation tools, and `-- --import-translation CODE PATH` reads such a file back into the
//! locale's files if the result passes every check (see `exchange`); `-- --words DIR` writes
//! each language as `DIR/words-CODE.txt`, for the widget to fetch (English's for the quiz's
//! statements, the rest of it compiled in); a folder other than `content` may be named.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use content_check::readability::Language;
use content_check::{exchange, ContentError};

/// What the command line asks for.
#[derive(Default)]
struct Request {
    content_dir: Option<PathBuf>,
    report: bool,
    json: Option<PathBuf>,
    /// The folder to write the words files to.
    words: Option<PathBuf>,
    /// A locale's code and the file to write its translation file to.
    translation: Option<(String, PathBuf)>,
    /// A locale's code and the translation file to import.
    import: Option<(String, PathBuf)>,
}

/// Reads the arguments, or says what is wrong with them.
fn request(args: &[String]) -> Result<Request, String> {
    let mut request = Request::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |what: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{arg} needs {what}"))
        };
        match arg.as_str() {
            "--report" => request.report = true,
            "--json" => request.json = Some(value("the path of the file to write")?.into()),
            "--words" => request.words = Some(value("the folder to write to")?.into()),
            "--translation" | "--import-translation" => {
                let code = value("a locale's code and a file's path")?;
                let path = value("a locale's code and a file's path")?.into();
                if arg == "--translation" {
                    request.translation = Some((code, path));
                } else {
                    request.import = Some((code, path));
                }
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            folder => request.content_dir = Some(folder.into()),
        }
    }
    Ok(request)
}

/// Prints each problem and their count.
fn print_problems(content_dir: &Path, errors: &[ContentError]) {
    for error in errors {
        eprintln!("{}/{error}", content_dir.display());
    }
    eprintln!("{} problem(s) found", errors.len());
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let request = match request(&args) {
        Ok(request) => request,
        Err(problem) => {
            eprintln!("{problem}");
            return ExitCode::FAILURE;
        }
    };
    let content_dir = request
        .content_dir
        .clone()
        .unwrap_or_else(|| PathBuf::from("content"));
    if let Some((code, path)) = &request.import {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{}: cannot be read: {error}", path.display());
                return ExitCode::FAILURE;
            }
        };
        match exchange::import(&content_dir, code, &path.display().to_string(), &text) {
            Ok(files) if files.is_empty() => {
                println!("nothing to change: {} is as the files are", path.display())
            }
            Ok(files) => {
                for file in files {
                    println!("written: {}", file.display());
                }
            }
            Err(errors) => {
                print_problems(&content_dir, &errors);
                return ExitCode::FAILURE;
            }
        }
    }
    if request.report {
        if let Ok(content) = content_check::load_words(&content_dir) {
            print_scores(&content);
        }
    }
    match content_check::load(&content_dir) {
        Ok(content) => {
            if let Some(path) = &request.json {
                if let Err(error) = std::fs::write(path, content_check::export::to_json(&content)) {
                    eprintln!("{}: cannot be written: {error}", path.display());
                    return ExitCode::FAILURE;
                }
            }
            if let Some(folder) = &request.words {
                for locale in &content.locales {
                    let path = folder.join(format!("words-{}.txt", locale.code));
                    let file = content_check::words_file(&content, locale);
                    if let Err(error) = std::fs::write(&path, file) {
                        eprintln!("{}: cannot be written: {error}", path.display());
                        return ExitCode::FAILURE;
                    }
                }
            }
            if let Some((code, path)) = &request.translation {
                let Some(locale) = content.locales.iter().find(|locale| &locale.code == code)
                else {
                    eprintln!("no locale `{code}` in {}", content_dir.display());
                    return ExitCode::FAILURE;
                };
                let json = exchange::to_flat_json(&content, locale);
                if let Err(error) = std::fs::write(path, json) {
                    eprintln!("{}: cannot be written: {error}", path.display());
                    return ExitCode::FAILURE;
                }
            }
            let codes: Vec<&str> = content
                .locales
                .iter()
                .map(|locale| locale.code.as_str())
                .collect();
            println!(
                "content is fine: {} statements, {} steps, {} interface strings, in {} locale(s): {}",
                content.quiz.statements.len(),
                content.explainer.steps.len(),
                content.locales[0].ui.values.len(),
                codes.len(),
                codes.join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            print_problems(&content_dir, &errors);
            ExitCode::FAILURE
        }
    }
}

/// Every measured text's score, then each kind's median and hardest.
fn print_scores(content: &content_check::Content) {
    let measured = content_check::measure(content);
    for m in &measured {
        let scale = match m.language {
            Language::English => "grade",
            Language::Spanish => "INFLESZ",
        };
        println!(
            "{:>7} {:5.1}  {} {} {}",
            scale, m.score, m.file, m.item, m.field
        );
    }
    let mut kinds: Vec<(&str, &str)> = measured
        .iter()
        .map(|m| (m.file.as_str(), m.kind.as_str()))
        .collect();
    kinds.dedup();
    for (file, field) in kinds {
        let scores: Vec<f64> = measured
            .iter()
            .filter(|m| m.file == file && m.kind == field)
            .map(|m| m.score)
            .collect();
        let hardest = match measured.iter().find(|m| m.file == file).map(|m| m.language) {
            Some(Language::Spanish) => scores.iter().copied().fold(f64::INFINITY, f64::min),
            _ => scores.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        };
        println!(
            "{file} {field}: median {:.1}, hardest {hardest:.1}, {} texts",
            content_check::readability::median(&scores),
            scores.len()
        );
    }
}
