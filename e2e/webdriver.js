// WebDriver helpers for the end-to-end suite in Firefox and WebKit (e2e/engines.mjs), which
// Playwright cannot drive here: each engine's own driver (geckodriver, WebKitWebDriver under a
// virtual display) started by the suite with a time limit, one session per engine, the widget
// served with its strict policy from a copy of dist/ that also holds the suite's test pages.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key, WebDriver } from 'selenium-webdriver';
import * as http from 'selenium-webdriver/http/index.js';
import { precompressFile } from '../scripts/precompress.mjs';

export { Key };

/// How long a driver may take to start and open its browser before the suite gives up.
const START_LIMIT_MS = 60_000;
/// How long one wait for the page may take.
export const WAIT_MS = 15_000;

/// The two engines: how to start each one's driver on `port`, the session it is asked for, and
/// whether the driver has WebDriver's print command.
export const ENGINES = {
  firefox: {
    command: (port) => ['geckodriver', ['--port', String(port), '--log', 'error']],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] },
    },
    prints: true,
  },
  webkit: {
    // MiniBrowser has no headless mode: the driver and its browser get a virtual display.
    command: (port) => ['xvfb-run', ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { args: ['--automation'] },
    },
    prints: false,
  },
};

// Stopped from outside (a CI time limit, Ctrl-C), the suite still runs its exit handlers, which
// stop every driver, browser, display and server it started.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(1));

/// Rejects after `ms` with `what` in the message, unless `promise` settles first.
export function within(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/// Whether the WebDriver server at `url` answers that it is ready for a session.
const driverReady = (url) =>
  fetch(`${url}/status`)
    .then((response) => response.json())
    .then((status) => status.value?.ready === true)
    .catch(() => false);

/// Sends `signal` to the process group that `child` leads, unless it has ended.
export function signalGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/// Starts `command` in a process group of its own, with `env` added to its environment (which
/// its browser inherits), so `stop()` ends it with all its children (xvfb-run's Xvfb, the
/// driver's browser), and waits until the driver at `url` is ready.
async function startDriver([program, args], url, what, env) {
  const child = spawn(program, args, { detached: true, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    signalGroup(child, 'SIGTERM');
    return within(exited, 5_000, `stopping ${what}`).catch(() => signalGroup(child, 'SIGKILL'));
  };
  // However the suite ends, no driver, browser or display is left behind.
  process.once('exit', () => signalGroup(child, 'SIGKILL'));
  const started = (async () => {
    while (!(await driverReady(url))) {
      if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}): ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  try {
    await within(started, START_LIMIT_MS, `starting ${what}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

/// Starts `engine`'s driver on `port`, with `env` added to its browser's environment, and opens
/// one browser session in it; `quit()` ends both.
export async function openBrowser(engine, port, env = {}) {
  const { command, capabilities } = ENGINES[engine];
  const url = `http://127.0.0.1:${port}`;
  const driverProcess = await startDriver(command(port), url, `${engine} driver`, env);
  const executor = new http.Executor(new http.HttpClient(url));
  let driver;
  try {
    driver = await within(WebDriver.createSession(executor, capabilities), START_LIMIT_MS, `${engine} session`);
  } catch (error) {
    await driverProcess.stop();
    throw error;
  }
  await driver.manage().setTimeouts({ script: 60_000, pageLoad: 30_000 });
  const quit = async () => {
    await within(driver.quit(), 10_000, `${engine} quit`).catch(() => {});
    await driverProcess.stop();
  };
  return { driver, quit };
}

/// The script, loaded first on every page of the suite's copy of dist/, that keeps the page's
/// errors where a driver without a console (WebKit's) can read them: `window.japProblems`.
const PROBE = `(() => {
  const problems = (window.japProblems = []);
  addEventListener('error', (event) => problems.push('error: ' + event.message));
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + event.reason));
  addEventListener('securitypolicyviolation', (event) => problems.push('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI));
  const error = console.error;
  console.error = (...args) => {
    problems.push('console.error: ' + args.join(' '));
    error.apply(console, args);
  };
})();
`;

/// A host page whose only content is the widget's page in a frame `width` px wide: the windows
/// of these engines' drivers do not get narrower than about 450 px.
const narrowHost = (width) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${width} px</title>
<link rel="stylesheet" href="/narrow.css"></head>
<body><iframe title="Just a Plant?" src="/?theme=light"></iframe></body></html>
`;
const NARROW_CSS = (width) => `body { margin: 0 } iframe { width: ${width}px; height: 760px; border: 0; display: block }\n`;

/// Every `.html` file under `dir`, at any depth.
const htmlFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

/// A copy of dist/ for this suite: narrow.html frames the widget at `narrow` px, and each page
/// loads the probe first; each file rewritten gets its pre-compressed copies anew, as the
/// server would send the build's otherwise. Returns the folder and `remove()`.
export function suiteCopy(narrow = 320) {
  const dir = mkdtempSync(join(tmpdir(), 'jap-engines-'));
  cpSync('dist', dir, { recursive: true });
  writeFileSync(join(dir, 'narrow.html'), narrowHost(narrow));
  writeFileSync(join(dir, 'narrow.css'), NARROW_CSS(narrow));
  for (const file of htmlFiles(dir)) {
    // Right after the character set, before any other script (the pages are minified: no <head>).
    const html = readFileSync(file, 'utf8');
    const probed = html.replace(/<meta charset[^>]*>/i, '$&<script src="/engines-probe.js"></script>');
    if (probed === html) throw new Error(`${file}: no <meta charset> to put the probe after`);
    writeFileSync(file, probed);
    precompressFile(file);
  }
  writeFileSync(join(dir, 'engines-probe.js'), PROBE);
  // The service worker keeps the probe too, so that offline pages report their errors as well.
  const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
  const cached = worker.replace('const FILES = [', 'const FILES = ["engines-probe.js",');
  if (cached === worker) throw new Error('sw.js: no list of files to add the probe to');
  writeFileSync(join(dir, 'sw.js'), cached);
  precompressFile(join(dir, 'sw.js'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  return { dir, remove };
}

/// Serves `dir` with the project's static server and its strict policy, asking the browser to
/// report every violation; `reports()` lists them, `stop()` ends the server.
export async function serve(dir, port) {
  const server = spawn('node', ['e2e/serve.mjs', dir, String(port)], {
    detached: true,
    env: { ...process.env, CSP_REPORTS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.once('exit', () => signalGroup(server, 'SIGKILL'));
  const started = new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    exited.then((code) => reject(new Error(`the server on port ${port} exited (${code})`)));
  });
  await within(started, 10_000, 'starting the server');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    reports: async () => (await fetch(`${url}/csp-reports`)).json(),
    stop: () => {
      signalGroup(server, 'SIGTERM');
      return exited;
    },
  };
}
