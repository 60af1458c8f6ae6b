import { checkLength, formatDay, formatWhen, resolveFinding, resolveRefusal } from '../attestations/index.ts';
import { periodLabel, titled } from '../attestations/render.ts';
import type { OutboxPayload } from '../attestations/render.ts';
import {
  deleteOtherRefsOfPerson, deleteRef, enqueue, findFinding, findPrompt, latestAnswers, latestRefWithPrefix, markEventProcessed, recentlyAnsweredPrompts, refByKey, refOfPerson, saveRef,
  type Db, type Finding,
} from '../store/index.ts';
import type { Clock } from '../clock.ts';
import { Conversation } from './conversation.ts';
import { oweLines } from './pending-text.ts';
import { unreachableNotice } from './notices.ts';
import { statusChanged, type ChatStatus } from './status-away.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { ChatPort, ConversationRefs, HomeContent, Person, PlatformUser, ResolveResult } from './port.ts';

/**
 * The use-case port of one channel: the conversation core, plus what a channel needs to translate
 * its platform (who a platform user is, the references it keeps, the home view, the checks a
 * platform's own forms make before sending). See {@link ChatPort}.
 */
export class ChannelPort extends Conversation implements ChatPort {
  private refStore?: ConversationRefs;

  get refs(): ConversationRefs {
    return (this.refStore ??= platformRefs(this.deps.db, this.deps.channel, this.deps.clock));
  }

  async home(personId: string): Promise<HomeContent> {
    const { db } = this.deps;
    const { directory } = this.deps.snapshot();
    const zone = directory.timezoneOf(personId);
    // Repeats missed past their close are one line each question, as in `pending`.
    const owe = oweLines(await this.pending(personId), personId, this.deps.snapshot());
    const answered = await recentlyAnsweredPrompts(db, personId, 5);
    const latest = await latestAnswers(db, answered.map((a) => a.id));
    const recent = answered.map((a) => {
      const answer = latest.get(a.id)!;
      return `${a.question}: ${answer.value === 'na' ? 'N/A' : answer.value} (${formatWhen(answer.answeredAt, zone)})`;
    });
    const roles = directory.person(personId)?.roles ?? [];
    const manages = roles.includes('manager') || roles.includes('compliance');
    return { owe, recent, ...(manages ? { statusText: await this.statusText(personId) } : {}) };
  }

  async beforeReason(personId: string, promptId: string): Promise<{ question: string } | { refusal: string } | undefined> {
    const prompt = await findPrompt(this.deps.db, promptId);
    if (!prompt) return undefined;
    const refusal = prompt.delegateId === personId ? undefined : this.deps.snapshot().directory.answerRefusal(personId, prompt.assigneeId);
    return refusal ? { refusal } : { question: prompt.question };
  }

  async beforeResolve(personId: string, findingId: string): Promise<{ title: string } | { refusal: string } | undefined> {
    const finding = await this.findingById(findingId);
    if (!finding) return undefined;
    // Who may is asked first: someone who may not resolve it learns nothing of how it was closed.
    const refusal = resolveRefusal(this.deps.snapshot().directory, personId, finding.assigneeId);
    if (refusal) return { refusal };
    const { title, closed } = await this.findingWords(finding, personId);
    return closed ? { refusal: `that finding is closed already: ${closed}` } : { title };
  }

