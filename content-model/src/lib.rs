//! The kinds of thing the widget's content names, defined once: the widget matches on them, and
//! the content checker (with the `serde` feature) reads them from the content files, where each
//! is written in kebab-case (`low-efficacy`, `seven-oh`, `some-researchers`); and the words
//! file's separator.

#![no_std]

pub mod pictures;

/// The separator of a words file's fields (a language's code, then its words): a control
/// character no content holds. The content checker writes it; the widget reads it.
pub const WORD_SEPARATOR: char = '\u{1e}';

/// A kind named in the content files: readable from them with the `serde` feature.
macro_rules! kind {
    ($kind:item) => {
        #[cfg_attr(
            feature = "serde",
            derive(serde::Deserialize),
            serde(rename_all = "kebab-case")
        )]
        $kind
    };
}

kind! {
/// Whether a statement is a myth or a fact; also the answer a person gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    Myth,
    Fact,
}
}

kind! {
/// The picture a step shows: one scene per step, each drawing only what its words say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scene {
    /// The receptor as a lock; opioid and kratom keys fit it.
    Lock,
    /// Mitragynine's weak signal beside a full agonist's strong one.
    Mitragynine,
    /// 7-hydroxymitragynine: smaller amounts, holds on more tightly, switches on partway.
    SevenOh,
    /// The signal from the ventral tegmental area to dopamine in the nucleus accumbens.
    Signal,
    /// Repeated use: tolerance, withdrawal and cravings, and the pilot imaging study.
    Cycle,
    /// Kratom in the opioid's place keeps the cycle turning.
    Substitution,
    /// The three safeguards of supervised treatment, and kratom's lack of them.
    Safeguards,
}
}

kind! {
/// How strongly something activates the mu-opioid receptor: an ordering, never a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Activation {
    None,
    LowEfficacy,
    Partial,
    Full,
}
}

kind! {
/// What a finding rests on, and so how sure it can be: each statement's and each step's "How
/// sure is this?" line is one of this closed set, taken from the source's own qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// What research describes, as the source article sums it up.
    Research,
    /// Lab studies (the source's "in lab settings").
    Lab,
    /// One small early study (its "pilot study").
    Pilot,
    /// Reports of single cases (its "case reports").
    Cases,
    /// What some researchers have noted (its "some researchers").
    SomeResearchers,
    /// Research on people who use several drugs (its "research on polysubstance users").
    SeveralDrugs,
    /// The FDA's warnings and findings.
    Fda,
    /// How most clinical and recovery standards define relapse and sobriety.
    Standards,
    /// How FDA-approved treatment is given.
    Treatment,
}
}

impl Scene {
    /// Whether the picture shows a mechanism (a key in the lock, a key holding on, a lock
    /// switching on, dopamine released): its step asks for a prediction before it shows.
    pub fn shows_mechanism(self) -> bool {
        matches!(
            self,
            Scene::Lock | Scene::Mitragynine | Scene::SevenOh | Scene::Signal
        )
    }
}

impl Activation {
    /// Every level, weakest first: the compare shows each once, in this order.
    pub const SCALE: [Activation; 4] = [
        Activation::None,
        Activation::LowEfficacy,
        Activation::Partial,
        Activation::Full,
    ];
}

impl Basis {
    /// Every basis, in the order of their lines' keys (`basis_research`, `basis_lab`, …).
    pub const ALL: [Basis; 9] = [
        Basis::Research,
        Basis::Lab,
        Basis::Pilot,
        Basis::Cases,
        Basis::SomeResearchers,
        Basis::SeveralDrugs,
        Basis::Fda,
        Basis::Standards,
        Basis::Treatment,
    ];
}
