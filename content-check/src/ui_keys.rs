//! The list of interface strings every locale must give, what each is for, and its placeholders.

/// One interface string: its key, what it is for, and the `{placeholders}` it must contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiKey {
    pub name: &'static str,
    pub purpose: &'static str,
    pub placeholders: &'static [&'static str],
}

const fn key(name: &'static str, purpose: &'static str) -> UiKey {
    UiKey {
        name,
        purpose,
        placeholders: &[],
    }
}

const fn with(
    name: &'static str,
    purpose: &'static str,
    placeholders: &'static [&'static str],
) -> UiKey {
    UiKey {
        name,
        purpose,
        placeholders,
    }
}

/// Every key of `ui.toml`, in the order the generated `UiText` lists them.
pub const UI_KEYS: &[UiKey] = &[
    key(
        "widget_label",
        "The name of the whole widget, for screen readers.",
    ),
    key("intro_title", "The heading of the first screen."),
    key("intro_body", "What the quiz is, in a sentence or two."),
    key("intro_time", "How long it takes."),
    key(
        "intro_privacy",
        "The promise that nothing leaves the device.",
    ),
    key(
        "not_medical_advice",
        "The note that this is not medical advice.",
    ),
    key("start_button", "The button that starts the quiz."),
    with(
        "progress",
        "Where the person is in the round.",
        &["current", "total"],
    ),
    key("question_prompt", "The question under each statement."),
    key("answer_myth", "The Myth answer and button."),
    key("answer_fact", "The Fact answer and button."),
    key(
        "feedback_right_myth",
        "Feedback: answered myth, and it is a myth.",
    ),
    key(
        "feedback_right_fact",
        "Feedback: answered fact, and it is a fact.",
    ),
    key(
        "feedback_wrong_myth",
        "Feedback, kindly: answered fact, but it is a myth.",
    ),
    key(
        "feedback_wrong_fact",
        "Feedback, kindly: answered myth, but it is a fact.",
    ),
    key(
        "source_label",
        "The label before a quote from the source article.",
    ),
    key("next_button", "The button to the next statement."),
    key("results_button", "The button after the last statement."),
    key("results_title", "The heading of the results screen."),
    with("score", "The score.", &["score", "total"]),
    key("results_intro", "A kind line above the list of answers."),
    with(
        "your_answer",
        "The answer given to one statement.",
        &["answer"],
    ),
    with(
        "right_answer",
        "The right answer to one statement.",
        &["answer"],
    ),
    key("mark_right", "Marks an answer that was right."),
    key("mark_wrong", "Marks an answer that was not."),
    key("details_summary", "Opens the explanation of one statement."),
    key("try_again", "Starts a new round in a new order."),
    key("help_lead", "The line that offers help on every screen."),
    key("help_title", "The heading of the full help card."),
    key("help_more", "Opens more about the helpline."),
    key("helpline_name", "The helpline's name."),
    key("helpline_phone", "The helpline's number as people read it."),
    key(
        "helpline_tel",
        "The helpline's number to dial, as + and digits.",
    ),
    key("helpline_tty_label", "The label before the TTY number."),
    key("helpline_tty", "The TTY number as people read it."),
    key(
        "helpline_tty_tel",
        "The TTY number to dial, as + and digits.",
    ),
    key("helpline_about", "What the helpline offers."),
    key(
        "sections_label",
        "The name of the navigation between the two sections.",
    ),
    key("section_explainer", "The explainer section's name."),
    key("section_quiz", "The quiz section's name."),
    key("explainer_title", "The explainer's heading."),
    with(
        "step_progress",
        "Where the person is in the story.",
        &["current", "total"],
    ),
    key("steps_label", "Opens the list of all steps."),
    key("back_button", "The button to the previous step."),
    key("next_step_button", "The button to the next step."),
    key("arrow_hint", "Says the arrow keys move between steps."),
    key("to_quiz", "The link from a step into the quiz."),
    key("diagram_title", "The diagram's title, for screen readers."),
    key(
        "diagram_description",
        "What the diagram shows, for screen readers.",
    ),
    with(
        "highlighted",
        "Names what the diagram highlights.",
        &["parts"],
    ),
    key("compare_legend", "The question above the compare choices."),
    key("label_vta", "The label of the ventral tegmental area."),
    key("label_pathway", "The label of the reward pathway."),
    key(
        "label_nucleus_accumbens",
        "The label of the nucleus accumbens.",
    ),
    key("label_dopamine", "The label of dopamine."),
    key("label_synapse", "The label of the synapse inset."),
    key("label_receptors", "The label of the mu-opioid receptors."),
    key("share_step", "The button that shares a link to this step."),
    key(
        "share_statement",
        "The button that shares a link to this statement.",
    ),
    key(
        "share_quiz",
        "The button that shares the quiz in this round's order.",
    ),
    key(
        "share_score",
        "The button that shares the score, and nothing else.",
    ),
    with(
        "share_text_step",
        "The message with a step's link.",
        &["title"],
    ),
    with(
        "share_text_statement",
        "The message with a statement's link.",
        &["statement"],
    ),
    key("share_text_quiz", "The message with the quiz's link."),
    with(
        "share_text_score",
        "The message with a score's link.",
        &["score", "total"],
    ),
    key("link_copied", "Confirms the link was copied."),
    key(
        "copy_by_hand",
        "Labels the field that shows the link to copy by hand.",
    ),
    with(
        "shared_score",
        "Shown when a link with someone's score is opened.",
        &["score", "total"],
    ),
    key(
        "whole_quiz_button",
        "After a single shared statement: on to the whole quiz.",
    ),
    key(
        "notice_link",
        "A calm notice: the link could not be opened.",
    ),
    key(
        "notice_newer",
        "A calm notice: the link is from a newer version.",
    ),
    key("notice_dismiss", "Puts the notice away."),
    key(
        "remember_label",
        "The opt-in to keeping progress on this device.",
    ),
    key(
        "remember_unavailable",
        "The quiet note where storage is blocked.",
    ),
    key(
        "forget_button",
        "Clears everything kept on the device, at once.",
    ),
    key("print_button", "Prints the one-page summary."),
    key(
        "print_answers",
        "The choice to put one's own answers on the printout.",
    ),
    key("print_title", "The heading of the printed summary."),
    key(
        "language_name",
        "The language's own name, on its button in the language switch.",
    ),
    key("language_label", "The name of the language switch."),
    key(
        "text_direction",
        "Which way the language is written: `ltr` or `rtl`.",
    ),
];

impl UiKey {
    /// What is wrong with a value for this key; empty when it is fine.
    pub fn problems(&self, value: &str) -> Vec<String> {
        let found = placeholders_in(value);
        let mut problems: Vec<String> = self
            .placeholders
            .iter()
            .filter(|wanted| !found.contains(wanted))
            .map(|wanted| format!("missing placeholder {{{wanted}}}"))
            .collect();
        problems.extend(
            found
                .iter()
                .filter(|name| !self.placeholders.contains(name))
                .map(|name| format!("unknown placeholder {{{name}}}")),
        );
        let dialable = value
            .strip_prefix('+')
            .is_some_and(|digits| !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()));
        if self.name == "text_direction" && !matches!(value, "ltr" | "rtl") {
            problems.push(format!("`{value}` must be `ltr` or `rtl`"));
        }
        if self.name.ends_with("_tel") && !dialable {
            problems.push(format!(
                "`{value}` must be a number to dial: + then digits only"
            ));
        }
        problems
    }
}

/// The names inside `{…}` in a text.
fn placeholders_in(value: &str) -> Vec<&str> {
    value
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}
