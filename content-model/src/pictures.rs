//! The explainer's pictures, one scene per step and one for the compare control, as SVG markup
//! composed at compile time from a few shapes that mean the same thing in every scene: the
//! mu-opioid receptor is a lock, heroin or oxycodone a plain gray key, kratom's compounds green
//! keys marked M (mitragynine) and 7 (7-hydroxymitragynine), dopamine red dots, and a signal's
//! strength waves. They are the same in every language: the content checker writes each step's
//! picture into every words file (the first step's is compiled into the widget, the others come
//! after the first screen), and the widget compiles the compare control's in.
//!
//! Each scene is drawn in its end state, so the still (reduced motion, print) carries the whole
//! message; CSS animates from a start state to it. Labels are `{name}` placeholders for the
//! locale's `label_name` strings, laid out by the browser inside `foreignObject` boxes, so they
//! wrap in any language and never mirror.

use crate::Scene;

/// A lock: a mu-opioid receptor set in the membrane whose top edge is at `$y`, its notch open
/// upwards; `$glow` says how far it is switched on (`""`, `jap-on-low`, `-partial`, `-full`).
macro_rules! lock {
    ($x:literal, $y:literal, $glow:literal) => {
        concat!(
            "<path class=\"jap-lock ",
            $glow,
            "\" transform=\"translate(",
            $x,
            " ",
            $y,
            ")\" d=\"M-24 8V-34H-8V-18H8V-34H24V8Z\"/>"
        )
    };
}

/// The mark that tells keys apart without colour.
macro_rules! mark {
    ("opioid") => {
        ""
    };
    ("m") => {
        "<text class=\"jap-mark\" y=\"-53\">M</text>"
    };
    ("seven") => {
        "<text class=\"jap-mark\" y=\"-53\">7</text><path class=\"jap-grip\" d=\"M-12-36q-6 9 0 18M12-36q6 9 0 18\"/>"
    };
}

/// A key (`opioid`, `m` or `seven`) placed by `$place` (an SVG transform) so that its blade sits
/// in a lock at the origin; `$motion` names the CSS animation it arrives with, if any. The
/// 7 key carries grip marks: it holds on more tightly (affinity, not activation).
macro_rules! key {
    ($kind:tt, $place:expr, $motion:literal) => {
        concat!(
            "<g transform=\"",
            $place,
            "\"><g class=\"jap-key jap-key-",
            $kind,
            " ",
            $motion,
            "\"><rect x=\"-6\" y=\"-46\" width=\"12\" height=\"28\" rx=\"2\"/><circle cy=\"-58\" r=\"13\"/>",
            mark!($kind),
            "</g></g>"
        )
    };
}

/// A lock at (`$x`, `$y`) switched on as far as `$glow` says, with a `$kind` key in it.
macro_rules! seated {
    ($x:literal, $y:literal, $glow:literal, $kind:tt, $motion:literal) => {
        concat!(
            lock!($x, $y, $glow),
            key!($kind, concat!("translate(", $x, " ", $y, ")"), $motion)
        )
    };
}

/// One signal wave under a lock: the first, second or third, each wider than the last.
macro_rules! wave {
    (1) => {
        "<path d=\"M-10 16q10 7 20 0\"/>"
    };
    (2) => {
        "<path d=\"M-17 25q17 10 34 0\"/>"
    };
    (3) => {
        "<path d=\"M-24 34q24 13 48 0\"/>"
    };
}

/// Signal waves under a lock at `$x` in a membrane at `$y`, one to three of them: the strength
/// of the signal, shown by number as well as by colour.
macro_rules! waves {
    ($x:literal, $y:literal, $($wave:tt),+) => {
        concat!(
            "<g class=\"jap-waves\" transform=\"translate(", $x, " ", $y, ")\">",
            $(wave!($wave),)+
            "</g>"
        )
    };
}

/// A text label in a box, its words aligned `left`, `center` or `right`; `$name` is a label
/// placeholder.
macro_rules! label {
    ($x:literal, $y:literal, $w:literal, $h:literal, "center", $name:literal) => {
        label!(@box $x, $y, $w, $h, "<p>", $name)
    };
    ($x:literal, $y:literal, $w:literal, $h:literal, $align:literal, $name:literal) => {
        label!(@box $x, $y, $w, $h, concat!("<p class=\"jap-", $align, "\">"), $name)
    };
    (@box $x:literal, $y:literal, $w:literal, $h:literal, $open:expr, $name:literal) => {
        concat!(
            "<foreignObject x=\"", $x, "\" y=\"", $y, "\" width=\"", $w, "\" height=\"", $h,
            "\">", $open, "{", $name, "}</p></foreignObject>"
        )
    };
}

