import { PassThrough } from 'node:stream';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { runShell } from '../../src/bot/terminal.ts';
import { SlackAdapter } from '../../src/bot/slack/slack-adapter.ts';
import { TeamsAdapter } from '../../src/bot/teams/teams-adapter.ts';
import { startHttpServer, type RunningServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import type { Harness } from '../fixtures/engine-harness.ts';
import { slackLiveMarkup, teamsLiveMarkup } from './live-markup.ts';
import { eventually } from '../fakes/eventually.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { buttonClick, eventCallback, interactive, sign, slashCommand, viewSubmission } from '../fakes/slack-payloads.ts';
import { addedToTeam, cardAction, channelMessage, installed, message, readableLines, type TeamsUser } from '../fakes/teams-activities.ts';
import { UseCases } from '../../src/app/use-cases.ts';

/**
 * One channel, driven as its users would drive it: what they see and what they do. The contract
 * suite runs the same behaviours through every driver, so the channels cannot drift apart.
 */
export interface ChannelDriver {
  readonly name: string;
  start(h: Harness): Promise<void>;
  /** Delivers what the outbox holds; returns the questions each person has been shown. */
  deliver(): Promise<void>;
  promptsSeenBy(personId: string): string[];
  /** The messages Vigil has posted to `personId` (prompts, reminders, notices; in Teams, replies too), as they read them. */
  messagesTo(personId: string): string[];
  /** Answers a prompt as `personId`; returns what that person is shown in reply. */
  answer(personId: string, promptId: string, value: 'yes' | 'no', reason?: string): Promise<string>;
  /**
   * Resolves a finding as `personId`, with `note`, the way this channel offers (the terminal's
   * `resolve`; Slack's Resolve… button and modal; Teams' card with its note box): what they are shown.
   */
  resolve(personId: string, findingId: string, note: string): Promise<string>;
  /**
   * Presses the Open button of a digest's item about `promptId`, as `personId`: what they are
   * shown. Undefined where the channel has no buttons (the terminal lists ids instead).
   */
  openItem(personId: string, promptId: string): Promise<string | undefined>;
  /** What the compliance channel has been sent, as its members read it. */
  channelMessages(): string[];
  /** The person's home view (Slack's App Home), as they read it; undefined where the channel has none. */
  home(personId: string): Promise<string | undefined>;
  /**
   * Where `userText` reached this platform as live markup, by the platform's documented rules:
   * each entry names the place. Empty when every copy of it is shown as typed.
   */
  liveMarkup(userText: string): string[];
  command(personId: string, command: 'status' | 'pending' | 'preview' | 'help'): Promise<string>;
  /**
   * The command sent from a channel others share (Slack: `/vigil` there; Teams: `@Vigil` in a
   * team channel): the reply, and where it went. Undefined where the channel has no such place.
   */
  commandInChannel(personId: string, command: 'status' | 'pending' | 'preview' | 'help'): Promise<{ text: string; where: 'ephemeral' | 'personal chat' | 'thread' | 'channel'; posted: string[] } | undefined>;
  ask(personId: string, text: string): Promise<string>;
  stop(): Promise<void>;
}

const PEOPLE = ['ann', 'bob', 'cat', 'dev'];

/** The terminal chat: lines in, text out. */
export class ShellDriver implements ChannelDriver {
  readonly name = 'shell';
  private input = new PassThrough();
  private output = '';
  private done: Promise<void> | undefined;
  private h!: Harness;

  async start(h: Harness): Promise<void> {
    this.h = h;
    const output = new PassThrough();
    output.on('data', (c: Buffer) => (this.output += c.toString()));
    this.done = runShell({ db: h.db, engine: h.engine, clock: h.clock, logger: memoryLogger(), input: this.input, output, as: 'ann' });
    await this.settle();
  }

  async deliver(): Promise<void> {
    await this.send('time'); // any line delivers what is due
  }

  promptsSeenBy(personId: string): string[] {
    const name = this.h.engine.directory.nameOf(personId);
    return [...this.output.matchAll(new RegExp(`→ Vigil asks ${name}:?\\n?\\s*([^\\n]+)`, 'g'))].map((m) => m[1]!.trim());
  }

  messagesTo(personId: string): string[] {
    const name = this.h.engine.directory.nameOf(personId);
    // In full (indented lines) for the person acted as, in one line for everyone else.
    return [...this.output.matchAll(new RegExp(`→ Vigil [a-z ]+ ${name}:(?: (.+)|\\n((?:  .*(?:\\n|$))+))`, 'g'))].map((m) => (m[1] ?? m[2]!).trim());
  }

  async answer(personId: string, promptId: string, value: 'yes' | 'no', reason?: string): Promise<string> {
    await this.send(`as ${personId}`);
    return this.send(`answer ${promptId} ${value}${reason ? ` ${reason}` : ''}`);
  }

  async resolve(personId: string, findingId: string, note: string): Promise<string> {
    await this.send(`as ${personId}`);
    return this.send(`resolve ${findingId.slice(0, 8)} ${note}`);
  }

  channelMessages(): string[] {
    return [...this.output.matchAll(/→ Vigil [a-z ]+ #compliance: (.+)/g)].map((m) => m[1]!);
  }

  async openItem(): Promise<undefined> {
    return undefined;
  }

  async home(): Promise<undefined> {
    return undefined;
  }

  async commandInChannel(): Promise<undefined> {
    return undefined;
  }

  liveMarkup(userText: string): string[] {
    // A terminal acts on control characters (ANSI escapes, bells, carriage returns); with no
    // terminal attached Vigil writes none of its own, so any in the output came from a user.
    // eslint-disable-next-line no-control-regex
    const controls = [...new Set(userText.match(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g) ?? [])].filter((c) => c !== '\n');
    return controls.filter((c) => this.output.includes(c)).map((c) => `terminal output: U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
  }

  async command(personId: string, command: 'status' | 'pending' | 'preview' | 'help'): Promise<string> {
    await this.send(`as ${personId}`);
    return this.send(command);
  }

  async ask(personId: string, text: string): Promise<string> {
    await this.send(`as ${personId}`);
    return this.send(text);
  }

  async stop(): Promise<void> {
    this.input.end();
    await this.done;
  }

  private async send(line: string): Promise<string> {
    const before = this.output.length;
    this.input.write(line + '\n');
    await this.settle();
    return this.output.slice(before);
  }

  private async settle(): Promise<void> {
    let last = -1;
    while (last !== this.output.length) {
      last = this.output.length;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Slack: signed payloads in, Web API calls out, through the real Bolt app. */
export class SlackDriver implements ChannelDriver {
  readonly name = 'slack';
  private slack = new FakeSlack(PEOPLE.map((p) => ({ id: `U${p.toUpperCase()}`, email: `${p}@acme.example` })));
  private server!: RunningServer;
  private dispatcher!: Dispatcher;
  private h!: Harness;
  private clicks = 0;

  async start(h: Harness): Promise<void> {
    this.h = h;
    await this.slack.start();
    const logger = memoryLogger();
    const adapter = new SlackAdapter({ botToken: this.slack.validToken, signingSecret: 's', apiUrl: this.slack.apiUrl, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('slack'), logger, retryConfig: { retries: 0 } });
    await adapter.start();
    this.server = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1');
    this.dispatcher = new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: adapter });
  }

  async deliver(): Promise<void> {
    await this.dispatcher.deliverDue();
  }

  promptsSeenBy(personId: string): string[] {
    return this.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === `DU${personId.toUpperCase()}`).map((c) => String(c.args.text));
  }

  messagesTo(personId: string): string[] {
    return this.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === `DU${personId.toUpperCase()}`).map((c) => `${String(c.args.text)}\n${JSON.stringify(c.args.blocks ?? [])}`);
  }

  async answer(personId: string, promptId: string, value: 'yes' | 'no', reason?: string): Promise<string> {
    const user = `U${personId.toUpperCase()}`;
    const channel = `DU${this.h.engine.directory.person(promptAssignee(promptId))!.id.toUpperCase()}`;
    await this.settle(); // the previous action's last calls (an ephemeral after an update) land before the marker
    const marker = this.slack.calls.length;
    await this.post(interactive(buttonClick({ userId: user, channel, messageTs: '1700000000.000100', actionId: `answer:${value}`, value: promptId, actionTs: `1700000${++this.clicks}.000001` })));
    if (value === 'no') {
      const open = await eventually(() => this.slack.calls.slice(marker).find((c) => c.method === 'views.open' || c.method === 'chat.postEphemeral'));
      if (open.method === 'chat.postEphemeral') return String(open.args.text);
      const meta = (open.args.view as { private_metadata: string }).private_metadata;
      const ack = await this.post(interactive(viewSubmission({ userId: user, privateMetadata: meta, reason: reason ?? '', viewId: `V${this.clicks}` })));
      // A refusal shown in the modal itself, which stays open with what was typed.
      const refused = ack ? (JSON.parse(ack) as { response_action?: string; errors?: { reason?: string } }) : undefined;
      if (refused?.response_action === 'errors') return String(refused.errors?.reason);
    }
    const shown = await eventually(() => this.slack.calls.slice(marker).find((c) => c.method === 'chat.update' || c.method === 'chat.postEphemeral'));
    return shown.method === 'chat.update' ? JSON.stringify(shown.args.blocks) : String(shown.args.text);
  }

  async resolve(personId: string, findingId: string, note: string): Promise<string> {
    const user = `U${personId.toUpperCase()}`;
    const channel = `DU${personId.toUpperCase()}`;
    await this.settle();
    const marker = this.slack.calls.length;
    await this.post(interactive(buttonClick({ userId: user, channel, messageTs: '1700000000.000200', actionId: 'resolve', value: findingId, actionTs: `1700000${++this.clicks}.000001` })));
    const open = await eventually(() => this.slack.calls.slice(marker).find((c) => c.method === 'views.open' || c.method === 'chat.postEphemeral'));
    if (open.method === 'chat.postEphemeral') return String(open.args.text);
    const meta = (open.args.view as { private_metadata: string }).private_metadata;
    const ack = await this.post(interactive(viewSubmission({ userId: user, privateMetadata: meta, reason: note, viewId: `V${this.clicks}`, callbackId: 'finding-resolve', field: 'note' })));
    const refused = ack ? (JSON.parse(ack) as { response_action?: string; errors?: { note?: string } }) : undefined;
    if (refused?.response_action === 'errors') return String(refused.errors?.note);
    // The message updated in place (who resolved it, the note), then what the presser is told.
    const told = await eventually(() => this.slack.calls.slice(marker).find((c) => c.method === 'chat.postEphemeral'));
    const update = this.slack.calls.slice(marker).find((c) => c.method === 'chat.update');
    return `${update ? `${JSON.stringify(update.args.blocks)}\n` : ''}${String(told.args.text)}`;
  }

  channelMessages(): string[] {
    return this.slack.callsTo('chat.postMessage').filter((c) => !String(c.args.channel).startsWith('D')).map((c) => `${String(c.args.text)}\n${JSON.stringify(c.args.blocks ?? [])}`);
  }

  async openItem(personId: string, promptId: string): Promise<string> {
    const user = `U${personId.toUpperCase()}`;
    await this.settle();
    const marker = this.slack.calls.length;
    await this.post(interactive(buttonClick({ userId: user, channel: `D${user}`, messageTs: '1700000000.000300', actionId: 'item', value: promptId, actionTs: `1700000${++this.clicks}.000001` })));
    return String((await eventually(() => this.slack.calls.slice(marker).find((c) => c.method === 'chat.postEphemeral'))).args.text);
  }

  async home(personId: string): Promise<string> {
    const user = `U${personId.toUpperCase()}`;
    const marker = this.slack.calls.length;
    await this.post(eventCallback({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: `1700001${++this.clicks}.000100` }));
    const published = await eventually(() => this.slack.calls.slice(marker).find((c) => c.method === 'views.publish' && c.args.user_id === user));
    return JSON.stringify(published.args.view);
  }

  liveMarkup(userText: string): string[] {
    return slackLiveMarkup(userText, [
      ...this.slack.calls.filter((c) => ['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'views.publish', 'views.open'].includes(c.method)).map((c) => ({ where: c.method, args: c.args })),
      ...this.slack.responses.map((r) => ({ where: 'response_url', args: r.body })),
    ]);
  }

  async command(personId: string, command: 'status' | 'pending' | 'preview' | 'help'): Promise<string> {
    return this.slash(personId, command);
  }

  async ask(personId: string, text: string): Promise<string> {
    return this.slash(personId, text);
  }

  async stop(): Promise<void> {
    await this.server.close();
    await this.slack.stop();
  }

  async commandInChannel(personId: string, command: 'status' | 'pending' | 'preview' | 'help'): Promise<{ text: string; where: 'ephemeral' | 'channel'; posted: string[] }> {
    const path = `/response/${++this.clicks}`;
    const form = new URLSearchParams(slashCommand({ userId: `U${personId.toUpperCase()}`, text: command, responseUrl: `${this.slack.url}${path}` }).body);
    form.set('channel_id', 'C0GENERAL');
    form.set('channel_name', 'general');
    await this.post({ body: form.toString(), contentType: 'application/x-www-form-urlencoded' });
    const response = (await eventually(() => this.slack.responses.find((r) => r.path === path))).body;
    const posted = this.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0GENERAL').map((c) => String(c.args.text));
    return { text: String(response.text), where: response.response_type === 'in_channel' ? 'channel' : 'ephemeral', posted };
  }

  /** Waits until Vigil has made no Web API call for a little while. */
  private async settle(): Promise<void> {
    let last = -1;
    while (last !== this.slack.calls.length) {
      last = this.slack.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async slash(personId: string, text: string): Promise<string> {
    const path = `/response/${++this.clicks}`;
    await this.post(slashCommand({ userId: `U${personId.toUpperCase()}`, text, responseUrl: `${this.slack.url}${path}` }));
    return String((await eventually(() => this.slack.responses.find((r) => r.path === path))).body.text);
  }

  /** Posts a signed request; the body of Bolt's acknowledgement (empty, or a response_action). */
  private async post(request: { body: string; contentType: string }): Promise<string> {
    const response = await fetch(`${this.server.url}/slack/events`, { method: 'POST', headers: { 'content-type': request.contentType, ...sign('s', request.body) }, body: request.body });
    return response.text();
  }
}

/** Teams: Bot Framework activities in, connector calls out, through the real Agents SDK. */
export class TeamsDriver implements ChannelDriver {
  readonly name = 'teams';
  private connector = new FakeConnector(PEOPLE.map((p) => ({ ...teamsUser(p), email: `${p}@acme.example` })));
  private invokeResponses: Record<string, unknown>[] = [];
  private threads = 0;
  private server!: RunningServer;
  private dispatcher!: Dispatcher;

  async start(h: Harness): Promise<void> {
    await this.connector.start();
    const logger = memoryLogger();
    const adapter = new TeamsAdapter({ production: false, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('teams'), logger });
    this.server = await startHttpServer({ teams: adapter.requestListener }, 0, '127.0.0.1');
    this.dispatcher = new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: adapter });
    for (const p of PEOPLE) await this.post(installed(this.connector.url, teamsUser(p)));
    // Added to the team whose channel is the compliance channel, so Vigil can post there.
    await this.post(addedToTeam(this.connector.url, teamsUser('ann'), TEAMS_COMPLIANCE_CHANNEL));
  }

  /** Activities posted in the compliance channel: into its conversation, or as a new conversation in it. */
  private channelActivities(): Record<string, unknown>[] {
    const inChannel = this.connector.activitiesTo(TEAMS_COMPLIANCE_CHANNEL);
    const started = this.connector.calls
      .filter((c) => c.method === 'POST' && (c.status === 200 || c.status === 201) && c.path === '/v3/conversations' && (c.body?.channelData as { channel?: { id?: string } } | undefined)?.channel?.id === TEAMS_COMPLIANCE_CHANNEL)
      .map((c) => c.body!.activity as Record<string, unknown>);
    return [...inChannel, ...started].filter(Boolean);
  }

  async deliver(): Promise<void> {
    await this.dispatcher.deliverDue();
  }

  promptsSeenBy(personId: string): string[] {
    return this.connector.activitiesTo(`a:chat-${teamsUser(personId).aadObjectId}`).filter((a) => a.summary).map((a) => String(a.summary));
  }

  messagesTo(personId: string): string[] {
    return this.connector.activitiesTo(`a:chat-${teamsUser(personId).aadObjectId}`).map(activityText);
  }

  async answer(personId: string, promptId: string, value: 'yes' | 'no', reason?: string): Promise<string> {
    const body = await this.post(cardAction(this.connector.url, teamsUser(personId), { promptId, value, ...(reason ? { reason } : {}) }));
    this.invokeResponses.push(body);
    // A message, or the card shown in the prompt's place.
    return typeof body.value === 'string' ? body.value : readableLines({ attachments: [{ content: body.value }] }).join('\n');
  }

  async resolve(personId: string, findingId: string, note: string): Promise<string> {
    const body = await this.post(cardAction(this.connector.url, teamsUser(personId), { findingId, note }, undefined, 'resolve'));
    this.invokeResponses.push(body);
    return typeof body.value === 'string' ? body.value : readableLines({ attachments: [{ content: body.value }] }).join('\n');
  }

  channelMessages(): string[] {
    return this.channelActivities().map(activityText);
  }

  async openItem(personId: string, promptId: string): Promise<string> {
    const body = await this.post(cardAction(this.connector.url, teamsUser(personId), { promptId }, undefined, 'item'));
    this.invokeResponses.push(body);
    return String(body.value);
  }

  async commandInChannel(personId: string, command: 'status' | 'pending' | 'preview' | 'help'): Promise<{ text: string; where: 'personal chat' | 'thread' | 'channel'; posted: string[] }> {
    const root = `17000000${++this.threads}`;
    const chat = `a:chat-${teamsUser(personId).aadObjectId}`;
    const before = this.connector.activitiesTo(chat).length;
    const activity = channelMessage(this.connector.url, teamsUser(personId), TEAMS_GENERAL_CHANNEL, command, root);
    await this.post(activity);
    const thread = `/v3/conversations/${TEAMS_GENERAL_CHANNEL};messageid=${root}/activities`;
    const inChannel = this.connector.calls.filter((c) => c.method === 'POST' && c.status === 200 && decodeURIComponent(c.path).startsWith(`/v3/conversations/${TEAMS_GENERAL_CHANNEL}`));
    const posted = inChannel.map((c) => activityText(c.body!));
    const [privately] = this.connector.activitiesTo(chat).slice(before);
    if (privately) return { text: activityText(privately), where: 'personal chat', posted };
    const reply = inChannel.at(-1);
    if (!reply) throw new Error('no reply in the channel');
    return { text: activityText(reply.body!), where: decodeURIComponent(reply.path) === `${thread}/${activity.id}` ? 'thread' : 'channel', posted };
  }

  async home(): Promise<undefined> {
    return undefined;
  }

  liveMarkup(userText: string): string[] {
    const posted = this.connector.calls.filter((c) => (c.method === 'POST' || c.method === 'PUT') && c.body).map((c) => ({ where: `${c.method} ${decodeURIComponent(c.path)}`, activity: (c.body!.activity as Record<string, unknown> | undefined) ?? c.body! }));
    const invoked = this.invokeResponses.map((r) => ({ where: 'invoke response', activity: typeof r.value === 'string' ? { text: r.value, textFormat: 'plain' } : { attachments: [{ content: r.value }] } }));
    return teamsLiveMarkup(userText, [...posted, ...invoked]);
  }

  async command(personId: string, command: 'status' | 'pending' | 'preview' | 'help'): Promise<string> {
    return this.ask(personId, command);
  }

  async ask(personId: string, text: string): Promise<string> {
    await this.post(message(this.connector.url, teamsUser(personId), text));
    return activityText(this.connector.activitiesTo(`a:chat-${teamsUser(personId).aadObjectId}`).at(-1)!);
  }

  async stop(): Promise<void> {
    await this.server.close();
    await this.connector.stop();
  }

  private async post(activity: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await response.text();
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }
}

/** The Teams channel the contract's workspace names as its compliance channel (see channels.contract.test.ts). */
export const TEAMS_COMPLIANCE_CHANNEL = '19:compliance@thread.tacv2';
/** Another channel of the same team, where people talk to Vigil. */
const TEAMS_GENERAL_CHANNEL = '19:general@thread.tacv2';

/** What a person reads in an activity: its text, or the text blocks of its cards. */
function activityText(activity: Record<string, unknown>): string {
  return readableLines(activity).join('\n');
}

function teamsUser(p: string): TeamsUser {
  return { id: `29:${p}`, aadObjectId: `00000000-0000-4000-8000-0000000000${PEOPLE.indexOf(p) + 10}`, name: p };
}

function promptAssignee(promptId: string): string {
  return promptId.split('/')[1]!.split(':')[1]!;
}

