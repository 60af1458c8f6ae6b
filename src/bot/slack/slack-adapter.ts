import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type webApi } from '@slack/bolt';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { BODY_LIMIT, readBody } from '../../http-server.ts';
import { readChatLine, readDirectMessage } from '../../app/conversation.ts';
import { FIELD_LIMITS, OPEN_ITEM_ACTION, RESOLVE_ACTION, type AnswerEvent, type ChatPort } from '../../app/port.ts';
import { DeliveryError, type Channel, type Delivery } from '../dispatcher.ts';
import { WorkQueue, type LoadGauge } from '../work-queue.ts';
import type { OutboundMessage } from '../../messages.ts';
import { CHECKLIST_ACTION, CHECKLIST_BLOCK, RESOLVE_VIEW, answeredBlocks, homeView, mrkdwn, reasonModal, resolveModal, toBlocks } from './blocks.ts';
import { SlackChannels, type ResolvedChannel } from './channels.ts';
import { SlackIdentity } from './identity.ts';
import { slackBodyLooksRight, timestampIsFresh } from './requests.ts';

/** What the Slack adapter needs. Tokens come from the composition root, never from here. */
export interface SlackOptions {
  botToken: string;
  signingSecret: string;
  /** Socket Mode when set; else HTTP through {@link SlackAdapter.requestListener}. */
  appToken?: string;
  /** The Web API base URL (tests point it at a fake Slack). */
  apiUrl?: string;
  /** The use-case port, Slack's own (see UseCases.chat). */
  port: ChatPort;
  logger: Logger;
  /** The HTTP server's load: work after acks waits while requests wait for theirs. */
  gauge?: LoadGauge;
  /** How long one Web API call may take before it counts as failed (default 10 s). */
  timeoutMs?: number;
  /**
   * The Web API client's own retries. 429s wait for Retry-After and are retried; other failures
   * get a few quick retries and then go back to the outbox, whose backoff survives restarts.
   */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number; randomize?: boolean };
}

/** The message-metadata event type that carries an outbox id. */
const OUTBOX_EVENT = 'vigil_outbox';

