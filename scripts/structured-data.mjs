// The quiz as schema.org structured data, for search engines: a `Quiz` whose parts are its
// statements, each a `Question` (a flashcard: the statement, then its answer) with its accepted
// answer (myth or fact, in the page's words) and that answer's explanation. Written into each
// page, in its language, from the content export (content.json), by scripts/post-build.mjs.
//
// It is a data block (`type=application/ld+json`), not a script: browsers never run it, so the
// Content Security Policy has nothing to allow, and the policy step leaves it out of its hashes.

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
        answerExplanation: { '@type': 'Comment', text: statement.explanation },
      },
    })),
  });
}

/// The data block for a page's <head>. In HTML a `<` inside it could end the block early
/// (`</script>`), so every `<` is written as the JSON escape `\u003c`, which reads back the same.
export function quizDataBlock(locale) {
  return `<script type=application/ld+json>${quizData(locale).replace(/</g, '\\u003c')}</script>`;
}
