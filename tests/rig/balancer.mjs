// Debian's nginx in front of several `practica serve` processes, for the scale-out tests.
//
//   const balancer = await startBalancer([port1, port2, port3]);
//   await fetch(`${balancer.url}/readyz`);
//   await balancer.stop();
//
// Round robin; a server that refuses a connection is passed over for 5 s (passive health
// checks); an idempotent request (GET, HEAD) that meets an error or a 502/503 is retried on
// the next server, a POST never is. Listens on 127.0.0.1 only; its files live in a temporary
// directory removed by stop().
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './server.mjs';

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function config(dir, port, upstreams) {
  const servers = upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${dir}/${kind};`);
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
${temp.join('\n')}
  upstream practica {
${servers.join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://practica;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_connect_timeout 1s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
    }
  }
}
`;
}

/** Starts nginx before the given ports; resolves to { url, port, stop() }. */
export async function startBalancer(upstreams) {
  if (!existsSync(NGINX)) {
    throw new Error(`${NGINX} not found: install nginx-light (make deps does it)`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'practica-nginx-'));
  // nginx's workers run as nobody when started by root: they must reach the temp folders.
  await chmod(dir, 0o755);
  for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    await mkdir(path.join(dir, kind), { mode: 0o777 });
    await chmod(path.join(dir, kind), 0o777);
  }
  const port = await freePort();
  await writeFile(path.join(dir, 'nginx.conf'), config(dir, port, upstreams));
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk) => { output += chunk.toString(); });
  let exited = false;
  const done = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));
  process.on('exit', () => { if (!exited) child.kill('SIGKILL'); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exited) throw new Error(`nginx exited at start:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch { /* not listening yet */ }
    if (i > 100) throw new Error(`nginx did not answer within 10 s:\n${output}`);
    await sleep(100);
  }
  return {
    url,
    port,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        await done;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
