// The WordPress plugin's end-to-end tests: a real WordPress (global-setup.js) with the built
// plugin, in Debian's Chromium. Run after scripts/build.sh and scripts/wordpress-zip.sh:
// npx playwright test -c e2e-wordpress/playwright.config.js
import { defineConfig } from '@playwright/test';
import base from '../playwright.config.js';
import { ORIGIN } from './site.js';

export default defineConfig({
  testDir: '.',
  outputDir: '../target/e2e-wordpress-results',
  globalSetup: './global-setup.js',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list']],
  use: { ...base.use, baseURL: ORIGIN },
});