  async resolveFinding(personId: string, findingId: string, note: string): Promise<ResolveResult> {
    const { db, engine, clock } = this.deps;
    const finding = await this.findingById(findingId);
    if (!finding) return { status: 'refused', reply: 'Sorry: there is no such finding.' };
    const already = async (f: Finding): Promise<ResolveResult> => {
      const { title, closed } = await this.findingWords(f, personId);
      return { status: 'already', reply: `That finding is closed already: ${closed}`, closed: { title, summary: closed! } };
    };
    if (finding.status !== 'open') {
      const refusal = resolveRefusal(this.deps.snapshot().directory, personId, finding.assigneeId);
      return refusal ? { status: 'refused', reply: `Sorry: ${refusal}.` } : already(finding);
    }
    try {
      await resolveFinding(db, engine, finding.id, personId, note, clock.now(), this.deps.channel);
    } catch (error) {
      if (!(error instanceof VigilError)) throw error;
      // Someone else resolved it in between: say so, as if it had been closed before.
      const now = error.code === ErrorCode.NotFound ? await findFinding(db, finding.id) : undefined;
      if (now && now.status !== 'open') return already(now);
      return { status: 'refused', reply: `Sorry: ${error.message}.` };
    }
    const { title, closed } = await this.findingWords((await findFinding(db, finding.id))!, personId);
    const { directory } = this.deps.snapshot();
    const told = directory.managerOf(finding.assigneeId) ? ', their manager and the compliance channel' : ' and the compliance channel';
    return { status: 'resolved', reply: `Resolved. ${directory.nameOf(finding.assigneeId)}${told} have been told.`, closed: { title, summary: closed! } };
  }

  /** A finding by the id a button carried back (client data: anything over an id's length is no finding). */
  private async findingById(findingId: string): Promise<Finding | undefined> {
    if (!findingId || findingId.length > 100) return undefined;
    return findFinding(this.deps.db, findingId);
  }

  /** What a finding is ("Finding: Dev Patel's No to …") and, once closed, by whom, when and how, in the reader's timezone. */
  private async findingWords(finding: Finding, reader: string): Promise<{ title: string; closed?: string }> {
    const { directory } = this.deps.snapshot();
    const zone = directory.timezoneOf(reader);
    const prompt = await findPrompt(this.deps.db, finding.promptId);
    const question = prompt?.question ?? finding.attestationId;
    const title = `Finding: ${directory.nameOf(finding.assigneeId)}'s No to "${question}"${prompt ? ` (${formatDay(prompt.occurrence, zone)})` : ''}`;
    if (finding.status === 'open' || !finding.resolvedAt) return { title };
    const by = finding.resolvedBy ? directory.nameOf(finding.resolvedBy) : 'someone';
    const how = finding.resolutionMethod === 'answer-changed' ? (finding.resolution ?? 'the answer was changed') : `resolved by ${by}: ${finding.resolution ?? ''}`;
    return { title, closed: `${how}, at ${formatWhen(finding.resolvedAt, zone)}.` };
  }

  async statusChanged(personId: string, status: ChatStatus): Promise<void> {
    await statusChanged(this.deps.db, this.deps.snapshot(), personId, status, this.deps.clock.now());
  }

  async openItem(personId: string, promptId: string): Promise<string> {
    const { db } = this.deps;
    const snapshot = this.deps.snapshot();
    const { directory } = snapshot;
    // The id came back from a client: anything over an id's length is no item.
    const prompt = promptId && promptId.length <= 300 ? await findPrompt(db, promptId) : undefined;
    if (!prompt) return 'Sorry: there is no such item.';
    const name = directory.nameOf(prompt.assigneeId);
    // Who may answer it, and who may resolve what it leads to, may see it; nobody else learns how it stands.
    const covering = prompt.delegateId === personId;
    if (!covering && directory.answerRefusal(personId, prompt.assigneeId) && resolveRefusal(directory, personId, prompt.assigneeId)) {
      return `Sorry: only ${name}, their managers and the compliance lead may see that item.`;
    }
    const zone = directory.timezoneOf(personId);
    const what = `${name}: "${prompt.question}"${titled('', periodLabel(prompt, snapshot))}`;
    const answer = (await latestAnswers(db, [prompt.id])).get(prompt.id);
    if (answer) return `${what}. ${this.answeredSummary({ prompt, answer })}.`;
    if (prompt.status === 'open') return `${what}. Not answered yet; due ${formatWhen(prompt.closesAt, zone)}. It is in ${name}'s pending list until then.`;
    return `${what}. Missed: it closed unanswered at ${formatWhen(prompt.closesAt, zone)}. ${name} can still answer it, marked late.`;
  }

