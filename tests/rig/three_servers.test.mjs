// Three `practica serve` on one PostgreSQL behind Debian's nginx, as a district runs them:
// migrations run once when they start together, a session and a form made by one server
// work on the others, a write through one is read through the others at once, the audit log
// names the client nginx forwards, e-mail queued through it reaches a real SMTP server once
// with three job runners polling, the database ending every pooled connection costs no read,
// and killing one server with SIGKILL under a bounded load loses no acknowledged write and
// fails no read.
//
// Starts a PostgreSQL of its own (tests/rig/postgres.sh), since it stops and starts it: stopping
// the database turns /readyz to 503 on every server, and they recover without a restart.
// Needs PRACTICA_BIN, psql and nginx. Everything listens on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { practicaBinary, freePort, repoRoot } from './server.mjs';
import { startBalancer } from './balancer.mjs';
import { startMailbox } from './mailbox.mjs';

const exec = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const PASSWORD = 'practitioner-demo';
const LOAD_MS = 3_000;  // the load runs this long; the kill comes a third of the way in

const bin = practicaBinary();
let database;  // this test's own database on the rig's server
let dir;
let servers = [];
let balancer;
let mailbox;  // a real SMTP server all three job runners send to

const RIG = path.join(repoRoot, 'tests', 'rig', 'postgres.sh');
const postgres = async (command) => (await exec(RIG, [command, path.join(dir, 'postgres')])).stdout.trim();

async function psql(url, sql) {
  const { stdout } = await exec('psql', [url, '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
  return stdout.trim();
}

/** `practica serve` on `port`, believing the balancer's X-Forwarded-For. */
async function serve(port) {
  const child = spawn(bin, ['serve', '--database', database, '--address', '127.0.0.1',
    '--port', String(port)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env, PRACTICA_TRUSTED_PROXIES: '127.0.0.1', PRACTICA_ACCESS_LOG: 'false',
      PRACTICA_SMTP_URL: mailbox.url, PRACTICA_JOBS_POLL_SECONDS: '1',
    },
  });
  let output = '';
  child.stderr.on('data', (chunk) => { output = (output + chunk.toString()).slice(-65536); });
  const server = { port, child, output: () => output, exited: false };
  const gone = new Promise((resolve) => child.on('exit', () => { server.exited = true; resolve(); }));
  server.gone = gone;
  process.on('exit', () => { if (!server.exited) child.kill('SIGKILL'); });
  for (let i = 0; ; i++) {
    if (server.exited) throw new Error(`serve on ${port} exited:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return server;
    } catch { /* starting */ }
    if (i > 300) throw new Error(`serve on ${port} not ready after 30 s:\n${output}`);
    await sleep(100);
  }
}

/** The sign-in form's token from `base`, then the form posted to `postTo`; the reply. */
async function signIn(base, postTo = base, extraHeaders = {}) {
  const form = await fetch(`${base}/sign-in`, { headers: extraHeaders });
  await form.arrayBuffer();
  const cookie = form.headers.get('set-cookie') ?? '';
  const token = cookie.slice(cookie.indexOf('=') + 1, cookie.indexOf(';'));
  return fetch(`${postTo}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `practica_form=${token}`, ...extraHeaders },
    body: new URLSearchParams({ csrf_token: token, email: 'principal@practica.example', password: PASSWORD, next: '/home' }),
  });
}

function sessionOf(reply) {
  const cookie = reply.headers.get('set-cookie') ?? '';
  return cookie.slice(0, cookie.indexOf(';'));
}

/** 200 and the principal's home page when the session is known. */
async function home(base, session) {
  const reply = await fetch(`${base}/home`, { headers: { Cookie: session }, redirect: 'manual' });
  const body = await reply.text();
  return { status: reply.status, principal: body.includes('Principal') };
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'practica-rig-'));
  await chmod(dir, 0o755);  // the database server runs as postgres when the tests run as root
  database = await postgres('start');
  mailbox = await startMailbox();
});

