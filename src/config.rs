//! The widget's configuration from its host: read from the mount element's `data-` attributes,
//! where every value that does not make sense falls back to its default with one clear
//! warning naming the attribute. Pure: no DOM here, so every rule is tested natively.

use crate::content::{language_index, places, LOCALE_CHOICES};
use crate::route::Route;

/// The shortest and longest idle time a kiosk may be given, in seconds.
pub const IDLE_SECONDS: std::ops::RangeInclusive<u32> = 10..=3600;
/// The idle time a kiosk gets when none is given, in seconds.
pub const DEFAULT_IDLE_SECONDS: u32 = 120;

/// Which sections the widget shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sections {
    #[default]
    Both,
    Explainer,
    Quiz,
}

/// The host's own look, applied through CSS custom properties.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Theme {
    /// `"light"`, `"dark"` or `"auto"` (the reader's choice); `None` where the host did not
    /// say, for the way the widget is shown to decide (light on a host page, so it never
    /// surprises one).
    pub scheme: Option<&'static str>,
    /// A colour as `#rgb` or `#rrggbb`, dark enough for text on white (AA, 4.5:1).
    pub accent: Option<String>,
    /// Black or white, whichever reads better on the accent.
    pub on_accent: Option<&'static str>,
    pub font: Option<String>,
    pub radius: Option<String>,
}

/// An organisation's own help contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpContact {
    pub name: String,
    /// The number as people read it.
    pub phone: Option<String>,
    /// The number to dial: `+` and digits.
    pub tel: Option<String>,
    /// An `https:` address.
    pub url: Option<String>,
    /// Whether it replaces the national helpline (otherwise it comes first, beside it).
    pub replaces_default: bool,
}

/// How the host wants the widget to behave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// For lobby tablets: after `idle_ms` without a touch or a key, everything resets, and
    /// there are no share or remember controls.
    pub kiosk: bool,
    pub idle_ms: u32,
    /// The language the host chose (its index in `LOCALE_CODES`); without one, a link's
    /// language or else the browser's.
    pub locale: Option<usize>,
    pub sections: Sections,
    /// Where the widget opens when the address names no place.
    pub start: Option<Route>,
    pub theme: Theme,
    pub help: Option<HelpContact>,
    /// The address of the folder of the widget's own files, ending in `/` (the embed script's
    /// folder), so links to its pages work from any host page; empty on the widget's own page,
    /// where addresses relative to the page lead there already.
    pub files: String,
    /// The folder of the words files, where it is not `files`: a page one folder down (es/)
    /// names its parent in its own markup (`data-words`, scripts/post-build.mjs), where every
    /// language's words file is; never an address's query.
    pub words: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            kiosk: false,
            idle_ms: DEFAULT_IDLE_SECONDS * 1000,
            locale: None,
            sections: Sections::Both,
            start: None,
            theme: Theme::default(),
            help: None,
            files: String::new(),
            words: None,
        }
    }
}

/// Reads attributes and collects a warning for each value that is not understood.
struct Reader<'a> {
    attribute: &'a dyn Fn(&str) -> Option<String>,
    warnings: Vec<String>,
}

impl Reader<'_> {
    /// The trimmed value of `name`, if the host set it.
    fn get(&self, name: &str) -> Option<String> {
        (self.attribute)(name).map(|value| value.trim().to_owned())
    }

    /// The value of `name` read by `read`; `None` (with a warning saying `expected`) when
    /// `read` cannot make sense of it.
    fn read<T>(
        &mut self,
        name: &str,
        expected: &str,
        read: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let value = self.get(name)?;
        let read = read(&value);
        if read.is_none() {
            self.warn(name, &value, expected);
        }
        read
    }

    /// One warning, written once for every attribute (not once per kind of value read).
    #[inline(never)]
    fn warn(&mut self, name: &str, value: &str, expected: &str) {
        self.warnings.push(format!(
            "Just a Plant?: {name}=\"{value}\" is not understood; {expected}. Using the default."
        ));
    }
}

