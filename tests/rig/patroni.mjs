// A PostgreSQL 15 primary with a synchronous replica, kept by Patroni with etcd as its consensus
// store, behind HAProxy, all on loopback, for the failover test (tests/rig/failover.test.mjs).
//
//   const cluster = await startCluster();     // etcd, two Patroni nodes, HAProxy; a leader elected
//   cluster.url                               // postgresql://practica:...@127.0.0.1:HAPROXY/practica
//   const old = await cluster.killPrimary();  // SIGKILL its Patroni and every PostgreSQL process
//   cluster.restart(old);                     // its Patroni again: it rejoins as the standby
//   await cluster.stop();                     // everything stopped, the temporary folder removed
//
// Only Debian's packages: etcd-server (3.4), patroni (3.0), haproxy (2.6) and postgresql-15.
// Each call gets its own temporary directory, free ports and a Patroni scope of its own, so runs
// never meet each other or a cluster the machine runs as a service.
//
// Patroni starts PostgreSQL, which refuses to run as root: under root, Patroni runs as the
// `postgres` system user that Debian's postgresql-15 package creates. Every process is started
// through setpriv with a parent-death signal, so a test runner killed with SIGKILL takes etcd,
// Patroni and HAProxy with it. When this process exits any other way (the end, an uncaught
// error, SIGINT, SIGTERM), an exit hook also kills the PostgreSQL servers, found from their
// postmaster.pid, and removes the temporary directory.
import { spawn, execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { freePort } from './server.mjs';

const exec = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const PATRONI = process.env.PATRONI_BIN ?? '/usr/bin/patroni';
export const ETCD = process.env.ETCD_BIN ?? '/usr/bin/etcd';
export const HAPROXY = process.env.HAPROXY_BIN ?? '/usr/sbin/haproxy';
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const SETPRIV = '/usr/bin/setpriv';

// Loopback only, and gone with the temporary directory; still, not the demo's password.
const PASSWORDS = { practica: 'practica-rig', superuser: 'postgres-rig', replication: 'replicator-rig', rewind: 'rewinder-rig' };
export const DATABASE = 'practica';

// How quickly Patroni acts. The leader renews its key every loop_wait seconds; a key not renewed
// for ttl seconds lapses, and the synchronous standby takes it. Patroni wants
// loop_wait + 2 x retry_timeout <= ttl, so that a leader which cannot reach etcd for a while
// demotes itself before its key can lapse and another node be promoted.
export const TIMING = { ttl: 10, loop_wait: 2, retry_timeout: 4 };

/** The tools this rig needs that are not installed (names of the Debian packages with them). */
export function missingTools() {
  const needed = [[ETCD, 'etcd-server'], [PATRONI, 'patroni'], [HAPROXY, 'haproxy'],
    [`${PG_BIN}/postgres`, 'postgresql-15'], ['/usr/bin/psql', 'postgresql-client-15'], [SETPRIV, 'util-linux']];
  return needed.filter(([file]) => !existsSync(file)).map(([file, pkg]) => `${file} (${pkg})`);
}

/** uid and gid of `postgres` when we are root (PostgreSQL's rule), else null: run as ourselves. */
function serverUser() {
  if (process.getuid() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('there is no postgres user to run PostgreSQL as: install postgresql-15 (make deps does it)');
  const [, , uid, gid, , home] = line.split(':');
  return { uid: Number(uid), gid: Number(gid), home };
}

// Every process started here, so that an exit of any kind stops them (see the top).
const started = new Set();
const dataDirs = new Set();
let exitHookInstalled = false;

/** True while `pid` runs: a process killed but not yet reaped (a zombie) does not. */
function alive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch { return false; }
}

/** The PostgreSQL processes of a data directory: the postmaster and its children. */
function postgresPids(data) {
  let postmaster;
  try {
    postmaster = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch { return []; }
  if (!postmaster) return [];
  const pids = [postmaster];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/PID/stat is the parent; the name (field 2) may hold spaces, in parens.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) === postmaster && state !== 'Z') pids.push(Number(entry));
    } catch { /* gone meanwhile */ }
  }
  return pids.filter(alive);
}

