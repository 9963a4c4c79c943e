// A practica server reading from a streaming replica (database_replica), on a real PostgreSQL
// primary and a hot standby made with pg_basebackup -R (tests/rig/postgres.sh replica):
// an export that only reads is answered from the replica while the person who just wrote
// reads their write from the primary; a replica further behind than replica_max_lag_seconds,
// or stopped, sends reads to the primary with one log line per change and no failed request.
//
// The replica's WAL replay is paused with pg_wal_replay_pause() so that "behind" is certain
// rather than a race. Needs PRACTICA_BIN, psql and PostgreSQL 15's server binaries.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { practicaBinary, repoRoot } from './server.mjs';
import { cookieHeader, serve, signIn } from './serve.mjs';

const exec = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const STAFF = 'allison.jonas@lausd.net';  // the program's coordinator: may export the audit log
// Seconds; a session reads from the primary for MAX_LAG + 2 s after it writes. Long enough that
// the export read just after a write (a sign-in hashes a password) is surely within it.
const MAX_LAG = 4;

const bin = practicaBinary();
const RIG = path.join(repoRoot, 'tests', 'rig', 'postgres.sh');
let dir;
let primary;
let replica;
let server;

const rig = async (...args) => (await exec(RIG, args)).stdout.trim();

async function psql(url, sql) {
  const { stdout } = await exec('psql', [url, '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
  return stdout.trim();
}

/** Waits (at most `ms`) until the server's log has `count` lines matching `pattern`. */
async function logged(pattern, ms = 10_000, count = 1) {
  const deadline = Date.now() + ms;
  const lines = () => server.output().split('\n').filter((line) => pattern.test(line));
  while (Date.now() < deadline) {
    if (lines().length >= count) return lines();
    if (server.exited) break;
    await sleep(50);
  }
  assert.fail(`no ${count} log line(s) matching ${pattern} within ${ms} ms:\n${server.output()}`);
}

/** Signs the coordinator in; the cookies of the reply (session, and the write stamp). */
async function signInStaff() {
  const reply = await signIn(server.url, STAFF);
  assert.equal(reply.status, 303);
  assert.ok(reply.cookies.practica_session, 'signed in');
  return reply.cookies;
}

/** How many sign-ins the audit export lists: a read that only reads, marked for the replica. */
async function signInsExported(cookies) {
  const reply = await fetch(`${server.url}/audit.csv?kind=sign_ins`, { headers: { Cookie: cookieHeader(cookies) } });
  const body = await reply.text();
  assert.equal(reply.status, 200, body.slice(0, 500));
  return body.split('\n').filter((line) => line.includes('account.sign_in')).length;
}

async function signInsOnPrimary() {
  return Number(await psql(primary, "SELECT COUNT(*) FROM audit_log WHERE action = 'account.sign_in'"));
}

let reader;  // a session with no recent write: its reads may come from the replica

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'practica-replica-'));
  await chmod(dir, 0o755);  // the database servers run as postgres when the tests run as root
  primary = await rig('start', path.join(dir, 'primary'));
  await exec(bin, ['demo', '--database', primary], { cwd: dir, timeout: 120_000 });
  replica = await rig('replica', path.join(dir, 'replica'), path.join(dir, 'primary'));
});

