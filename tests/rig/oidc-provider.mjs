// A real OpenID Connect provider on loopback for the sign-in tests (tests/auth/oidc/).
//
//   node tests/rig/oidc-provider.mjs --port 0 --client-id practica --client-secret s3cret \
//        --redirect-uri http://127.0.0.1:9/auth/oidc/callback [--id-token-ttl 3600]
//
// Prints `listening http://127.0.0.1:PORT` on stdout once it answers; everything else it says
// goes to stderr. Stops on SIGTERM or SIGINT.
//
// Two confidential clients: ours (RS256 ID tokens) and `--other-client-id` (ES256 ID tokens), so
// a test can hand our client a token minted for another application, and both key types are
// exercised. Sign-in uses the library's development interactions: a login form that accepts any
// password for a known e-mail address, then a consent form. Fine for a loopback rig only.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'client-id': { type: 'string', default: 'practica' },
    'client-secret': { type: 'string', default: 'practica-secret' },
    'redirect-uri': { type: 'string', default: 'http://127.0.0.1/auth/oidc/callback' },
    'other-client-id': { type: 'string', default: 'other-app' },
    'other-client-secret': { type: 'string', default: 'other-app-secret' },
    'id-token-ttl': { type: 'string', default: '3600' },
  },
});

// The district's people as the provider knows them; the login is the e-mail address.
const USERS = [
  { sub: 'u-sophia', email: 'sophia.mendoza@lausd.net', email_verified: true, name: 'Sophia Mendoza' },
  { sub: 'u-principal', email: 'principal@garvanza.example.org', email_verified: true, name: 'Garvanza Principal' },
  { sub: 'u-unverified', email: 'new.teacher@lausd.net', email_verified: false, name: 'New Teacher' },
  // Demo people (practica demo) for the browser tests: a school's principal and a coach.
  { sub: 'u-elena', email: 'principal@practica.example', email_verified: true, name: 'Elena Ortiz' },
  { sub: 'u-ramon', email: 'coach@practica.example', email_verified: true, name: 'Ramon Castillo' },
];

function signingKey(type, options, alg) {
  const { privateKey } = generateKeyPairSync(type, options);
  return { ...privateKey.export({ format: 'jwk' }), kid: `${alg.toLowerCase()}-${Date.now()}`, alg, use: 'sig' };
}

const idTokenTtl = Number.parseInt(args['id-token-ttl'], 10);
if (!Number.isInteger(idTokenTtl) || idTokenTtl < 1) {
  console.error(`--id-token-ttl must be a whole number of seconds; got "${args['id-token-ttl']}"`);
  process.exit(2);
}

function configuration() {
  return {
    clients: [
      {
        client_id: args['client-id'],
        client_secret: args['client-secret'],
        redirect_uris: [args['redirect-uri']],
        post_logout_redirect_uris: [new URL('/', args['redirect-uri']).href],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'RS256',
      },
      {
        client_id: args['other-client-id'],
        client_secret: args['other-client-secret'],
        redirect_uris: [args['redirect-uri']],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: {
      keys: [
        signingKey('rsa', { modulusLength: 2048 }, 'RS256'),
        signingKey('ec', { namedCurve: 'P-256' }, 'ES256'),
      ],
    },
    cookies: { keys: ['loopback-rig-only'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The relying party reads who signed in from the ID token alone, not from userinfo.
    conformIdTokenClaims: false,
    pkce: { methods: ['S256'], required: () => true },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    ttl: { IdToken: idTokenTtl },
    async findAccount(ctx, id) {
      const user = USERS.find((u) => u.email === id || u.sub === id);
      if (!user) return undefined;
      return { accountId: id, async claims() { return { ...user }; } };
    },
  };
}

// oidc-provider 8 serves an http:// issuer whatever NODE_ENV says; Koa under it would hide error
// details in production mode, and the rig's stderr is where a failing test looks for them.
process.env.NODE_ENV = 'development';

const server = createServer();
server.listen(Number.parseInt(args.port, 10), '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, configuration());
  provider.on('server_error', (ctx, error) => console.error('server_error', error));
  server.on('request', provider.callback());
  console.log(`listening ${issuer}`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