/** Permanent Slack errors: retrying cannot help. */
const PERMANENT = new Set(['user_not_found', 'users_not_found', 'channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'user_disabled', 'invalid_auth', 'not_authed']);

/**
 * Vigil on Slack, on Bolt: prompts as DMs with buttons, a modal for the reason of a "No" or
 * "N/A", the message updated in place after an answer, `/vigil`, questions by DM, and App Home.
 * It turns Slack's payloads into neutral events for the conversation core and renders its
 * neutral messages as Block Kit.
 */
export class SlackAdapter implements Channel {
  readonly platform = 'slack';
  /** The Web API client's request timeout: the dispatcher looks for an unsure post only after it. */ get requestTimeoutMs(): number { return this.options.timeoutMs ?? 10_000; }
  readonly app: App;
  readonly client: webApi.WebClient;
  private readonly receiver: HTTPReceiver | undefined;
  private readonly socket: SocketModeReceiver | undefined;
  private readonly identity: SlackIdentity;
  private readonly channels: SlackChannels;
  private readonly port: ChatPort;
  /** What handlers do after acknowledging Slack. */
  readonly work: WorkQueue;

  private readonly options: SlackOptions;
  constructor(options: SlackOptions) {
    this.options = options;
    const logger = boltLogger(options.logger);
    const slackApiUrl = options.apiUrl ? { slackApiUrl: options.apiUrl.replace(/\/?$/, '/') } : {};
    this.receiver = options.appToken ? undefined : new HTTPReceiver({
      signingSecret: options.signingSecret, endpoints: '/slack/events', logger, processBeforeResponse: false, bodyLimit: BODY_LIMIT,
      // A signed request Vigil cannot make sense of is the sender's fault (400, which Slack does
      // not retry); a failure of Vigil's own is a 500.
      processEventErrorHandler: async ({ error, response }) => {
        const cause = (error as { original?: unknown }).original ?? error;
        const malformed = cause instanceof TypeError || cause instanceof SyntaxError;
        options.logger[malformed ? 'warn' : 'error']('slack request failed', { error: (cause as Error).message, malformed });
        if (!response.headersSent) response.writeHead(malformed ? 400 : 500).end();
        return true;
      },
    });
    // Socket Mode's own client asks apps.connections.open for its WebSocket URL, so it too takes the API URL.
    const socket = options.appToken ? new SocketModeReceiver({ appToken: options.appToken, logger, installerOptions: { clientOptions: slackApiUrl } }) : undefined;
    this.socket = socket;
    this.app = new App({
      token: options.botToken,
      logger,
      deferInitialization: true,
      // A Slack that does not answer must not hold a delivery slot forever.
      clientOptions: { ...slackApiUrl, timeout: options.timeoutMs ?? 10_000, retryConfig: options.retryConfig ?? { retries: 5, factor: 2, minTimeout: 100, maxTimeout: 2000, randomize: true } },
      receiver: (this.receiver ?? socket)!,
    });
    this.client = this.app.client;
    this.port = options.port;
    this.identity = new SlackIdentity({ port: options.port, client: this.client });
    this.channels = new SlackChannels({ refs: options.port.refs, client: this.client, logger: options.logger });
    this.work = new WorkQueue(options.logger, options.gauge ? { gauge: options.gauge } : {});
    this.register();
  }

  /** Checks the token with `auth.test` (failing fast and clearly) and connects Socket Mode if used. */
  async start(): Promise<void> {
    try {
      await this.app.init();
    } catch (error) {
      const code = (error as { data?: { error?: string }; code?: string }).data?.error ?? (error as Error).message;
      throw new VigilError(ErrorCode.PlatformAuth, `Slack refused the bot token (auth.test: ${code}); check SLACK_BOT_TOKEN`, { cause: error });
    }
    if (this.options.appToken) await this.app.start();
  }

  /** Stops Socket Mode, if running. */
  async stop(): Promise<void> {
    if (this.options.appToken) await this.app.stop();
  }

  /**
   * Handles `POST /slack/events` in HTTP mode. The body is read here first (over 256 kB → 413);
   * a timestamp more than five minutes from now, either way, gets 401; the body must be a JSON
   * object or a form (with any `payload` an object), else 400; Bolt then checks the signature on
   * the same bytes (bad → 401) and dispatches.
   */
  get requestListener(): ((req: IncomingMessage, res: ServerResponse) => void) | undefined {
    const receiver = this.receiver;
    if (!receiver) return undefined;
    return (req, res) => {
      void readBody(req).then((raw) => {
        if (raw === undefined) return void res.writeHead(413).end();
        if (!timestampIsFresh(req.headers['x-slack-request-timestamp'], Date.now())) return void res.writeHead(401).end();
        if (!slackBodyLooksRight(raw, String(req.headers['content-type'] ?? ''))) return void res.writeHead(400).end();
        (req as IncomingMessage & { rawBody: Buffer }).rawBody = raw;
        receiver.requestListener(req, res);
      }, () => res.writeHead(400).end());
    };
  }

  /** Sends one outbox message: a DM to a person, or a post in the compliance channel. */
  async send(delivery: Delivery): Promise<unknown> {
    const { message, rendered, threadRef } = delivery;
    const toChannel = message.recipient.kind === 'channel';
    let target: ResolvedChannel | undefined;
    try {
      target = toChannel ? await this.channels.resolve(this.complianceChannel()) : await this.dm(message.recipient.id);
      const channel = target.id ?? target.postTo;
      const thread = (threadRef as { channel?: string; ts?: string } | undefined)?.channel === channel ? (threadRef as { ts: string }).ts : undefined;
      // Each message carries its outbox id, so after a crash Vigil can tell whether Slack has it.
      // conversations.history takes only an id: with none known, posting again is the lesser harm.
      if (delivery.unsure && target.id) {
        const found = await this.findPosted(target.id, message.id, message.createdAt);
        if (found) return { platform: 'slack', channel, ts: found, recovered: true };
      }
      const { text, blocks } = toBlocks(rendered);
      const metadata = { event_type: OUTBOX_EVENT, event_payload: { outbox_id: message.id } };
      const posted = await this.client.chat.postMessage({ channel: target.postTo, text, blocks, metadata, ...(thread ? { thread_ts: thread } : {}) });
      if (toChannel && !target.id) await this.channels.learned(this.complianceChannel(), posted.channel);
      return { platform: 'slack', channel: posted.channel ?? channel, ts: posted.ts };
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      const code = (error as { data?: { error?: string } }).data?.error;
      // An id looked up from the name that Slack no longer knows (the channel was deleted and made
      // again): forget it and try again later, when the name is looked up afresh.
      if (toChannel && target?.lookedUp && code === 'channel_not_found') {
        await this.channels.forget(this.complianceChannel());
        throw new DeliveryError(`slack: channel_not_found for the compliance channel's kept id ${target.id}; its name will be looked up again`, false, { cause: error });
      }
      throw new DeliveryError(`slack: ${code ?? (error as Error).message}`, code !== undefined && PERMANENT.has(code), { cause: error });
    }
  }

  /** The ts of a message Vigil already posted for this outbox row, if Slack has it. */
  private async findPosted(channel: string, outboxId: string, since: Date): Promise<string | undefined> {
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const history = await this.client.conversations.history({
        channel, oldest: String(Math.floor(since.getTime() / 1000) - 60), include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}),
      });
      const hit = history.messages?.find((m) => (m.metadata as { event_payload?: { outbox_id?: string } } | undefined)?.event_payload?.outbox_id === outboxId);
      if (hit?.ts) return hit.ts;
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!cursor) return undefined;
    }
    return undefined;
  }

  private async dm(personId: string): Promise<ResolvedChannel> {
    const id = await this.identity.dmChannelFor(personId);
    return { postTo: id, id };
  }

  private complianceChannel(): string {
    const channel = this.port.complianceChannel();
    if (!channel) throw new DeliveryError('organisation.complianceChannel.slack is not set', true);
    return channel;
  }

  private register(): void {
    const { app } = this;

    // A button on a prompt: Yes records at once; No and N/A ask why in a modal; Submit reads the checklist.
    app.action<import('@slack/bolt').BlockAction>(/^answer:/, async ({ ack, body, action, client }) => {
      await ack();
      if (action.type !== 'button') return;
      // A trigger_id lasts three seconds: the reason modal opens now, the rest waits its turn.
      if (/^answer:(no|na|text)$/.test(action.action_id)) await this.onAnswerButton(body, action, client);
      else this.work.add(() => this.onAnswerButton(body, action, client));
    });

    // Ticking a checkbox changes nothing until Submit.
    app.action(CHECKLIST_ACTION, async ({ ack }) => {
      await ack();
    });

    app.view('answer-reason', async ({ ack, body, view }) => {
      const reason = view.state.values.reason?.reason?.value?.trim() ?? '';
      const meta = JSON.parse(view.private_metadata) as { promptId: string; value: 'no' | 'na' | 'text'; channel?: string; ts?: string };
      const written = meta.value === 'text';
      if (!reason) {
        await ack({ response_action: 'errors', errors: { reason: written ? 'Please write your answer.' : 'Please say why.' } });
        return;
      }
      // Refused while the modal is still open, so what was typed is not lost: Slack's own
      // max_length is the client's to enforce, and a request can carry anything.
      const tooLong = this.port.lengthRefusal(written ? 'text' : 'reason', reason);
      if (tooLong) {
        await ack({ response_action: 'errors', errors: { reason: tooLong } });
        return;
      }
      await ack();
      this.work.add(async () => {
        const personId = await this.personOrTell(body.user.id, meta.channel);
        if (!personId) return;
        // The same box carries a written answer or the reason for a No or an N/A.
        const typed = meta.value === 'text' ? { text: reason } : { reason };
        await this.answer({ kind: 'answer', personId, promptId: meta.promptId, value: meta.value, ...typed, eventId: `view:${view.id}:${view.hash}` }, body.user.id, meta.channel, meta.ts);
      });
    });

    this.registerNoticeButtons();
    this.registerPersonEvents();
    app.command('/vigil', async ({ ack, command, respond }) => {
      await ack();
      this.work.add(() => this.onCommand(command, respond));
    });

    // A plain DM to the bot is a question, or `away …` / `back`.
    app.message(async ({ message, say, body }) => {
      if (message.channel_type !== 'im' || message.subtype !== undefined) return;
      const { user, text } = message as { user?: unknown; text?: unknown };
      // Fields of an event are the sender's to fill: only non-empty strings are used.
      if (typeof user !== 'string' || !user || typeof text !== 'string' || !text.trim() || typeof message.channel !== 'string') return;
      const eventId = (body as { event_id?: unknown }).event_id;
      this.work.add(async () => {
        if (!(await this.firstDelivery(eventId))) return;
        const personId = await this.identity.personFor(user);
        if (!personId) {
          await say(mrkdwn(this.strangerText()));
          return;
        }
        const [reply] = await this.port.handle(readDirectMessage(personId, text));
        await say(toBlocks(reply!));
      });
    });

    app.error(async (error) => {
      this.options.logger.error('slack handler failed', { error: error.message });
    });
  }

  /** Events about a person: their App Home opened; their status (Slack's "Vacationing" or "Out sick" with an end time records them away). */
  private registerPersonEvents(): void {
    const { app } = this;
    app.event('app_home_opened', async ({ event, client }) => {
      if ((event.tab && event.tab !== 'home') || typeof event.user !== 'string') return;
      this.work.add(async () => {
        const personId = await this.identity.personFor(event.user);
        if (!personId) return;
        await client.views.publish({ user_id: event.user, view: await this.home(personId) });
      });
    });

    app.event('user_status_changed', async ({ event, body }) => {
      const { id, profile } = event.user as { id?: unknown; profile?: { status_text?: unknown; status_emoji?: unknown; status_expiration?: unknown } };
      if (typeof id !== 'string' || !id || !profile) return;
      const expiration = typeof profile.status_expiration === 'number' && profile.status_expiration > 0 ? new Date(profile.status_expiration * 1000) : undefined;
      const status = { text: typeof profile.status_text === 'string' ? profile.status_text : '', emoji: typeof profile.status_emoji === 'string' ? profile.status_emoji : '', expiresAt: expiration };
      const eventId = (body as { event_id?: unknown }).event_id;
      this.work.add(async () => {
        if (!(await this.firstDelivery(eventId))) return;
        const personId = await this.identity.personFor(id);
        if (personId) await this.port.statusChanged(personId, status);
      });
    });
  }

  /** A finding's Resolve… button and the note modal it opens. */
  private registerResolve(): void {
    const { app } = this;
    // A finding's Resolve… button: the note modal opens now, while the trigger_id is good.
    app.action<import('@slack/bolt').BlockAction>(RESOLVE_ACTION, async ({ ack, body, action, client }) => {
      await ack();
      if (action.type === 'button') await this.onResolveButton(body, action, client);
    });

    app.view(RESOLVE_VIEW, async ({ ack, body, view }) => {
      const note = view.state.values.note?.note?.value?.trim() ?? '';
      // Refused while the modal is open, so what was typed stays: max_length is only the client's.
      const problem = note ? this.port.lengthRefusal('resolution', note) : 'Please say what was done.';
      if (problem) {
        await ack({ response_action: 'errors', errors: { note: problem } });
        return;
      }
      await ack();
      const meta = resolveMetadata(view.private_metadata);
      this.work.add(() => this.resolve(body.user.id, meta, note));
    });
  }

  /** The buttons on what managers and the compliance channel are told: a finding's Resolve…, a digest item's Open. */
  private registerNoticeButtons(): void {
    this.registerResolve();
    this.registerOpenItem();
  }

  /** An escalation digest's Open button: where that item stands now, to the presser only. */
  private registerOpenItem(): void {
    this.app.action<import('@slack/bolt').BlockAction>(OPEN_ITEM_ACTION, async ({ ack, body, action }) => {
      await ack();
      if (action.type !== 'button') return;
      this.work.add(async () => {
        const channel = body.container?.channel_id as string | undefined;
        const personId = await this.personOrTell(body.user.id, channel);
        if (personId) await this.ephemeral(body.user.id, channel, await this.port.openItem(personId, action.value ?? ''));
      });
    });
  }

  /**
   * False when this Events API delivery was handled before. Slack resends an event it thinks
   * went unacknowledged with the same `event_id` (and `X-Slack-Retry-Num`); like a button's
   * retried delivery, it is recorded in processed_events, first writer wins, so a question is
   * answered once however many times it arrives. Marked before answering: a retry racing the
   * first delivery must lose, and an unanswered question can be asked again.
   */
  private async firstDelivery(eventId: unknown): Promise<boolean> {
    if (typeof eventId !== 'string' || !eventId || eventId.length > 200) return true;
    return this.port.firstDelivery(`event:${eventId}`);
  }

  /** After `/vigil`: a command or a question, answered to the asker only. */
  private async onCommand(command: import('@slack/bolt').SlashCommand, respond: import('@slack/bolt').RespondFn): Promise<void> {
    const personId = await this.identity.personFor(command.user_id);
    if (!personId) {
      await respond({ response_type: 'ephemeral', text: mrkdwn(this.strangerText()) });
      return;
    }
    const [reply] = await this.port.handle(readChatLine(personId, command.text));
    await respond({ response_type: 'ephemeral', ...toBlocks(reply!) });
  }

  /** After a button: Yes records at once; No and N/A ask why in a modal; Submit reads the checklist. */
  private async onAnswerButton(body: import('@slack/bolt').BlockAction, action: import('@slack/bolt').ButtonAction, client: webApi.WebClient): Promise<void> {
    const value = action.action_id.slice('answer:'.length) as 'yes' | 'no' | 'na' | 'checklist' | 'text';
    const promptId = action.value ?? '';
    const personId = await this.personOrTell(body.user.id, body.channel?.id);
    if (!personId) return;
    const channel = body.container?.channel_id as string | undefined;
    const ts = body.container?.message_ts as string | undefined;
    if (value === 'no' || value === 'na' || value === 'text') {
      const prompt = await this.port.beforeReason(personId, promptId);
      if (!prompt) return;
      if ('refusal' in prompt) return this.ephemeral(body.user.id, channel, `Sorry: ${prompt.refusal}.`);
      await client.views.open({ trigger_id: body.trigger_id, view: reasonModal({ promptId, value, ...(channel ? { channel } : {}), ...(ts ? { ts } : {}) }, prompt.question) });
      return;
    }
    const checked = value === 'checklist' ? await this.checkedItems(body, promptId) : undefined;
    await this.answer({
      kind: 'answer', personId, promptId, value, eventId: `${action.action_ts}:${body.user.id}:${action.action_id}`,
      ...(checked ? { checked } : {}),
    }, body.user.id, channel, ts);
  }

  /** After a finding's Resolve… button: the note modal, or why this person may not resolve it. */
  private async onResolveButton(body: import('@slack/bolt').BlockAction, action: import('@slack/bolt').ButtonAction, client: webApi.WebClient): Promise<void> {
    const findingId = action.value ?? '';
    const channel = body.container?.channel_id as string | undefined;
    const ts = body.container?.message_ts as string | undefined;
    const personId = await this.personOrTell(body.user.id, channel);
    if (!personId) return;
    const finding = await this.port.beforeResolve(personId, findingId);
    if (!finding) return this.ephemeral(body.user.id, channel, 'Sorry: there is no such finding.');
    if ('refusal' in finding) return this.ephemeral(body.user.id, channel, `Sorry: ${finding.refusal}`);
    const meta = { findingId, ...(channel ? { channel } : {}), ...(ts ? { ts } : {}) };
    await client.views.open({ trigger_id: body.trigger_id, view: resolveModal(meta, finding.title, FIELD_LIMITS.resolution) });
  }

  /** Resolves a finding with the modal's note; the message that showed it says who closed it, and the presser is told. */
  private async resolve(userId: string, meta: { findingId: string; channel?: string; ts?: string }, note: string): Promise<void> {
    const personId = await this.personOrTell(userId, meta.channel);
    if (!personId) return;
    const result = await this.port.resolveFinding(personId, meta.findingId, note);
    if (result.closed && meta.channel && meta.ts) {
      const { text, blocks } = answeredBlocks(result.closed.title, result.closed.summary);
      await this.client.chat.update({ channel: meta.channel, ts: meta.ts, text, blocks });
    }
    await this.ephemeral(userId, meta.channel, result.reply);
  }

  /** Records an answer, then swaps the prompt's buttons for the answer, or tells the clicker why not. */
  private async answer(event: AnswerEvent, userId: string, channel: string | undefined, ts: string | undefined): Promise<void> {
    const { reply, status, answered, worthSaying } = await this.port.answer(event);
    if (status === 'recorded') {
      if (channel && ts && answered) {
        const { text, blocks } = answeredBlocks(answered.question, answered.summary);
        await this.client.chat.update({ channel, ts, text, blocks });
      }
      if (worthSaying) await this.ephemeral(userId, channel, renderText(reply));
      return;
    }
    if (status === 'duplicate') return; // a retried delivery: already done
    await this.ephemeral(userId, channel, renderText(reply));
  }

  private async checkedItems(body: import('@slack/bolt').BlockAction, promptId: string): Promise<string[]> {
    const items = await this.port.checklistOf(promptId);
    // A long list comes back as several groups of boxes (`checklist`, `checklist-2`, …).
    const groups = Object.entries(body.state?.values ?? {}).filter(([block]) => block === CHECKLIST_BLOCK || block.startsWith(`${CHECKLIST_BLOCK}-`));
    const ticked = groups.flatMap(([, group]) => (group[CHECKLIST_ACTION] as { selected_options?: { value: string }[] } | undefined)?.selected_options ?? []);
    return ticked.map((o) => items[Number(o.value)]).filter((x): x is string => x !== undefined);
  }

  private async personOrTell(userId: string, channel: string | undefined): Promise<string | undefined> {
    const personId = await this.identity.personFor(userId);
    if (!personId) await this.ephemeral(userId, channel, this.strangerText());
    return personId;
  }

  private async ephemeral(userId: string, channel: string | undefined, text: string): Promise<void> {
    if (!channel) return;
    await this.client.chat.postEphemeral({ channel, user: userId, text: mrkdwn(text) });
  }

  private strangerText(): string {
    return this.port.strangerReply();
  }

  private async home(personId: string) {
    return homeView(await this.port.home(personId));
  }
}

/** The Resolve… modal's metadata, as Vigil wrote it (only strings are taken). */
function resolveMetadata(raw: string): { findingId: string; channel?: string; ts?: string } {
  let meta: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null) meta = parsed as Record<string, unknown>;
  } catch {
    // Not Vigil's metadata: no finding, which the port refuses.
  }
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const channel = str(meta.channel);
  const ts = str(meta.ts);
  return { findingId: str(meta.findingId) ?? '', ...(channel ? { channel } : {}), ...(ts ? { ts } : {}) };
}

function renderText(message: OutboundMessage): string {
  return message.kind === 'text' ? message.text : message.title;
}

/** Bolt's logger interface over Vigil's logger. */
function boltLogger(logger: Logger) {
  let level = LogLevel.INFO;
  const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return {
    debug: () => undefined,
    info: (...args: unknown[]) => logger.info(`slack: ${text(args)}`),
    warn: (...args: unknown[]) => logger.warn(`slack: ${text(args)}`),
    error: (...args: unknown[]) => logger.error(`slack: ${text(args)}`),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}
