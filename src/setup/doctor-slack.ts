import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { VigilConfig } from '../config/index.ts';
import type { Check } from './doctor.ts';

/** The bot scopes the Slack app manifest asks for: what the installed token must carry. */
export function manifestScopes(): string[] {
  const manifest = parse(readFileSync(fileURLToPath(new URL('../../manifests/slack/manifest.yaml', import.meta.url)), 'utf8')) as { oauth_config?: { scopes?: { bot?: string[] } } };
  return manifest.oauth_config?.scopes?.bot ?? [];
}

type Call = (method: string, args?: Record<string, string>) => Promise<{ body: Record<string, unknown>; scopes: string | null }>;

/** The Slack Web API over HTTP (form-encoded, the token as a bearer), as Slack documents it. */
function slackCaller(token: string, apiUrl: string): Call {
  return async (method, args = {}) => {
    const response = await fetch(`${apiUrl.replace(/\/?$/, '/')}${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(args).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    return { body: (await response.json()) as Record<string, unknown>, scopes: response.headers.get('x-oauth-scopes') };
  };
}

/**
 * Slack as the bot will use it: the token valid with every scope the manifest asks for, the
 * compliance channel found and the bot in it, every person found (by Slack id, else email).
 */
export async function slackChecks(config: VigilConfig | undefined, token: string, apiUrl = 'https://slack.com/api/'): Promise<Check[]> {
  const call = slackCaller(token, apiUrl);
  let auth: Awaited<ReturnType<Call>>;
  try {
    auth = await call('auth.test');
  } catch (error) {
    return [{ ok: false, what: `Slack: cannot reach ${apiUrl} (${(error as Error).message})`, fix: 'check the machine can reach slack.com over HTTPS (proxy, firewall)' }];
  }
  if (auth.body.ok !== true) return [{ ok: false, what: `Slack: the bot token is refused (${String(auth.body.error)})`, fix: 'copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions into SLACK_BOT_TOKEN' }];
  const checks: Check[] = [{ ok: true, what: `Slack: token valid for workspace ${String(auth.body.team)} as @${String(auth.body.user)}` }];
  const granted = new Set((auth.scopes ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const missing = manifestScopes().filter((scope) => !granted.has(scope));
  checks.push(missing.length
    ? { ok: false, what: `Slack: the token lacks scope${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`, fix: 'add them under OAuth & Permissions → Bot Token Scopes (or paste manifests/slack/manifest.yaml again), then reinstall the app to the workspace' }
    : { ok: true, what: `Slack: the token has every scope the manifest asks for (${granted.size})` });
  if (!config) return checks;
  checks.push(await channelCheck(call, config.organisation.complianceChannel.slack));
  checks.push(...(await peopleChecks(call, config)));
  return checks;
}

async function channelCheck(call: Call, wanted: string | undefined): Promise<Check> {
  if (!wanted) return { ok: false, what: 'Slack: vigil.yaml names no compliance channel', fix: 'set organisation.complianceChannel.slack (e.g. "#compliance")' };
  const name = wanted.replace(/^#/, '');
  let cursor = '';
  do {
    const { body } = await call('conversations.list', { types: 'public_channel,private_channel', limit: '200', exclude_archived: 'true', ...(cursor ? { cursor } : {}) });
    if (body.ok !== true) return { ok: false, what: `Slack: cannot list channels (${String(body.error)})`, fix: 'the token needs channels:read and groups:read' };
    const found = (body.channels as { id: string; name: string; is_member?: boolean }[]).find((c) => c.id === wanted || c.name === name);
    if (found) {
      return found.is_member
        ? { ok: true, what: `Slack: compliance channel #${found.name} is ${found.id}, and the bot is in it` }
        : { ok: false, what: `Slack: the bot is not a member of #${found.name} (${found.id})`, fix: `in #${found.name}, type /invite @Vigil (escalations and findings are posted there)` };
    }
    cursor = String((body.response_metadata as { next_cursor?: string } | undefined)?.next_cursor ?? '');
  } while (cursor);
  return { ok: false, what: `Slack: no channel ${wanted} that the bot can see`, fix: `create it, or for a private channel invite the bot first (/invite @Vigil); or correct organisation.complianceChannel.slack` };
}

async function peopleChecks(call: Call, config: VigilConfig): Promise<Check[]> {
  const lost: string[] = [];
  for (const person of config.people) {
    const { body } = person.slackId ? await call('users.info', { user: person.slackId }) : await call('users.lookupByEmail', { email: person.email });
    if (body.ok !== true) lost.push(`${person.id} (${person.slackId ?? person.email})`);
  }
  if (lost.length === 0) return [{ ok: true, what: `Slack: all ${config.people.length} people found` }];
  return [{ ok: false, what: `Slack: ${lost.length} of ${config.people.length} people not found: ${lost.join(', ')}`, fix: 'correct their email in vigil.yaml to the one their Slack profile shows, or set slackId (U…), or invite them to the workspace' }];
}
