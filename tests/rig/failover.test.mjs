// The primary fails over: two `practica serve` on a PostgreSQL primary and its synchronous
// standby, kept by Patroni (etcd as its consensus store) behind HAProxy, as a district runs
// them (tests/rig/patroni.mjs starts it all on loopback). Under a bounded load of sign-ins
// (writes) and page reads, the primary's Patroni and every PostgreSQL process of it are killed
// with SIGKILL, as a machine that dies would take them. Then:
//
// - Patroni promotes the standby within a bounded time (ttl 10 s, loop_wait 2 s);
// - HAProxy, checking Patroni's /primary, sends new connections to it, and the Practica servers
//   answer again (/readyz 200, a page read) without being restarted;
// - every write that was acknowledged (303), before, during or after the failover, is in the
//   new primary, found by its request id in the audit log: synchronous replication means a
//   commit is acknowledged only once the standby has it;
// - while there is no primary, requests answer 503 ("Practica is busy"), never 500 or a hang;
//   once Practica answers again, no read and no write fails;
// - the old primary's Patroni, started again, rewinds it (pg_rewind) where it had gone ahead of
//   its successor and makes it the synchronous standby, with every acknowledged write.
//
// The figures (time to promotion, time until Practica answered, requests acknowledged and
// failed in each phase) are printed. Skipped, saying why, when etcd, Patroni or HAProxy is not
// installed (make deps installs them). Needs PRACTICA_BIN. Everything listens on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { practicaBinary } from './server.mjs';
import { serve, signIn as signInThrough } from './serve.mjs';
import { missingTools, psql, startCluster, TIMING } from './patroni.mjs';

const exec = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const PASSWORD = 'practitioner-demo';
const WRITER = 'sophia.mendoza@lausd.net';
const READER = 'allison.jonas@lausd.net';
const LOAD_BEFORE_MS = 3_000;  // load before the kill
const LOAD_AFTER_MS = 3_000;  // and after Practica answers again
// Patroni's leader key lapses ttl seconds after the last renewal (at most loop_wait before the
// kill); the standby notices at its next loop and promotes itself. ttl + 3 loops, with room to
// spare on two busy cores.
const PROMOTION_LIMIT_MS = (TIMING.ttl + 3 * TIMING.loop_wait) * 1000 + 10_000;
// HAProxy marks the new primary up at its first good check (inter 1 s, rise 1), and each server
// finds it at its next connection.
const ANSWER_LIMIT_MS = PROMOTION_LIMIT_MS + 10_000;

const missing = missingTools();
const skip = missing.length
  ? `needs ${missing.join(', ')}: install them (scripts/install-deps.sh, make deps)`
  : false;
const bin = skip ? null : practicaBinary();
let dir;
let cluster;
let servers = [];
let acknowledgedIds = [];  // the request ids of the writes acknowledged across the failover

/** Signs WRITER in through `url`, each request bounded while the primary is away. */
const signIn = (url, email = WRITER) => signInThrough(url, email, PASSWORD, { timeoutMs: 15_000 });

