// A real SMTP server for the tests: keeps every message it receives as one JSON file.
//
//   node tests/rig/smtp-server.mjs --port 0 --dir /tmp/mailbox [--exit-on-stdin-end]
//
// Listens on 127.0.0.1 (port 0 picks a free one), without AUTH or STARTTLS, and prints
// `listening PORT` on stdout once it accepts connections. Each message becomes
// DIR/<epoch ms>-<counter>.json with {from, to: [...], subject, text, raw, headers, from_header,
// to_header}: from and to are the envelope (MAIL FROM, RCPT TO); subject, text, from_header and
// to_header as a mail client decodes them; raw the message as received (dot-stuffing undone);
// headers each name (lower case) with its raw values, folding undone.
// The file is written under a temporary name and renamed before the server answers the DATA
// command, so once the sender has its 250 reply the file is there, whole.
//
// Like a real server it refuses some recipients: RCPT TO an address in the reserved .invalid
// domain (RFC 2606), such as nobody@school.invalid, gets 550.
//
// SIGTERM or SIGINT closes the server and exits 0. With --exit-on-stdin-end it also exits when
// its standard input closes, so a test process that dies leaves no server behind.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    dir: { type: 'string' },
    'exit-on-stdin-end': { type: 'boolean', default: false },
  },
});
if (!values.dir) {
  console.error('usage: node tests/rig/smtp-server.mjs --port PORT --dir DIR');
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535; got "${values.port}"`);
  process.exit(2);
}
const dir = path.resolve(values.dir);
await mkdir(dir, { recursive: true });

let counter = 0;

// An address header as a mail client shows it: "Name <address>", names decoded, comma-separated.
function shown(header) {
  const groups = header ? [header].flat() : [];
  return groups
    .flatMap((group) => group.value)
    .map((mailbox) => (mailbox.name ? `${mailbox.name} <${mailbox.address}>` : mailbox.address))
    .join(', ');
}

async function keep(session, raw) {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextLinks: true });
  const headers = {};
  for (const line of parsed.headerLines) {
    // The raw header line unfolded, value only: what the sender wrote, not mailparser's reading.
    const value = line.line.slice(line.line.indexOf(':') + 1).replace(/\r?\n[ \t]/g, ' ').trim();
    (headers[line.key] ??= []).push(value);
  }
  const mail = {
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    raw: raw.toString('utf8'),
    headers,
    from_header: shown(parsed.from),
    to_header: shown(parsed.to),
  };
  counter += 1;
  const name = `${Date.now()}-${String(counter).padStart(6, '0')}.json`;
  const temporary = path.join(dir, `.${name}.tmp`);
  await writeFile(temporary, JSON.stringify(mail, null, 2));
  await rename(temporary, path.join(dir, name));
}

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  banner: 'Practica test SMTP server',
  size: 10 * 1024 * 1024,
  onRcptTo(address, session, callback) {
    if (/\.invalid$/i.test(address.address)) {
      const error = new Error(`No such user here: ${address.address}`);
      error.responseCode = 550;
      callback(error);
      return;
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', callback);
    stream.on('end', () => {
      if (stream.sizeExceeded) {
        const error = new Error('Message exceeds the 10 MiB limit of the test server');
        error.responseCode = 552;
        callback(error);
        return;
      }
      keep(session, Buffer.concat(chunks)).then(() => callback(), (error) => {
        console.error(`smtp-server: could not keep a message: ${error.stack ?? error}`);
        callback(error);
      });
    });
  },
});

server.on('error', (error) => console.error(`smtp-server: ${error.message}`));

function stop() {
  server.close(() => process.exit(0));
  // Clients left connected must not keep the process alive.
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (values['exit-on-stdin-end']) {
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
}

server.server.once('error', (error) => {
  console.error(`smtp-server: cannot listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.server.address().port}\n`);
});
