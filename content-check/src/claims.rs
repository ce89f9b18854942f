//! The source quotes behind the interface's own findings (content brief, rule 1):
//! `source/claims.toml` lists, under the name of each `ui.toml` key whose words state a finding
//! (the main message, the call to action, the "how sure" lines, the points to remember), the
//! quotes of the source article it rests on. A finding with no quote, a quote not found word for
//! word, and a name that is no such key are refused.

use std::collections::BTreeMap;

use toml::Spanned;

use crate::read::{List, Record, Report, Text};
use crate::{ContentError, UI_KEYS};

/// Where the interface's findings' quotes are listed, relative to the content folder.
pub const CLAIMS_FILE: &str = "source/claims.toml";

/// Checks the claims file's text against the source article's text.
pub fn check_claims(text: &str, source_article: &str) -> Result<(), Vec<ContentError>> {
    let mut report = Report::new(CLAIMS_FILE, text);
    let listed = report.parse().and_then(|file| {
        report.typed::<BTreeMap<Spanned<String>, Spanned<List<Spanned<Text>>>>>("the file", &file)
    });
    let Some((mut listed, file)) = listed else {
        return report.finish(());
    };
    for key in UI_KEYS.iter().filter(|key| key.claim) {
        let record = Record {
            name: format!("key `{}`", key.name),
            ..file.clone()
        };
        let Some(quotes) = listed.remove(key.name) else {
            let problem = format!(
                "states a finding but rests on no quote: list the passages of the article it \
                 says, word for word, as `{} = [\"…\"]`",
                key.name
            );
            report.add(None, &record.name, key.name, problem);
            continue;
        };
        if quotes.get_ref().0.is_empty() {
            let problem = "lists no quote: give at least one passage of the article, word for word";
            report.add(Some(quotes.span()), &record.name, key.name, problem);
        }
        for quote in quotes.into_inner().0 {
            report.quote_in(&record, key.name, Some(quote), source_article);
        }
    }
    for (name, _) in listed {
        let problem = "is no key of ui.toml that states a finding: remove it, or mark the key \
                       a claim in content-check/src/ui_keys.rs";
        report.add(
            Some(name.span()),
            &format!("key `{}`", name.get_ref()),
            name.get_ref(),
            problem,
        );
    }
    report.finish(())
}
