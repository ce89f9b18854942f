// Every command the README prints in its ```sh blocks, run as printed, each checked for what its
// comment promises: `node --test-reporter=spec e2e/readme-commands.mjs`, a step of the test
// command (scripts/test.sh), after the release build. The test command itself is the one that
// runs this file: it is checked to be what CI runs (.ci/run). A command the README prints that
// this file does not know fails the run, so a new one cannot go untested.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { it } from 'node:test';
import assert from 'node:assert/strict';

/// The README's commands: each line of its ```sh blocks, without its comment.
const COMMANDS = [...readFileSync('README.md', 'utf8').matchAll(/^```sh\n([\s\S]*?)^```/gm)]
  .flatMap(([, block]) => block.split('\n'))
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter(Boolean);

/// The demo's address, as the README prints it beside the serve command.
const DEMO = 'http://127.0.0.1:8080';
/// How long the serve command may take to set up, build and answer.
const SERVE_LIMIT_MS = 15 * 60_000;

/// Runs `command` as a shell would run the README's line, in a process group of its own, its
/// output on standard error (standard output is the test report's); gives a promise of its exit
/// code and a way to stop it.
function start(command) {
  const child = spawn('bash', ['-c', command], { detached: true, stdio: ['ignore', process.stderr, 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already ended.
    }
    return exited;
  };
  process.once('exit', () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already ended.
    }
  });
  return { exited, stop };
}

/// What each command the README prints must do, checked after running it as printed.
const CHECKS = {
  'bash scripts/test.sh': async () => {
    // This file runs inside it (scripts/test.sh marks its steps), and CI runs exactly it.
    assert.equal(process.env.JAP_TEST_COMMAND, '1', 'this check runs inside the test command');
    const ci = readFileSync('.ci/run', 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#') && !/^(set|cd) /.test(line));
    assert.deepEqual(ci, ['bash scripts/test.sh'], '.ci/run runs the README test command and nothing else');
  },
  'bash scripts/serve.sh': async () => {
    const serve = start('bash scripts/serve.sh');
    try {
      const deadline = Date.now() + SERVE_LIMIT_MS;
      let page = null;
      while (!page && Date.now() < deadline) {
        const ended = await Promise.race([serve.exited, new Promise((resolve) => setTimeout(() => resolve(null), 1_000))]);
        assert.equal(ended, null, `the serve command ended (${ended}) instead of serving`);
        page = await fetch(`${DEMO}/`).then((response) => (response.ok ? response.text() : null), () => null);
      }
      assert.ok(page, `the demo answered at ${DEMO}/ within ${SERVE_LIMIT_MS / 60_000} minutes`);
      assert.match(page, /id="?just-a-plant"?/, 'the demo page holds the widget');
      for (const path of ['/es/', '/examples/builder.html', '/embed.js']) {
        const response = await fetch(`${DEMO}${path}`);
        assert.equal(response.status, 200, `${path} is served`);
      }
    } finally {
      await serve.stop();
    }
  },
  'cargo run -p content-check': async () => {
    const output = execFileSync('bash', ['-c', 'cargo run -p content-check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    assert.match(output, /^content is fine: \d+ statements, \d+ steps/m);
  },
  'bash scripts/wordpress-zip.sh': async () => {
    const zip = 'target/just-a-plant-wordpress.zip';
    const output = execFileSync('bash', ['-c', 'bash scripts/wordpress-zip.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    assert.ok(existsSync(zip) && statSync(zip).size > 100_000, `${zip} was written`);
    assert.match(output, /just-a-plant-wordpress\.zip: \d+ bytes, \d+ entries/);
    const entries = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
    assert.ok(entries.includes('just-a-plant/just-a-plant.php') && entries.includes('just-a-plant/widget/embed.js'), 'the zip holds the plugin and its widget');
  },
};

it('the README prints its two commands first, and only commands that are checked here', () => {
  assert.deepEqual(COMMANDS.slice(0, 2), ['bash scripts/serve.sh', 'bash scripts/test.sh']);
  assert.deepEqual(
    COMMANDS.filter((command) => !(command in CHECKS)),
    [],
    'commands the README prints that nothing runs',
  );
});

for (const command of COMMANDS.filter((command) => command in CHECKS)) {
  it(`README: ${command}`, { timeout: SERVE_LIMIT_MS + 60_000 }, CHECKS[command]);
}
