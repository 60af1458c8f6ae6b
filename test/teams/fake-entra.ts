import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Claims of a token Microsoft's identity platform would issue to the bot. */
export type Claims = Record<string, unknown>;

/**
 * A fake Microsoft Entra authority on loopback: it publishes an OpenID configuration and a JWKS
 * with one RSA signing key of its own, and signs tokens with it (RS256, as Entra does). The
 * Agents SDK fetches the keys for an Entra-issued token from `{authority}/{tenant}/discovery/v2.0/keys`,
 * so pointing the adapter's `authority` option here makes the SDK's own key lookup (jwks-rsa)
 * fetch this fake's key over HTTP.
 */
export class FakeEntra {
  readonly kid = 'vigil-test-key-1';
  readonly keyRequests: string[] = [];
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;
  private server: Server | undefined;

  readonly tenantId: string;
  constructor(tenantId: string) {
    this.tenantId = tenantId;
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = { ...publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', alg: 'RS256' };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0]!;
      this.keyRequests.push(path);
      if (path === `/${this.tenantId}/discovery/v2.0/keys`) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [this.publicJwk] }));
      } else if (path === `/${this.tenantId}/v2.0/.well-known/openid-configuration`) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
          issuer: `https://login.microsoftonline.com/${this.tenantId}/v2.0`,
          jwks_uri: `${this.authority}/${this.tenantId}/discovery/v2.0/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  /** The authority URL to configure (without the tenant, which the SDK appends). */
  get authority(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A token signed with this authority's key (or with `key`, to forge one under its kid). */
  sign(claims: Claims, key: KeyObject = this.privateKey): string {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: this.kid })}.${encode(claims)}`;
    const signature = createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url');
    return `${unsigned}.${signature}`;
  }

  /** A key this authority does not publish: what a forger would sign with. */
  static strangerKey(): KeyObject {
    return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  }
}
