import { buildStatus, checkLength, FINDING_STAYS_OPEN, formatWhen, recordAnswer, type AnswerOutcome, type Engine } from '../attestations/index.ts';
import type { Clock } from '../clock.ts';
import { VigilError } from '../errors.ts';
import { readLiveRegister } from '../register/live-state.ts';
import type { Logger } from '../logger.ts';
import { unansweredPrompts, type Answer, type Db, type Prompt } from '../store/index.ts';
import type { InboundEvent, OutboundMessage } from '../messages.ts';
import type { AnswerEvent, AnswerResult } from './port.ts';
import type { Snapshot } from './snapshot.ts';
import { previewText } from './preview-text.ts';
import { pendingOrder, pendingText, pendingView } from './pending-text.ts';
import { statusText } from './status-text.ts';
import { away, back, type AwayDeps } from './away.ts';

/** What the conversation counts, for the bot's /metrics (the metrics module's Metrics fits). */
export interface ChatMetrics {
  answer(channel: string): void;
  qaLatency(seconds: number): void;
}

/** What the conversation core needs; every channel passes the same. */
export interface ConversationDeps {
  db: Db;
  /** Records answers and builds status (the engine's rules); config is read from the snapshot. */
  engine: Engine;
  /** The config in force, swapped whole by a reload. */
  snapshot: () => Snapshot;
  clock: Clock;
  logger: Logger;
  /** The channel's name, recorded with each answer: shell, slack, teams. */
  channel: string;
  /** Counts answers and times questions, for the bot's /metrics. */
  metrics?: ChatMetrics | undefined;
}

const text = (t: string): OutboundMessage => ({ kind: 'text', text: t });

const COMMANDS = ['status', 'pending', 'preview', 'help'] as const;

/**
 * A line someone typed to Vigil in chat or after a slash command: `status`, `pending`, `preview` or `help`
 * (in any case) is that command, anything else is a question. Every channel reads lines this way.
 */
export function readChatLine(personId: string, line: string): InboundEvent {
  const trimmed = line.trim();
  const [word = '', ...rest] = trimmed.split(/\s+/);
  const command = COMMANDS.find((c) => c === word.toLowerCase());
  return command ? { kind: 'command', personId, command, args: rest } : (readAbsenceLine(personId, trimmed) ?? { kind: 'question', personId, text: trimmed });
}

/**
 * A direct message to Vigil (Slack's DM): `away …` and `back` are commands, as everywhere;
 * anything else is a question, `help` included (it asks what Vigil can answer).
 */
export function readDirectMessage(personId: string, line: string): InboundEvent {
  return readAbsenceLine(personId, line.trim()) ?? { kind: 'question', personId, text: line.trim() };
}

/**
 * `away <when>` (something must follow) and `back` (alone, or `back for <name>`): so a question
 * that starts with "back up …" or a lone "away" stays a question.
 */
function readAbsenceLine(personId: string, line: string): InboundEvent | undefined {
  const [word = '', ...rest] = line.split(/\s+/);
  const lower = word.toLowerCase();
  if (lower === 'away' && rest.length > 0) return { kind: 'command', personId, command: 'away', args: rest };
  if (lower === 'back' && (rest.length === 0 || rest[0]!.toLowerCase() === 'for')) return { kind: 'command', personId, command: 'back', args: rest };
  return undefined;
}

/**
 * The platform-free conversation core: the one entry point every channel (terminal, Slack,
 * Teams) hands neutral events to. It answers with neutral messages for the channel to render.
 */
export class Conversation {
  protected readonly deps: ConversationDeps;
  constructor(deps: ConversationDeps) {
    this.deps = deps;
  }

  /** The channel's name, recorded with each answer. */
  get channel(): string {
    return this.deps.channel;
  }

