// Help that is honest and one tap away, and the note that this is not medical advice, on every
// screen: the help button at the top reaches the help card by keyboard; the national helpline's
// languages and TTY number and the 988 crisis line show without opening anything.
import { test, expect } from './fixtures.js';

const NOTE = {
  en: 'This is education, not medical advice. If you use kratom now, or have questions about your treatment, talk with a clinician you trust before making changes.',
  es: 'Esto es educación, no consejo médico.',
};

test('the note that this is not medical advice is on every screen', async ({ page }) => {
  const note = page.locator('.jap-help .jap-note');
  const screens = [];
  for (let step = 1; step <= 7; step++) screens.push([`/#en/explainer/${step}`, `explainer step ${step}`]);
  screens.push(['/#en/quiz', 'the quiz intro']);
  for (const [address, where] of screens) {
    await page.goto(address);
    await expect(note, where).toHaveText(NOTE.en);
    await expect(note, where).toBeVisible();
  }
  await page.goto('/#en/quiz');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(note, 'a question').toBeVisible();
  await page.getByRole('button', { name: 'Myth', exact: true }).click();
  await expect(note, 'the feedback').toBeVisible();
  await page.goto('/#en/s/1/just-a-plant');
  await page.reload();
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
  await expect(note, 'a single statement from a link').toHaveText(NOTE.en);
  await page.goto('/#es/explainer/1');
  await expect(note, 'in Spanish').toContainText(NOTE.es);
});

for (const language of ['en', 'es']) {
  test(`the helpline's languages, its TTY and the 988 crisis line show without a click (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/#${language}/explainer/1`);
    const help = page.locator('.jap-help');
    await expect(help.locator('details')).toHaveCount(0);
    await expect(help.getByRole('link', { name: '1-800-662-HELP (4357)' })).toBeVisible();
    await expect(help.getByRole('link', { name: '1-800-487-4889' })).toBeVisible();
    await expect(help.getByRole('link', { name: '1-800-487-4889' })).toHaveAttribute('href', 'tel:+18004874889');
    await expect(help).toContainText(language === 'en' ? 'in English and Spanish' : 'en inglés y en español');
    const crisis = help.getByRole('link', { name: '988', exact: true });
    await expect(crisis).toBeVisible();
    await expect(crisis).toHaveAttribute('href', 'tel:988');
    await expect(help).toContainText(language === 'en' ? 'In an emergency, call 911.' : 'En una emergencia, llame al 911.');
    await expect(help.locator('.jap-help-lead').first()).toContainText(
      language === 'en' ? 'Looking for treatment or support?' : '¿Busca tratamiento o apoyo?',
    );
  });
}

test('the help button at the top reaches the help card by keyboard, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#en/explainer/1');
  const heading = page.getByRole('heading', { name: 'Help is a call away' });
  expect(await heading.evaluate((el) => el.getBoundingClientRect().top > innerHeight), 'the card starts out of view').toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Get help' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '1-800-662-HELP (4357)' })).toBeFocused();
});

test('at 320 px no number to call is broken across lines, in either language', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const lang of ['en', 'es']) {
    await page.goto(`/#${lang}/explainer/1`);
    const numbers = page.locator('.jap-help a[href^="tel:"]');
    await expect(numbers).toHaveCount(3);
    const lines = await numbers.evaluateAll((links) => links.map((link) => [link.textContent, link.getClientRects().length]));
    for (const [number, count] of lines) expect(count, `${lang}: ${number}`).toBe(1);
  }
});