/// The membrane of the receiving nerve cell, from `$x` for `$w`, its top edge at `$y`.
macro_rules! membrane {
    ($x:literal, $y:literal, $w:literal) => {
        concat!(
            "<rect class=\"jap-membrane\" x=\"",
            $x,
            "\" y=\"",
            $y,
            "\" width=\"",
            $w,
            "\" height=\"14\" rx=\"7\"/>"
        )
    };
}

/// Opens a scene's drawing; every scene shares one size, so moving between steps keeps the layout.
macro_rules! svg {
    ($($part:expr),* $(,)?) => {
        concat!("<svg viewBox=\"0 0 320 240\" aria-hidden=\"true\">", $($part,)* "</svg>")
    };
}

/// A side view of the brain, front to the left.
macro_rules! brain {
    () => {
        "<path class=\"jap-brain\" d=\"M40 140C24 86 76 30 160 24c86-6 152 34 160 96 6 46-26 72-64 72-12 12-26 18-40 16-44 4-96 0-124-16-14-8-22-26-24-50z\"/>"
    };
}

/// A circle of three arrows around (`$x`, `$y`), turning once or twice when shown.
macro_rules! cycle {
    ($transform:literal) => {
        concat!(
            "<g class=\"jap-cycle\" transform=\"", $transform, "\">",
            "<path d=\"M11-50A51 51 0 0 1 49 16\"/><path d=\"M38 34A51 51 0 0 1-38 34\"/>",
            "<path d=\"M-49 16A51 51 0 0 1-11-50\"/>",
            "<path class=\"jap-head\" d=\"M46 24 56 15 43 11zM-44 27-41 41-31 32zM-2-52-15-56-12-42z\"/>",
            "<g class=\"jap-orbit\"><circle cy=\"-51\" r=\"7\"/></g></g>"
        )
    };
}

const LOCK: &str = svg!(
    "<rect class=\"jap-zoom\" x=\"2\" y=\"2\" width=\"316\" height=\"236\" rx=\"14\"/>",
    label!(12, 8, 296, 24, "left", "synapse"),
    label!(4, 44, 132, 40, "center", "opioid_key"),
    label!(130, 44, 186, 40, "center", "kratom_keys"),
    "<path class=\"jap-leader\" d=\"M140 92v-6h130v6\"/>",
    membrane!(12, 172, 296),
    seated!(70, 172, "", "opioid", "jap-arrive"),
    seated!(160, 172, "", "m", "jap-arrive"),
    seated!(250, 172, "", "seven", "jap-arrive"),
    label!(12, 194, 296, 40, "center", "receptors"),
);

const MITRAGYNINE: &str = svg!(
    label!(4, 20, 156, 44, "center", "opioid_key"),
    label!(160, 20, 156, 44, "center", "mitragynine_key"),
    membrane!(12, 150, 296),
    seated!(82, 150, "jap-on-full", "opioid", ""),
    seated!(238, 150, "jap-on-low", "m", ""),
    waves!(82, 150, 1, 2, 3),
    waves!(238, 150, 1),
    label!(4, 196, 156, 40, "center", "strong_signal"),
    label!(160, 196, 156, 40, "center", "weak_signal"),
);

const SEVEN_OH: &str = svg!(
    label!(4, 6, 138, 54, "left", "amount"),
    key!("m", "translate(156 56) scale(.55)", ""),
    key!("m", "translate(178 56) scale(.55)", ""),
    key!("m", "translate(200 56) scale(.55)", ""),
    key!("m", "translate(222 56) scale(.55)", ""),
    key!("m", "translate(244 56) scale(.55)", ""),
    key!("m", "translate(266 56) scale(.55)", ""),
    key!("seven", "translate(298 56) scale(.55)", ""),
    "<path class=\"jap-rule\" d=\"M4 64H316M160 70V236\"/>",
    label!(4, 68, 152, 54, "center", "holds_on"),
    membrane!(8, 208, 146),
    seated!(46, 208, "", "seven", ""),
    lock!(118, 208, ""),
    key!("m", "translate(118 178)", "jap-lets-go"),
    "<path class=\"jap-leader\" d=\"M146 150v-22m-5 6 5-6 5 6\"/>",
    label!(164, 68, 152, 54, "center", "switches_on"),
    membrane!(166, 196, 150),
    "<g transform=\"translate(0 196) scale(.8) translate(0 -196)\">",
    seated!(228, 196, "jap-on-low", "m", ""),
    seated!(300, 196, "jap-on-partial", "seven", ""),
    seated!(372, 196, "jap-on-full", "opioid", ""),
    waves!(228, 196, 1),
    waves!(300, 196, 1, 2),
    waves!(372, 196, 1, 2, 3),
    "</g>",
);

