//! The widget's configuration from its host: read from the mount element's attributes, where
//! every value that does not make sense falls back to its default with one clear warning.

/// The shortest and longest idle time a kiosk may be given, in seconds.
pub const IDLE_SECONDS: std::ops::RangeInclusive<u32> = 10..=3600;
/// The idle time a kiosk gets when none is given, in seconds.
pub const DEFAULT_IDLE_SECONDS: u32 = 120;

/// How the host wants the widget to behave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// For lobby tablets: after `idle_ms` without a touch or a key, everything resets, and
    /// there are no share or remember controls.
    pub kiosk: bool,
    pub idle_ms: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            kiosk: false,
            idle_ms: DEFAULT_IDLE_SECONDS * 1000,
        }
    }
}

impl Config {
    /// Reads `data-kiosk` ("true" or "false") and `data-idle-seconds` through `attribute`;
    /// returns the configuration and a warning for each value that was not understood.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        match attribute("data-kiosk").as_deref().map(str::trim) {
            None => {}
            Some("true" | "") => config.kiosk = true,
            Some("false") => {}
            Some(other) => warnings.push(format!(
                "Just a Plant?: data-kiosk=\"{other}\" is not understood; use \"true\" or \"false\". Kiosk mode stays off."
            )),
        }
        if let Some(value) = attribute("data-idle-seconds") {
            match value.trim().parse::<u32>() {
                Ok(seconds) if IDLE_SECONDS.contains(&seconds) => config.idle_ms = seconds * 1000,
                _ => warnings.push(format!(
                    "Just a Plant?: data-idle-seconds=\"{value}\" is not a whole number from {} to {}; using {DEFAULT_IDLE_SECONDS}.",
                    IDLE_SECONDS.start(),
                    IDLE_SECONDS.end()
                )),
            }
        }
        (config, warnings)
    }
}
