// Sign-in through the district's OpenID Connect provider, in Debian's Chromium.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/oidc_sign_in.test.mjs
//
// One provider (tests/rig/oidc-provider.mjs, a real oidc-provider with its development login and
// consent forms), one demo server configured for it, one browser for the whole file. Each test
// starts with no cookies, so it signs in at the provider afresh. Every Practica page visited is
// checked with axe-core (no serious or critical violations) and, on the phone, for sideways
// scrolling; the provider's own pages are the rig's, not ours, and are not checked.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { freePort, startDemoServer } from '../rig/server.mjs';
import {
  VIEWPORTS, checkPage, launchBrowser, mainText, normalize, openPage, signOut, startOidcProvider,
} from './kit.mjs';

const [DESKTOP, PHONE] = VIEWPORTS;
const CLIENT = { id: 'practica', secret: 's3cret' };
const GARVANZA = 'Garvanza Elementary Technology and Leadership Magnet';
const TEST = { timeout: 45_000 };

let provider;
let server;
let browser;

before(async () => {
  // The provider must know the server's callback before the server starts, and the server
  // reads the provider's metadata when it starts: pick the server's port first.
  const port = await freePort();
  provider = await startOidcProvider({
    redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback`,
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
  });
  server = await startDemoServer({
    port,
    extraArgs: ({ url }) => ['--public-url', url, '--oidc-issuer', provider.issuer,
      '--oidc-client-id', CLIENT.id, '--oidc-client-secret', CLIENT.secret],
  });
  browser = await launchBrowser();
  // The provider's development pages load a web font; nothing leaves the machine.
  await browser.context.route((url) => url.hostname !== '127.0.0.1',
    (route) => route.abort());
});

after(async () => {
  await browser?.close();
  const exit = await server?.stop();
  if (exit && exit.signal !== 'SIGTERM' && exit.code !== 0) {
    process.stderr.write(`server exited with ${JSON.stringify(exit)} after SIGTERM\n` +
      `--- server output ---\n${server.output()}\n`);
  }
  await provider?.stop();
});

// Every test signs in from nothing: no Practica session, no session at the provider.
beforeEach(async () => { await browser?.context.clearCookies(); });

const at = (pathname) => new URL(pathname, server.url).href;
const onPractica = (url) => url.origin === new URL(server.url).origin;
const onProvider = (url) => url.origin === new URL(provider.issuer).origin;

async function sessionCookie() {
  const cookies = await browser.context.cookies(server.url);
  return cookies.find((c) => c.name === 'practica_session');
}

// The header's account entry: "Sign in" for a visitor, the person's name and "Sign out" once
// signed in.
async function headerOffersSignIn(page) {
  const header = page.locator('header.site');
  return await header.getByRole('link', { name: 'Sign in', exact: true }).count() === 1 &&
    await header.getByRole('button', { name: 'Sign out' }).count() === 0;
}

/**
 * From Practica's sign-in page: "Sign in with your district account", the provider's login form
 * (any password), its consent screen; resolves to the response of Practica's page where the
 * browser lands (after the callback's redirect, or the callback itself when it refuses).
 */
async function signInAtProvider(page, email) {
  const button = page.locator('#oidc-sign-in');
  assert.equal(await button.count(), 1,
    'the sign-in page has #oidc-sign-in when the server is configured for OpenID Connect');
  assert.equal(normalize(await button.textContent()), 'Sign in with your district account',
    '#oidc-sign-in says what it does');
  await button.click();

  await page.waitForURL(onProvider);
  const login = page.locator('input[name="login"]');
  await login.waitFor({ state: 'visible' });
  await login.fill(email);
  await page.locator('input[name="password"]').fill('anything at all');
  await page.getByRole('button', { name: 'Sign-in' }).click();

  // Consent; the answer is a chain of redirects that ends on Practica.
  const consent = page.getByRole('button', { name: 'Continue' });
  await consent.waitFor({ state: 'visible' });
  const landed = page.waitForResponse((response) => {
    const request = response.request();
    return request.isNavigationRequest() && request.frame() === page.mainFrame() &&
      onPractica(new URL(response.url())) && response.status() < 300 ||
      new URL(response.url()).pathname === '/auth/oidc/callback' && response.status() >= 400;
  });
  await consent.click();
  const response = await landed;
  await page.waitForLoadState('load');
  return response;
}

async function openSignIn(page, viewport) {
  const response = await page.goto(at('/sign-in'));
  assert.equal(response.status(), 200, 'GET /sign-in status');
  await checkPage(page, viewport, 'oidc-sign-in');
}

describe('signing in with the district account', () => {
  it('a principal signs in, sees the school, its staff, and signs out', TEST, async () => {
    const page = await openPage(browser.context, DESKTOP, { origin: server.url });
    try {
      await openSignIn(page, DESKTOP);
      const landed = await signInAtProvider(page, 'principal@practica.example');
      assert.equal(new URL(page.url()).pathname, '/home',
        `after the provider, the principal lands on /home (is at ${page.url()}, status ` +
        `${landed.status()}: "${await mainText(page)}")`);
      assert.ok(await sessionCookie(), 'a practica_session cookie is set');
      assert.match(normalize(await page.locator('h1').first().textContent()), /Elena Ortiz/,
        'the home page welcomes Elena Ortiz by name');

      const cards = page.locator('#home-sections > li');
      const principal = cards.filter({ has: page.locator('.eyebrow', { hasText: /^Principal$/ }) });
      assert.equal(await principal.count(), 1,
        `#home-sections has one "Principal" card (cards: ` +
        `${JSON.stringify((await cards.allTextContents()).map(normalize))})`);
      assert.equal(normalize(await principal.locator('h2').textContent()), GARVANZA,
        'the Principal card names the school');
      for (const label of ['School page', 'Staff']) {
        assert.equal(await principal.getByRole('link', { name: label, exact: true }).count(), 1,
          `the Principal card links "${label}"`);
      }
      await checkPage(page, DESKTOP, 'oidc-home-principal');

      await principal.getByRole('link', { name: 'Staff', exact: true }).click();
      await page.waitForURL((url) => /^\/schools\/[^/]+\/staff$/.test(url.pathname));
      const staff = page.locator('#staff');
      assert.equal(await staff.count(), 1, `the staff page has #staff (at ${page.url()})`);
      const rows = await staff.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
        [...tr.children].map((td) => td.innerText.replace(/\s+/g, ' ').trim())));
      assert.ok(rows.some(([name, role]) => name.startsWith('Elena Ortiz') && role === 'Principal'),
        `#staff lists Elena Ortiz as principal (rows: ${JSON.stringify(rows)})`);
      assert.match(normalize(await page.locator('h1').first().textContent()), new RegExp(GARVANZA),
        'the staff page names the school in its h1');
      await checkPage(page, DESKTOP, 'oidc-staff');

      // Signing out ends Practica's session at once, then signs out at the provider too
      // (RP-initiated logout), which asks for confirmation and comes back to Practica.
      await signOut(page);
      assert.equal(await sessionCookie(), undefined, 'the session cookie is gone after "Sign out"');
      if (onProvider(new URL(page.url()))) {
        await Promise.all([
          page.waitForURL(onPractica),
          page.getByRole('button', { name: 'Yes, sign me out' }).click(),
        ]);
        await page.waitForLoadState('load');
      }
      assert.ok(onPractica(new URL(page.url())),
        `after signing out the browser is back on Practica (is at ${page.url()})`);
      assert.ok(await headerOffersSignIn(page),
        `after signing out the header offers "Sign in" again (at ${page.url()})`);
      await checkPage(page, DESKTOP, 'oidc-signed-out');

      const home = await page.goto(at('/home'));
      assert.equal(new URL(page.url()).pathname, '/sign-in',
        `/home after signing out leads to /sign-in (is at ${page.url()}, status ${home.status()})`);
    } finally {
      await page.close();
    }
  });

  it('the director signs in and lands on "People and roles" (phone)', TEST, async () => {
    const page = await openPage(browser.context, PHONE, { origin: server.url });
    try {
      await openSignIn(page, PHONE);
      await signInAtProvider(page, 'sophia.mendoza@lausd.net');
      assert.equal(new URL(page.url()).pathname, '/home',
        `the director lands on /home (is at ${page.url()}: "${await mainText(page)}")`);
      const sections = page.locator('#home-sections');
      for (const label of ['People and roles', 'Audit log']) {
        assert.equal(await sections.getByRole('link', { name: label, exact: true }).count(), 1,
          `#home-sections links "${label}" for the director ` +
          `(it says: "${normalize(await sections.textContent())}")`);
      }
      await checkPage(page, PHONE, 'oidc-home-director');
    } finally {
      await page.close();
    }
  });

  for (const { email, says } of [
    { email: 'principal@garvanza.example.org',
      says: /No active Practica account uses principal@garvanza\.example\.org/ },
    { email: 'new.teacher@lausd.net', says: /no verified e-mail address/ },
  ]) {
    it(`${email}, known to the provider only, is refused with no session`, TEST, async () => {
      const page = await openPage(browser.context, DESKTOP, { origin: server.url });
      try {
        await openSignIn(page, DESKTOP);
        const landed = await signInAtProvider(page, email);
        assert.equal(new URL(page.url()).pathname, '/auth/oidc/callback',
          `the refusal is shown where the provider sent the browser (is at ${page.url()})`);
        assert.equal(landed.status(), 403, 'the callback answers 403');
        const text = await mainText(page);
        assert.match(text, says, 'the page says why');
        assert.equal(await page.locator('main h1').count(), 1, 'the refusal page has an h1');
        assert.equal(await page.getByRole('link', { name: 'Back to sign-in' }).getAttribute('href'),
          '/sign-in', 'the way on is back to sign-in');
        assert.equal(await sessionCookie(), undefined, 'no practica_session cookie is set');
        assert.ok(await headerOffersSignIn(page), 'the header still offers "Sign in"');
        await checkPage(page, DESKTOP, `oidc-refused-${email.split('@')[0]}`);

        await page.goto(at('/home'));
        assert.equal(new URL(page.url()).pathname, '/sign-in',
          `/home after the refusal leads to /sign-in (is at ${page.url()})`);
      } finally {
        await page.close();
      }
    });
  }
});
