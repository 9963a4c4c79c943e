// A real SMTP server (tests/rig/smtp-server.mjs) for a Node test, with its mailbox read back.
//
//   const mailbox = await startMailbox();
//   … start Practica with --smtp-url mailbox.url …
//   const [invitation] = await mailbox.messagesTo('ana@school.org');
//   await mailbox.stop();
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { repoRoot } from './server.mjs';

export async function startMailbox() {
  const dir = await mkdtemp(path.join(tmpdir(), 'practica-mailbox-'));
  const child = spawn(process.execPath,
    [path.join(repoRoot, 'tests', 'rig', 'smtp-server.mjs'), '--port', '0', '--dir', dir,
      '--exit-on-stdin-end'],
    { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      const match = /listening (\d+)/.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`the SMTP server exited with ${code} before listening`)));
  });

  async function messages() {
    const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
    return Promise.all(names.map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8'))));
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** Messages to `address`, waiting up to `timeoutMs` for at least one. */
    async messagesTo(address, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await messages()).filter((m) => m.to.includes(address));
        if (found.length > 0 || Date.now() > deadline) return found;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      child.stdin.end();
      child.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
