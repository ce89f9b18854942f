//! Where the person is, as a URL fragment (`#explainer/3`, `#quiz`): parsed totally, so any
//! fragment at all opens somewhere sensible, and written back so reload and history work.

/// A place in the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// A step of the explainer, counted from 0.
    Explainer(usize),
    /// The quiz.
    Quiz,
}

impl Route {
    /// The start of the widget: the first step of the explainer.
    pub const START: Route = Route::Explainer(0);

    /// Reads a fragment (with or without its `#`) for a story of `steps` steps; `None` when it
    /// names no place in the widget.
    pub fn parse(fragment: &str, steps: usize) -> Option<Route> {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        match path.split_once('/') {
            None if path == "quiz" => Some(Route::Quiz),
            None if path == "explainer" => Some(Route::START),
            Some(("explainer", number)) => {
                let step: usize = number.parse().ok()?;
                (1..=steps)
                    .contains(&step)
                    .then(|| Route::Explainer(step - 1))
            }
            _ => None,
        }
    }

    /// Reads a fragment; anything unknown, empty or malformed falls back to the start.
    pub fn from_fragment(fragment: &str, steps: usize) -> Route {
        Self::parse(fragment, steps).unwrap_or(Route::START)
    }

    /// The fragment that leads here, with its `#`.
    pub fn fragment(self) -> String {
        match self {
            Route::Explainer(step) => format!("#explainer/{}", step + 1),
            Route::Quiz => "#quiz".to_owned(),
        }
    }
}
