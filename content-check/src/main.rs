//! `cargo run -p content-check`: checks `content/` in seconds, without building the widget,
//! with the same messages the build gives.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let content_dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("content"), PathBuf::from);
    match content_check::load(&content_dir) {
        Ok(content) => {
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
