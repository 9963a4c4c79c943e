// Starts the practica binary on the demo data for the Node tests (tests/browser, tests/api).
//
//   const server = await startDemoServer();   // PRACTICA_BIN, or build/practica
//   await fetch(`${server.url}/readyz`);
//   await server.stop();
//
// Each call gets its own temporary directory, database and port. The server's output is kept
// (the last 256 KiB) and shown when it fails to start; set PRACTICA_SERVER_LOG=1 to also copy
// it to stderr as it comes.
import { spawn, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const READY_TIMEOUT_MS = 20_000;
const DEMO_TIMEOUT_MS = 120_000;
const OUTPUT_LIMIT = 256 * 1024;

/** The binary under test: $PRACTICA_BIN, else build/practica in the repository. */
export function practicaBinary() {
  const bin = process.env.PRACTICA_BIN
    ? path.resolve(process.env.PRACTICA_BIN)
    : path.join(repoRoot, 'build', 'practica');
  if (!existsSync(bin)) {
    throw new Error(
      `practica binary not found at ${bin}: build it (cmake --build build) or set PRACTICA_BIN`,
    );
  }
  return bin;
}

/** A TCP port on 127.0.0.1 that nothing listened on a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function run(bin, args, options) {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: DEMO_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, ...options },
      (error, stdout, stderr) => {
        if (error) {
          error.message = `${bin} ${args.join(' ')} failed: ${error.message}\n` +
            `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;
          reject(error);
        } else {
          resolve({ stdout, stderr });
        }
      });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Servers still running when the process exits (a crashed test) are killed with it.
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Loads the demo data into a fresh SQLite database and serves it on 127.0.0.1.
 * Resolves to { url, port, dir, database, output(), stop() }.
 *
 * `extraArgs` is a list of flags for `practica serve`, or a function of { port, url } that
 * returns them (for flags that name the server's own address, such as --public-url).
 * `port` serves on that port (one attempt) instead of a free one picked here; a test that must
 * tell another process the server's address before it starts (an OpenID provider's redirect URI)
 * picks it with freePort() first.
 * `prepare(database)` runs once the demo is loaded and before the server starts, for a test
 * that needs the data in another state than the demo's (the SQLite file's path is given).
 */
export async function startDemoServer({ bin = practicaBinary(), extraArgs = [], port, prepare } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'practica-test-'));
  const database = path.join(dir, 'demo.db');
  try {
    await run(bin, ['demo', '--database', database], { cwd: dir });
    if (prepare) await prepare(database);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  let lastError;
  const attempts = port === undefined ? 3 : 1;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const chosen = port ?? await freePort();
    const flags = typeof extraArgs === 'function'
      ? extraArgs({ port: chosen, url: `http://127.0.0.1:${chosen}` })
      : extraArgs;
    try {
      return await serve({ bin, dir, database, port: chosen, extraArgs: flags });
    } catch (error) {
      lastError = error;
      // Another process may have taken the port between the probe and the bind: try another.
      if (!error.exitedEarly || attempt === attempts) break;
    }
  }
  await rm(dir, { recursive: true, force: true });
  throw lastError;
}

async function serve({ bin, dir, database, port, extraArgs }) {
  const args = ['serve', '--database', database, '--port', String(port), '--address', '127.0.0.1',
    ...extraArgs];
  const child = spawn(bin, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);

  let output = '';
  const keep = (chunk) => {
    output += chunk.toString();
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
    if (process.env.PRACTICA_SERVER_LOG) process.stderr.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let exit = null;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      running.delete(child);
      resolve(exit);
    });
    child.on('error', (error) => {
      exit = { code: null, signal: null, error };
      running.delete(child);
      resolve(exit);
    });
  });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastStatus = 'no answer';
  while (true) {
    if (exit) {
      const error = new Error(
        `${bin} ${args.join(' ')} exited before it was ready ` +
        `(code ${exit.code}, signal ${exit.signal}${exit.error ? `, ${exit.error.message}` : ''})` +
        `\n--- server output ---\n${output}`);
      error.exitedEarly = true;
      throw error;
    }
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
      lastStatus = `status ${response.status}`;
    } catch (error) {
      lastStatus = error.cause?.code ?? error.message;
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`${url}/readyz did not answer 200 within ${READY_TIMEOUT_MS / 1000} s ` +
        `(last: ${lastStatus})\n--- server output ---\n${output}`);
    }
    await sleep(100);
  }

  let stopped = null;
  return {
    url,
    port,
    dir,
    database,
    output: () => output,
    /** SIGTERM, then SIGKILL after 10 s; removes the temporary directory. Resolves to the exit. */
    stop() {
      stopped ??= (async () => {
        if (!exit) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timer);
        }
        await rm(dir, { recursive: true, force: true });
        return exit;
      })();
      return stopped;
    },
  };
}
