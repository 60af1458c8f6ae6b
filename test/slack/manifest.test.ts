import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Slack's manifest JSON Schema (slackapi/manifest-schema, MIT; licence beside it).
const schema = JSON.parse(readFileSync(new URL('../fixtures/slack-manifest-schema/manifest.schema.1.0.0.json', import.meta.url), 'utf8'));
const manifest = parse(readFileSync(new URL('../../manifests/slack/manifest.yaml', import.meta.url), 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('the Slack app manifest', () => {
  it("is valid against Slack's manifest schema", () => {
    const validate = validator();
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail (a broken manifest is caught)', () => {
    const validate = validator();
    expect(validate({ ...manifest, settings: { ...manifest.settings, interactivity: { is_enabled: 'yes' } } })).toBe(false);
    expect(validate({ features: {} })).toBe(false);
  });

  it('declares what Vigil uses: /vigil, interactivity, app_home_opened, message.im and user_status_changed, App Home, and the scopes', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/vigil']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_home_opened', 'message.im', 'user_status_changed']);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['chat:write', 'commands', 'im:history', 'im:write', 'users:read', 'users:read.email']));
    // conversations.list, to find the compliance channel's id from its name: public and private channels.
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['channels:read', 'groups:read']));
    for (const url of [manifest.features.slash_commands[0].url, manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url]) {
      expect(url).toMatch(/\/slack\/events$/);
    }
  });
});