const SIGNAL: &str = svg!(
    "<g transform=\"translate(20 6) scale(.82)\">",
    brain!(),
    "<path class=\"jap-pathway\" d=\"M190 166C174 192 128 180 114 142\"/>",
    "<path class=\"jap-head\" d=\"M106 146l4-16 10 13z\"/>",
    "<path class=\"jap-signal\" pathLength=\"100\" d=\"M190 166C174 192 128 180 114 142\"/>",
    "<ellipse class=\"jap-vta\" cx=\"204\" cy=\"166\" rx=\"20\" ry=\"11\"/>",
    "<ellipse class=\"jap-nac\" cx=\"98\" cy=\"128\" rx=\"22\" ry=\"14\"/>",
    "<g class=\"jap-dopamine jap-released\"><circle cx=\"92\" cy=\"104\" r=\"5\"/><circle cx=\"110\" cy=\"100\" r=\"5\"/>",
    "<circle cx=\"76\" cy=\"112\" r=\"5\"/><circle cx=\"124\" cy=\"112\" r=\"5\"/><circle cx=\"70\" cy=\"130\" r=\"5\"/></g>",
    "<path class=\"jap-leader\" d=\"M216 176l30 34M84 140 60 206M86 100 58 58\"/>",
    "</g>",
    label!(4, 4, 140, 44, "left", "dopamine"),
    label!(200, 176, 116, 60, "right", "vta"),
    label!(4, 176, 130, 60, "left", "nucleus_accumbens"),
    label!(114, 94, 96, 36, "center", "pathway"),
);

const CYCLE: &str = svg!(
    cycle!("translate(96 116)"),
    label!(36, 6, 120, 40, "center", "use"),
    label!(2, 170, 94, 68, "center", "withdrawal"),
    label!(100, 170, 94, 68, "center", "tolerance"),
    "<rect class=\"jap-note\" x=\"200\" y=\"16\" width=\"116\" height=\"214\" rx=\"10\"/>",
    "<g class=\"jap-scan\" transform=\"translate(218 30) scale(.25)\">",
    brain!(),
    "<g class=\"jap-dopamine\"><circle cx=\"98\" cy=\"128\" r=\"18\"/><circle cx=\"204\" cy=\"166\" r=\"18\"/></g></g>",
    label!(204, 96, 108, 130, "center", "pilot_study"),
);

const SUBSTITUTION: &str = svg!(
    label!(4, 4, 150, 44, "left", "swap"),
    membrane!(8, 196, 140),
    key!("opioid", "translate(34 146)", "jap-set-aside"),
    seated!(92, 196, "jap-on-low", "m", "jap-arrive"),
    "<path class=\"jap-leader\" d=\"M48 80q20-24 40 4m-8-2 8 2 1-8\"/>",
    "<path class=\"jap-pathway\" d=\"M124 170h38\"/><path class=\"jap-head\" d=\"M162 163l10 7-10 7z\"/>",
    cycle!("translate(238 128)"),
    label!(178, 20, 120, 40, "center", "use"),
    label!(160, 190, 156, 48, "center", "cycle_turns"),
);

/// A group of `$shape` centred at (`$x`, `$y`).
macro_rules! mark_at {
    ($x:literal, $y:literal, $shape:expr) => {
        concat!(
            "<g transform=\"translate(",
            $x,
            " ",
            $y,
            ")\">",
            $shape,
            "</g>"
        )
    };
}

/// A tick in a circle: a safeguard that is there.
macro_rules! tick {
    () => {
        "<circle r=\"15\"/><path d=\"M-7 0l5 6 9-11\"/>"
    };
}

/// A cross in a square: a safeguard that is missing.
macro_rules! cross {
    () => {
        "<rect x=\"-14\" y=\"-14\" width=\"28\" height=\"28\" rx=\"4\"/><path d=\"M-6-6 6 6M6-6-6 6\"/>"
    };
}

/// One `$shape` in each of the checklist's three rows, in the column at `$x`, grouped as `$class`.
macro_rules! marks {
    ($class:literal, $x:literal, $shape:expr) => {
        concat!(
            "<g class=\"",
            $class,
            "\">",
            mark_at!($x, 120, $shape),
            mark_at!($x, 168, $shape),
            mark_at!($x, 216, $shape),
            "</g>"
        )
    };
}

const SAFEGUARDS: &str = svg!(
    label!(120, 4, 116, 88, "center", "treatment"),
    label!(236, 4, 82, 88, "center", "kratom"),
    "<path class=\"jap-rule\" d=\"M4 96H316M4 144H316M4 192H316\"/>",
    label!(4, 100, 116, 44, "left", "known_dosing"),
    label!(4, 148, 116, 44, "left", "verified_purity"),
    label!(4, 196, 116, 44, "left", "clinical_monitoring"),
    marks!("jap-checks", 178, tick!()),
    marks!("jap-crosses", 277, cross!()),
);

