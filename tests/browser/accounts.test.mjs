// Password sign-in, people and roles, and the audit log, in Debian's Chromium at a desktop and a
// phone size.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/accounts.test.mjs
//   SCREENSHOT_DIR=/tmp/shots PRACTICA_BIN=build/practica node --test tests/browser/
//
// One demo server and one browser serve the whole file; each size starts with no cookies and
// invites its own person, so the two sizes do not step on each other. Every page visited is
// checked with axe-core (no serious or critical violations), for scripts that throw, for
// sub-resources that fail, and on the phone for horizontal scrolling.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { startMailbox } from '../rig/mailbox.mjs';
import { startDemoServer } from '../rig/server.mjs';
import {
  VIEWPORTS, checkPage, fillSignIn, launchBrowser, mainText, normalize, openPage, signOut,
} from './kit.mjs';

const DIRECTOR = { email: 'sophia.mendoza@lausd.net', name: 'Sophia Mendoza' };
const PRINCIPAL = { email: 'principal@practica.example', name: 'Elena Ortiz' };
const TEST = { timeout: 45_000 };

let server;
let browser;
let mailbox;

before(async () => {
  // Invitations go to a real SMTP server: the server's log shows one-time links redacted.
  mailbox = await startMailbox();
  // The invitation e-mail is queued with the new person; the job runner looks every second.
  server = await startDemoServer({ extraArgs: ['--smtp-url', mailbox.url, '--jobs-poll-seconds', '1'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await mailbox?.stop();
  const exit = await server?.stop();
  if (exit && exit.signal !== 'SIGTERM' && exit.code !== 0) {
    process.stderr.write(`server exited with ${JSON.stringify(exit)} after SIGTERM\n` +
      `--- server output ---\n${server.output()}\n`);
  }
});

const at = (pathname) => new URL(pathname, server.url).href;

// The rows of a table as lists of cell texts.
async function tableRows(page, selector) {
  return page.locator(`${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) =>
    [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())));
}

// Waits for a navigation started by `action` and answers its (final) response.
async function navigation(page, action) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    action(),
  ]);
  return response;
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    // Someone invited at this size, and where their page is.
    const invitee = {
      name: `Jordan Reyes ${viewport.name === 'phone' ? 'Phone' : 'Desk'}`,
      email: `jordan.reyes.${viewport.name}@lausd.net`,
      url: null,
      link: null,
    };
    let page;
    before(async () => {
      await browser.context.clearCookies();
      page = await openPage(browser.context, viewport);
    });
    after(async () => { await page?.close(); });
    // Each test answers for what went wrong on its own pages only.
    beforeEach(() => { if (page) page.problems.length = 0; });

    it('a wrong password keeps the e-mail and says what is wrong', TEST, async () => {
      const response = await page.goto(at('/sign-in'));
      assert.equal(response.status(), 200, 'GET /sign-in status');
      assert.equal(await page.locator('#sign-in-form').count(), 1, 'the page has #sign-in-form');
      await checkPage(page, viewport, 'sign-in');

      const answer = await navigation(page,
        () => fillSignIn(page, DIRECTOR.email, 'not the password'));
      assert.equal(answer.status(), 422, 'a wrong password answers 422');
      assert.equal(new URL(page.url()).pathname, '/sign-in', 'the form is shown again');
      const error = page.locator('#form-error');
      assert.equal(await error.count(), 1, 'the page shows #form-error');
      assert.match(normalize(await error.textContent()), /do not match/,
        '#form-error says the e-mail and password do not match');
      assert.equal(await error.getAttribute('role'), 'alert', '#form-error is announced');
      assert.equal(await page.locator('#sign-in-email').inputValue(), DIRECTOR.email,
        'the e-mail typed is kept');
      assert.equal(await page.locator('#sign-in-password').inputValue(), '',
        'the password is not sent back');
      await checkPage(page, viewport, 'sign-in-wrong-password');

      await navigation(page, () => page.getByRole('link', { name: 'Forgot your password?' }).click());
      assert.equal(new URL(page.url()).pathname, '/password/forgot', 'the link leads to /password/forgot');
      assert.equal(await page.getByLabel('E-mail address').count(), 1,
        'the reset page asks for the e-mail address');
      await checkPage(page, viewport, 'password-forgot');
    });

    it('the director signs in through the form and lands home', TEST, async () => {
      if (new URL(page.url()).pathname !== '/sign-in') await page.goto(at('/sign-in'));
      await navigation(page, () => fillSignIn(page, DIRECTOR.email));
      assert.equal(new URL(page.url()).pathname, '/home',
        `the director lands on /home (is at ${page.url()}: "${await mainText(page)}")`);
      assert.match(normalize(await page.locator('h1').first().textContent()),
        new RegExp(DIRECTOR.name), 'the home page welcomes the director by name');
      const sections = page.locator('#home-sections');
      for (const label of ['People and roles', 'Audit log']) {
        assert.equal(await sections.getByRole('link', { name: label, exact: true }).count(), 1,
          `#home-sections links "${label}" (it says: "${normalize(await sections.textContent())}")`);
      }
      assert.equal(await page.locator('header.site').getByRole('button', { name: 'Sign out' })
        .count(), 1, 'the header has the "Sign out" button');
      await checkPage(page, viewport, 'home-director');

      await navigation(page, () => page.getByRole('link', { name: /^Your account/ }).click());
      assert.equal(new URL(page.url()).pathname, '/account', 'the home page links the account page');
      const roles = await tableRows(page, '#roles');
      assert.ok(roles.some(([role]) => role === 'Director'),
        `#roles shows the director's role (rows: ${JSON.stringify(roles)})`);
      assert.equal(await page.locator('#tokens').count(), 1, 'the account page lists API tokens');
      await checkPage(page, viewport, 'account-director');
    });

    it('the director invites someone and lands on their page', TEST, async () => {
      const response = await page.goto(at('/people'));
      assert.equal(response.status(), 200, 'GET /people status for the director');
      const before = await tableRows(page, '#people');
      assert.ok(before.some((cells) => cells.includes(DIRECTOR.email)),
        `#people lists the director (rows: ${JSON.stringify(before.slice(0, 3))}...)`);
      await checkPage(page, viewport, 'people');

      const form = page.locator('form[action="/people"][method="post"]');
      await form.getByLabel('Name').fill(invitee.name);
      await form.getByLabel('E-mail address').fill(invitee.email);
      await navigation(page, () => form.getByRole('button', { name: 'Send the invitation' })
        .click());
      assert.match(new URL(page.url()).pathname, /^\/people\/\d+$/,
        `the invitation leads to the person's page (is at ${page.url()}: "${await mainText(page)}")`);
      invitee.url = page.url();
      assert.equal(normalize(await page.locator('h1').first().textContent()), invitee.name,
        'the person page h1 is their name');
      assert.ok(normalize(await page.locator('main').textContent()).includes(invitee.email),
        'the person page shows their e-mail');
      assert.deepEqual(await tableRows(page, '#grants'), [], 'someone just invited has no role');
      await checkPage(page, viewport, 'person-invited');

      // The invitation arrives by e-mail; the server's log never holds its one-time link.
      const [mail] = await mailbox.messagesTo(invitee.email);
      invitee.link = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0] ?? null;
      if (invitee.link) {
        assert.ok(!server.output().includes(invitee.link.split('/').pop()),
          'the invitation\'s token is not in the server log');
      }
    });

    it('the director grants "Teacher" at Hope Street ES (picked by name), then ends it', TEST, async () => {
      assert.ok(invitee.url, 'the invitation test reached the person page');
      if (page.url() !== invitee.url) await page.goto(invitee.url);
      const form = page.locator('#grant-form');
      await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Teacher' });
      await form.getByLabel(/^Where/).fill('Hope Street ES');
      await navigation(page, () => form.getByRole('button', { name: 'Grant' }).click());
      assert.equal(page.url(), invitee.url,
        `granting comes back to the person page (is at ${page.url()}: "${await mainText(page)}")`);
      assert.equal(await page.locator('#form-error').count(), 0,
        `no error after granting (it says: "${await mainText(page)}")`);
      let rows = await tableRows(page, '#grants');
      const granted = rows.filter(([role, where]) => role === 'Teacher' && /Hope Street/.test(where));
      assert.equal(granted.length, 1,
        `#grants has the Teacher role at Hope Street (rows: ${JSON.stringify(rows)})`);
      const [, , from, until] = granted[0];
      assert.match(from, /\S/, 'the role shows when it starts');
      assert.equal(until, '', 'the role has no end yet');
      await checkPage(page, viewport, 'person-granted');

      const end = page.locator('#grants').getByRole('button', { name: /^End the role Teacher at / });
      assert.equal(await end.count(), 1, 'the row has an "End" button named for its role');
      await navigation(page, () => end.click());
      assert.equal(page.url(), invitee.url, 'ending comes back to the person page');
      assert.equal(await page.locator('#form-error').count(), 0,
        `no error after ending (it says: "${await mainText(page)}")`);
      rows = await tableRows(page, '#grants');
      const still = rows.filter(([role, where, , until]) =>
        role === 'Teacher' && /Hope Street/.test(where) && until === '');
      assert.deepEqual(still, [],
        `after "End" the role is gone from #grants or has an end date (rows: ${JSON.stringify(rows)})`);
      await checkPage(page, viewport, 'person-ended');
    });

    it('the audit log shows the changes and exports them as CSV', TEST, async () => {
      const response = await page.goto(at('/audit'));
      assert.equal(response.status(), 200, 'GET /audit status for the director');
      const rows = await tableRows(page, '#audit');
      assert.ok(rows.length > 0, '#audit has rows');
      const text = rows.map((cells) => cells.join(' | '));
      for (const what of [`invited ${invitee.email}`, 'ended Teacher']) {
        assert.ok(text.some((row) => row.includes(what) && row.includes(DIRECTOR.name)),
          `#audit has "${what}" by ${DIRECTOR.name} (rows: ${JSON.stringify(text.slice(0, 8))})`);
      }
      assert.ok(!text.some((row) => row.includes('account.sign_in')),
        `sign-ins do not drown the changes (rows: ${JSON.stringify(text.slice(0, 8))})`);
      await checkPage(page, viewport, 'audit');

      // Sign-ins have a view of their own, chosen from the filters.
      await page.getByLabel('Show').selectOption({ label: 'Sign-ins and sign-outs' });
      await navigation(page, () => page.getByRole('button', { name: 'Filter' }).click());
      const sign_ins = (await tableRows(page, '#audit')).map((cells) => cells.join(' | '));
      assert.ok(sign_ins.some((row) => row.includes('refused') && row.includes('wrong e-mail or password')),
        `the sign-ins view has the refused sign-in (rows: ${JSON.stringify(sign_ins.slice(0, 8))})`);
      await checkPage(page, viewport, 'audit-sign-ins');
      await page.goto(at('/audit'));

      // The link downloads a file ...
      const link = page.locator('#audit-csv');
      assert.equal(await link.count(), 1, 'the audit page has #audit-csv');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      assert.match(download.suggestedFilename(), /\.csv$/, 'the download is named *.csv');
      const body = await readFile(await download.path(), 'utf8');
      const lines = body.split('\r\n');
      assert.match(lines[0], /^id,at,person,action,outcome,/, 'the CSV starts with its header');
      assert.ok(lines.some((line) => line.includes(`invited ${invitee.email}`)),
        'the CSV has the invitation');
      // ... which the server sends as CSV, for the signed-in director only.
      const href = new URL(await link.getAttribute('href'), page.url()).href;
      const answer = await page.request.get(href);
      assert.equal(answer.status(), 200, `GET ${href} status`);
      assert.match(answer.headers()['content-type'] ?? '', /^text\/csv\b/, 'Content-Type');
      assert.match(answer.headers()['content-disposition'] ?? '', /attachment/,
        'Content-Disposition');
      await checkPage(page, viewport, 'audit-after-download');
    });

    it('a principal who opens /people is refused (403)', TEST, async () => {
      await signOut(page);
      assert.equal(await page.locator('header.site').getByRole('link', { name: 'Sign in' }).count(),
        1, `after "Sign out" the header offers "Sign in" (at ${page.url()})`);
      await page.goto(at('/sign-in'));
      await navigation(page, () => fillSignIn(page, PRINCIPAL.email));
      assert.equal(new URL(page.url()).pathname, '/home',
        `the principal lands on /home (is at ${page.url()}: "${await mainText(page)}")`);
      await checkPage(page, viewport, 'home-principal');

      await navigation(page, () => page.locator('#home-sections')
        .getByRole('link', { name: 'Staff', exact: true }).click());
      assert.match(new URL(page.url()).pathname, /^\/schools\/[^/]+\/staff$/,
        `the principal's "Staff" link leads to the staff page (is at ${page.url()})`);
      const staff = await page.locator('#staff tbody tr').evaluateAll((trs) => trs.map((tr) =>
        [...tr.children].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())));
      assert.ok(staff.some(([name, role]) => name.startsWith(PRINCIPAL.name) && role === 'Principal'),
        `#staff lists ${PRINCIPAL.name} as Principal (rows: ${JSON.stringify(staff)})`);
      await checkPage(page, viewport, 'staff');

      const response = await page.goto(at('/people'));
      assert.equal(response.status(), 403, 'GET /people status for a principal');
      assert.equal(await page.locator('#people').count(), 0, 'the 403 page shows no #people');
      const heading = normalize(await page.locator('main h1').first().textContent());
      assert.ok(heading.length > 0, 'the 403 page has an h1');
      assert.match(await mainText(page), /people|permission|allowed|role/i,
        'the 403 page says what was refused');
      await checkPage(page, viewport, 'people-forbidden');
      await signOut(page);
    });

    it('the invitation link lets the invitee choose a password and sign in', TEST, async () => {
      assert.ok(invitee.link, 'the invitation (with its link) arrived by e-mail');
      const response = await page.goto(invitee.link);
      assert.equal(response.status(), 200, 'GET the invitation link status');
      const password = page.getByLabel('New password', { exact: true });
      assert.equal(await password.count(), 1, 'the page asks for a new password');
      await checkPage(page, viewport, 'invitation');

      await password.fill('a long enough sentence');
      await navigation(page, () => page.locator('main form button[type="submit"]').click());
      assert.equal(new URL(page.url()).pathname, '/home',
        `choosing a password signs the invitee in (is at ${page.url()}: "${await mainText(page)}")`);
      assert.match(normalize(await page.locator('h1').first().textContent()),
        new RegExp(invitee.name), 'the home page welcomes the invitee');
      // Their one role was ended: the home page says they have none yet.
      assert.match(await mainText(page), /no role/i, 'the home page says there is no role');
      await checkPage(page, viewport, 'home-no-role');

      const again = await page.goto(invitee.link);
      assert.notEqual(again.status(), 200, 'the link works once');
      await signOut(page);
    });
  });
}