function killAll(pids, signal) {
  for (const pid of pids) {
    try { process.kill(pid, signal); } catch { /* already gone */ }
  }
}

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Synchronous, and it must not throw: other exit hooks (the Practica servers') run after it.
  process.on('exit', () => {
    for (const child of started) if (!child.exited) child.process.kill('SIGKILL');
    for (const data of dataDirs) killAll(postgresPids(data), 'SIGKILL');
    // A test that ended without stop(): nothing else would remove the folder.
    for (const dir of new Set([...dataDirs].map((data) => path.dirname(path.dirname(data))))) {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      } catch { /* a process still writing; the folder is in the system's temporary directory */ }
    }
  });
  // A plain kill or Ctrl-C would end the process without its exit hooks: run them.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
}

/**
 * Starts `command` (through setpriv: as `user` when given, and killed if we die). Keeps the last
 * 64 KiB of its output. Resolves at once to { process, pid, output(), exited, gone, name }.
 */
function launch(name, command, args, { user, cwd, env = {} } = {}) {
  const privileges = user
    ? ['--reuid', String(user.uid), '--regid', String(user.gid), '--init-groups']
    : [];
  const child = spawn(SETPRIV, [...privileges, '--pdeathsig', 'KILL', '--', command, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(user ? { HOME: user.home, USER: 'postgres', LOGNAME: 'postgres' } : {}), ...env },
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-65536);
    if (process.env.PRACTICA_RIG_LOG) process.stderr.write(`[${name}] ${chunk}`);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const handle = { name, process: child, pid: child.pid, output: () => output, exited: false };
  handle.gone = new Promise((resolve) => {
    child.on('exit', (code, signal) => { handle.exited = true; handle.exit = { code, signal }; started.delete(handle); resolve(); });
    child.on('error', (error) => { handle.exited = true; handle.exit = { error }; started.delete(handle); resolve(); });
  });
  started.add(handle);
  return handle;
}

