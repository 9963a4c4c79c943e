// The JSON API against its own description.
//
//   PRACTICA_BIN=build/practica node --test tests/api/
//
// Starts the server on the demo data, checks that /api/v1/openapi.json is a valid OpenAPI 3.1
// document, that every documented GET without path parameters answers the documented 200 with
// JSON matching the documented schema, and that errors have the API's error shape.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';

import { startDemoServer } from '../rig/server.mjs';

const SPEC_PATH = '/api/v1/openapi.json';
const SPEC_ID = 'urn:practica:openapi.json';
const TEST = { timeout: 60_000 };

let server;
let spec;
let ajv;

before(async () => {
  server = await startDemoServer();
});

after(async () => {
  await server?.stop();
});

async function get(pathAndQuery) {
  const response = await fetch(new URL(pathAndQuery, server.url), {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', text, json };
}

const show = (text) => (text.length > 2000 ? `${text.slice(0, 2000)}...` : text);

function assertJson(response, what) {
  assert.match(response.type, /^application\/json\b/i,
    `${what}: content-type is "${response.type}", expected application/json`);
  assert.notEqual(response.json, undefined, `${what}: body is not JSON: ${show(response.text)}`);
}

// {"error":{"code","message","field"}}; field names the input at fault, when there is one.
function assertError(response, what, status, code, field) {
  assert.equal(response.status, status, `${what}: status (body: ${show(response.text)})`);
  assertJson(response, what);
  const error = response.json?.error;
  assert.equal(typeof error, 'object', `${what}: body has an "error" object: ${show(response.text)}`);
  assert.equal(error.code, code, `${what}: error.code`);
  assert.equal(typeof error.message, 'string', `${what}: error.message is a string`);
  assert.ok(error.message.length > 0, `${what}: error.message is not empty`);
  if (field === undefined) {
    assert.ok(error.field === undefined || error.field === null || typeof error.field === 'string',
      `${what}: error.field is absent, null or a string (got ${JSON.stringify(error.field)})`);
  } else {
    assert.equal(error.field, field, `${what}: error.field`);
  }
}

// Follows a local "#/..." $ref (parameters and responses may be references in 3.1).
function deref(node) {
  const seen = new Set();
  while (node && typeof node.$ref === 'string') {
    assert.ok(node.$ref.startsWith('#/'), `only local references are expected: ${node.$ref}`);
    assert.ok(!seen.has(node.$ref), `a cycle of references at ${node.$ref}`);
    seen.add(node.$ref);
    node = node.$ref.slice(2).split('/')
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at, part) => at?.[part], spec);
    assert.ok(node !== undefined, `a dangling reference: ${[...seen].at(-1)}`);
  }
  return node;
}

