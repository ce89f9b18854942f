//! The list of interface strings every locale must give, what each is for, and its placeholders.

/// One interface string: its key, what it is for, and the `{placeholders}` it must contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiKey {
    pub name: &'static str,
    pub purpose: &'static str,
    pub placeholders: &'static [&'static str],
    /// Whether only what comes after the first screen shows it (the quiz, a step after the
    /// first): English's words file brings it, and the widget's first load does not.
    pub later: bool,
    /// Whether its words state a finding, and so rest on quotes of the source article, listed
    /// under its name in `source/claims.toml` (content brief, rule 1).
    pub claim: bool,
}

const fn key(name: &'static str, purpose: &'static str) -> UiKey {
    UiKey {
        name,
        purpose,
        placeholders: &[],
        later: false,
        claim: false,
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
        later: false,
        claim: false,
    }
}

impl UiKey {
    /// The key, shown only after the first screen (see [`UiKey::later`]).
    const fn later(self) -> UiKey {
        UiKey {
            later: true,
            ..self
        }
    }

    /// The key, stating a finding (see [`UiKey::claim`]).
    const fn claim(self) -> UiKey {
        UiKey {
            claim: true,
            ..self
        }
    }
}

/// Every key of `ui.toml`, in the order the generated `UiText` lists them.
pub const UI_KEYS: &[UiKey] = &[
    key(
        "widget_label",
        "The name of the whole widget, for screen readers.",
    ),
    key("intro_title", "The heading of the first screen.").later(),
    key("intro_body", "What the quiz is, in a sentence or two.").later(),
    with(
        "intro_time",
        "How long a round takes; the build fills in the minutes from the words a round shows.",
        &["minutes"],
    ).later(),
    key(
        "intro_privacy",
        "The promise that nothing leaves the device.",
    ).later(),
    key(
        "not_medical_advice",
        "The note that this is not medical advice, shown on every screen: talk with a clinician \
         before making changes, and why.",
    ).claim(),
    key(
        "main_message",
        "The one thing to remember, in one to three short sentences, set apart at the top of the \
         first screen, of the results and of the printout (grade 6 or below).",
    ).claim(),
    key(
        "action_talk",
        "Beside the main message, the call to action's first point: what to do (the content \
         brief's rule 4: talk with a clinician before making changes).",
    ),
    key(
        "action_why",
        "The call to action's second point: why, and what treatment brings.",
    ).claim(),
    key(
        "action_worry",
        "The call to action's third point: what a person may fear in seeking treatment (its cost \
         or stigma), and the helpline's answer.",
    ).claim(),
    key("main_label", "The name of the box that holds the main message, for screen readers."),
    key(
        "main_picture",
        "What the small picture in that box shows, for those who cannot see it: an opioid's key \
         and kratom's fit the same lock.",
    ),
    key("main_picture_opioid", "The label under that picture's gray key."),
    key("main_picture_kratom", "The label under that picture's green key."),
    key("start_button", "The button that starts the quiz.").later(),
    with(
        "progress",
        "Where the person is in the round.",
        &["current", "total"],
    ).later(),
    key("question_prompt", "The question under each statement.").later(),
    key("answer_myth", "The Myth answer and button.").later(),
    key("answer_fact", "The Fact answer and button.").later(),
    key(
        "feedback_right_myth",
        "Feedback: answered myth, and it is a myth.",
    ).later(),
    key(
        "feedback_right_fact",
        "Feedback: answered fact, and it is a fact.",
    ).later(),
    key(
        "feedback_wrong_myth",
        "Feedback, kindly: answered fact, but it is a myth.",
    ).later(),
    key(
        "feedback_wrong_fact",
        "Feedback, kindly: answered myth, but it is a fact.",
    ).later(),
    key(
        "rule_myth_lead",
        "The warning every statement's `myth` sentence begins with, naming the myth as one \
         (\"A common belief is\"); the content checker holds every myth to it, in this language.",
    ),
    key(
        "source_label",
        "The label of a quote from the source article.",
    ),
    key(
        "source_open",
        "Said after the source label where it opens the whole article at the quote.",
    ),
    key(
        "terms_title",
        "Opens the plain meanings of the hard words a step or a statement uses.",
    ),
    key(
        "basis_title",
        "Before each finding's line of how sure it is: the question it answers.",
    ),
    key("basis_research", "How sure: what research describes, as the article sums it up.").claim(),
    key("basis_lab", "How sure: lab studies.").claim(),
    key("basis_pilot", "How sure: one small early (pilot) study, and what that means.").claim(),
    key("basis_cases", "How sure: reports of single cases, and what that means.").claim(),
    key("basis_some_researchers", "How sure: what some researchers have noted.").claim(),
    key("basis_several_drugs", "How sure: research on people who use several drugs.").claim(),
    key("basis_fda", "How sure: the FDA's warnings and findings.").claim(),
    key("basis_standards", "How sure: how most clinical and recovery standards define relapse.").claim(),
    key("basis_treatment", "How sure: how FDA-approved treatment is given.").claim(),
    key("next_button", "The button to the next statement.").later(),
    key("results_button", "The button after the last statement.").later(),
    key("results_title", "The heading of the results screen.").later(),
    with("score", "The score.", &["score", "total"]).later(),
    key("results_intro", "A kind line above the list of answers.").later(),
    with(
        "your_answer",
        "The answer given to one statement.",
        &["answer"],
    ).later(),
    with(
        "right_answer",
        "The right answer to one statement.",
        &["answer"],
    ).later(),
    with(
        "result_statement",
        "Under a fact on the results: the statement it answers, as it was asked.",
        &["statement"],
    ).later(),
    key("mark_right", "Marks an answer that was right.").later(),
    key("mark_wrong", "Marks an answer that was not.").later(),
    key("details_summary", "Opens the explanation of one statement.").later(),
    key("try_again", "Starts a new round in a new order.").later(),
    key(
        "remember_title",
        "The heading of the three points to remember, on the results and the printout.",
    ).later(),
    key("remember_1", "The first point to remember.").later().claim(),
    key("remember_2", "The second point to remember.").later().claim(),
    key("remember_3", "The third point to remember.").later().claim(),
    key(
        "remember_basis",
        "Under the points to remember, after the \"how sure\" heading: what the findings rest on \
         and what is not yet known.",
    ).later().claim(),
    key(
        "sure_question",
        "The question asked before the quiz and again after it: how sure the person is.",
    ).later(),
    key("sure_1", "The least sure answer of the five.").later(),
    key("sure_2", "The second answer of the five.").later(),
    key("sure_3", "The middle answer of the five.").later(),
    key("sure_4", "The fourth answer of the five.").later(),
    key("sure_5", "The surest answer of the five.").later(),
    key(
        "sure_before_lead",
        "Above the question before the quiz: that it comes first, and may be skipped.",
    ).later(),
    key(
        "sure_after_lead",
        "Above the same question after the results: asking it again.",
    ).later(),
    key(
        "sure_pair_title",
        "The heading over the two answers, before and now, side by side.",
    ).later(),
    with("sure_then", "The answer given before the quiz.", &["answer"]).later(),
    with("sure_now", "The answer given after it.", &["answer"]).later(),
    key("sure_skipped", "In place of an answer the person skipped.").later(),
    key("help_lead", "The line that offers help on every screen."),
    key("help_title", "The heading of the full help card."),
    key(
        "help_jump",
        "The button near the top that moves to the help card.",
    ),
    key(
        "crisis_lead",
        "Before the crisis line's number: when to call it.",
    ),
    key(
        "crisis_number",
        "The crisis line's number, to read and to dial.",
    ),
    key(
        "crisis_about",
        "After the number: the crisis line's name, what it offers, and 911.",
    ),
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
    key(
        "predict_hint",
        "Above a step's prediction: guess first, then see the picture.",
    ),
    key("predict_check", "The button that checks the guess and shows the picture."),
    key("predict_skip", "The button that shows the picture without a guess."),
    key(
        "predict_choose",
        "Said when the guess is checked before an answer is chosen.",
    ),
    key(
        "predict_waiting",
        "In the picture's place until the guess: the picture comes after it.",
    ),
    with(
        "predict_matched",
        "After a right guess, kindly, with the right answer.",
        &["answer"],
    ),
    with(
        "predict_missed",
        "After another guess, kindly, with the right answer.",
        &["answer"],
    ),
    key("compare_legend", "The question above the compare choices."),
    key("label_vta", "The label of the ventral tegmental area."),
    key("label_pathway", "The label of the reward pathway."),
    key(
        "label_nucleus_accumbens",
        "The label of the nucleus accumbens.",
    ),
    key("label_dopamine", "The label of dopamine."),
    key("label_synapse", "Frames a close-up of a synapse as a zoom."),
    key(
        "label_receptors",
        "The label of the mu-opioid receptors, drawn as locks.",
    ),
    key(
        "try_title",
        "The heading above the compare choices and their picture.",
    ),
    key(
        "scene_lock",
        "What the first scene shows: opioid and kratom keys fit the same locks.",
    ),
    key(
        "scene_mitragynine",
        "What the mitragynine scene shows: a weak signal beside a strong one.",
    ),
    key(
        "scene_seven_oh",
        "What the 7-hydroxymitragynine scene shows: amount, holding on, switching on.",
    ),
    key(
        "scene_signal",
        "What the signal scene shows: from the VTA to dopamine in the nucleus accumbens.",
    ),
    key(
        "scene_cycle",
        "What the repeated-use scene shows: the cycle and the pilot imaging study.",
    ),
    key(
        "scene_substitution",
        "What the substitution scene shows: kratom keeps the cycle turning.",
    ),
    key(
        "scene_safeguards",
        "What the treatment scene shows: the three safeguards, present and absent.",
    ),
    key(
        "label_opioid_key",
        "The label of the gray key: heroin or oxycodone.",
    ),
    key(
        "label_kratom_keys",
        "The label of the two green keys: kratom's compounds.",
    ),
    key("label_mitragynine_key", "The label of the key marked M."),
    key("label_seven_oh_key", "The label of the key marked 7."),
    key("label_strong_signal", "Under the fully switched-on lock."),
    key("label_weak_signal", "Under the weakly switched-on lock."),
    key("label_amount", "How much of each compound the leaf holds."),
    key("label_holds_on", "Affinity: which key stays in its lock."),
    key(
        "label_switches_on",
        "Efficacy: how far each key switches its lock on.",
    ),
    key("label_use", "A stage of the cycle: use."),
    key("label_tolerance", "A stage of the cycle: tolerance."),
    key(
        "label_withdrawal",
        "A stage of the cycle: withdrawal and cravings.",
    ),
    key(
        "label_pilot_study",
        "The note on the pilot brain-imaging study.",
    ),
    key(
        "label_swap",
        "Kratom's key in the lock where the opioid's was.",
    ),
    key(
        "label_cycle_turns",
        "Says the cycle goes on instead of breaking.",
    ),
    key(
        "label_treatment",
        "The checklist column for supervised treatment.",
    ),
    key("label_kratom", "The checklist column for kratom."),
    key("label_known_dosing", "A safeguard: known dosing."),
    key("label_verified_purity", "A safeguard: verified purity."),
    key(
        "label_clinical_monitoring",
        "A safeguard: clinical monitoring.",
    ),
    key("label_off", "How far the lock is switched on: not at all."),
    key("label_weak", "How far the lock is switched on: a little."),
    key("label_partway", "How far the lock is switched on: partway."),
    key("label_fully", "How far the lock is switched on: fully."),
    key("share_step", "The button that shares a link to this step."),
    key(
        "share_statement",
        "The button that shares a link to this statement.",
    ).later(),
    key(
        "share_quiz",
        "The button that shares the quiz in this round's order.",
    ).later(),
    key(
        "share_score",
        "The button that shares the score, and nothing else.",
    ).later(),
    with(
        "share_text_step",
        "The message with a step's link.",
        &["title"],
    ),
    with(
        "share_text_statement",
        "The message with a statement's link.",
        &["statement"],
    ).later(),
    key("share_text_quiz", "The message with the quiz's link.").later(),
    with(
        "share_text_score",
        "The message with a score's link.",
        &["score", "total"],
    ).later(),
    key("link_copied", "Confirms the link was copied."),
    key(
        "copy_by_hand",
        "Labels the field that shows the link to copy by hand.",
    ),
    with(
        "shared_score",
        "Shown when a link with someone's score is opened.",
        &["score", "total"],
    ).later(),
    key(
        "whole_quiz_button",
        "After a single shared statement: on to the whole quiz.",
    ).later(),
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
    key("print_button", "Prints the one-page summary.").later(),
    key(
        "print_answers",
        "The choice to put one's own answers on the printout.",
    ).later(),
    key("print_title", "The heading of the printed summary.").later(),
    key(
        "facts_title",
        "On the results and the printed summary, the heading over the round's statements.",
    ).later(),
    key(
        "listen_button",
        "The button that reads the text beside it aloud, with the device's own voice.",
    ),
    key("listen_stop", "The same button while it reads: it stops."),
    key(
        "language_name",
        "The language's own name, on its button in the language switch.",
    ),
    key("language_label", "The name of the language switch."),
    key(
        "text_direction",
        "Which way the language is written: `ltr` or `rtl`.",
    ),
    key(
        "language_waiting",
        "The line while another language's words are still on their way after its button is pressed.",
    ),
    key(
        "language_unavailable",
        "The line when another language's words could not be had (offline on a first visit).",
    ),
    key(
        "part_waiting",
        "The line in place of a part (the quiz, a step after the first) while its words are still on their way (they come after the first screen).",
    ),
    key(
        "part_unavailable",
        "The line in place of such a part when its words could not be had (offline on a first visit).",
    ),
    key(
        "part_load_again",
        "The button under that line that asks for the words again.",
    ),
    key(
        "page_loading",
        "The page's line while the interactive version loads, above the short version.",
    ),
    key(
        "page_failed",
        "The page's line when the interactive version cannot run, above the short version.",
    ),
    key(
        "page_summary_question",
        "The short version's question, in bold, before its answer.",
    ),
    key(
        "page_summary",
        "The short version: the answer, for a page that shows no widget.",
    ),
    key(
        "page_heading",
        "The page's heading above the widget: its short name.",
    ),
    key(
        "page_description",
        "What the page is, for search results and link previews.",
    ),
    key(
        "page_share_title",
        "A link preview's title, and the words its picture shows (for those who cannot see it).",
    ),
    key(
        "page_locale",
        "The page's language and country for link previews (Open Graph), like `en_US`.",
    ),
    key(
        "page_article_title",
        "The source page's title, in the browser's tab (the article has no title of its own).",
    ),
    key(
        "page_article_intro",
        "The line above the article on the source page: what it is and what it lacks.",
    ),
];

