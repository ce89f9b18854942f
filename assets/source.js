// The source page's script (source.html): marks the passage a quote's link names, brings it into
// view and gives it the focus, so that a person lands on it, by keyboard and screen reader too,
// rather than on the page's top. The page does it itself, once its style sheets have applied (a
// script at the end of the body runs after them), instead of waiting for the browser's own
// scroll to a fragment, which may come late or, in a tab opened in the background, not at all.
// The passage is the fragment's element id (`#p12`), with any text directive (`:~:text=…`, the
// quote, which the browser highlights where it supports them) left aside, so the passage is
// found in a browser that knows no text fragments too. A fragment that names no passage leaves
// the page where it is.
(() => {
  const arrive = () => {
    const [, id] = /^#(p\d+)(?::~:|$)/.exec(location.hash) ?? [];
    const passage = id && document.getElementById(id);
    if (!passage) return;
    document.querySelector('.jap-quoted')?.classList.remove('jap-quoted');
    passage.classList.add('jap-quoted');
    passage.tabIndex = -1;
    passage.scrollIntoView({ block: 'center' });
    passage.focus({ preventScroll: true });
  };
  arrive();
  addEventListener('hashchange', arrive);
})();
