//! The host's theme on the widget's root: colours, font and radius as CSS custom properties.

use yew::prelude::*;

use crate::config::Theme;

/// Applies the host's theme to the widget's root as CSS custom properties, through the CSSOM
/// (a strict Content Security Policy forbids style attributes, not this).
#[hook]
pub fn use_theme(root: NodeRef, theme: Theme) {
    use_effect_with(theme, move |theme| {
        if let Some(style) = root
            .cast::<web_sys::HtmlElement>()
            .map(|element| element.style())
        {
            let properties = [
                ("--jap-custom-accent", theme.accent.as_deref()),
                ("--jap-custom-on-accent", theme.on_accent),
                ("--jap-font", theme.font.as_deref()),
                ("--jap-radius-custom", theme.radius.as_deref()),
            ];
            for (name, value) in properties {
                if let Some(value) = value {
                    // A value the browser rejects leaves the default in place.
                    let _ = style.set_property(name, value);
                }
            }
        }
    });
}
