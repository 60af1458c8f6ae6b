import type { Activity, ChannelAccount, ConversationParameters } from '@microsoft/agents-activity';
import type { ConnectorClient } from '@microsoft/agents-hosting';
import type { ChatPort } from '../../app/port.ts';

/**
 * Reaching people first, as Teams documents it for proactive messages: a bot installed in a team
 * may read the team's roster and start a 1:1 chat with any member (`POST /v3/conversations`
 * with the member, the bot and the tenant), and may start a new thread in any of the team's
 * channels (the same call with `isGroup` and `channelData.channel`).
 */

/** A member of a team, as the roster lists them. */
export interface RosterMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
}

/** The audience of the bot's token for Bot Framework's connector. */
export const CONNECTOR_AUDIENCE = 'https://api.botframework.com';

/** A team's whole roster, a page at a time (`GET /v3/conversations/{teamId}/pagedmembers`). */
export async function teamRoster(client: ConnectorClient, teamId: string, pageSize: number): Promise<RosterMember[]> {
  const members: RosterMember[] = [];
  let continuationToken: string | undefined;
  do {
    const response = await client.httpClient.get<{ members?: RosterMember[]; continuationToken?: string }>(`v3/conversations/${encodeURIComponent(teamId)}/pagedmembers`, {
      params: { pageSize: String(pageSize), continuationToken },
    });
    members.push(...(response.data.members ?? []).filter((m) => typeof m?.id === 'string'));
    continuationToken = response.data.continuationToken || undefined;
  } while (continuationToken);
  return members;
}

/** The workspace person a roster member is: by Entra object id, else by email or sign-in name. */
export function personOfMember(port: Pick<ChatPort, 'identify'>, member: RosterMember): string | undefined {
  return (member.aadObjectId ? port.identify({ teamsAadObjectId: member.aadObjectId }) : undefined) ?? port.identify({ emails: [member.email, member.userPrincipalName] });
}

/**
 * The parameters of a new conversation. The SDK's type names the bot `agent`; the Bot Framework
 * REST API (and so Teams) reads `bot`, so both are sent.
 */
export function conversationParameters(target: { member: RosterMember } | { channelId: string; activity: Partial<Activity> }, bot: ChannelAccount, tenantId: string | undefined): ConversationParameters {
  const tenant = tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : { channelData: {} };
  if ('member' in target) {
    const { member } = target;
    return { ...tenant, bot, agent: bot, isGroup: false, members: [{ id: member.id, ...(member.name ? { name: member.name } : {}), ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}) }] } as unknown as ConversationParameters;
  }
  return {
    ...tenant, bot, agent: bot, isGroup: true,
    channelData: { ...tenant.channelData, channel: { id: target.channelId } },
    activity: target.activity,
  } as unknown as ConversationParameters;
}
