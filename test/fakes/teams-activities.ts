/** Bot Framework activities as Teams sends them, for a person in a personal chat with the bot. */
export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
}

/** The tenant every activity comes from, unless a test says otherwise. */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
let counter = 0;

function base(serviceUrl: string, user: TeamsUser, type: string, id?: string) {
  return {
    type,
    id: id ?? `f:${++counter}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { id: `a:chat-${user.aadObjectId}`, conversationType: 'personal', tenantId: TENANT },
    recipient: { id: '28:vigil-bot', name: 'Vigil' },
    channelData: { tenant: { id: TENANT } },
    locale: 'en-GB',
  };
}

/** The app installed in a personal scope. */
export function installed(serviceUrl: string, user: TeamsUser) {
  return { ...base(serviceUrl, user, 'installationUpdate'), action: 'add' };
}

/** The app removed from a personal scope (or, with `remove-upgrade`, the old version's half of an upgrade). */
export function uninstalled(serviceUrl: string, user: TeamsUser, action: 'remove' | 'remove-upgrade' = 'remove') {
  return { ...base(serviceUrl, user, 'installationUpdate'), action };
}

/** The bot added to a team: the reference to its channels. */
export function addedToTeam(serviceUrl: string, user: TeamsUser, channelId: string) {
  return {
    ...base(serviceUrl, user, 'conversationUpdate'),
    conversation: { id: channelId, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    membersAdded: [{ id: '28:vigil-bot' }],
    channelData: { tenant: { id: TENANT }, team: { id: channelId, name: 'Acme' }, eventType: 'teamMemberAdded' },
  };
}

/** A chat message to the bot. */
export function message(serviceUrl: string, user: TeamsUser, text: string) {
  return { ...base(serviceUrl, user, 'message'), text, textFormat: 'plain' };
}

/**
 * A message in a team channel that @mentions the bot: the conversation is the channel's thread
 * (`;messageid=` the root post), the text carries the `<at>` mention and a mention entity.
 */
export function channelMessage(serviceUrl: string, user: TeamsUser, channelId: string, text: string, rootId = '1700000000001') {
  const activity = base(serviceUrl, user, 'message');
  return {
    ...activity,
    text: `<at>Vigil</at> ${text}`,
    textFormat: 'plain',
    conversation: { id: `${channelId};messageid=${rootId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    entities: [{ type: 'mention', text: '<at>Vigil</at>', mentioned: { id: '28:vigil-bot', name: 'Vigil' } }],
    channelData: { tenant: { id: TENANT }, team: { id: '19:team-acme@thread.tacv2', name: 'Acme' }, channel: { id: channelId } },
  };
}

/** An `Action.Execute` on a card (an answer unless `verb` says otherwise): Teams merges the inputs into `data`. */
export function cardAction(serviceUrl: string, user: TeamsUser, data: Record<string, unknown>, id?: string, verb = 'answer') {
  return {
    ...base(serviceUrl, user, 'invoke', id),
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

type CardElement = { type?: string; text?: string; inlines?: { text?: string }[]; facts?: { title: string; value: string }[] };

/** The elements of an activity's Adaptive Cards. */
export function cardElements(activity: Record<string, unknown>): CardElement[] {
  const cards = (activity.attachments as { content: { body?: CardElement[] } }[] | undefined) ?? [];
  return cards.flatMap((c) => c.content.body ?? []);
}

/** What a person reads in an activity: its text, then each line of its cards (text blocks, rich text runs, facts). */
export function readableLines(activity: Record<string, unknown>): string[] {
  const lines = cardElements(activity).map((e) => e.text ?? e.inlines?.map((i) => i.text ?? '').join('') ?? e.facts?.map((f) => `${f.title}: ${f.value}`).join('\n'));
  return [activity.text as string | undefined, ...lines].filter((l): l is string => Boolean(l));
}
