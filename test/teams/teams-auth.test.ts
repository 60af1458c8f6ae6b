import { clearJwksClients, MsalTokenProvider, type AuthConfiguration } from '@microsoft/agents-hosting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsAdapter } from '../../src/bot/teams/teams-adapter.ts';
import { startHttpServer, type RunningServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { cardAction, installed, TENANT, type TeamsUser } from '../fakes/teams-activities.ts';
import { FakeEntra, type Claims } from './fake-entra.ts';
import { UseCases } from '../../src/app/use-cases.ts';

/**
 * JWT auth with the three Microsoft credentials, through the Agents SDK's own `authorizeJWT`.
 *
 * Key lookup: the adapter's `authority` option (the Entra authority, as for a national cloud) is
 * pointed at a fake Entra on loopback, so the SDK's own JWKS client fetches the test's public key
 * over HTTP from `{authority}/{tenant}/discovery/v2.0/keys` for a token issued by the tenant
 * (`iss: https://sts.windows.net/{tenant}/`). Tokens issued by `https://api.botframework.com`
 * have their key URL fixed in the SDK (login.botframework.com), which no option moves, so they
 * are not driven here.
 *
 * The bot's own outgoing token (client credentials, for calls to the connector) is placed in the
 * SDK's access-token cache, where MSAL would have put it: MSAL accepts only https authorities and
 * would otherwise reach Entra. The fake connector checks the bot uses exactly that token.
 */
const APP_ID = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '0d5b9a5e-1c4f-4a55-9b1e-6a1d2c3b4e5f';
const OUTGOING_TOKEN_SCOPE = 'https://api.botframework.com';
const people = ['ann', 'bob', 'cat', 'dev'];
const user = (p: string): TeamsUser => ({ id: `29:${p}`, aadObjectId: `00000000-0000-4000-8000-0000000000${people.indexOf(p) + 10}`, name: p });
const promptOf = (p: string) => `backup/person:${p}/2026-11-23T09:00:00.000Z`;
const logger = memoryLogger();
let h: Harness;
let connector: FakeConnector;
let entra: FakeEntra;
let server: RunningServer;
let outgoingToken: string;

const now = () => Math.floor(Date.now() / 1000);
function claims(overrides: Claims = {}): Claims {
  return { aud: APP_ID, iss: `https://sts.windows.net/${TENANT}/`, tid: TENANT, ver: '1.0', iat: now() - 60, nbf: now() - 60, exp: now() + 3600, serviceurl: connector.url, ...overrides };
}

async function post(activity: unknown, token?: string) {
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

/** Puts the bot's outgoing token where the SDK's MSAL token provider caches what it acquires. */
function cacheOutgoingToken(adapter: TeamsAdapter, token: string): void {
  const provider = adapter.adapter.connectionManager.getDefaultConnection() as unknown as {
    connectionSettings: AuthConfiguration;
    getAccessTokenCacheKey(settings: AuthConfiguration, scope: string): string;
    cacheAccessToken(key: string, token: string): void;
  };
  provider.cacheAccessToken(provider.getAccessTokenCacheKey(provider.connectionSettings, OUTGOING_TOKEN_SCOPE), token);
}

beforeAll(async () => {
  clearJwksClients();
  MsalTokenProvider.clearSharedCaches();
  connector = new FakeConnector(people.map((p) => ({ ...user(p), email: `${p}@acme.example` })));
  await connector.start();
  entra = new FakeEntra(TENANT);
  await entra.start();
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
  const secured = new TeamsAdapter({
    appId: APP_ID, appPassword: 'test-secret', tenantId: TENANT, authority: entra.authority, production: true,
    port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('teams'), logger,
  });
  expect(secured.authEnabled).toBe(true);
  outgoingToken = entra.sign({ aud: OUTGOING_TOKEN_SCOPE, iss: `https://sts.windows.net/${TENANT}/`, tid: TENANT, appid: APP_ID, exp: now() + 3600 });
  cacheOutgoingToken(secured, outgoingToken);
  server = await startHttpServer({ teams: secured.requestListener }, 0, '127.0.0.1');
  await h.tick();
});

afterAll(async () => {
  await server?.close();
  await connector?.stop();
  await entra?.stop();
  await h?.close();
  clearJwksClients();
  MsalTokenProvider.clearSharedCaches();
});

describe('Teams JWT auth with app id, password and tenant', () => {
  it('accepts a correctly signed token end to end: the install is stored and the answer recorded', async () => {
    expect((await post(installed(connector.url, user('cat')), entra.sign(claims()))).status).toBe(200);
    const answered = await post(cardAction(connector.url, user('cat'), { promptId: promptOf('cat'), value: 'yes' }), entra.sign(claims()));
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(await h.db.selectFrom('answers').select(['prompt_id', 'value']).execute()).toEqual([{ prompt_id: promptOf('cat'), value: 'yes' }]);
    // The key came from the fake authority, through the SDK's own key lookup.
    expect(entra.keyRequests).toContain(`/${TENANT}/discovery/v2.0/keys`);
    // The member look-up reached the connector with the bot's own token.
    const lookups = connector.calls.filter((c) => c.method === 'GET');
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.every((c) => c.authorization === `Bearer ${outgoingToken}`)).toBe(true);
  });

  const refused: [string, () => string | undefined][] = [
    ['no token', () => undefined],
    ['a token that is not a JWT', () => 'not-a-jwt'],
    ['a forged token (signed with a key the authority does not publish)', () => entra.sign(claims(), FakeEntra.strangerKey())],
    ['an expired token', () => entra.sign(claims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 }))],
    ['a token for another app (wrong audience)', () => entra.sign(claims({ aud: '99999999-2222-4333-8444-555555555555' }))],
    ['a token from another issuer', () => entra.sign(claims({ iss: 'https://issuer.example/', tid: undefined }))],
    ['a token issued by another tenant', () => entra.sign(claims({ iss: `https://sts.windows.net/${OTHER_TENANT}/`, tid: OTHER_TENANT }))],
    ["a token whose tenant claim is not its issuer's", () => entra.sign(claims({ tid: OTHER_TENANT }))],
  ];
  for (const [what, token] of refused) {
    it(`refuses ${what} with 401 and records nothing`, async () => {
      const answersBefore = await h.count('answers');
      const callsBefore = connector.calls.length;
      const response = await post(cardAction(connector.url, user('bob'), { promptId: promptOf('bob'), value: 'yes' }), token());
      expect(response.status).toBe(401);
      expect(await h.count('answers')).toBe(answersBefore);
      expect(connector.calls.length).toBe(callsBefore);
      const install = await post(installed(connector.url, user('dev')), token());
      expect(install.status).toBe(401);
      expect(await h.db.selectFrom('conversation_refs').select('person_id').where('person_id', '=', 'dev').execute()).toEqual([]);
    });
  }
});