// A validator for the schema at a JSON pointer (given as parts) inside the OpenAPI document;
// its "#/components/..." references resolve within the document.
function schemaValidator(parts) {
  const pointer = parts
    .map((part) => encodeURIComponent(String(part).replace(/~/g, '~0').replace(/\//g, '~1')))
    .join('/');
  const ref = `${SPEC_ID}#/${pointer}`;
  if (!compiled.has(ref)) compiled.set(ref, ajv.compile({ $ref: ref }));
  return compiled.get(ref);
}
const compiled = new Map();

// The path a documented route is served at: the first server's path, if any, comes first.
function servedAt(route) {
  const server = spec.servers?.[0]?.url;
  if (!server) return route;
  const prefix = new URL(server, 'http://placeholder').pathname.replace(/\/+$/, '');
  return route.startsWith(`${prefix}/`) ? route : `${prefix}${route}`;
}

function assertMatchesSchema(validate, body, what) {
  if (!validate(body)) {
    const errors = validate.errors.slice(0, 10)
      .map((e) => `  ${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
    assert.fail(`${what}: the body does not match the documented schema:\n${errors.join('\n')}` +
      `\nbody: ${show(JSON.stringify(body))}`);
  }
}

// Where a response object lives: its own place, or the component it references.
function responseLocation(operationParts, status) {
  const parts = [...operationParts, 'responses', String(status)];
  let node = parts.reduce((at, part) => at?.[part], spec);
  let location = parts;
  while (node && typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
    location = node.$ref.slice(2).split('/')
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
    node = location.reduce((at, part) => at?.[part], spec);
  }
  return { node, location };
}

test(`${SPEC_PATH} is a valid OpenAPI 3.1 document`, TEST, async () => {
  const response = await get(SPEC_PATH);
  assert.equal(response.status, 200, `GET ${SPEC_PATH} status (body: ${show(response.text)})`);
  assertJson(response, `GET ${SPEC_PATH}`);
  spec = response.json;

  assert.match(String(spec.openapi), /^3\.1\.\d+$/, 'the "openapi" field says 3.1.x');
  const validator = new Validator();
  const result = await validator.validate(structuredClone(spec));
  assert.ok(result.valid,
    `the document does not validate as OpenAPI:\n${JSON.stringify(result.errors, null, 2)}`);
  assert.equal(validator.version, '3.1', 'the validator read it as OpenAPI 3.1');

  ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(spec, SPEC_ID);
});

test('every public documented GET without path parameters answers its documented 200', TEST,
  async (t) => {
    assert.ok(spec, `${SPEC_PATH} could not be read; see the test above`);
    const tested = [];
    for (const [route, item] of Object.entries(spec.paths ?? {})) {
      if (route.includes('{') || !item.get) continue;
      // Operations that need a signed-in person are checked by the C++ authorization tests;
      // here a visitor must be told to sign in, in the documented error shape.
      if ((item.get.security ?? []).length > 0) {
        const refused = await get(servedAt(route));
        assert.equal(refused.status, 401, `GET ${route} without credentials`);
        assert.equal(refused.json?.error?.code, 'unauthenticated', `GET ${route} error code`);
        tested.push(`${route} (401)`);
        continue;
      }
      const operationParts = ['paths', route, 'get'];
      const parameters = [...(item.parameters ?? []), ...(item.get.parameters ?? [])].map(deref);
      const required = parameters.filter((p) => p.required);
      if (required.length > 0) {
        t.diagnostic(`skipped GET ${route}: it requires ${required.map((p) => p.name).join(', ')}`);
        continue;
      }
      const url = servedAt(route);
      await t.test(`GET ${url}`, async () => {
        const { node: documented, location } = responseLocation(operationParts, 200);
        assert.ok(documented, `GET ${route} documents no 200 response`);
        assert.ok(documented.content?.['application/json'],
          `GET ${route} documents its 200 response without application/json content ` +
          `(it has: ${Object.keys(documented.content ?? {}).join(', ') || 'none'})`);

        const response = await get(url);
        assert.equal(response.status, 200,
          `GET ${url} status (body: ${show(response.text)})`);
        assertJson(response, `GET ${url}`);
        if (documented.content['application/json'].schema !== undefined) {
          const validate = schemaValidator([...location, 'content', 'application/json', 'schema']);
          assertMatchesSchema(validate, response.json, `GET ${url}`);
        }
      });
      tested.push(url);
    }
    t.diagnostic(`tested: ${tested.join(', ')}`);
    assert.ok(tested.includes('/api/v1/schools'),
      `/api/v1/schools is documented and tested (tested: ${tested.join(', ') || 'none'})`);
  });

test('a malformed query parameter answers 422 invalid_input naming the field', TEST, async () => {
  const what = 'GET /api/v1/schools?limit=abc';
  const response = await get('/api/v1/schools?limit=abc');
  assertError(response, what, 422, 'invalid_input', 'limit');

  // When the description documents the 422, the body must match what it says.
  if (spec) {
    const route = Object.keys(spec.paths ?? {}).find((r) => servedAt(r) === '/api/v1/schools');
    const { node, location } = route
      ? responseLocation(['paths', route, 'get'], 422) : { node: undefined, location: [] };
    if (node?.content?.['application/json']?.schema !== undefined) {
      const validate = schemaValidator([...location, 'content', 'application/json', 'schema']);
      assertMatchesSchema(validate, response.json, what);
    }
  }
});

test('an unknown API path answers 404 not_found in the same error shape', TEST, async () => {
  const response = await get('/api/v1/nope');
  assertError(response, 'GET /api/v1/nope', 404, 'not_found');
});
