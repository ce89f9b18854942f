// A recovery center's page as its web person builds it: on another origin than the widget's
// files, with a WordPress-style theme (examples/theme.css: a border-box reset, a 62.5% root font
// size, uppercase headings), Bootstrap-like buttons, a sticky header with a "Skip to content"
// link, a sidebar and a comments section with its reply form.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let port = 4290;

const THEME = `
  .site-header { position: sticky; top: 0; background: #222; color: #fff; padding: 1rem 1.6rem; z-index: 10 }
  .site-header a { color: #fff }
  .layout { display: grid; gap: 2rem }
  @media (min-width: 900px) { .layout { grid-template-columns: 1fr 26rem } }
  button, .btn { background: #0d6efd; color: #fff; border: 1px solid #0d6efd; border-radius: .4rem; padding: .6rem 1.2rem; font-size: 1.6rem; text-transform: uppercase }
  h2, h3 { text-transform: uppercase; letter-spacing: .1em }
  a { color: #0d6efd }
`;

/// Serves a host page holding `body` (the snippet under test) in its main column, with `head`
/// added to its <head>; `style` adds the center's own rules. Returns its address and `close()`.
export async function serveHostPage({ body, head = '', style = '' }) {
  const dir = mkdtempSync(join(tmpdir(), 'jap-center-'));
  copyFileSync('examples/theme.css', join(dir, 'theme.css'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Riverside Recovery Center</title><link rel="icon" href="data:,">
      <link rel="stylesheet" href="theme.css"><style>${THEME}${style}</style>${head}</head>
      <body>
        <header class="site-header"><a class="skip-link" href="#content">Skip to content</a>
          <strong>Riverside Recovery Center</strong></header>
        <div class="layout">
          <main id="content"><h1>Is kratom just a plant?</h1>${body}</main>
          <aside class="sidebar"><h2>Visit us</h2><p>Open every day.</p><a class="btn" href="#comments">Comments</a></aside>
        </div>
        <section id="comments"><h2>Comments</h2>
          <form id="respond"><label>Reply <textarea></textarea></label><button type="button">Post</button></form>
        </section>
      </body></html>`,
  );
  port += 1;
  const server = spawn('node', ['e2e/serve.mjs', dir, String(port)], { stdio: 'pipe' });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
