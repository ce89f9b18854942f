//! How sure each finding is (content brief, rule 13): every statement and every step names its
//! basis, one of a closed set whose lines (`basis_…` in `ui.toml`) tell a reader what the
//! finding rests on; an item whose source quote or words hold one of the source's qualifiers
//! ("pilot", "case report", "lab settings", "some researchers") must name the basis that
//! qualifier calls for, so that nobody reads an early or narrow finding as a settled one.

use crate::read::{Field, Record, Report};
use crate::Basis;

/// The source's qualifiers, lowercase, and the basis each calls for, in the order they are
/// looked for.
pub const QUALIFIERS: &[(&str, Basis)] = &[
    ("pilot", Basis::Pilot),
    ("case report", Basis::Cases),
    ("lab setting", Basis::Lab),
    ("some researchers", Basis::SomeResearchers),
];

/// How a basis is written in the content files (`some-researchers`), and its line's key in
/// `ui.toml` (`basis_some_researchers`).
pub fn names(basis: Basis) -> (String, String) {
    let written = crate::explainer::kebab(&basis);
    let key = format!("basis_{}", written.replace('-', "_"));
    (written, key)
}

/// The item's `basis`, required, and the one its qualifiers call for: the first qualifier found
/// in its source quote or in its words (`texts`) decides.
pub fn check<'t>(
    report: &mut Report<'_>,
    record: &Record,
    basis: Field<Basis>,
    texts: impl IntoIterator<Item = &'t str>,
) -> Option<Basis> {
    let basis = report.required(record, "basis", basis)?;
    let (span, basis) = (basis.span(), basis.into_inner());
    let words = texts
        .into_iter()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ");
    let called = QUALIFIERS
        .iter()
        .find(|(qualifier, _)| words.contains(qualifier));
    match called {
        Some(&(qualifier, needed)) if needed != basis => {
            let ((needed, key), (given, _)) = (names(needed), names(basis));
            let problem = format!(
                "its source quote or words say “{qualifier}”, so `basis` must be `{needed}`, not \
                 `{given}`: its line (`{key}` in ui.toml) tells a reader how sure the finding is"
            );
            report.add(Some(span), &record.name, "basis", problem);
            None
        }
        _ => Some(basis),
    }
}