impl UiKey {
    /// Whether this is a word inside the explainer's pictures (`label_…`), filled into a scene
    /// by name rather than read as a field.
    pub fn is_label(&self) -> bool {
        self.name.starts_with("label_")
    }

    /// Whether the widget reads this key as a field of its `UiText`: not a picture's label, not
    /// a word of the markup written at build time (`markup`), not a word of the bundle's static
    /// pages (`page_…`, which scripts/post-build.mjs reads from `ui.toml`), and not a rule.
    pub fn in_widget(&self) -> bool {
        !self.is_label()
            && !crate::markup::is_written_here(self.name)
            && !self.name.starts_with("page_")
            && !self.is_rule()
    }

    /// Whether this key's words are a rule the content checker holds other words to (`rule_…`),
    /// not words anything shows.
    pub fn is_rule(&self) -> bool {
        self.name.starts_with("rule_")
    }

    /// Whether the widget writes this key's words into markup as they are (a picture's label, a
    /// source quote's label), so they may not hold markup's characters.
    pub fn written_as_markup(&self) -> bool {
        self.is_label() || self.name.starts_with("source_")
    }

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
        if self.written_as_markup() {
            if let Some(c) = value
                .chars()
                .find(|c| matches!(c, '<' | '>' | '&' | '{' | '}'))
            {
                problems.push(format!(
                    "`{c}` cannot be written in this label (it is markup); write it in words"
                ));
            }
        }
        if self.name == "text_direction" && !matches!(value, "ltr" | "rtl") {
            problems.push(format!("`{value}` must be `ltr` or `rtl`"));
        }
        if self.name == "page_locale" && !is_locale_tag(value) {
            problems.push(format!(
                "`{value}` must be a language and a country, like `en_US` or `es_ES`"
            ));
        }
        if self.name.ends_with("_tel") && !dialable {
            problems.push(format!(
                "`{value}` must be a number to dial: + then digits only"
            ));
        }
        problems
    }
}

/// Whether `value` is a language and a country as Open Graph writes them: `en_US`, `es_ES`.
fn is_locale_tag(value: &str) -> bool {
    value.split_once('_').is_some_and(|(language, country)| {
        (2..=3).contains(&language.len())
            && language.bytes().all(|b| b.is_ascii_lowercase())
            && country.len() == 2
            && country.bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// The names inside `{…}` in a text.
fn placeholders_in(value: &str) -> Vec<&str> {
    value
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}
