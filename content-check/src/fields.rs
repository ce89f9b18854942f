//! The text fields of each kind of item (a statement, a step, a compare choice), in the one order
//! their words keep everywhere: the checked words, the translation files and their exchange
//! keys, the words file and the widget that reads it; with how many sentences each may have.

use std::ops::RangeInclusive;

/// One text field: its name in the content files, how many sentences it has (`None` for a
/// label, an answer or a claim, whose sentences are not counted), and whether it asks a
/// question (and so ends with `?`, in every language).
#[derive(Debug)]
pub struct TextField {
    pub name: &'static str,
    pub sentences: Option<RangeInclusive<usize>>,
    pub asks: bool,
}

/// A kind of item: its tables' name (`[[statement]]`) and its text fields, in order. Which
/// fields an item has is the English file's to say (a myth has a myth to name, a step may ask a
/// prediction); a translation gives exactly those.
#[derive(Debug)]
pub struct ItemKind {
    pub name: &'static str,
    pub fields: &'static [TextField],
}

impl ItemKind {
    /// Where the field `name` is in this kind's order.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|field| field.name == name)
    }

    /// The names of this kind's fields, in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.fields.iter().map(|field| field.name).collect()
    }
}

const fn words(name: &'static str) -> TextField {
    TextField {
        name,
        sentences: None,
        asks: false,
    }
}

const fn sentences(name: &'static str, range: RangeInclusive<usize>) -> TextField {
    TextField {
        name,
        sentences: Some(range),
        asks: false,
    }
}

const fn question(name: &'static str, range: RangeInclusive<usize>) -> TextField {
    TextField {
        name,
        sentences: Some(range),
        asks: true,
    }
}

/// A myth-or-fact statement: the claim, then its feedback in the order it is shown. The fact
/// leads, in one sentence; a myth's feedback then names the myth once, with a warning, says why
/// it misleads, and closes on the fact (the debunking handbook's "truth sandwich"); a fact's
/// says why it holds.
pub const STATEMENT: ItemKind = ItemKind {
    name: "statement",
    fields: &[
        words("statement"),
        sentences("fact", 1..=1),
        sentences("myth", 1..=1),
        sentences("why", 1..=3),
        sentences("closing", 1..=1),
    ],
};

/// A step of the story: its title and body, and, where its picture shows a mechanism, the
/// prediction asked before the picture shows: a question and two or three answers.
pub const STEP: ItemKind = ItemKind {
    name: "step",
    fields: &[
        words("title"),
        sentences("body", 2..=4),
        question("predict_question", 1..=2),
        words("predict_answer_1"),
        words("predict_answer_2"),
        words("predict_answer_3"),
    ],
};

/// A compare choice: its label and the caption of what it does.
pub const CHOICE: ItemKind = ItemKind {
    name: "choice",
    fields: &[words("label"), sentences("caption", 1..=2)],
};

/// The fields of a statement that only a myth has.
pub const MYTH_ONLY: &[&str] = &["myth", "closing"];

/// A step's prediction fields: its question and its answers.
pub const PREDICTION_FIELDS: &[&str] = &[
    "predict_question",
    "predict_answer_1",
    "predict_answer_2",
    "predict_answer_3",
];

/// The one prediction field a prediction may leave out: it has two answers or three.
pub const OPTIONAL_ANSWER: &str = "predict_answer_3";
