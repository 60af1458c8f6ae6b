import { ErrorCode, VigilError } from '../errors.ts';
import type { Table } from './tables.ts';

/**
 * The Slack workspace's people as a table for the people import: each active, human member with
 * an email (users.list, paginated as Slack documents it; needs users:read and users:read.email).
 * Bots, deactivated accounts and guests without an email are left out.
 */
export async function slackPeopleTable(token: string, apiUrl = 'https://slack.com/api/'): Promise<Table> {
  const rows: Table['rows'] = [];
  let cursor = '';
  do {
    const response = await fetch(`${apiUrl.replace(/\/?$/, '/')}users.list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ limit: '200', ...(cursor ? { cursor } : {}) }).toString(),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { ok: boolean; error?: string; members?: SlackMember[]; response_metadata?: { next_cursor?: string } };
    if (!body.ok) throw new VigilError(ErrorCode.PlatformAuth, `Slack refused users.list (${body.error}); check SLACK_BOT_TOKEN, which needs users:read and users:read.email`);
    for (const member of body.members ?? []) {
      const email = member.profile?.email;
      if (member.deleted || member.is_bot || member.id === 'USLACKBOT' || !email) continue;
      const name = member.real_name || member.profile?.real_name || member.name || email;
      rows.push({ line: rows.length + 2, cells: { name, email, 'slack id': member.id } });
    }
    cursor = body.response_metadata?.next_cursor ?? '';
  } while (cursor);
  return { file: 'Slack', headers: ['name', 'email', 'slack id'], rows };
}

interface SlackMember {
  id: string;
  name?: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  profile?: { email?: string; real_name?: string };
}