impl Config {
    /// Reads the configuration through `attribute` (the mount element's attributes) and
    /// returns it with a warning for each value that was not understood.
    pub fn from_attributes(attribute: &dyn Fn(&str) -> Option<String>) -> (Config, Vec<String>) {
        let mut reader = Reader {
            attribute,
            warnings: Vec::new(),
        };
        let defaults = Config::default();
        let kiosk = reader.read(
            "data-kiosk",
            "use \"true\" or \"false\"",
            |value| match value {
                "true" | "" => Some(true),
                "false" => Some(false),
                _ => None,
            },
        );
        let idle_seconds = reader.read(
            "data-idle-seconds",
            // The range of IDLE_SECONDS, written out (a native test holds them together).
            "use a whole number from 10 to 3600",
            |value| {
                value
                    .parse::<u32>()
                    .ok()
                    .filter(|s| IDLE_SECONDS.contains(s))
            },
        );
        let locale = reader.read("data-locale", LOCALE_CHOICES, language_index);
        let sections = reader.read(
            "data-sections",
            "use \"both\", \"explainer\" or \"quiz\"",
            |value| match value {
                "both" => Some(Sections::Both),
                "explainer" => Some(Sections::Explainer),
                "quiz" => Some(Sections::Quiz),
                _ => None,
            },
        );
        let start = reader.read(
            "data-start",
            "use a place such as \"quiz\" or \"explainer/3\"",
            |value| match Route::parse(value, places()) {
                Ok(Some(route @ (Route::Explainer(_) | Route::Quiz { seed: None }))) => Some(route),
                _ => None,
            },
        );
        let scheme = reader.read(
            "data-theme",
            "use \"light\", \"dark\" or \"auto\"",
            |value| {
                ["light", "dark", "auto"]
                    .into_iter()
                    .find(|&scheme| scheme == value)
            },
        );
        let accent = reader.read(
            "data-accent",
            "use a colour like #0b5c8a, dark enough for text on white (contrast 4.5:1)",
            |value| {
                parse_hex(value)
                    .filter(|&rgb| contrast(rgb, WHITE) >= 4.5)
                    .map(|rgb| (value.to_owned(), rgb))
            },
        );
        let font = reader.read(
            "data-font",
            "use font family names, letters, digits, spaces, commas, quotes and hyphens",
            |value| {
                let allowed = |c: char| {
                    c.is_ascii_alphanumeric() || matches!(c, ' ' | ',' | '\'' | '"' | '-')
                };
                (!value.is_empty() && value.len() <= 100 && value.chars().all(allowed))
                    .then(|| value.to_owned())
            },
        );
        let radius = reader.read("data-radius", "use a length like 8px or 0.5em", |value| {
            let number = value.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let unit = &value[number.len()..];
            // Digits with at most one decimal point, whole part up to 64: no float parsing.
            let (whole, fraction) = number.split_once('.').unwrap_or((number, "0"));
            let digits = |text: &str| {
                !text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit())
            };
            let fits = matches!(unit, "px" | "em" | "rem" | "")
                && digits(whole)
                && digits(fraction)
                && whole.parse::<u16>().is_ok_and(|n| n <= 64);
            (fits && (!unit.is_empty() || number == "0")).then(|| value.to_owned())
        });
        let help = read_help(&mut reader);
        let config = Config {
            kiosk: kiosk.unwrap_or(defaults.kiosk),
            idle_ms: idle_seconds.map_or(defaults.idle_ms, |seconds| seconds * 1000),
            locale,
            sections: sections.unwrap_or_default(),
            start,
            theme: Theme {
                scheme,
                on_accent: accent.as_ref().map(|&(_, rgb)| on_accent(rgb)),
                accent: accent.map(|(value, _)| value),
                font,
                radius,
            },
            help,
            files: defaults.files,
            words: None,
        };
        (config, reader.warnings)
    }

    /// The folder the words files come from.
    pub fn words_folder(&self) -> &str {
        self.words.as_deref().unwrap_or(&self.files)
    }

    /// The folder source quotes open the article from: none on a kiosk, where a new tab would
    /// outlast the visit.
    pub fn article(&self) -> Option<&str> {
        (!self.kiosk).then_some(self.files.as_str())
    }

    /// Whether the explainer is shown.
    pub fn has_explainer(&self) -> bool {
        self.sections != Sections::Quiz
    }

    /// Whether the quiz is shown.
    pub fn has_quiz(&self) -> bool {
        self.sections != Sections::Explainer
    }

    /// The place to show for `route`: a place in a hidden section becomes the start of the
    /// shown one.
    pub fn place_for(&self, route: Route) -> Route {
        match (route.in_quiz(), self.sections) {
            (true, Sections::Explainer) => Route::START,
            (false, Sections::Quiz) => Route::Quiz { seed: None },
            _ => route,
        }
    }
}

