//! Links: where a person is, or what they share, as a URL fragment, never a query string (a
//! fragment never reaches a server). Parsing is total: any text at all gives a place, nothing,
//! or a typed reason it cannot be opened; writing a place gives a fragment that reads back as
//! the same place.
//!
//! The grammar, version 1:
//! - `#explainer/3`: the third step of the explainer; `#explainer` the first.
//! - `#quiz`: the quiz in a fresh order; `#quiz/1/k3x9`: the quiz in the order of a seed
//!   (base 36), so everyone who opens it gets the same statements in the same order.
//! - `#s/1/just-a-plant`: one statement, by its id.
//! - `#r/1/9-12`: a score someone chose to share, and nothing else.
//!
//! Any of these may start with the language it was shared in: `#es/s/1/just-a-plant`. A
//! language this widget does not speak is passed over, and the place still opens.
//!
//! A fragment is the widget's own when it starts with one of those place words (`explainer`,
//! `quiz`, `s`, `r`), after a language or not: see [`is_own`]. On its own page every fragment
//! is meant for the widget, so any other one is a broken link, and the widget says so. Embedded
//! in a host page, or its page in a frame, it leaves every other fragment alone: the page's
//! anchors (`#content`, `#comments`), WordPress's `#?secret=…` (on its oEmbed frame), other
//! scripts' state.

/// The link format this widget writes. Links of a newer version are refused with a notice.
pub const LINK_VERSION: u32 = 1;
/// The longest fragment worth reading; anything longer is refused before it is parsed.
pub const MAX_FRAGMENT: usize = 120;
/// The highest total a shared score may claim.
pub const MAX_SCORE_TOTAL: usize = 99;

/// A place in the widget that a link can lead to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// A step of the explainer, counted from 0.
    Explainer(usize),
    /// The quiz, in the order of a seed when the link gives one.
    Quiz { seed: Option<u32> },
    /// One statement, by its index in the statements.
    Statement(usize),
    /// A shared score.
    Score { score: usize, total: usize },
}

/// Why a fragment cannot be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than any link this widget writes.
    TooLong,
    /// Not a link this widget writes: mistyped, cut short or tampered with.
    Malformed,
    /// Written by a newer version of the widget.
    NewerVersion,
}

/// What a link can point at: the explainer's steps and the quiz's statements, and the
/// languages it can name.
#[derive(Debug, Clone, Copy)]
pub struct Places<'a> {
    pub steps: usize,
    pub statement_ids: &'a [&'a str],
    /// Language codes, like `en` and `es`.
    pub locales: &'a [&'a str],
}

/// A place, and the language to show it in when the link names one this widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub route: Route,
    /// The language's index in [`Places::locales`].
    pub locale: Option<usize>,
}

impl Link {
    /// Reads a fragment (with or without its `#`) that may start with a language code:
    /// `Ok(None)` when it names no place.
    pub fn parse(fragment: &str, places: Places<'_>) -> Result<Option<Link>, LinkError> {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        if path.len() > MAX_FRAGMENT {
            return Err(LinkError::TooLong);
        }
        let (locale, place) = match path.split_once('/') {
            Some((code, place)) if is_language_code(code) => (
                places.locales.iter().position(|known| *known == code),
                place,
            ),
            _ => (None, path),
        };
        Ok(Route::parse(place, places)?.map(|route| Link { route, locale }))
    }

    /// The fragment that leads here, with its `#`, and the language first when there is one.
    pub fn fragment(self, places: Places<'_>) -> String {
        let place = self.route.fragment(places);
        match self.locale.and_then(|index| places.locales.get(index)) {
            Some(code) => format!("#{code}/{}", &place[1..]),
            None => place,
        }
    }
}

/// Whether `fragment` (with or without its `#`) is the widget's own: its first part, after a
/// language code if it starts with one, is a place word. Its own fragment may still be broken
/// (`#explainer/99`); every other fragment belongs to someone else.
pub fn is_own(fragment: &str) -> bool {
    let path = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut parts = path.split('/');
    let first = parts.next().filter(|part| !is_language_code(part));
    matches!(
        first.or_else(|| parts.next()),
        Some("explainer" | "quiz" | "s" | "r")
    )
}

