// The real WordPress the plugin's tests run against, made fresh for each run in a temporary
// folder: a private MariaDB on a socket there, a copy of Debian's WordPress with its own
// wp-config.php, installed by install.php with the built plugin (scripts/wordpress-zip.sh)
// activated, served by PHP's built-in server through router.php. Everything it starts is
// stopped by the teardown it returns (Playwright runs it however the tests end), or, should
// the runner itself stop, as it exits; the folder is removed.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORT, ORIGIN } from './site.js';

const plugin = 'target/wordpress/just-a-plant';

/// Waits until `ready()` holds, checking every 100 ms, for at most `seconds`.
async function until(ready, seconds, what) {
  for (let waited = 0; waited < seconds * 10; waited += 1) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WordPress tests: ${what} did not start within ${seconds} s`);
}

/// The wp-config.php of the test site: the private database by its socket, this site's address,
/// no request to any other host (WordPress's own update checks and the like), no cron.
function config(socket) {
  const key = () => randomBytes(24).toString('hex');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((name) => `define( '${name}', '${key()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${ORIGIN}' );
define( 'WP_SITEURL', '${ORIGIN}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

export default async function globalSetup() {
  if (!existsSync(join(plugin, 'widget', 'embed.js'))) {
    throw new Error(`${plugin} is missing: run bash scripts/build.sh and bash scripts/wordpress-zip.sh first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'just-a-plant-wordpress-'));
  const site = join(dir, 'site');
  const socket = join(dir, 'mysqld.sock');
  const started = [];
  /// Stops every process group started here (the servers and their workers), then removes the
  /// folder. Safe to call more than once.
  const stop = () => {
    for (const child of started.splice(0)) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    if (!process.env.JUST_A_PLANT_KEEP) rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  // Stopped by a signal, the runner stops these first, then stops as the signal says.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop();
      process.kill(process.pid, signal);
    });
  }
  /// Starts `command` in a process group of its own, so that its workers stop with it; its
  /// output goes to `<command>.log` in the folder (kept when JUST_A_PLANT_KEEP is set).
  const start = (command, args, env = {}) => {
    const log = openSync(join(dir, `${command}.log`), 'a');
    const child = spawn(command, args, { cwd: site, detached: true, stdio: ['ignore', log, log], env: { ...process.env, ...env } });
    started.push(child);
    return child;
  };
  try {
    execFileSync('mariadb-install-db', ['--no-defaults', '--user=root', `--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
    cpSync('/usr/share/wordpress', site, { recursive: true, dereference: true });
    start('mariadbd', ['--no-defaults', '--user=root', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysqld.pid')}`]);
    await until(() => existsSync(socket), 30, 'MariaDB');
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', 'CREATE DATABASE wordpress']);
    writeFileSync(join(site, 'wp-config.php'), config(socket));
    copyFileSync(new URL('router.php', import.meta.url), join(site, 'router.php'));
    copyFileSync(new URL('install.php', import.meta.url), join(site, 'install.php'));
    cpSync(plugin, join(site, 'wp-content', 'plugins', 'just-a-plant'), { recursive: true });
    execFileSync('php', ['install.php'], { cwd: site, stdio: ['ignore', 'ignore', 'inherit'] });
    // One worker would wait for itself while WordPress fetches its own pages (oEmbed).
    start('php', ['-S', `127.0.0.1:${PORT}`, '-t', site, 'router.php'], { PHP_CLI_SERVER_WORKERS: '4' });
    await until(() => fetch(`${ORIGIN}/wp-login.php`).then((response) => response.ok, () => false), 30, 'PHP\'s server');
  } catch (error) {
    stop();
    throw error;
  }
  process.env.JUST_A_PLANT_WORDPRESS = site;
  return stop;
}