after(async () => {
  await balancer?.stop();
  for (const server of servers) {
    if (!server.exited) server.child.kill('SIGTERM');
    await server.gone;
  }
  await mailbox?.stop();
  if (database) await postgres('stop');
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('three servers starting together on an empty database migrate it once', async () => {
  const runs = await Promise.all([1, 2, 3].map(() => exec(bin, ['migrate', '--database', database], { cwd: dir })));

  const applied = runs.map(({ stdout }) => Number(/Applied (\d+) migration/.exec(stdout)[1]));
  const recorded = Number(await psql(database, 'SELECT COUNT(*) FROM schema_migrations'));
  assert.ok(recorded > 0);
  assert.deepEqual(applied.filter((n) => n > 0), [recorded], `one applied them all: ${applied}`);
  assert.equal(applied.filter((n) => n === 0).length, 2);
});

test('three servers start at once on the migrated database behind nginx', async () => {
  await exec(bin, ['demo', '--database', database], { cwd: dir, timeout: 180_000 });
  const ports = [await freePort(), await freePort(), await freePort()];

  servers = await Promise.all(ports.map((port) => serve(port)));
  balancer = await startBalancer(ports);

  const ready = await fetch(`${balancer.url}/readyz`);
  assert.equal(ready.status, 200);
});

test('a session made through the balancer works on every server, and a form of one is accepted by another', async () => {
  const signedIn = await signIn(balancer.url);
  assert.equal(signedIn.status, 303);
  const session = sessionOf(signedIn);

  for (const server of servers) {
    assert.deepEqual(await home(`http://127.0.0.1:${server.port}`, session), { status: 200, principal: true },
      `server on ${server.port} knows the session`);
  }
  const [a, b] = servers.map((s) => `http://127.0.0.1:${s.port}`);
  const crossed = await signIn(a, b);
  assert.equal(crossed.status, 303, 'the form token made by one server is accepted by another');
});

test('a write through one server is read through the others at once', async () => {
  const [a, b, c] = servers.map((s) => `http://127.0.0.1:${s.port}`);

  const written = await signIn(a);  // a new session row, written by server a
  const session = sessionOf(written);

  assert.equal((await home(b, session)).status, 200);
  assert.equal((await home(c, session)).status, 200);
});

test('the audit log records the client nginx names, not nginx', async () => {
  // nginx appends the address it saw (127.0.0.1, trusted) to what the client sent.
  const reply = await signIn(balancer.url, balancer.url, { 'X-Forwarded-For': '198.51.100.7' });

  assert.equal(reply.status, 303);
  const audited = await psql(database,
    "SELECT COUNT(*) FROM audit_log WHERE action = 'account.sign_in' AND address = '198.51.100.7'");
  assert.equal(audited, '1');
});

test('when the database ends every connection, no server answers a read with 503', async () => {
  // What a restart or failover does to each server's pool: FATAL, administrator command.
  await psql(database, 'SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity ' +
    'WHERE datname = current_database() AND pid <> pg_backend_pid()');
  for (let i = 0; i < 50; i++) {
    const left = await psql(database, 'SELECT COUNT(*) FROM pg_stat_activity ' +
      'WHERE datname = current_database() AND pid <> pg_backend_pid()');
    if (left === '0') break;
    await sleep(50);
  }

  const statuses = [];
  for (const server of servers) {
    for (let i = 0; i < 12; i++) {
      for (const page of ['/readyz', '/sign-in']) {
        const reply = await fetch(`http://127.0.0.1:${server.port}${page}`);
        await reply.arrayBuffer();
        statuses.push(reply.status);
      }
    }
  }

  assert.equal(statuses.filter((s) => s !== 200).length, 0, `answers: ${statuses.join(' ')}`);
});

const PEOPLE = ['principal@practica.example', 'principal.hope@practica.example', 'teacher@practica.example',
  'coach@practica.example', 'director.northeast@practica.example'];

test('e-mail queued through the balancer, with all three job runners polling, arrives once', async () => {
  for (const email of PEOPLE) {
    const form = await fetch(`${balancer.url}/password/forgot`);
    await form.arrayBuffer();
    const cookie = form.headers.get('set-cookie') ?? '';
    const token = cookie.slice(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    const asked = await fetch(`${balancer.url}/password/forgot`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `practica_form=${token}` },
      body: new URLSearchParams({ csrf_token: token, email }),
    });
    await asked.arrayBuffer();
    assert.equal(asked.status, 200, `asked for ${email}`);
  }

  for (const email of PEOPLE) assert.ok((await mailbox.messagesTo(email, 20_000)).length > 0, `mail to ${email}`);
  await sleep(3_000);  // three more polls by each runner: a second copy would be here by now

  const received = (await mailbox.messages()).map((m) => m.to.join(',')).sort();
  assert.deepEqual(received, [...PEOPLE].sort());
});

/** Each server's /readyz status, polled until all are `status` (at most `ms`). */
async function allReady(status, ms) {
  const deadline = Date.now() + ms;
  let seen = [];
  while (Date.now() < deadline) {
    seen = await Promise.all(servers.map(async (server) => {
      try {
        const reply = await fetch(`http://127.0.0.1:${server.port}/readyz`, { signal: AbortSignal.timeout(2_000) });
        await reply.arrayBuffer();
        return reply.status;
      } catch { return 0; }
    }));
    if (seen.every((s) => s === status)) return seen;
    await sleep(100);
  }
  return seen;
}

test('stopping the database turns /readyz to 503 on every server, and they recover without a restart', async () => {
  await postgres('pause');
  const down = await allReady(503, 5_000);
  await postgres('resume');
  const up = await allReady(200, 10_000);

  assert.deepEqual(down, [503, 503, 503]);
  assert.deepEqual(up, [200, 200, 200]);
  const unavailable = [];
  for (const server of servers) {
    for (let i = 0; i < 12; i++) {
      const reply = await fetch(`http://127.0.0.1:${server.port}/sign-in`);
      await reply.arrayBuffer();
      if (reply.status !== 200) unavailable.push(`${server.port}: ${reply.status}`);
    }
  }
  assert.deepEqual(unavailable, [], 'no request fails once /readyz answers 200');
});

test('killing one server with SIGKILL under load loses no acknowledged write and fails no read', async (t) => {
  const stopAt = Date.now() + LOAD_MS;
  const acknowledged = [];
  const failed = { reads: 0, writes: 0 };
  let reads = 0;
  const writer = async () => {
    while (Date.now() < stopAt) {
      try {
        const reply = await signIn(balancer.url);
        if (reply.status === 303) acknowledged.push(sessionOf(reply));
        else failed.writes++;
      } catch { failed.writes++; }
    }
  };
  const reader = async () => {
    while (Date.now() < stopAt) {
      try {
        const reply = await fetch(`${balancer.url}/sign-in`);
        await reply.arrayBuffer();
        reads++;
        if (reply.status !== 200) failed.reads++;
      } catch { failed.reads++; }
    }
  };
  const victim = servers[1];
  const kill = (async () => {
    await sleep(LOAD_MS / 3);
    victim.child.kill('SIGKILL');
  })();

  await Promise.all([writer(), writer(), reader(), reader(), kill]);
  await victim.gone;

  t.diagnostic(`${reads} reads (${failed.reads} failed), ${acknowledged.length} sign-ins acknowledged, ` +
    `${failed.writes} failed at the kill`);
  assert.ok(acknowledged.length > 0 && reads > 0, 'the load ran');
  assert.equal(failed.reads, 0, `${failed.reads} of ${reads} reads failed`);
  const lost = [];
  for (const session of acknowledged) {
    if ((await home(balancer.url, session)).status !== 200) lost.push(session);
  }
  assert.equal(lost.length, 0, `${lost.length} of ${acknowledged.length} acknowledged sign-ins were lost ` +
    `(${failed.writes} writes failed at the kill)`);
});