/** GET on a Patroni REST API or etcd; { status, body } or { status: 0 } when nothing answers. */
async function get(url) {
  try {
    const reply = await fetch(url, { signal: AbortSignal.timeout(1_500) });
    return { status: reply.status, body: await reply.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

/** Polls `check` every 100 ms until it returns something truthy; throws `what` after `ms`. */
async function until(what, ms, check, context = () => '') {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await sleep(100);
  }
  throw new Error(`${what} within ${ms / 1000} s\n${context()}`);
}

function etcdArgs(dir, client, peer) {
  return ['--name', 'rig', '--data-dir', path.join(dir, 'etcd'),
    '--listen-client-urls', `http://127.0.0.1:${client}`, '--advertise-client-urls', `http://127.0.0.1:${client}`,
    '--listen-peer-urls', `http://127.0.0.1:${peer}`, '--initial-advertise-peer-urls', `http://127.0.0.1:${peer}`,
    '--initial-cluster', `rig=http://127.0.0.1:${peer}`, '--initial-cluster-state', 'new',
    '--initial-cluster-token', path.basename(dir), '--logger', 'zap', '--log-outputs', 'stderr'];
}

// One Patroni node's configuration. Both nodes share `bootstrap` (only the first to take the
// leader key uses it, and writes `dcs` to etcd as the cluster's configuration); the second
// clones the first with pg_basebackup and follows it.
function patroniConfig({ dir, scope, name, etcdPort, restPort, pgPort }) {
  const home = path.join(dir, name);
  return `scope: ${scope}
namespace: /practica-rig/
name: ${name}
log:
  level: INFO
restapi:
  listen: 127.0.0.1:${restPort}
  connect_address: 127.0.0.1:${restPort}
etcd3:
  hosts: 127.0.0.1:${etcdPort}
bootstrap:
  dcs:
    ttl: ${TIMING.ttl}
    loop_wait: ${TIMING.loop_wait}
    retry_timeout: ${TIMING.retry_timeout}
    maximum_lag_on_failover: 1048576
    # A commit is acknowledged only once the synchronous standby has it, and only that standby
    # may be promoted: no acknowledged write is lost when the primary fails.
    synchronous_mode: true
    postgresql:
      # A primary killed mid-write may hold WAL its successor never got: started again, it is
      # rewound to where the two parted (pg_rewind; Patroni sets wal_log_hints) and follows.
      use_pg_rewind: true
      use_slots: true
      parameters:
        max_connections: 100
        # Test data: no fsync. synchronous_commit stays on, so that a commit still waits until
        # the standby has written it: what the test is about.
        fsync: 'off'
        synchronous_commit: 'on'
        wal_keep_size: 128MB
  initdb:
  - encoding: UTF8
  - locale: C
  pg_hba:
  - local all all scram-sha-256
  - host replication replicator 127.0.0.1/32 scram-sha-256
  - host all all 127.0.0.1/32 scram-sha-256
  # Practica's role and database, made once on the first primary; replicas copy them.
  post_bootstrap: ${path.join(dir, 'post_bootstrap.sh')}
postgresql:
  listen: 127.0.0.1:${pgPort}
  connect_address: 127.0.0.1:${pgPort}
  data_dir: ${path.join(home, 'pgdata')}
  bin_dir: ${PG_BIN}
  pgpass: ${path.join(home, 'pgpass')}
  # The clone asks the primary for an immediate checkpoint rather than waiting for the next one
  # (checkpoint_timeout, five minutes).
  basebackup:
  - checkpoint: fast
  authentication:
    superuser:
      username: postgres
      password: ${PASSWORDS.superuser}
    replication:
      username: replicator
      password: ${PASSWORDS.replication}
    rewind:
      username: rewinder
      password: ${PASSWORDS.rewind}
  parameters:
    unix_socket_directories: ${home}
`;
}

// Patroni runs it once the first primary is up, with that server's URL as its argument.
const postBootstrap = `#!/bin/sh
set -e
psql "$1" -X -q -v ON_ERROR_STOP=1 \\
  -c "CREATE ROLE practica LOGIN PASSWORD '${PASSWORDS.practica}'" \\
  -c "CREATE DATABASE ${DATABASE} OWNER practica ENCODING 'UTF8'"
`;

// HAProxy: a TCP listener that sends each connection to the one node whose Patroni REST API
// answers 200 to OPTIONS /primary, checked every second; two failed checks mark a node down and
// cut its connections (on-marked-down shutdown-sessions), one good check marks it up. A stats
// page (CSV) lets the test see what HAProxy sees.
function haproxyConfig({ port, statsPort, nodes }) {
  const servers = nodes.map((n) => `  server ${n.name} 127.0.0.1:${n.pgPort} maxconn 100 check port ${n.restPort}`);
  return `global
  maxconn 200

defaults
  mode tcp
  retries 2
  timeout connect 2s
  timeout client 30m
  timeout server 30m
  timeout check 2s

listen stats
  mode http
  bind 127.0.0.1:${statsPort}
  stats enable
  stats uri /

listen postgres
  bind 127.0.0.1:${port}
  option httpchk OPTIONS /primary
  http-check expect status 200
  default-server inter 1s fall 2 rise 1 on-marked-down shutdown-sessions
${servers.join('\n')}
`;
}

/**
 * Starts etcd, two Patroni nodes and HAProxy; resolves once one node is the primary, the other
 * its synchronous standby, and HAProxy sends connections to the primary alone. Resolves to
 * { url, dir, nodes, superuserUrl(node), primary(), answers(node, check), status(node),
 *   haproxyStates(), haproxyOnlyTo(node), killPrimary(), restart(node), output(), stop() }.
 */
export async function startCluster() {
  installExitHook();
  const user = serverUser();
  const dir = await mkdtemp(path.join(tmpdir(), 'practica-patroni-'));
  await chmod(dir, 0o755);  // the postgres user must reach the nodes' folders
  const scope = `practica-${path.basename(dir).slice(-6)}-${randomBytes(3).toString('hex')}`;
  const processes = [];
  const ports = {};
  for (const key of ['etcdClient', 'etcdPeer', 'haproxy', 'stats', 'rest1', 'rest2', 'pg1', 'pg2']) {
    ports[key] = await freePort();
  }
  const nodes = [1, 2].map((i) => ({
    name: `node${i}`, restPort: ports[`rest${i}`], pgPort: ports[`pg${i}`],
    dir: path.join(dir, `node${i}`), data: path.join(dir, `node${i}`, 'pgdata'),
  }));
  const start = (node) => {
    node.patroni = launch(node.name, PATRONI, [node.config], { user, cwd: node.dir });
    processes.push(node.patroni);
  };
  const describe = () => processes.map((p) => `--- ${p.name} (${p.exited ? `exited ${JSON.stringify(p.exit)}` : 'running'}) ---\n` +
    p.output().split('\n').slice(-25).join('\n')).join('\n');

  const cluster = {
    dir, scope, nodes,
    url: `postgresql://practica:${PASSWORDS.practica}@127.0.0.1:${ports.haproxy}/${DATABASE}`,
    haproxyPort: ports.haproxy,
    /** A superuser URL straight to `node`'s PostgreSQL, past HAProxy. */
    superuserUrl: (node, database = DATABASE) =>
      `postgresql://postgres:${PASSWORDS.superuser}@127.0.0.1:${node.pgPort}/${database}`,
    /** The node whose REST API answers 200 to /primary, or null. */
    async primary() {
      for (const node of nodes) {
        if ((await get(`http://127.0.0.1:${node.restPort}/primary`)).status === 200) return node;
      }
      return null;
    },
    /** True when `node`'s Patroni answers `path` (/primary, /sync, /replica, /health) with 200. */
    async answers(node, check) {
      return (await get(`http://127.0.0.1:${node.restPort}${check}`)).status === 200;
    },
    /** Patroni's view of `node` (GET /patroni): role, state, timeline... or null. */
    async status(node) {
      const reply = await get(`http://127.0.0.1:${node.restPort}/patroni`);
      return reply.status ? JSON.parse(reply.body) : null;
    },
    /**
     * What HAProxy's postgres listener thinks of each node: { node1: 'UP', node2: 'DOWN' }. A
     * node going down after one failed check is 'UP 1/2', and still gets connections.
     */
    async haproxyStates() {
      const reply = await get(`http://127.0.0.1:${ports.stats}/;csv`);
      return Object.fromEntries(reply.body.split('\n').map((line) => line.split(','))
        .filter((f) => f[0] === 'postgres' && f[1]?.startsWith('node')).map((f) => [f[1], f[17]]));
    },
    /** True when HAProxy sends connections to `node` alone. */
    async haproxyOnlyTo(node) {
      const states = await cluster.haproxyStates();
      return nodes.every((n) => (n === node ? states[n.name] === 'UP' : states[n.name] === 'DOWN'));
    },
    /**
     * Takes the primary away as a crashed machine would: SIGKILL to its Patroni and to every
     * PostgreSQL process at once, so nothing is shut down cleanly, nothing demotes itself, and
     * the leader key in etcd lapses only after ttl. Resolves to the node killed.
     */
    async killPrimary() {
      const node = await cluster.primary();
      if (!node) throw new Error('no node is primary');
      const victims = [node.patroni.pid, ...postgresPids(node.data)];
      killAll(victims, 'SIGKILL');
      await node.patroni.gone;
      await until(`${node.name}'s processes did not die`, 5_000, () => !victims.some(alive));
      return node;
    },
    /** Starts `node`'s Patroni again (after killPrimary): it rejoins as a replica. */
    restart(node) {
      if (node.patroni && !node.patroni.exited) throw new Error(`${node.name}'s Patroni is running`);
      start(node);
    },
    output: describe,
    async stop() {
      const haproxy = processes.find((p) => p.name === 'haproxy');
      haproxy?.process.kill('SIGKILL');
      // Patroni would stop PostgreSQL cleanly, and meanwhile the other node might take over;
      // for test data an immediate stop (SIGQUIT) of each postmaster is what is wanted.
      for (const node of nodes) node.patroni?.process.kill('SIGKILL');
      for (const node of nodes) killAll(postgresPids(node.data).slice(0, 1), 'SIGQUIT');
      for (const node of nodes) {
        await until(`${node.name}'s PostgreSQL did not stop`, 10_000, () => postgresPids(node.data).length === 0)
          .catch(() => killAll(postgresPids(node.data), 'SIGKILL'));
        dataDirs.delete(node.data);
      }
      for (const p of processes) if (!p.exited) p.process.kill('SIGTERM');
      await Promise.all(processes.map((p) => Promise.race([p.gone, sleep(5_000)])));
      for (const p of processes) if (!p.exited) p.process.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };

  try {
    // etcd: one member is enough on one machine; a real cluster runs three (see the README).
    const etcd = launch('etcd', ETCD, etcdArgs(dir, ports.etcdClient, ports.etcdPeer), { cwd: dir });
    processes.push(etcd);
    await until('etcd did not answer /health', 20_000, async () => {
      if (etcd.exited) throw new Error(`etcd exited:\n${describe()}`);
      return (await get(`http://127.0.0.1:${ports.etcdClient}/health`)).body.includes('true');
    }, describe);

    await writeFile(path.join(dir, 'post_bootstrap.sh'), postBootstrap, { mode: 0o755 });
    for (const node of nodes) {
      await mkdir(node.dir, { mode: 0o700 });
      const config = path.join(node.dir, 'patroni.yml');
      await writeFile(config, patroniConfig({ dir, scope, name: node.name, etcdPort: ports.etcdClient,
        restPort: node.restPort, pgPort: node.pgPort }), { mode: 0o600 });
      if (user) {
        await chown(node.dir, user.uid, user.gid);
        await chown(config, user.uid, user.gid);
      }
      node.config = config;
      dataDirs.add(node.data);
    }
    // The first node bootstraps (initdb) alone; the second starts once there is a primary to
    // clone, rather than racing it for the leader key.
    start(nodes[0]);
    await until('no Patroni node became primary', 60_000, async () => {
      if (nodes[0].patroni.exited) throw new Error(`patroni ${nodes[0].name} exited:\n${describe()}`);
      return cluster.answers(nodes[0], '/primary');
    }, describe);
    start(nodes[1]);
    // Until the standby is synchronous, a commit does not wait for it and failover could lose it.
    await until('the second node did not become the synchronous standby', 60_000, async () => {
      if (nodes[1].patroni.exited) throw new Error(`patroni ${nodes[1].name} exited:\n${describe()}`);
      return cluster.answers(nodes[1], '/sync');
    }, describe);

    const haproxyConfigFile = path.join(dir, 'haproxy.cfg');
    await writeFile(haproxyConfigFile, haproxyConfig({ port: ports.haproxy, statsPort: ports.stats, nodes }));
    // -db: stay in the foreground, as a child of this process.
    const haproxy = launch('haproxy', HAPROXY, ['-db', '-f', haproxyConfigFile], { cwd: dir });
    processes.push(haproxy);
    // HAProxy starts with every server up, and takes `fall` failed checks to mark the standby
    // down: until then it sends it connections, which could not write.
    await until('HAProxy did not send connections to the primary alone', 20_000, async () => {
      if (haproxy.exited) throw new Error(`haproxy exited:\n${describe()}`);
      return cluster.haproxyOnlyTo(nodes[0]);
    }, describe);
    return cluster;
  } catch (error) {
    await cluster.stop().catch(() => {});
    throw error;
  }
}

/** psql -c `sql` against `url`; the output, trimmed. */
export async function psql(url, sql) {
  const { stdout } = await exec('psql', [url, '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
  return stdout.trim();
}
