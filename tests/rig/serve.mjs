// `practica serve` with the given flags for the rig tests that choose their own databases
// (tests/rig/replica.test.mjs, tests/rig/restore.test.mjs). Resolves once /readyz answers 200,
// to { url, child, output(), exited, gone, stop() }.
import { spawn } from 'node:child_process';
import { freePort, practicaBinary } from './server.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function serve(args, { cwd, env = {} } = {}) {
  const port = await freePort();
  const child = spawn(practicaBinary(), ['serve', ...args, '--address', '127.0.0.1', '--port', String(port)], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PRACTICA_ACCESS_LOG: 'false', PRACTICA_JOBS_ENABLED: 'false', ...env },
  });
  let output = '';
  child.stderr.on('data', (chunk) => { output += chunk.toString(); });
  const server = { url: `http://127.0.0.1:${port}`, child, output: () => output, exited: false };
  server.gone = new Promise((resolve) => child.on('exit', () => { server.exited = true; resolve(); }));
  server.stop = async () => {
    if (!server.exited) child.kill('SIGTERM');
    await server.gone;
  };
  process.on('exit', () => { if (!server.exited) child.kill('SIGKILL'); });
  for (let i = 0; ; i++) {
    if (server.exited) throw new Error(`practica serve exited:\n${output}`);
    try {
      const reply = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await reply.arrayBuffer();
      if (reply.status === 200) return server;
    } catch { /* starting */ }
    if (i > 200) throw new Error(`practica serve not ready after 20 s:\n${output}`);
    await sleep(100);
  }
}

/**
 * Signs `email` in with the demo password; resolves to { status, cookies, requestId } where
 * cookies maps each cookie the reply set to its value. A sign-in is a write (a session and an
 * audit entry naming the request id).
 */
export async function signIn(url, email, password = 'practitioner-demo') {
  const form = await fetch(`${url}/sign-in`);
  await form.arrayBuffer();
  const formCookie = form.headers.getSetCookie().find((c) => c.startsWith('practica_form=')) ?? '';
  const token = formCookie.slice(formCookie.indexOf('=') + 1, formCookie.indexOf(';'));
  const reply = await fetch(`${url}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `practica_form=${token}` },
    body: new URLSearchParams({ csrf_token: token, email, password, next: '/home' }),
  });
  await reply.arrayBuffer();
  const cookies = Object.fromEntries(reply.headers.getSetCookie()
    .map((c) => c.slice(0, c.indexOf(';')).split('=')));
  return { status: reply.status, cookies, requestId: reply.headers.get('x-request-id') };
}

export const cookieHeader = (cookies) => Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');
