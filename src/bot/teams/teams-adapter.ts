import type { IncomingMessage, ServerResponse } from 'node:http';
import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import { CloudAdapter, type AuthConfiguration, type ConnectorClient, type Request, type TurnContext, type WebResponse } from '@microsoft/agents-hosting';
import { ErrorCode, VigilError } from '../../errors.ts';
import { readBody, refuseTooLarge } from '../../http-server.ts';
import type { Logger } from '../../logger.ts';
import { readChatLine } from '../../app/conversation.ts';
import { OPEN_ITEM_ACTION, RESOLVE_ACTION, type ChatPort } from '../../app/port.ts';
import { DeliveryError, type Channel, type Delivery } from '../dispatcher.ts';
import { answeredCard, messageActivity, statusActivity } from './cards.ts';
import { TeamsReferences } from './references.ts';
import { CONNECTOR_AUDIENCE, conversationParameters, personOfMember, teamRoster } from './roster.ts';
import { activityShapeProblem, channelIdOf, inChannel, refuse, teamIdOf, tenantOf, webResponse } from './inbound.ts';

const PLATFORM = 'teams';

/** What the Teams adapter needs. Credentials come from the composition root. */
export interface TeamsOptions {
  /** Entra app (bot) id, password and tenant; all three turn JWT auth on. */
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  /**
   * The Entra authority (default `https://login.microsoftonline.com`; a national cloud has its
   * own). The SDK gets the bot's tokens there and the signing keys of tokens Entra issued.
   */
  authority?: string;
  /** How many members to read per roster page (Teams allows up to 500). */
  rosterPageSize?: number;
  /** In production, running without credentials is refused. */
  production: boolean;
  /** The use-case port, Teams' own (see UseCases.chat). */
  port: ChatPort;
  logger: Logger;
}

/**
 * Vigil on Microsoft Teams, on the Microsoft 365 Agents SDK (`@microsoft/agents-hosting`, the
 * successor of botbuilder, whose support ended on 2025-12-31). `POST /api/messages` takes
 * activities; conversation references are stored on install and on every message, so prompts
 * go out proactively as Adaptive Cards whose `Action.Execute` answers come back as invokes and
 * are answered with the updated card.
 */
export class TeamsAdapter implements Channel {
  readonly platform = PLATFORM;
  readonly adapter: CloudAdapter;
  private readonly authConfig: AuthConfiguration;
  private readonly port: ChatPort;
  private readonly references: TeamsReferences;

  private readonly options: TeamsOptions;
  constructor(options: TeamsOptions) {
    this.options = options;
    const { appId, appPassword, tenantId } = options;
    if (options.production && !(appId && appPassword && tenantId)) {
      throw new VigilError(ErrorCode.UsageError, 'Teams needs MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID in production');
    }
    this.authConfig = appId && appPassword && tenantId ? authConfiguration(appId, appPassword, tenantId, options.authority) : {};
    this.adapter = new CloudAdapter(this.authConfig);
    this.adapter.onTurnError = async (_context, error) => {
      options.logger.error('teams turn failed', { error: error.message });
    };
    this.port = options.port;
    this.references = new TeamsReferences(options.port);
  }

  /** True when incoming requests must carry a valid Bot Framework JWT. */
  get authEnabled(): boolean {
    return this.authConfig.clientId !== undefined;
  }