  /** Handles one event from one person and returns the replies to show them. */
  async handle(event: InboundEvent): Promise<OutboundMessage[]> {
    if (!this.deps.snapshot().directory.person(event.personId)) return [text(`I don't know "${event.personId}" in this workspace.`)];
    try {
      switch (event.kind) {
        case 'answer':
          return [(await this.answer(event)).reply];
        case 'command':
          if (event.command === 'pending') return [await this.pendingText(event.personId, event.args)];
          if (event.command === 'status') return [text(await this.statusText(event.personId))];
          if (event.command === 'preview') return [text(await previewText(this.deps.db, this.deps.snapshot(), event.personId, this.deps.clock.now()))];
          if (event.command === 'away') return [text(await away(this.awayDeps(), event.personId, event.args.join(' ')))];
          if (event.command === 'back') return [text(await back(this.awayDeps(), event.personId, event.args.join(' ')))];
          return [text(this.help())];
        case 'question':
          return [await this.question(event.text)];
      }
    } catch (error) {
      if (error instanceof VigilError) return [text(`Sorry: ${error.message}.`)];
      this.deps.logger.error('conversation failed', { kind: event.kind, error: (error as Error).message });
      return [text('Sorry: something went wrong on my side, and nothing was recorded. Please try again.')];
    }
  }

  private awayDeps(): AwayDeps {
    return { db: this.deps.db, snapshot: this.deps.snapshot(), now: this.deps.clock.now(), channel: this.deps.channel };
  }

  /** What someone Vigil does not know is told, on every channel: who to ask to be added. */
  strangerReply(): string {
    const { organisation } = this.deps.snapshot().config;
    const contact = organisation.dataProtectionContact;
    return `Sorry: you are not in ${organisation.name}'s Vigil workspace. Please ask ${contact.name}${contact.email ? ` (${contact.email})` : ''} to add you.`;
  }

  /**
   * A person's unanswered prompts, in the order `pending` numbers them: what is open, oldest
   * first, then what was missed past its close (answerable late, on purpose), oldest first.
   */
  async pending(personId: string): Promise<Prompt[]> {
    return pendingOrder(await unansweredPrompts(this.deps.db, [personId]));
  }

  /**
   * Records an answer and says so, with what the channel needs to update the prompt's message.
   * A refusal or an invalid answer comes back as the reply, refused.
   */
  async answer(event: AnswerEvent): Promise<AnswerResult> {
    try {
      const { reply, outcome } = await this.recordAnswer(event);
      if (outcome.status !== 'recorded') return { reply, status: outcome.status === 'duplicate' ? 'duplicate' : 'refused' };
      const answered = { question: outcome.prompt.question, summary: this.answeredSummary(outcome) };
      return { reply, status: 'recorded', answered, worthSaying: outcome.findingOpened || outcome.answer.late };
    } catch (error) {
      if (error instanceof VigilError) return { reply: text(`Sorry: ${error.message}.`), status: 'refused' };
      throw error;
    }
  }

  private async recordAnswer(event: AnswerEvent): Promise<{ reply: OutboundMessage; outcome: AnswerOutcome }> {
    const now = this.deps.clock.now();
    const outcome = await recordAnswer(this.deps.db, this.deps.engine, {
      promptId: event.promptId, personId: event.personId, value: event.value, channel: this.deps.channel,
      ...(event.reason !== undefined ? { reason: event.reason } : {}),
      ...(event.checked !== undefined ? { checked: event.checked } : {}),
      ...(event.text !== undefined ? { text: event.text } : {}),
      ...(event.eventId !== undefined ? { eventId: event.eventId } : {}),
    }, now);
    if (outcome.status === 'duplicate') return { reply: text('Already recorded.'), outcome };
    // Every channel shows this reply as it shows a refusal (it has no 'recorded' outcome to act on).
    if (outcome.status === 'unchanged') return { reply: text(`Already recorded for "${outcome.prompt.question}": ${this.answeredSummary(outcome)}. Nothing new was recorded.`), outcome };
    this.deps.metrics?.answer(this.deps.channel);
    const { answer, prompt } = outcome;
    const { directory } = this.deps.snapshot();
    const notes: string[] = [];
    if (answer.late) notes.push('It was late, and is marked so.');
    if (answer.revision > 1) notes.push(`This replaces your earlier answer (kept on record as revision ${answer.revision - 1}).`);
    if (outcome.findingOpened) notes.push(FINDING_STAYS_OPEN);
    if (outcome.managerTold) notes.push(`${directory.managerOf(prompt.assigneeId) ? 'Your manager has' : 'The compliance channel has'} been told.`);
    if (outcome.findingsResolved.length) notes.push('That closes the finding your earlier answer opened; you and your manager are told.');
    const zone = directory.timezoneOf(event.personId);
    return { reply: text(`Recorded ${describeAnswer(answer)}${answer.reason ? ` (${answer.reason})` : ''} for "${prompt.question}" at ${formatWhen(answer.answeredAt, zone)}. ${notes.join(' ')}`.trim()), outcome };
  }

