import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { sameQuestion } from '../../app/pending-text.ts';
import type { ChatPort, PendingItem } from '../../app/port.ts';
import type { UseCases } from '../../app/use-cases.ts';
import { closest, parseShellDuration } from '../../app/words.ts';
import type { FakeClock } from '../../clock.ts';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { InboundEvent } from '../../messages.ts';
import type { Sender } from '../dispatcher.ts';
import { ansi, plain, renderMessage, type Style } from './render.ts';
import { TerminalSender } from './terminal-sender.ts';

/** What the terminal chat needs. */
export interface ShellDeps {
  /** The use cases, on the same clock. */
  app: UseCases;
  /** Delivers what is due through the given sender: the dispatcher every channel is delivered by. */
  deliveryThrough: (sender: Sender) => { deliverDue(): Promise<unknown> };
  /** The simulated clock that `advance` moves. */
  clock: FakeClock;
  logger: Logger;
  input: Readable;
  output: Writable;
  /** Colour on or off; on only for a TTY by default. */
  color?: boolean;
  /** Who to act as first (default: the first person in the config). */
  as?: string;
}

const HELP = `Commands:
  as <person>          act as someone (by id or first name); people lists them
  pending              what you still have to answer, numbered, with ids; repeats of one
                       question on one line; pending missed: what closed unanswered; pending all
  yes | no <reason> | na <reason>
                       answer your oldest open item; put its number first for another (or a
                       missed one, recorded as late): 2 no laptop was off
  yes to all <n>       a Yes to each of the n unanswered repeats of one question
  check <n> <n> ...    answer a checklist, ticking items by number (yes ticks them all)
  answer <id> yes|no <reason>|na <reason>
                       answer a prompt by its id
  text <words>         answer a question that wants words
  status               compliance status as you may see it
  preview              who would be reminded or escalated to in the next week (managers, compliance)
  resolve <id> <note>  resolve a finding, saying what was done (managers and compliance)
  away until 14 Dec [, delegate to <person>]
                       nothing is asked of you until then (or your delegate is asked); each check
                       is recorded excused; also away 14 Dec - 2 Jan, away for <person> … (managers)
  back                 you are back: checks are asked of you again (back for <person>)
  time                 the simulated time
  advance <duration>   move the clock (30m, 4h, 2d, 1w or ISO 8601 like PT4H) and run the engine
  help                 this text;  quit  leaves
Anything else is a question about our suppliers and policies.`;

/**
 * The terminal chat: a simulated workspace on a fake clock, through the same conversation core
 * as Slack and Teams. Reads lines until end of input, so scripts can be piped in.
 */
export async function runTerminalChat(deps: ShellDeps): Promise<void> {
  await new TerminalChat(deps).run();
}

/** The chat's own commands, for did-you-mean on a mistyped one ("pendng"). */
const COMMAND_WORDS = ['pending', 'preview', 'status', 'people', 'time', 'advance', 'resolve', 'answer', 'help', 'quit', 'check', 'away', 'back'];

/** The words that answer the oldest (or a numbered) pending item. */
const ANSWER_WORDS = ['yes', 'y', 'no', 'n', 'na', 'n/a', 'check', 'text'];

class TerminalChat {
  private readonly deps: ShellDeps;
  private readonly style: Style;
  private readonly port: ChatPort;
  private readonly dispatcher: { deliverDue(): Promise<unknown> };
  private readonly zone: string;
  /** Who the chat acts as. */
  private me: string;

  constructor(deps: ShellDeps) {
    this.deps = deps;
    const { app, clock, output } = deps;
    this.style = (deps.color ?? (output as { isTTY?: boolean }).isTTY === true) ? ansi : plain;
    this.port = app.chat('shell');
    this.zone = app.zoneOf();
    this.me = deps.as ?? this.directory.allPeople()[0]!.id;
    const sender = new TerminalSender({ app, clock, style: this.style, say: (text) => this.say(text), me: () => this.me });
    this.dispatcher = deps.deliveryThrough(sender);
  }

  private get directory() {
    return this.deps.app.directory;
  }

  private say(text: string): void {
    this.deps.output.write(text + '\n');
  }

  async run(): Promise<void> {
    const { clock, output } = this.deps;
    this.say(this.style.bold(`Vigil terminal chat: ${this.deps.app.config.organisation.name}`));
    this.say(`Simulated clock: ${this.deps.app.whenText(clock.now())} (${this.zone}). You are ${this.describe(this.me)}. Type help for commands.`);
    await this.tick();
    const lines = createInterface({ input: this.deps.input, crlfDelay: Infinity, terminal: false });
    const promptLine = () => {
      if ((output as { isTTY?: boolean }).isTTY) output.write(this.style.dim(`${this.me}> `));
    };
    promptLine();
    for await (const raw of lines) {
      const line = raw.trim();
      if (line !== '' && !line.startsWith('#')) {
        try {
          if ((await this.command(line)) === 'quit') break;
          await this.dispatcher.deliverDue();
        } catch (error) {
          if (!(error instanceof VigilError)) throw error;
          this.say(`Sorry: ${error.message}.`);
        }
      }
      promptLine();
    }
    // `quit` leaves with the input still open (a terminal, a pipe): let go of it, or the process
    // would wait for an end of input that never comes.
    lines.close();
    this.deps.input.destroy();
    this.say('Bye.');
  }