/// Two or three lowercase letters: a language, never the start of a place.
fn is_language_code(text: &str) -> bool {
    (2..=3).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_lowercase())
}

impl Route {
    /// The start of the widget: the first step of the explainer.
    pub const START: Route = Route::Explainer(0);

    /// Reads a fragment (with or without its `#`): `Ok(None)` when there is none.
    pub fn parse(fragment: &str, places: Places<'_>) -> Result<Option<Route>, LinkError> {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        if path.is_empty() {
            return Ok(None);
        }
        if path.len() > MAX_FRAGMENT {
            return Err(LinkError::TooLong);
        }
        let parts: Vec<&str> = path.split('/').collect();
        let route = match parts.as_slice() {
            ["explainer"] => Route::START,
            ["explainer", number] => {
                let step = whole_number(number)?;
                if !(1..=places.steps).contains(&step) {
                    return Err(LinkError::Malformed);
                }
                Route::Explainer(step - 1)
            }
            ["quiz"] => Route::Quiz { seed: None },
            ["quiz", version, seed] => {
                check_version(version)?;
                Route::Quiz {
                    seed: Some(parse_seed(seed)?),
                }
            }
            ["s", version, id] => {
                check_version(version)?;
                let index = places.statement_ids.iter().position(|known| known == id);
                Route::Statement(index.ok_or(LinkError::Malformed)?)
            }
            ["r", version, result] => {
                check_version(version)?;
                let (score, total) = result.split_once('-').ok_or(LinkError::Malformed)?;
                let (score, total) = (whole_number(score)?, whole_number(total)?);
                if total == 0 || total > MAX_SCORE_TOTAL || score > total {
                    return Err(LinkError::Malformed);
                }
                Route::Score { score, total }
            }
            _ => return Err(LinkError::Malformed),
        };
        Ok(Some(route))
    }

    /// The fragment that leads here, with its `#`.
    pub fn fragment(self, places: Places<'_>) -> String {
        match self {
            Route::Explainer(step) => format!("#explainer/{}", step + 1),
            Route::Quiz { seed: None } => "#quiz".to_owned(),
            Route::Quiz { seed: Some(seed) } => {
                format!("#quiz/{LINK_VERSION}/{}", seed_text(seed))
            }
            Route::Statement(index) => {
                let id = places.statement_ids.get(index).copied().unwrap_or_default();
                format!("#s/{LINK_VERSION}/{id}")
            }
            Route::Score { score, total } => format!("#r/{LINK_VERSION}/{score}-{total}"),
        }
    }

    /// The score a shared score link shows.
    pub fn score(self) -> Option<(usize, usize)> {
        match self {
            Route::Score { score, total } => Some((score, total)),
            _ => None,
        }
    }

    /// Whether this place is in the quiz section.
    pub fn in_quiz(self) -> bool {
        !matches!(self, Route::Explainer(_))
    }
}

/// Digits only (no sign, no spaces), at most four of them.
fn whole_number(text: &str) -> Result<usize, LinkError> {
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::Malformed);
    }
    text.parse().map_err(|_| LinkError::Malformed)
}

fn check_version(text: &str) -> Result<(), LinkError> {
    match whole_number(text)? {
        0 => Err(LinkError::Malformed),
        version if version as u32 > LINK_VERSION => Err(LinkError::NewerVersion),
        _ => Ok(()),
    }
}

/// A seed in base 36 with lowercase letters, as links write it.
pub fn seed_text(mut seed: u32) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit(seed % 36, 36).unwrap_or('0'));
        seed /= 36;
        if seed == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

/// Reads a seed written by [`seed_text`].
pub fn parse_seed(text: &str) -> Result<u32, LinkError> {
    let canonical = !text.is_empty()
        && text.len() <= 7
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase());
    if !canonical {
        return Err(LinkError::Malformed);
    }
    u32::from_str_radix(text, 36).map_err(|_| LinkError::Malformed)
}
