// Help that is honest and one tap away, and the note that this is not medical advice, on every
// screen: the help button at the top reaches the help card by keyboard; the national helpline's
// languages and TTY number and the 988 crisis line show without opening anything.
import { test, expect, ui, steps } from './fixtures.js';

const { en, es } = ui;

test('the note that this is not medical advice is on every screen', async ({ page }) => {
  const note = page.locator('.jap-help .jap-note');
  const screens = [];
  for (let step = 1; step <= steps.en.length; step++) screens.push([`/#en/explainer/${step}`, `explainer step ${step}`]);
  screens.push(['/#en/quiz', 'the quiz intro']);
  for (const [address, where] of screens) {
    await page.goto(address);
    await expect(note, where).toHaveText(en.not_medical_advice);
    await expect(note, where).toBeVisible();
  }
  await page.goto('/#en/quiz');
  await page.getByRole('button', { name: en.start_button }).click();
  await expect(note, 'a question').toBeVisible();
  await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
  await expect(note, 'the feedback').toBeVisible();
  await page.goto('/#en/s/1/just-a-plant');
  await page.reload();
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
  await expect(note, 'a single statement from a link').toHaveText(en.not_medical_advice);
  await page.goto('/#es/explainer/1');
  await expect(note, 'in Spanish').toHaveText(es.not_medical_advice);
});

for (const language of ['en', 'es']) {
  test(`the helpline's languages, its TTY and the 988 crisis line show without a click (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/#${language}/explainer/1`);
    const words = ui[language];
    const help = page.locator('.jap-help');
    await expect(help.locator('details')).toHaveCount(0);
    await expect(help.getByRole('link', { name: words.helpline_phone })).toBeVisible();
    await expect(help.getByRole('link', { name: words.helpline_tty })).toBeVisible();
    await expect(help.getByRole('link', { name: words.helpline_tty })).toHaveAttribute('href', `tel:${words.helpline_tty_tel}`);
    // What the helpline offers says its languages.
    await expect(help).toContainText(words.helpline_about);
    const crisis = help.getByRole('link', { name: words.crisis_number, exact: true });
    await expect(crisis).toBeVisible();
    await expect(crisis).toHaveAttribute('href', `tel:${words.crisis_number}`);
    // After the number: the crisis line's name and what it offers, and 911 in an emergency.
    await expect(help).toContainText(words.crisis_about);
    await expect(help.locator('.jap-help-lead').first()).toContainText(words.help_lead);
  });
}

test('the help button at the top reaches the help card by keyboard, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#en/explainer/1');
  const heading = page.getByRole('heading', { name: en.help_title });
  expect(await heading.evaluate((el) => el.getBoundingClientRect().top > innerHeight), 'the card starts out of view').toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: en.help_jump })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: en.helpline_phone })).toBeFocused();
});

test('at 320 px no number to call is broken across lines, in either language', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const lang of ['en', 'es']) {
    await page.goto(`/#${lang}/explainer/1`);
    // Measured once the widget speaks the language (Spanish's words come after the start).
    await expect(page.locator('.jap')).toHaveAttribute('lang', lang);
    await expect(page.locator('.jap-help-title')).toHaveText(ui[lang].help_title);
    const numbers = page.locator('.jap-help a[href^="tel:"]');
    await expect(numbers).toHaveCount(3);
    const lines = await numbers.evaluateAll((links) => links.map((link) => [link.textContent, link.getClientRects().length]));
    for (const [number, count] of lines) expect(count, `${lang}: ${number}`).toBe(1);
  }
});
