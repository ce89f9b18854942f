//! `cargo run -p content-check`: checks `content/` in seconds, without building the widget,
//! with the same messages the build gives. `-- --report` also prints how hard each longer text
//! is to read; `-- --json PATH` writes the checked content as JSON to PATH (see `export`); a
//! folder other than `content` may be named.

use std::path::PathBuf;
use std::process::ExitCode;

use content_check::readability::Language;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let report = args.iter().any(|arg| arg == "--report");
    let json = args
        .iter()
        .position(|arg| arg == "--json")
        .map(|at| args.get(at + 1).map(PathBuf::from));
    let content_dir = args
        .iter()
        .enumerate()
        .find(|&(at, arg)| !arg.starts_with("--") && (at == 0 || args[at - 1] != "--json"))
        .map_or_else(|| PathBuf::from("content"), |(_, arg)| PathBuf::from(arg));
    if json == Some(None) {
        eprintln!("--json needs the path of the file to write");
        return ExitCode::FAILURE;
    }
    if report {
        if let Ok(content) = content_check::load_words(&content_dir) {
            print_scores(&content_dir, &content);
        }
    }
    match content_check::load(&content_dir) {
        Ok(content) => {
            if let Some(Some(path)) = &json {
                if let Err(error) = std::fs::write(path, content_check::export::to_json(&content)) {
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
            for error in &errors {
                eprintln!("{}/{error}", content_dir.display());
            }
            eprintln!("{} problem(s) found", errors.len());
            ExitCode::FAILURE
        }
    }
}

/// Every measured text's score, then each kind's median and hardest.
fn print_scores(content_dir: &std::path::Path, content: &content_check::Content) {
    let Ok(measured) = content_check::measure(content_dir, content) else {
        return;
    };
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