/// A dopamine dot released at the nucleus accumbens in the compare picture.
macro_rules! dot {
    ($x:literal, $y:literal) => {
        concat!("<circle cx=\"", $x, "\" cy=\"", $y, "\" r=\"5\"/>")
    };
}

/// A segment of the compare picture's four-step scale, filled with `$glow` when reached.
macro_rules! segment {
    ($x:literal, $glow:literal) => {
        concat!(
            "<rect class=\"",
            $glow,
            "\" x=\"",
            $x,
            "\" y=\"172\" width=\"74\" height=\"14\" rx=\"3\"/>"
        )
    };
}

/// The compare picture for one choice: its `$key` arriving in the lock, the lock's `$glow`,
/// the signal `$waves`, the pulse along the pathway if there is one, the dopamine `$dots`
/// released, and the scale filled to the level reached (`$weak`, `$partway`, `$fully`).
macro_rules! compare {
    ($key:expr, $glow:literal, $waves:expr, $pulse:expr, $dots:expr, $weak:literal, $partway:literal, $fully:literal) => {
        concat!(
            "<svg viewBox=\"0 34 320 206\" aria-hidden=\"true\">",
            membrane!(8, 118, 136),
            lock!(76, 118, $glow),
            $key,
            "<g class=\"jap-waves\" transform=\"translate(76 118)\">",
            $waves,
            "</g><path class=\"jap-pathway\" d=\"M178 88C190 52 232 48 252 86\"/>",
            "<path class=\"jap-head\" d=\"M258 98l-14-8 13-6z\"/>",
            $pulse,
            "<ellipse class=\"jap-vta\" cx=\"172\" cy=\"100\" rx=\"18\" ry=\"11\"/>",
            "<ellipse class=\"jap-nac\" cx=\"278\" cy=\"104\" rx=\"22\" ry=\"14\"/>",
            "<g class=\"jap-dopamine jap-released\">",
            $dots,
            "</g>",
            label!(124, 114, 102, 58, "center", "vta"),
            label!(228, 120, 92, 52, "center", "nucleus_accumbens"),
            "<g class=\"jap-scale\">",
            segment!(8, ""),
            segment!(86, $weak),
            segment!(164, $partway),
            segment!(242, $fully),
            "</g>",
            label!(6, 190, 78, 48, "center", "off"),
            label!(84, 190, 78, 48, "center", "weak"),
            label!(162, 190, 78, 48, "center", "partway"),
            label!(240, 190, 78, 48, "center", "fully"),
            "</svg>"
        )
    };
}

/// The signal pulse travelling the compare picture's pathway.
macro_rules! pulse {
    () => {
        "<path class=\"jap-signal\" pathLength=\"100\" d=\"M178 88C190 52 232 48 252 86\"/>"
    };
}

/// The compare control's pictures, one per activation level, weakest first: nothing in the
/// lock; mitragynine, a little on; 7-hydroxymitragynine, holding on and partway on; heroin or
/// oxycodone, fully on. Each shows how far the lock is switched on (glow, waves, a four-step
/// scale) and how much dopamine the pathway releases.
pub const COMPARE: [&str; 4] = [
    compare!("", "", "", "", "", "", "", ""),
    compare!(
        key!("m", "translate(76 118)", "jap-arrive"),
        "jap-on-low",
        wave!(1),
        pulse!(),
        dot!(290, 76),
        "jap-on-low",
        "",
        ""
    ),
    compare!(
        key!("seven", "translate(76 118)", "jap-arrive"),
        "jap-on-partial",
        concat!(wave!(1), wave!(2)),
        pulse!(),
        concat!(dot!(290, 76), dot!(276, 60), dot!(304, 80)),
        "jap-on-partial",
        "jap-on-partial",
        ""
    ),
    compare!(
        key!("opioid", "translate(76 118)", "jap-arrive"),
        "jap-on-full",
        concat!(wave!(1), wave!(2), wave!(3)),
        pulse!(),
        concat!(
            dot!(290, 76),
            dot!(276, 60),
            dot!(304, 80),
            dot!(286, 50),
            dot!(308, 62)
        ),
        "jap-on-full",
        "jap-on-full",
        "jap-on-full"
    ),
];

/// A scene's markup, with no words yet.
pub fn template(scene: Scene) -> &'static str {
    match scene {
        Scene::Lock => LOCK,
        Scene::Mitragynine => MITRAGYNINE,
        Scene::SevenOh => SEVEN_OH,
        Scene::Signal => SIGNAL,
        Scene::Cycle => CYCLE,
        Scene::Substitution => SUBSTITUTION,
        Scene::Safeguards => SAFEGUARDS,
    }
}

/// Every `{name}` a template asks for, so tests can check each has a label in every locale.
pub fn label_names(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}