  /** "Yes, answered by Amy Hughes at Mon 23 Nov, 09:05 (late)": for the prompt's message once answered. */
  protected answeredSummary(outcome: { prompt: Prompt; answer: Answer }): string {
    const { answer, prompt } = outcome;
    const { directory } = this.deps.snapshot();
    const what = describeAnswer(answer);
    const by = answer.answeredBy === prompt.assigneeId ? directory.nameOf(answer.answeredBy) : `${directory.nameOf(answer.answeredBy)} for ${directory.nameOf(prompt.assigneeId)}`;
    return `${what}${answer.reason ? ` (${answer.reason})` : ''}, answered by ${by} at ${formatWhen(answer.answeredAt, directory.timezoneOf(prompt.assigneeId))}${answer.late ? ' (late)' : ''}`;
  }

  private async pendingText(personId: string, args: readonly string[]): Promise<OutboundMessage> {
    // Only the terminal chat takes typed answers by number or id; elsewhere each prompt's message has buttons.
    const typed = this.deps.channel === 'shell';
    return text(pendingText(await this.pending(personId), personId, pendingView(args), this.deps.snapshot(), { typed }));
  }

  /** Compliance status as the person may see it, as text. */
  protected async statusText(personId: string): Promise<string> {
    const { directory } = this.deps.snapshot();
    const report = await buildStatus(this.deps.db, this.deps.engine, { viewer: personId }, this.deps.clock.now());
    return statusText(report, directory);
  }

  private async question(q: string): Promise<OutboundMessage> {
    checkLength('question', q);
    // The register alone, unless the firm configured a language model to read what it cannot.
    const started = performance.now();
    const snapshot = this.deps.snapshot();
    // What owners attested is the register's live state: read it with each question, so an answer
    // given a minute ago is already what the bot says.
    const live = await readLiveRegister(this.deps.db, snapshot.config);
    const reply = await snapshot.qa.askWithModel(q, live);
    this.deps.metrics?.qaLatency((performance.now() - started) / 1000);
    return text(reply.answer);
  }

  private help(): string {
    return [
      'Answer what I ask with the buttons, or:',
      '  pending: what you still have to answer (pending missed: what closed unanswered, to answer late; pending all: everything)',
      '  status: compliance status (yours; your team\'s if you manage people; everyone\'s for compliance)',
      '  preview: who would be reminded or escalated to in the next week if nobody answered (managers and compliance)',
      '  away until 14 Dec (or away 14 Dec - 2 Jan; add ", delegate to Sam" for someone to cover): nothing is asked of you meanwhile; back: you are back',
      '  help: this message',
      'Or ask me about our suppliers and policies: where data is kept, for how long, who it is shared with.',
    ].join('\n');
  }
}

/** "Yes", "No", "N/A", "1/2 ticked" or the words written. */
function describeAnswer(answer: Answer): string {
  if (answer.value === 'na') return 'N/A';
  if (answer.value === 'checklist') return describeChecklist(answer.checklist!);
  if (answer.value === 'text') return `"${answer.text}"`;
  return answer.value === 'yes' ? 'Yes' : 'No';
}

function describeChecklist(checklist: Record<string, boolean>): string {
  const ticked = Object.entries(checklist).filter(([, on]) => on).map(([item]) => item);
  const total = Object.keys(checklist).length;
  return `${ticked.length}/${total} ticked`;
}