fn read_help(reader: &mut Reader<'_>) -> Option<HelpContact> {
    let name = reader.read(
        "data-help-name",
        "use a short name, up to 80 characters",
        |value| (!value.is_empty() && value.chars().count() <= 80).then(|| value.to_owned()),
    );
    let phone = reader.read(
        "data-help-phone",
        "use a phone number as people read it, up to 40 characters",
        |value| (!value.is_empty() && value.chars().count() <= 40).then(|| value.to_owned()),
    );
    let tel = reader.read(
        "data-help-tel",
        "use + and digits, like +15555550100",
        |value| {
            let digits = value.strip_prefix('+')?;
            (digits.len() >= 3 && digits.len() <= 15 && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| value.to_owned())
        },
    );
    let url = reader.read("data-help-url", "use an https:// address", |value| {
        let rest = value.strip_prefix("https://")?;
        let safe =
            |c: char| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\');
        (!rest.is_empty() && value.len() <= 300 && value.chars().all(safe))
            .then(|| value.to_owned())
    });
    let replaces_default = reader
        .read(
            "data-help-mode",
            "use \"add\" or \"replace\"",
            |value| match value {
                "add" => Some(false),
                "replace" => Some(true),
                _ => None,
            },
        )
        .unwrap_or(false);
    let name = name?;
    if tel.is_none() && url.is_none() {
        reader.warnings.push(format!(
            "Just a Plant?: data-help-name=\"{name}\" needs a data-help-tel or a data-help-url; showing the national helpline only."
        ));
        return None;
    }
    Some(HelpContact {
        name,
        phone,
        tel,
        url,
        replaces_default,
    })
}

const WHITE: [u8; 3] = [255, 255, 255];

/// `#rgb` or `#rrggbb` as red, green and blue.
fn parse_hex(value: &str) -> Option<[u8; 3]> {
    let hex = value.strip_prefix('#')?;
    let channel = |text: &str| u8::from_str_radix(text, 16).ok();
    match hex.len() {
        3 => {
            let mut rgb = [0; 3];
            for (i, c) in hex.chars().enumerate() {
                rgb[i] = channel(&c.to_string())? * 17;
            }
            Some(rgb)
        }
        6 => Some([
            channel(&hex[0..2])?,
            channel(&hex[2..4])?,
            channel(&hex[4..6])?,
        ]),
        _ => None,
    }
}

// `LINEAR_CHANNEL`: each sRGB channel value in linear light, scaled to 0..=65535, worked out
// by build.rs from the WCAG formula, so the widget carries no floating-point power function.
include!(concat!(env!("OUT_DIR"), "/linear_channel.rs"));

/// WCAG relative luminance.
fn luminance(rgb: [u8; 3]) -> f64 {
    let linear = |channel: u8| f64::from(LINEAR_CHANNEL[usize::from(channel)]) / 65535.0;
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// WCAG contrast ratio between two colours.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Black or white text, whichever reads better on `rgb`.
fn on_accent(rgb: [u8; 3]) -> &'static str {
    if contrast(rgb, WHITE) >= contrast(rgb, [0, 0, 0]) {
        "#ffffff"
    } else {
        "#000000"
    }
}

impl Theme {
    /// The value of the widget's `data-scheme` attribute: the scheme it keeps to, if not the
    /// reader's own.
    pub fn kept_scheme(&self) -> Option<&'static str> {
        self.scheme.filter(|&scheme| scheme != "auto")
    }
}