describe('the tenant an activity comes from', () => {
  const fromTenant = (activity: Record<string, unknown>, tenant: string | undefined) => ({
    ...activity, channelData: tenant ? { tenant: { id: tenant } } : {}, conversation: { ...(activity.conversation as object), tenantId: tenant },
  });

  it('refuses a validly signed activity from another tenant, or naming none, with 403 and records nothing', async () => {
    for (const tenant of [OTHER_TENANT, undefined]) {
      const answersBefore = await h.count('answers');
      const response = await post(fromTenant(cardAction(connector.url, user('bob'), { promptId: promptOf('bob'), value: 'yes' }), tenant), entra.sign(claims()));
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ error: 'this Vigil serves another Microsoft 365 tenant' });
      expect(await h.count('answers')).toBe(answersBefore);
      expect((await post(fromTenant(installed(connector.url, user('dev')), tenant), entra.sign(claims()))).status).toBe(403);
      expect(await h.db.selectFrom('conversation_refs').select('person_id').where('person_id', '=', 'dev').execute()).toEqual([]);
    }
  });

  it("takes the bot's own tenant whatever the case of its id", async () => {
    const response = await post(fromTenant(cardAction(connector.url, user('bob'), { promptId: promptOf('bob'), value: 'yes' }), TENANT.toUpperCase()), entra.sign(claims()));
    expect(response.status).toBe(200);
    expect(await h.db.selectFrom('answers').select('prompt_id').where('prompt_id', '=', promptOf('bob')).execute()).toHaveLength(1);
  });
});