  /** Handles `POST /api/messages`. */
  readonly requestListener = (req: IncomingMessage, res: ServerResponse): void => {
    void this.handle(req, res).catch((error: Error) => {
      this.options.logger.error('teams request failed', { error: error.message });
      if (!res.headersSent) res.writeHead(500).end();
    });
  };

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = (await readBody(req))?.toString('utf8');
    if (raw === undefined) return refuseTooLarge(res);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
    } catch {
      return refuse(res, 400, 'the body is not a JSON activity');
    }
    const shapeProblem = activityShapeProblem(body);
    if (shapeProblem) return refuse(res, 400, shapeProblem);
    const request: Request = { body, headers: req.headers, method: req.method ?? 'POST' };
    const response = webResponse(res);
    if (this.authEnabled) {
      // The adapter's own check, on the configuration it resolved (with its connections map):
      // the SDK matches a token's audience against the connections, so a bare `authorizeJWT`
      // over the three credentials refuses every token, genuine ones included.
      let passed = false;
      await this.adapter.authorizeRequest(request, response, () => void (passed = true));
      if (!passed) return;
    }
    // A single-tenant bot serves its own organisation only. The token says which app it is for;
    // the activity says which tenant it comes from.
    const tenant = this.options.tenantId;
    if (tenant && tenantOf(body)?.toLowerCase() !== tenant.toLowerCase()) return refuse(res, 403, 'this Vigil serves another Microsoft 365 tenant');
    await this.adapter.process(request, response, (context) => this.onTurn(context));
  }

  private async onTurn(context: TurnContext): Promise<void> {
    const activity = context.activity;
    switch (activity.type) {
      case 'conversationUpdate':
        await this.remember(context);
        // Added to a team: reach its members now, after the install is acknowledged.
        if (inChannel(activity) && activity.membersAdded?.some((m) => m.id === activity.recipient?.id)) this.reachRosterLater(context);
        return;
      case 'installationUpdate':
        // `remove` is an uninstall; `remove-upgrade` is only the old version's half of an upgrade.
        if (activity.action === 'remove') await this.forget(context);
        else if (activity.action !== 'remove-upgrade') await this.remember(context);
        return;
      case 'message':
        await this.onMessage(context);
        return;
      case 'invoke':
        if (activity.name === 'adaptiveCard/action') await this.onCardAction(context);
        else await context.sendActivity({ type: 'invokeResponse', value: { status: 400, body: { error: `Vigil does not handle ${String(activity.name)}` } } } as never);
        return;
      default:
        return;
    }
  }

  private async onMessage(context: TurnContext): Promise<void> {
    // In a team channel the sender is known by their Entra id like anywhere else; the reply goes
    // into the conversation the message came from, which in a channel is its thread.
    const personId = (await this.remember(context)) ?? (inChannel(context.activity) ? await this.personFor(context) : undefined);
    const text = (context.activity.text ?? '').replace(/<at>[^<]*<\/at>/g, '').trim();
    if (!personId) {
      await context.sendActivity(this.strangerText());
      return;
    }
    const event = readChatLine(personId, text);
    const [reply] = await this.port.handle(event);
    const status = event.kind === 'command' && event.command === 'status' && reply!.kind === 'text';
    const activity = status ? statusActivity((reply as { text: string }).text) : messageActivity(reply!);
    // Status and pending name people and their answers: everyone in a channel would read them.
    // Teams has no message only one member sees, so they go to the asker's personal chat.
    if (inChannel(context.activity) && event.kind === 'command' && event.command !== 'help') {
      await context.sendActivity(await this.sendPrivately(personId, event.command, activity));
      return;
    }
    await context.sendActivity(activity as never);
  }

  /** Sends a reply to the person's chat with Vigil; what to say in the channel instead. */
  private async sendPrivately(personId: string, command: string, activity: Record<string, unknown>): Promise<string> {
    try {
      const reference = await this.references.forPerson(personId);
      let failure: unknown;
      await this.adapter.continueConversation(this.authEnabled ? this.appId : {}, reference, async (chat) => {
        await chat.sendActivity(Activity.fromObject(activity)).catch((error: unknown) => void (failure = error));
      });
      if (failure) throw failure;
      return `I sent your ${command} to our chat: it names people and their answers, so I keep it out of channels.`;
    } catch (error) {
      this.options.logger.warn('teams could not reply in a personal chat', { person: personId, error: (error as Error).message });
      return `Your ${command} names people and their answers, so I give it only in our chat: open Vigil in Teams chat and ask there.`;
    }
  }

  private async onCardAction(context: TurnContext): Promise<void> {
    const value = context.activity.value as { action?: { verb?: string; data?: Record<string, unknown> } } | undefined;
    const data = value?.action?.data ?? {};
    const personId = await this.personFor(context);
    const respond = (body: unknown) => context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } } as never);
    if (value?.action?.verb === RESOLVE_ACTION) return this.onResolveAction(personId, data, respond);
    if (value?.action?.verb === OPEN_ITEM_ACTION) return this.onOpenItem(personId, data, respond);
    // Everything in `data` came from the client: only strings of the expected values are used.
    if (value?.action?.verb !== 'answer' || typeof data.promptId !== 'string' || !['yes', 'no', 'na', 'checklist', 'text'].includes(data.value as string)) {
      await respond({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'not a Vigil answer' } });
      return;
    }
    if (!personId) {
      await respond({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: this.strangerText() });
      return;
    }
    const answer = data.value as 'yes' | 'no' | 'na' | 'checklist' | 'text';
    const checked = typeof data.checked === 'string' && data.checked ? data.checked.split(',') : undefined;
    const reason = typeof data.reason === 'string' ? data.reason : undefined;
    const written = answer === 'text' && typeof data.text === 'string' ? data.text : undefined;
    const { reply, status, answered } = await this.port.answer({
      kind: 'answer', personId, promptId: data.promptId, value: answer, eventId: `invoke:${context.activity.id ?? ''}`,
      ...(reason !== undefined ? { reason } : {}), ...(checked ? { checked } : {}), ...(written !== undefined ? { text: written } : {}),
    });
    if (status === 'recorded' && answered) {
      await respond({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: answeredCard(answered.question, answered.summary) });
      return;
    }
    if (status === 'duplicate') {
      await respond({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Already recorded.' });
      return;
    }
    await respond({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply.kind === 'text' ? reply.text : reply.title });
  }

  /**
   * A finding's Resolve… with its note: the port resolves it (the same use case and check as the
   * terminal's `resolve`), and the card gives way to who closed it, when and the note; a refusal
   * (not theirs to resolve, no note, a note over the limit) is said and the card stays.
   */
  private async onResolveAction(personId: string | undefined, data: Record<string, unknown>, respond: (body: unknown) => Promise<unknown>): Promise<void> {
    // Everything in `data` came from the client: only strings are used.
    if (typeof data.findingId !== 'string') {
      await respond({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'not a Vigil finding' } });
      return;
    }
    if (!personId) {
      await respond({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: this.strangerText() });
      return;
    }
    const note = typeof data.note === 'string' ? data.note : '';
    const result = await this.port.resolveFinding(personId, data.findingId, note);
    if (result.closed) {
      const summary = result.status === 'already' ? `Closed already: ${result.closed.summary}` : result.closed.summary;
      await respond({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: answeredCard(result.closed.title, summary) });
      return;
    }
    await respond({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.reply });
  }

  /** An item of an escalation digest: where it stands now, as the invoke's message, so the digest card stays as it was. */
  private async onOpenItem(personId: string | undefined, data: Record<string, unknown>, respond: (body: unknown) => Promise<unknown>): Promise<void> {
    // Everything in `data` came from the client: only a string is used.
    if (typeof data.promptId !== 'string') {
      await respond({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'not a Vigil item' } });
      return;
    }
    const reply = personId ? await this.port.openItem(personId, data.promptId) : this.strangerText();
    await respond({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply });
  }

  /** Stores how to reach the sender (or the channel) and returns who they are, if known. */
  private async remember(context: TurnContext): Promise<string | undefined> {
    const activity = context.activity;
    const reference = activity.getConversationReference();
    if (inChannel(activity)) {
      // The channel, never the person: a thread is no way to reach someone privately.
      await this.references.save(`channel:${channelIdOf(activity)}`, null, reference);
      return undefined;
    }
    const personId = await this.personFor(context);
    const userKey = activity.from?.aadObjectId ?? activity.from?.id;
    if (userKey) await this.references.save(userKey, personId ?? null, reference);
    return personId;
  }

  /** The person behind an activity: by Entra object id, else by the email Teams reports for the member. */
  private async personFor(context: TurnContext): Promise<string | undefined> {
    const from = context.activity.from;
    const { port } = this;
    const byObjectId = from?.aadObjectId ? port.identify({ teamsAadObjectId: from.aadObjectId }) : undefined;
    if (byObjectId) return byObjectId;
    const cached = await port.refs.byKey(from?.aadObjectId ?? from?.id ?? '');
    if (cached?.personId && port.person(cached.personId)) return cached.personId;
    const client = context.turnState.get<ConnectorClient>(this.adapter.ConnectorClientKey);
    if (!client || !from?.id || !context.activity.conversation?.id) return undefined;
    try {
      // In a channel, members are the team's: looked up in the team (Teams' documented way).
      const where = inChannel(context.activity) ? teamIdOf(context.activity) : context.activity.conversation.id;
      const member = (await client.getConversationMember(from.id, where)) as { email?: string; userPrincipalName?: string };
      return port.identify({ emails: [member.email ?? member.userPrincipalName ?? ''] });
    } catch (error) {
      this.options.logger.warn('teams member look-up failed', { error: (error as Error).message });
      return undefined;
    }
  }

  /** The app was removed: from a person's chat (they are unreachable from now on) or from a team. */
  private async forget(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (inChannel(activity)) return this.references.removeChannel(`channel:${channelIdOf(activity)}`);
    const personId = await this.personFor(context);
    const userKey = activity.from?.aadObjectId ?? activity.from?.id;
    if (personId && userKey) await this.port.removedByPerson(userKey, personId);
  }

  /**
   * Starts a 1:1 chat with every member of the team the bot was just added to who is in the
   * workspace and has none yet (nor removed the app), so people who never opened Vigil still
   * get their prompts. Runs after the turn: a large team must not hold up the install's answer.
   */
  private reachRosterLater(context: TurnContext): void {
    const activity = context.activity;
    const client = context.turnState.get<ConnectorClient>(this.adapter.ConnectorClientKey);
    if (!client || !activity.serviceUrl || !activity.recipient) return;
    void this.reachRoster(activity, client).catch((error: Error) => this.options.logger.warn('teams roster could not be read', { error: error.message }));
  }

  private async reachRoster(activity: Activity, client: ConnectorClient): Promise<void> {
    const members = await teamRoster(client, teamIdOf(activity), this.options.rosterPageSize ?? 200);
    const tenant = this.options.tenantId ?? activity.conversation?.tenantId ?? tenantOf({ channelData: activity.channelData });
    let started = 0;
    for (const member of members) {
      const personId = personOfMember(this.port, member);
      if (!personId || (await this.references.knows(personId))) continue;
      try {
        await this.adapter.createConversationAsync(this.appId, activity.channelId ?? 'msteams', activity.serviceUrl!, CONNECTOR_AUDIENCE, conversationParameters({ member }, activity.recipient!, tenant), async (chat) => {
          await this.references.save(member.aadObjectId ?? member.id, personId, chat.activity.getConversationReference());
        });
        started++;
      } catch (error) {
        this.options.logger.warn('teams could not start a chat with a team member', { person: personId, error: (error as Error).message });
      }
    }
    this.options.logger.info('teams roster read after a team install', { members: members.length, chatsStarted: started });
  }

  /** Sends one outbox message proactively: to a person's chat with the bot, or as a new thread in the compliance channel. */
  async send(delivery: Delivery): Promise<unknown> {
    const { message, rendered, prompt } = delivery;
    const activity = messageActivity(rendered, delivery.payload.kind === 'prompt' || delivery.payload.kind === 'reminder' ? prompt?.id : undefined);
    if (message.recipient.kind === 'channel') return this.postToComplianceChannel(activity);
    const reference = await this.references.forPerson(message.recipient.id);
    let id: string | undefined;
    await this.delivering(async () => {
      // The SDK hands an error inside the turn to onTurnError and resolves, so it is caught
      // here and rethrown: a refused send must not count as delivered.
      let failure: unknown;
      await this.adapter.continueConversation(this.authEnabled ? this.appId : {}, reference, async (context) => {
        try {
          id = (await context.sendActivity(Activity.fromObject(activity)))?.id;
        } catch (error) {
          failure = error;
        }
      });
      if (failure) throw failure;
    });
    return { platform: PLATFORM, conversationId: reference.conversation.id, activityId: id };
  }

  /**
   * A message to the compliance channel starts a thread of its own there (`POST /v3/conversations`
   * naming the channel), rather than replying to whatever activity a stored channel reference
   * came from, which may be in another channel.
   */
  private async postToComplianceChannel(activity: Record<string, unknown>): Promise<unknown> {
    const channel = this.port.complianceChannel();
    if (!channel) throw new DeliveryError('organisation.complianceChannel.teams is not set', true);
    const team = await this.references.anyChannel();
    if (!team?.serviceUrl) throw new DeliveryError('Vigil has not been added to a team yet, so it cannot post to the compliance channel', true);
    const tenant = this.options.tenantId ?? team.conversation.tenantId;
    let conversationId: string | undefined;
    await this.delivering(() => this.adapter.createConversationAsync(this.appId, team.channelId ?? 'msteams', team.serviceUrl!, CONNECTOR_AUDIENCE,
      conversationParameters({ channelId: channel, activity }, team.agent!, tenant), async (context) => {
        conversationId = context.activity.conversation?.id;
      }));
    return { platform: PLATFORM, conversationId };
  }

  /** Runs a send; a refusal becomes a DeliveryError, permanent when Teams says 403 or 404. */
  private async delivering(send: () => Promise<void>): Promise<void> {
    try {
      await send();
    } catch (error) {
      const status = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
      throw new DeliveryError(`teams: ${(error as Error).message}`, status === 403 || status === 404, { cause: error });
    }
  }

  /** The bot's app id (empty without credentials, when the connector is called anonymously). */
  private get appId(): string {
    return this.authConfig.clientId ?? '';
  }

  private strangerText(): string {
    return this.port.strangerReply();
  }
}

/**
 * The SDK's auth configuration for a single-tenant bot. `validateIssuer` makes the SDK check a
 * token's issuer against Bot Framework's and this tenant's (Entra's) issuers: without it, any
 * issuer is taken and its keys looked up wherever it points.
 */
function authConfiguration(clientId: string, clientSecret: string, tenantId: string, authority: string | undefined): AuthConfiguration {
  return { clientId, clientSecret, tenantId, validateIssuer: true, ...(authority ? { authority } : {}) };
}
