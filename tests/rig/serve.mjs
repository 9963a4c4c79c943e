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
 * Signs `email` in with the demo password through the form (a read), then its post (a write: a
 * session and an audit entry naming the request id). Resolves to { ok, status, step, cookies,
 * session, requestId, retryAfter }: `cookies` maps each cookie the reply set to its value,
 * `session` is the "practica_session=…" pair, `step` says which request answered `status`.
 * `timeoutMs` bounds each request (a rig that stops PostgreSQL under load sets it).
 */
export async function signIn(url, email, password = 'practitioner-demo', { timeoutMs } = {}) {
  const signal = () => (timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined);
  const form = await fetch(`${url}/sign-in`, { signal: signal() });
  await form.arrayBuffer();
  if (form.status !== 200) {
    return { ok: false, status: form.status, step: 'form', cookies: {}, retryAfter: form.headers.get('retry-after') };
  }
  const formCookie = form.headers.getSetCookie().find((c) => c.startsWith('practica_form=')) ?? '';
  const token = formCookie.slice(formCookie.indexOf('=') + 1, formCookie.indexOf(';'));
  const reply = await fetch(`${url}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `practica_form=${token}` },
    body: new URLSearchParams({ csrf_token: token, email, password, next: '/home' }),
    signal: signal(),
  });
  await reply.arrayBuffer();
  const cookies = Object.fromEntries(reply.headers.getSetCookie().map((c) => {
    const pair = c.slice(0, c.indexOf(';'));
    return [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
  }));
  const session = cookies.practica_session ? `practica_session=${cookies.practica_session}` : '';
  return {
    ok: reply.status === 303 && session !== '',
    status: reply.status,
    step: 'post',
    cookies,
    session,
    requestId: reply.headers.get('x-request-id'),
    retryAfter: reply.headers.get('retry-after'),
  };
}

export const cookieHeader = (cookies) => Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');
