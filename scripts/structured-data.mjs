// The quiz as schema.org structured data, for search engines: a `Quiz` whose parts are its
// statements, each a `Question` (a flashcard: the statement, then its answer) with its accepted
// answer (myth or fact, in the page's words) and why: the fact first, then the reasons. Written into each
// page, in its language, from the content export (content.json), by scripts/post-build.mjs.
//
// It is a data block (`type=application/ld+json`), not a script: browsers never run it, so the
// Content Security Policy has nothing to allow, and the policy step leaves it out of its hashes.

/// A statement's feedback as one text, in the widget's order: the fact, then (for a myth) the
/// myth named with its warning, why it misleads, and the fact again.
export function explanationOf({ fact, myth, why, closing }) {
  return [fact, myth, why, closing].filter(Boolean).join(' ');
}

/// The structured data of one locale of the content export, as JSON.
export function quizData({ code, ui, statements }) {
  const answer = { myth: ui.answer_myth, fact: ui.answer_fact };
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Quiz',
    name: ui.page_summary_question,
    inLanguage: code,
    hasPart: statements.map((statement) => ({
      '@type': 'Question',
      eduQuestionType: 'Flashcard',
      text: statement.statement,
      acceptedAnswer: {
        '@type': 'Answer',
        text: answer[statement.verdict],
        answerExplanation: { '@type': 'Comment', text: explanationOf(statement) },
      },
    })),
  });
}

/// The data block for a page's <head>. In HTML a `<` inside it could end the block early
/// (`</script>`), so every `<` is written as the JSON escape `\u003c`, which reads back the same.
export function quizDataBlock(locale) {
  return `<script type=application/ld+json>${quizData(locale).replace(/</g, '\\u003c')}</script>`;
}