after(async () => {
  await server?.stop();
  if (replica) await rig('stop', path.join(dir, 'replica'));
  if (primary) await rig('stop', path.join(dir, 'primary'));
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('a server starts with a streaming replica and says it serves reads from it', async () => {
  assert.equal(await psql(replica, 'SELECT pg_is_in_recovery()'), 't');
  server = await serve(['--database', primary, '--database-replica', replica,
    '--replica-max-lag-seconds', String(MAX_LAG)], { cwd: dir });
  await logged(/replica .* is serving reads that need no write/);
  const signedIn = await signInStaff();
  assert.ok(signedIn.practica_wrote, 'a successful write stamps the session for read-your-writes');
  reader = { practica_session: signedIn.practica_session };  // the stamp left behind
  // Once the replica has replayed that sign-in (WAL is flushed within 200 ms), reading from it
  // shows it.
  const written = await signInsOnPrimary();
  let seen = 0;
  for (let i = 0; i < 50 && seen !== written; i++) {
    seen = await signInsExported(reader);
    if (seen !== written) await sleep(100);
  }
  assert.equal(seen, written);
});

// Pages marked as only reading (src/app/replica_reads.cpp), as staff and as anyone.
const READ_ONLY_PAGES = ['/', '/cohorts/ps-4-0', '/api/v1/cohorts', '/schools', '/api/v1/standards',
  '/api/v1/local-districts', '/exemplars', '/exemplars?q=coding', '/api/v1/exemplars', '/exemplars/feed.atom',
  '/cohorts/ps-4-0/dashboard', '/cohorts/ps-4-0/dashboard.csv', '/api/v1/cohorts/ps-4-0/dashboard',
  '/cohorts/ps-4-0/commitments.csv', '/audit.csv?kind=everything'];

test('every page marked as only reading answers from the replica without writing', async () => {
  const refused = [];
  for (const page of READ_ONLY_PAGES) {
    for (const cookies of [reader, {}]) {
      const reply = await fetch(`${server.url}${page}`, { headers: { Cookie: cookieHeader(cookies) }, redirect: 'manual' });
      await reply.arrayBuffer();
      if (reply.status >= 500) refused.push(`${page}: ${reply.status}`);
    }
  }
  assert.deepEqual(refused, []);
  const { stdout } = await exec('grep', ['-c', 'read-only transaction', path.join(dir, 'replica', 'postgres.log')])
    .catch((error) => error);
  assert.equal(stdout.trim(), '0', 'no page tried to write on the replica');
});

test('an export is read from the replica while the writer reads their own write from the primary', async () => {
  await psql(replica, 'SELECT pg_wal_replay_pause()');
  const before = await signInsOnPrimary();

  const writer = await signInStaff();  // a write on the primary the paused replica has not replayed

  assert.equal(await signInsOnPrimary(), before + 1);
  assert.equal(await signInsExported(writer), before + 1, 'the writer sees their write (primary)');
  assert.equal(await signInsExported(reader), before, 'the reader is served by the replica');
});

test('a replica further behind than replica_max_lag_seconds sends reads to the primary, said once', async () => {
  const expected = await signInsOnPrimary();
  await logged(new RegExp(`is [0-9.]+ s behind the primary, over replica_max_lag_seconds = ${MAX_LAG}; reads go to the primary`),
    (MAX_LAG + 5) * 1000);

  assert.equal(await signInsExported(reader), expected, 'the lagging replica no longer answers');
  await psql(replica, 'SELECT pg_wal_replay_resume()');
  await logged(new RegExp(`is back within ${MAX_LAG} s of the primary`), 10_000);
  assert.equal(await signInsExported(reader), expected);
  assert.equal(server.output().split('\n').filter((l) => /over replica_max_lag_seconds/.test(l)).length, 1,
    'one line for the change, not one per request or probe');
});

test('stopping the replica sends reads to the primary with a log line and fails no request', async () => {
  const expected = await signInsOnPrimary();
  const answers = [];
  const stopping = rig('pause', path.join(dir, 'replica'));
  const deadline = Date.now() + 2_500;
  while (Date.now() < deadline) answers.push(await signInsExported(reader));
  await stopping;
  await logged(/replica .* cannot be reached; reads go to the primary/, 5_000);
  answers.push(await signInsExported(reader));

  assert.deepEqual([...new Set(answers)], [expected], 'every read answered, with every write');

  await rig('resume', path.join(dir, 'replica'));
  await logged(new RegExp(`is back within ${MAX_LAG} s of the primary`), 15_000, 2);
  assert.equal(await signInsExported(reader), expected);
});