  private async tick(): Promise<void> {
    await this.deps.app.tick();
    await this.dispatcher.deliverDue();
  }

  private async handle(event: InboundEvent): Promise<void> {
    for (const message of await this.port.handle(event)) this.say(renderMessage(message, this.style));
  }

  /** Runs one line; 'quit' when the chat should end. */
  private async command(line: string): Promise<'quit' | void> {
    const [word = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    const command = word.toLowerCase();
    if (command === 'quit' || command === 'exit') return 'quit';
    else if (command === 'help' || command === '?') this.say(HELP);
    else if (command === 'people') this.say(this.directory.allPeople().map((p) => `  ${p.id}: ${this.describe(p.id)}`).join('\n'));
    else if (command === 'as') this.me = this.switchTo(args);
    else if (command === 'time') this.say(`It is ${this.deps.app.longWhenText(this.deps.clock.now())} (${this.zone}), simulated.`);
    else if (command === 'advance') await this.advance(args);
    else if (command === 'pending' || command === 'status' || command === 'preview') await this.handle({ kind: 'command', personId: this.me, command, args: rest });
    else if ((command === 'away' && rest.length) || (command === 'back' && (rest.length === 0 || rest[0]!.toLowerCase() === 'for'))) await this.handle({ kind: 'command', personId: this.me, command, args: rest });
    else if (command === 'resolve') await this.resolve(rest);
    else if (command === 'answer') await this.answerById(rest);
    else if (/^\d+$/.test(command) || ANSWER_WORDS.includes(command)) await this.answer(line);
    else if (rest.length === 0 && closest(command, COMMAND_WORDS)) this.say(`Did you mean ${closest(command, COMMAND_WORDS)}? Type help for commands; anything else is a question about our suppliers and policies.`);
    else await this.handle({ kind: 'question', personId: this.me, text: line });
  }

  private describe(id: string): string {
    const p = this.directory.person(id)!;
    const manager = p.manager ? `, reports to ${this.directory.nameOf(p.manager)}` : '';
    return `${p.name} (${p.roles.join(', ')}${manager})`;
  }

  private switchTo(who: string): string {
    const wanted = who.trim().toLowerCase();
    const people = this.directory.allPeople();
    const match = people.find((p) => p.id === wanted || p.name.toLowerCase().split(' ')[0] === wanted);
    if (!match) {
      const guess = closest(wanted, people.map((p) => p.id));
      throw new VigilError(ErrorCode.NotFound, `nobody called "${who}" here${guess ? `; did you mean "${guess}"?` : ''} (people lists everyone)`);
    }
    this.say(`You are now ${this.describe(match.id)}.`);
    return match.id;
  }

  private async advance(text: string): Promise<void> {
    const { app, clock } = this.deps;
    const target = new Date(clock.now().getTime() + parseShellDuration(text));
    for (let guard = 0; guard < 100_000; guard++) {
      const next = await app.nextWakeUp(target);
      clock.set(next ?? target);
      await this.tick();
      if (!next) break;
    }
    this.say(this.style.dim(`Now ${app.whenText(clock.now())}.`));
  }

  private async answer(line: string): Promise<void> {
    const match = /^(?:(\d+)\s*)?(yes|y|no|n|na|n\/a|check|text)?\b\s*(.*)$/i.exec(line)!;
    const [, number, verb = '', rest = ''] = match;
    if (!verb) throw new VigilError(ErrorCode.InvalidAnswer, 'say yes, no <reason>, na <reason>, check <items> or text <words> after the number');
    const pending = await this.port.pending(this.me);
    if (pending.length === 0) throw new VigilError(ErrorCode.NotFound, 'you have nothing to answer');
    const v = verb.toLowerCase();
    const toAll = /^to all(?:\s+(\d+))?$/i.exec(rest.trim());
    if (toAll && (v === 'yes' || v === 'y')) return this.yesToAll(pending, number, toAll[1]);
    const prompt = number ? pending[Number(number) - 1] : this.oldestOpen(pending, v);
    if (!prompt) throw new VigilError(ErrorCode.NotFound, `there is no item ${number}; you have ${pending.length} (pending lists them)`);
    const base = { kind: 'answer' as const, personId: this.me, promptId: prompt.id };
    if (v === 'yes' || v === 'y') return this.handle({ ...base, value: 'yes' });
    if (v === 'no' || v === 'n') return this.handle({ ...base, value: 'no', reason: rest });
    if (v === 'na' || v === 'n/a') return this.handle({ ...base, value: 'na', reason: rest });
    if (v === 'text') return this.handle({ ...base, value: 'text', text: rest });
    const items = prompt.checklist ?? [];
    const checked = rest.split(/[\s,]+/).filter(Boolean).map((n) => items[Number(n) - 1] ?? n);
    return this.handle({ ...base, value: 'checklist', checked });
  }

  /**
   * Without a number, the oldest open item this kind of answer fits. What was missed past its
   * close is answered only on purpose (by number or id); several open repeats of one question
   * are never guessed between: the person is asked which.
   */
  private oldestOpen(pending: PendingItem[], verb: string): PendingItem {
    const fits = (kind: string) => (verb === 'check' ? kind === 'checklist' : verb === 'text' ? kind === 'text' : kind !== 'text');
    const open = pending.filter((p) => p.status !== 'missed');
    const prompt = open.find((p) => fits(p.answerKind)) ?? open[0];
    if (!prompt) {
      throw new VigilError(ErrorCode.NotFound, `nothing is open to answer now; ${pending.length} closed unanswered: pending missed lists them, and a number or answer <id> answers one late`);
    }
    const repeats = open.filter((p) => sameQuestion(p, prompt));
    if (repeats.length > 1) {
      const numbers = repeats.map((p) => pending.indexOf(p) + 1);
      throw new VigilError(ErrorCode.UsageError, `you have ${repeats.length} open of "${prompt.question}" (items ${numbers.join(', ')}): put the number first for one (${numbers[0]} ${verb}), or say yes to all ${repeats.length}`);
    }
    return prompt;
  }

  /**
   * `yes to all 3`: a Yes to every unanswered repeat of one question (the first item's, or the
   * numbered item's), each recorded as its own answer at the time it is given, late ones as late.
   * The count, when given, must match, so nobody answers more than they meant to.
   */
  private async yesToAll(pending: PendingItem[], number: string | undefined, count: string | undefined): Promise<void> {
    const first = number ? pending[Number(number) - 1] : this.groupFor(pending, count);
    if (!first) throw new VigilError(ErrorCode.NotFound, `there is no item ${number}; you have ${pending.length} (pending lists them)`);
    const group = pending.filter((p) => sameQuestion(p, first));
    if (count !== undefined && Number(count) !== group.length) {
      throw new VigilError(ErrorCode.UsageError, `"${first.question}" has ${group.length} to answer, not ${count}; nothing was recorded (pending all lists them)`);
    }
    for (const prompt of group) await this.handle({ kind: 'answer', personId: this.me, promptId: prompt.id, value: 'yes' });
  }

  /**
   * Which repeats `yes to all` means without a number: those of the one question repeated that
   * many times (or, without a count, the only question repeated at all); else the person is asked.
   */
  private groupFor(pending: PendingItem[], count: string | undefined): PendingItem | undefined {
    const firsts = pending.filter((p, i) => pending.findIndex((q) => sameQuestion(p, q)) === i && pending.some((q) => q !== p && sameQuestion(p, q)));
    const size = (p: PendingItem) => pending.filter((q) => sameQuestion(p, q)).length;
    const fitting = count === undefined ? firsts : firsts.filter((p) => size(p) === Number(count));
    if (fitting.length === 1) return fitting[0];
    // One repeated question (or none): it is the one meant, and a wrong count is refused by name.
    if (firsts.length <= 1) return firsts[0] ?? pending[0];
    const which = firsts.map((p) => `${size(p)} of "${p.question}" (put ${pending.indexOf(p) + 1} first)`).join('; ');
    throw new VigilError(ErrorCode.UsageError, `say which question: ${which}; nothing was recorded`);
  }

  /** `answer <prompt id> yes|no <reason>|na <reason>`: any prompt, by id (as a button would). */
  private async answerById([promptId = '', verb = '', ...words]: string[]): Promise<void> {
    const value = ({ yes: 'yes', y: 'yes', no: 'no', n: 'no', na: 'na', 'n/a': 'na' } as const)[verb.toLowerCase() as 'yes'];
    if (!promptId || !value) throw new VigilError(ErrorCode.UsageError, 'say answer <prompt id> yes, no <reason> or na <reason>');
    await this.handle({ kind: 'answer', personId: this.me, promptId, value, ...(words.length ? { reason: words.join(' ') } : {}) });
  }

  private async resolve([prefix = '', ...note]: string[]): Promise<void> {
    if (!prefix) throw new VigilError(ErrorCode.UsageError, 'say which finding and what was done: resolve <id> <note> (status shows the ids)');
    const id = await this.deps.app.resolveFinding(prefix, this.me, note.join(' '));
    this.say(`Resolved finding ${id.slice(0, 8)}.`);
  }
}

// Named here too, for callers that read it as the terminal chat's.
export { parseShellDuration };
