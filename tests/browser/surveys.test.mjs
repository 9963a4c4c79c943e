// Feedback forms as people use them, in Debian's Chromium at a desktop and a phone size: a
// district coordinator builds a form from the home page, previews it, sends it to PS 3.0's
// practitioner teams and reads the demo form's results (a chart over its table); a team member
// answers from the home page on the same screen size; the coordinator starts a start-and-end pair
// (refused first, the end before the start closes) and reads the demo pair's change; the
// coordinator records a focus group and attaches its transcript.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/surveys.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  VIEWPORTS, checkPage, fillSignIn, mainText, normalize, openPage, useDemo,
} from './kit.mjs';

const STAFF = 'allison.jonas@lausd.net';
const MEMBER = 'teacher@practica.example';
const TEST = { timeout: 90_000 };

const demo = useDemo();
const { at } = demo;
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function signIn(page, email) {
  await page.goto(at('/sign-in'));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), fillSignIn(page, email)]);
}

async function follow(page, name) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('link', { name, exact: true }).first().click(),
  ]);
}

async function submit(page, name) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name }).first().click(),
  ]);
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('a coordinator builds, previews and sends a form, and reads the demo results', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signIn(page, STAFF);
        await page.goto(at('/home'));
        await follow(page, 'Feedback forms');
        await checkPage(page, viewport, 'surveys-list');

        await page.locator('#title').fill(`Quarterly check-in (${viewport.name})`);
        await page.locator('#audience').selectOption('team');
        await page.locator('#cohort').selectOption('ps-3-0');
        await page.locator('#opens_on').fill(day(-1));
        await page.locator('#closes_on').fill(day(14));
        await submit(page, 'Create the form');
        assert.match(normalize(await page.locator('#saved').textContent()), /Saved/, await mainText(page));

        await page.locator('#section').fill('This quarter');
        await page.locator('#prompt').fill('Our team met with the coach every week.');
        await page.locator('#kind').selectOption('agreement');
        await page.getByLabel('Required').check();
        await submit(page, 'Add the question');
        assert.match(normalize(await page.locator('.questions').textContent()), /met with the coach/);
        await checkPage(page, viewport, 'surveys-form');

        await follow(page, 'Preview');
        assert.match(normalize(await page.locator('#preview').textContent()), /Preview/);
        await checkPage(page, viewport, 'surveys-preview');
        await page.goBack();

        await submit(page, 'Send invitations');
        assert.match(normalize(await page.locator('#invitations').textContent()), /[1-9]\d* invited/);

        await page.goto(at('/home'));
        await follow(page, 'Feedback forms');
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.locator('#forms li', { hasText: 'Follow-up day feedback · After day 1' }).getByRole('link', { name: 'results' }).click(),
        ]);
        assert.match(normalize(await mainText(page)), /illustrative/);
        assert.ok(await page.locator('table[data-chart]').count() > 0, 'a table behind each chart');
        await page.waitForFunction(() => document.querySelector('canvas.table-chart')?.width > 0);
        await checkPage(page, viewport, 'surveys-results');

        // The anonymous form: one school's few answers stay hidden.
        await page.goto(at('/surveys'));
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.locator('#forms li', { hasText: 'Innovative Designer practices' }).getByRole('link', { name: 'results' }).click(),
        ]);
        assert.ok(await page.locator('table[data-chart]').count() > 0, 'the whole form is shown');
        const hope = await page.locator('#group option', { hasText: 'Hope Street' }).getAttribute('value');
        await page.locator('#group').selectOption(hope);
        await submit(page, 'Show');
        assert.match(normalize(await page.locator('#suppressed-1').textContent()), /fewer than 5 answers/);
        assert.equal(await page.locator('table[data-chart]').count(), 0);
        await checkPage(page, viewport, 'surveys-results-suppressed');
      } finally {
        await page.close();
      }
    });

    it('a coordinator starts a start-and-end pair, refused first, and reads the demo pair\'s change', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signIn(page, STAFF);
        await page.goto(at('/home'));
        await follow(page, 'Feedback forms');
        const title = `Design confidence (${viewport.name})`;
        await page.locator('#title').fill(title);
        await page.locator('#new-form input[name="anonymous"]').check();
        await page.locator('#audience').selectOption('staff');
        await page.locator('#cohort').selectOption('ps-3-0');
        await page.locator('#rhythm').selectOption('pre_post');
        await page.locator('#opens_on').fill(day(-1));
        await page.locator('#closes_on').fill(day(10));
        await page.locator('#post_opens_on').fill(day(5));
        await page.locator('#post_closes_on').fill(day(190));
        await submit(page, 'Create the form');
        assert.match(normalize(await page.locator('#form-error').textContent()), /after the start-of-year form closes/);
        assert.equal(await page.locator('#title').inputValue(), title, 'what was typed comes back');
        assert.equal(await page.locator('#rhythm').inputValue(), 'pre_post');
        assert.equal(await page.locator('#audience').inputValue(), 'staff');
        await checkPage(page, viewport, 'surveys-series-refused');

        await page.locator('#post_opens_on').fill(day(180));
        await submit(page, 'Create the form');
        assert.match(normalize(await page.locator('#series-places').textContent()), /Start of the year.*End of the year/);
        await checkPage(page, viewport, 'surveys-series');

        await page.goto(at('/home'));
        await follow(page, 'Feedback forms');
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.locator('#forms li', { hasText: 'Design thinking in your classroom · End of the year' })
            .getByRole('link', { name: 'results' }).click(),
        ]);
        assert.equal(await page.locator('#change-table tbody tr').count(), 3);
        assert.match(normalize(await page.locator('#change-table').textContent()), /Rose/);
        await checkPage(page, viewport, 'surveys-change');
      } finally {
        await page.close();
      }
    });

    it('a coordinator records a focus group, refused first without anyone in it, and attaches its transcript', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signIn(page, STAFF);
        await page.goto(at('/home'));
        await follow(page, 'Feedback forms');
        await follow(page, 'Focus groups and interviews');
        assert.match(normalize(await page.locator('#conversations').textContent()), /4 teachers, 1 principal and 1 coach \(ITF\)/);
        await checkPage(page, viewport, 'conversations');

        const title = `Hope Street's team at the year's end (${viewport.name})`;
        await page.locator('#kind').selectOption('focus_group');
        await page.locator('#title').fill(title);
        await page.locator('#held_on').fill('2019-05-31');
        await page.locator('#cohort').selectOption('ps-3-0');
        await page.locator('#school').selectOption('hope-street-es');
        await page.locator('#notes').fill('They want the design challenge to start in September.');
        await submit(page, 'Record it');
        assert.match(normalize(await page.locator('#form-error').textContent()), /Say who took part/);
        assert.equal(await page.locator('#notes').inputValue(), 'They want the design challenge to start in September.',
          'what was typed comes back');
        assert.equal(await page.locator('#school').inputValue(), 'hope-street-es');
        await checkPage(page, viewport, 'conversations-refused');

        await page.locator('#count_teacher').fill('3');
        await page.locator('#count_principal').fill('1');
        await submit(page, 'Record it');
        assert.match(normalize(await page.locator('#who').textContent()), /3 teachers and 1 principal/);
        await page.locator('#file').setInputFiles({
          name: 'transcript.txt', mimeType: 'text/plain', buffer: Buffer.from('Q: What should change?\nA: Start in September.\n'),
        });
        await submit(page, 'Attach the file');
        assert.match(normalize(await page.locator('#file-list').textContent()), /transcript\.txt/);
        await checkPage(page, viewport, 'conversation');
      } finally {
        await page.close();
      }
    });

    it('a team member answers the form sent to them from the home page', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signIn(page, MEMBER);
        await page.goto(at('/home'));
        await follow(page, 'Feedback forms');
        await checkPage(page, viewport, 'surveys-mine');
        const open = page.locator('#my-forms li', { hasText: `Quarterly check-in (${viewport.name})` });
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), open.getByRole('link').click()]);
        // Signed in, the form opens at its own address; the personal link is the e-mail's.
        assert.match(new URL(page.url()).pathname, /^\/surveys\/\d+\/answer$/);
        await checkPage(page, viewport, 'surveys-answer');
        await page.getByLabel('Agree', { exact: true }).check();
        await submit(page, 'Send my answers');
        assert.match(normalize(await page.locator('#saved').textContent()), /Thank you/, await mainText(page));
        await checkPage(page, viewport, 'surveys-answered');
      } finally {
        await page.close();
      }
    });
  });
}