  async checklistOf(promptId: string): Promise<string[]> {
    return (await findPrompt(this.deps.db, promptId))?.checklist ?? [];
  }

  lengthRefusal(field: 'reason' | 'text' | 'question' | 'resolution', value: string): string | undefined {
    try {
      checkLength(field, value);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  async firstDelivery(eventId: string): Promise<boolean> {
    return markEventProcessed(this.deps.db, this.deps.channel, eventId, this.deps.clock.now());
  }

  person(personId: string): Person | undefined {
    return this.deps.snapshot().directory.person(personId);
  }

  identify(user: PlatformUser): string | undefined {
    const people = this.deps.snapshot().directory.allPeople();
    const byId = people.find((p) => (user.slackId && p.slackId === user.slackId) || (user.teamsAadObjectId && p.teamsAadObjectId === user.teamsAadObjectId));
    if (byId) return byId.id;
    const emails = (user.emails ?? []).filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase());
    return emails.length ? people.find((p) => emails.includes(p.email.toLowerCase()))?.id : undefined;
  }

  complianceChannel(): string | undefined {
    const channels = this.deps.snapshot().config.organisation.complianceChannel as Record<string, string | undefined>;
    return channels[this.deps.channel];
  }

  /**
   * The person removed the app from their chat: the chat is gone (the platform refuses posts to
   * it), so they are unreachable from now on, not at the next failed send. Their stored way in
   * becomes a note of the removal; status lists them as unreachable at once, through a failed
   * message to them saying why; and their manager (or the compliance channel) is told, under the
   * same key the dispatcher uses, so once whoever notices first.
   */
  async removedByPerson(key: string, personId: string): Promise<void> {
    const { db, channel, clock } = this.deps;
    const now = clock.now();
    await saveRef(db, channel, { key, personId, reference: { removedAt: now.toISOString() } }, now);
    const reason = this.unreachableReason(personId, now);
    const toPerson: OutboxPayload = { kind: 'escalation', message: { kind: 'text', text: `You removed Vigil from ${platformName(channel)}; your prompts wait until you add it again.` } };
    await enqueue(db, [
      unreachableNotice(this.deps.snapshot().directory, personId, channel, reason),
      // Not sendable (the chat is gone): queued as failed with the reason, which is what status reads.
      { dedupeKey: `removed:${channel}:${personId}:${now.toISOString()}`, recipient: { kind: 'person', id: personId }, promptId: null, payload: toPerson, failedBecause: reason },
    ], now);
  }

  unreachableReason(personId: string, removedAt?: Date): string {
    const { directory } = this.deps.snapshot();
    const name = directory.nameOf(personId);
    const platform = platformName(this.deps.channel);
    if (!removedAt) return `${name} has not installed Vigil in ${platform}, so cannot be reached there`;
    return `${name} removed Vigil from their ${platform} chat at ${formatWhen(removedAt, directory.timezoneOf(personId))}, so cannot be reached there`;
  }
}

function platformName(channel: string): string {
  return ({ slack: 'Slack', teams: 'Teams' } as Record<string, string>)[channel] ?? channel;
}

/** The conversation references of one platform, in the store. */
function platformRefs(db: Db, platform: string, clock: Clock): ConversationRefs {
  return {
    byKey: (key) => refByKey(db, platform, key),
    ofPerson: (personId) => refOfPerson(db, platform, personId),
    latestWithPrefix: (prefix) => latestRefWithPrefix(db, platform, prefix),
    save: (key, personId, reference) => saveRef(db, platform, { key, personId, reference }, clock.now()),
    delete: (key) => deleteRef(db, platform, key),
    deleteOthersOfPerson: (personId, keep) => deleteOtherRefsOfPerson(db, platform, personId, keep),
  };
}