/** A page that reads the database (the session check, then the person's home page). */
async function readHome(url, session) {
  const reply = await fetch(`${url}/home`, { headers: { Cookie: session }, redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  await reply.arrayBuffer();
  return { ok: reply.status === 200, status: reply.status, retryAfter: reply.headers.get('retry-after') };
}

// Patroni 3.0 calls the primary's role "master"; later versions "primary".
const isPrimary = (status) => ['master', 'primary'].includes(status?.role);

async function readyz(url) {
  try {
    const reply = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
    await reply.arrayBuffer();
    return reply.status;
  } catch { return 0; }
}

before(async () => {
  if (skip) return;
  cluster = await startCluster();
  // The servers' working folder, inside the cluster's: removed with it, however the test ends.
  dir = path.join(cluster.dir, 'practica');
  await mkdir(dir);
  // Through HAProxy, as the servers will: the demo and its schema land on the primary, and the
  // synchronous standby has each commit before it is acknowledged.
  await exec(bin, ['demo', '--database', cluster.url], { cwd: dir, timeout: 180_000 });
});

after(async () => {
  for (const server of servers) await server.stop();
  await cluster?.stop();
});

test('two servers start on the primary through HAProxy, with a synchronous standby behind it', { skip }, async () => {
  const [primary, standby] = cluster.nodes;
  assert.ok(isPrimary(await cluster.status(primary)), `${primary.name} is the primary`);
  assert.ok(await cluster.answers(standby, '/sync'), 'the standby is synchronous');
  const names = await psql(cluster.superuserUrl(primary), 'SHOW synchronous_standby_names');
  assert.match(names, new RegExp(standby.name), 'the primary waits for the standby at each commit');

  servers = await Promise.all([1, 2].map(() => serve(['--database', cluster.url], { cwd: dir })));

  for (const server of servers) assert.equal((await signIn(server.url)).ok, true, `sign-in on ${server.url}`);
});

test('killing the primary under load: the standby is promoted, Practica answers again unrestarted, no acknowledged write is lost', { skip }, async () => {
  const [oldPrimary, standby] = cluster.nodes;
  const reader = await signIn(servers[0].url, READER);
  assert.ok(reader.ok, 'the reader signed in');

  const writes = [];  // { start, end, server, ...signIn() }
  const reads = [];   // { start, end, server, ...readHome() }
  const times = {};   // kill, promoted, haproxy, unready, answered (ms since the epoch)
  let stopAt = Infinity;
  let turn = 0;
  const next = () => servers[turn++ % servers.length];

  const writer = async () => {
    while (Date.now() < stopAt) {
      const server = next();
      const start = Date.now();
      let result;
      try { result = await signIn(server.url); } catch (error) { result = { ok: false, status: 0, error: error.message }; }
      writes.push({ start, end: Date.now(), server: server.url, ...result });
      if (!result.ok) await sleep(200);  // a client told to come back later waits a little
    }
  };
  const readerLoop = async () => {
    while (Date.now() < stopAt) {
      const server = next();
      const start = Date.now();
      let result;
      try { result = await readHome(server.url, reader.session); } catch (error) { result = { ok: false, status: 0, error: error.message }; }
      reads.push({ start, end: Date.now(), server: server.url, ...result });
      await sleep(result.ok ? 20 : 200);
    }
  };

  // Watches from the kill: Patroni's promotion, HAProxy's switch, and the moment every server
  // answers /readyz 200 and a page read again (only a new primary can make them).
  const watch = async () => {
    const deadline = times.kill + ANSWER_LIMIT_MS;
    while (Date.now() < deadline && !times.answered) {
      const now = Date.now();
      if (!times.promoted && await cluster.answers(standby, '/primary')) times.promoted = now;
      if (!times.haproxy && await cluster.haproxyOnlyTo(standby)) times.haproxy = now;
      const ready = await Promise.all(servers.map((s) => readyz(s.url)));
      if (!times.unready && ready.some((status) => status !== 200)) times.unready = now;
      if (times.promoted && ready.every((status) => status === 200)) {
        const pages = await Promise.all(servers.map((s) => readHome(s.url, reader.session)));
        if (pages.every((page) => page.ok)) times.answered = Date.now();
      }
      await sleep(100);
    }
    stopAt = (times.answered ?? Date.now()) + LOAD_AFTER_MS;
  };

  const load = Promise.all([writer(), writer(), writer(), readerLoop(), readerLoop()]);
  await sleep(LOAD_BEFORE_MS);
  times.kill = Date.now();
  const killed = await cluster.killPrimary();
  await watch();
  await load;

  assert.equal(killed, oldPrimary, 'the primary was the node killed');
  const since = (at) => (at ? `${((at - times.kill) / 1000).toFixed(1)} s` : 'never');
  // A request is "before" if it ended before the kill, "after" if it began once Practica
  // answered again, and "during" otherwise.
  const phase = (r) => (r.end < times.kill ? 'before' : times.answered && r.start >= times.answered ? 'after' : 'during');
  const count = (list) => {
    const out = {};
    for (const name of ['before', 'during', 'after']) {
      const inPhase = list.filter((r) => phase(r) === name);
      out[name] = { ok: inPhase.filter((r) => r.ok).length, failed: inPhase.filter((r) => !r.ok).length };
    }
    return out;
  };
  const w = count(writes);
  const r = count(reads);
  const failedStatuses = (list) => [...new Set(list.filter((x) => !x.ok).map((x) => `${x.step ?? 'read'} ${x.status}`))].join(', ');
  const retried = servers.reduce((n, s) => n + (s.output().match(/a database connection was lost; trying once more/g) ?? []).length, 0);
  const figures = [
    `failover: primary ${oldPrimary.name} killed (SIGKILL to Patroni and PostgreSQL); ${standby.name} promoted after ${since(times.promoted)}, ` +
      `HAProxy sending to it after ${since(times.haproxy)}, both Practica servers answering again after ${since(times.answered)} ` +
      `(first /readyz 503 after ${since(times.unready)})`,
    `  writes (sign-ins): before ${w.before.ok} acknowledged / ${w.before.failed} failed; during ${w.during.ok} / ${w.during.failed}; ` +
      `after ${w.after.ok} / ${w.after.failed}` + (failedStatuses(writes) ? ` (failed answers: ${failedStatuses(writes)})` : ''),
    `  reads (/home): before ${r.before.ok} ok / ${r.before.failed} failed; during ${r.during.ok} / ${r.during.failed}; ` +
      `after ${r.after.ok} / ${r.after.failed}` + (failedStatuses(reads) ? ` (failed answers: ${failedStatuses(reads)})` : '') +
      `; reads the servers ran once more on a fresh connection: ${retried}`,
    `  503 answers with Retry-After: ${[...writes, ...reads].filter((x) => x.status === 503 && x.retryAfter).length} ` +
      `of ${[...writes, ...reads].filter((x) => x.status === 503).length}`,
  ];
  for (const line of figures) console.log(line);

  assert.ok(times.promoted, `Patroni promoted ${standby.name} within ${PROMOTION_LIMIT_MS / 1000} s\n${cluster.output()}`);
  assert.ok(times.promoted - times.kill <= PROMOTION_LIMIT_MS, `promotion took ${since(times.promoted)}`);
  assert.ok(times.answered, `the Practica servers answered again within ${ANSWER_LIMIT_MS / 1000} s`);
  assert.ok(isPrimary(await cluster.status(standby)), `${standby.name} is the primary`);
  assert.ok(servers.every((s) => !s.exited), 'no server was restarted: the same processes answer');

  assert.ok(w.before.ok > 0 && w.after.ok > 0 && r.before.ok > 0 && r.after.ok > 0,
    'the load ran before the kill and after Practica answered again');
  assert.equal(r.before.failed + w.before.failed, 0, 'nothing failed before the kill');
  assert.equal(r.after.failed, 0, `no read fails once Practica answers again (${failedStatuses(reads)})`);
  assert.equal(w.after.failed, 0, `no write fails once Practica answers again (${failedStatuses(writes)})`);
  // Without a primary a request is refused as "busy" (503), never a 500 or a hang.
  const refused = [...writes, ...reads].filter((x) => !x.ok);
  assert.deepEqual(refused.filter((x) => x.status !== 503).map((x) => `${x.step ?? 'read'} ${x.status} ${x.error ?? ''}`), [],
    'every failed request answered 503');
  // ... and tells the client when to try again, whichever layer met the missing primary.
  assert.deepEqual(refused.filter((x) => !x.retryAfter).map((x) => `${x.step ?? 'read'} ${x.status}`), [],
    'every 503 carries Retry-After');

  const stored = new Set((await psql(cluster.superuserUrl(standby),
    "SELECT request_id FROM audit_log WHERE action = 'account.sign_in'")).split('\n'));
  const acknowledged = writes.filter((x) => x.ok);
  const lost = acknowledged.filter((x) => !stored.has(x.requestId));
  console.log(`  ${acknowledged.length} acknowledged writes, ${acknowledged.length - lost.length} found on the new primary ${standby.name}`);
  assert.deepEqual(lost.map((x) => `${x.requestId} (${phase(x)})`), [], 'every acknowledged write is on the new primary');
  acknowledgedIds = acknowledged.map((x) => x.requestId);
});

test('the old primary, started again, rejoins as the synchronous standby with every acknowledged write', { skip }, async () => {
  const [oldPrimary, newPrimary] = cluster.nodes;
  const started = Date.now();
  cluster.restart(oldPrimary);
  // Patroni recovers the crashed data directory, rewinds it to the new primary's timeline
  // (pg_rewind), starts it as a standby, and names it synchronous once it streams.
  let rejoined = false;
  while (!rejoined && Date.now() - started < 60_000) {
    rejoined = await cluster.answers(oldPrimary, '/sync');
    if (!rejoined) await sleep(200);
  }
  const rewound = /running pg_rewind/.test(oldPrimary.patroni.output()) ? ', rewound by pg_rewind' : '';
  console.log(`  ${oldPrimary.name} rejoined as the synchronous standby${rewound} ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s after its Patroni started again`);
  assert.ok(rejoined, `${oldPrimary.name} is the synchronous standby again\n${cluster.output()}`);
  assert.ok(await cluster.answers(newPrimary, '/primary'), `${newPrimary.name} stays the primary`);
  assert.ok(await cluster.haproxyOnlyTo(newPrimary), 'HAProxy sends nothing to the standby');

  // A write now waits for the old primary again; it, and every write acknowledged across the
  // failover, are in its copy (replayed a moment after it is flushed there).
  const write = await signIn(servers[1].url);
  assert.ok(write.ok, `a write after the rejoin (${write.status})`);
  const wanted = [...acknowledgedIds, write.requestId];
  let absent = wanted;
  for (let i = 0; i < 50 && absent.length; i++) {
    const stored = new Set((await psql(cluster.superuserUrl(oldPrimary),
      "SELECT request_id FROM audit_log WHERE action = 'account.sign_in'")).split('\n'));
    absent = wanted.filter((id) => !stored.has(id));
    if (absent.length) await sleep(100);
  }
  assert.deepEqual(absent, [], `every acknowledged write is on ${oldPrimary.name}, the standby again`);
});
