// The restore drill, on both databases: sign-ins (each a write: a session and an audit entry
// naming its request id) run through a live server while `practica backup` copies the
// database; `practica restore` puts the copy into a fresh cluster (PostgreSQL) or a new file
// (SQLite), and every write acknowledged before the backup began is there. A restore refuses
// to replace a database that holds data unless told --force.
// Needs PRACTICA_BIN, psql, pg_dump/pg_restore (postgresql-client) and PostgreSQL 15's server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { practicaBinary, repoRoot } from './server.mjs';
import { serve, signIn } from './serve.mjs';

const exec = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const bin = practicaBinary();
const RIG = path.join(repoRoot, 'tests', 'rig', 'postgres.sh');
const PEOPLE = ['principal@practica.example', 'teacher@practica.example', 'coach@practica.example'];
let dir;
const clusters = [];
let freshCluster;

const practica = (...args) => exec(bin, args, { cwd: dir, timeout: 120_000 });

async function startCluster(name) {
  const where = path.join(dir, name);
  clusters.push(where);
  return (await exec(RIG, ['start', where])).stdout.trim();
}

async function psql(url, sql) {
  const { stdout } = await exec('psql', [url, '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
  return stdout.trim();
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'practica-restore-'));
  await chmod(dir, 0o755);  // the database servers run as postgres when the tests run as root
});

after(async () => {
  for (const where of clusters) await exec(RIG, ['stop', where]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Writes through `server` from three clients until stopped; each acknowledged write is kept
 * with the time its answer came. Resolves, once stopped, to the acknowledged writes.
 */
function writeUntilStopped(server) {
  const acknowledged = [];
  let running = true;
  const clients = PEOPLE.map(async (email) => {
    while (running) {
      const reply = await signIn(server.url, email);
      if (reply.status === 303) acknowledged.push({ at: Date.now(), requestId: reply.requestId });
    }
  });
  return {
    count: () => acknowledged.length,
    stop: async () => { running = false; await Promise.all(clients); return acknowledged; },
  };
}

/** Backs up `database` while writes run; the writes acknowledged before the backup began. */
async function backUpUnderWrites(database, backupFile) {
  const server = await serve(['--database', database], { cwd: dir });
  try {
    const load = writeUntilStopped(server);
    // A sign-in hashes a password: on two busy cores one can take a second or more, so wait for
    // three acknowledged writes (at most a minute) rather than for a fixed time.
    const deadline = Date.now() + 60_000;
    while (load.count() < 3 && Date.now() < deadline) await sleep(100);
    await sleep(300);
    const began = Date.now();
    await practica('backup', '--database', database, '--to', backupFile);
    const backedUp = Date.now();
    await sleep(300);  // writes go on after the backup too: they may or may not be in it
    const acknowledged = await load.stop();
    const before = acknowledged.filter((write) => write.at < began);
    assert.ok(before.length >= 3, `writes ran before the backup (${before.length})`);
    assert.ok(acknowledged.length > before.length, 'writes ran during and after the backup');
    console.log(`${acknowledged.length} writes acknowledged, ${before.length} before the backup began, ` +
      `backup took ${backedUp - began} ms`);
    return before;
  } finally {
    await server.stop();
  }
}

async function requestIdsIn(database) {
  const ids = await psql(database, "SELECT request_id FROM audit_log WHERE action = 'account.sign_in'");
  return new Set(ids.split('\n'));
}

test('PostgreSQL: a backup taken under writes restores into a fresh cluster with every write acknowledged before it', async () => {
  const live = await startCluster('live');
  await practica('demo', '--database', live);
  const backupFile = path.join(dir, 'practica.dump');

  const acknowledged = await backUpUnderWrites(live, backupFile);

  const fresh = await startCluster('fresh');
  freshCluster = fresh;
  await practica('restore', '--database', fresh, '--from', backupFile);
  const restored = await requestIdsIn(fresh);
  const missing = acknowledged.filter((write) => !restored.has(write.requestId));
  assert.deepEqual(missing, [], `${acknowledged.length} writes acknowledged before the backup`);

  const server = await serve(['--database', fresh], { cwd: dir });
  try {
    assert.equal((await signIn(server.url, PEOPLE[0])).status, 303, 'the restored database serves');
  } finally {
    await server.stop();
  }
});

test('PostgreSQL: a restore over a database that holds data needs --force', async () => {
  const url = freshCluster;  // restored by the test above
  const backupFile = path.join(dir, 'practica.dump');
  const refused = await practica('restore', '--database', url, '--from', backupFile).catch((e) => e);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /already holds \d+ tables, which the restore would replace.*--force/);

  await psql(url, "DELETE FROM audit_log WHERE action = 'account.sign_in'");
  await practica('restore', '--database', url, '--from', backupFile, '--force');
  assert.ok((await requestIdsIn(url)).size > 3, 'the forced restore put the sign-ins back');
});

test('SQLite: a backup taken under writes restores to a new file with every write acknowledged before it', async () => {
  const live = path.join(dir, 'live.db');
  await practica('demo', '--database', live);
  const backupFile = path.join(dir, 'backup.db');

  const acknowledged = await backUpUnderWrites(live, backupFile);

  const restoredFile = path.join(dir, 'restored.db');
  await practica('restore', '--database', restoredFile, '--from', backupFile);
  const { stdout } = await exec('sqlite3', [restoredFile,
    "SELECT request_id FROM audit_log WHERE action = 'account.sign_in'"]);
  const restored = new Set(stdout.trim().split('\n'));
  const missing = acknowledged.filter((write) => !restored.has(write.requestId));
  assert.deepEqual(missing, [], `${acknowledged.length} writes acknowledged before the backup`);

  const refused = await practica('restore', '--database', live, '--from', backupFile).catch((e) => e);
  assert.equal(refused.code, 1, 'the live database is not replaced without --force');
  assert.match(refused.stderr, /already exists and would be replaced.*--force/);
});
