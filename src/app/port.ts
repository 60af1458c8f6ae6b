import type { Person } from '../config/schema.ts';
import type { InboundEvent, OutboundMessage } from '../messages.ts';
import type { ConversationRef, Prompt } from '../store/index.ts';
import type { ChatStatus } from './status-away.ts';

export type { ChatStatus } from './status-away.ts';

export type { Person } from '../config/schema.ts';
// The limits the platforms' own inputs show (a card's or a modal's max length): the same the port enforces.
export { FIELD_LIMITS, type LimitedField } from '../attestations/limits.ts';
// The action id of a finding's "Resolve…" button, which each channel turns into its own note form.
export { RESOLVE_ACTION } from '../attestations/render.ts';
// The action id of an escalation digest's per-item button, which each channel turns into openItem.
export { OPEN_ITEM_ACTION } from '../attestations/digest.ts';

/** An answer to a prompt, as a channel hands it in. */
export type AnswerEvent = Extract<InboundEvent, { kind: 'answer' }>;

/**
 * What an answer did, for the channel to show: the reply to the person, and, once recorded, the
 * question and a summary of the answer, for the prompt's own message to be updated in place.
 */
export interface AnswerResult {
  reply: OutboundMessage;
  /** recorded; duplicate (a retried delivery, already done); refused (the reply says why, or nothing new was recorded). */
  status: 'recorded' | 'duplicate' | 'refused';
  /** Once recorded: "Yes, answered by Amy Hughes at …", under the prompt's question. */
  answered?: { question: string; summary: string };
  /** Once recorded: true when the reply says more than the updated message shows (it was late, or opened a finding). */
  worthSaying?: boolean;
}

/**
 * What resolving a finding did: resolved (the message that showed the finding can say so in
 * place: `resolved`), already closed (nothing new recorded), or refused (the reply says why).
 */
export interface ResolveResult {
  status: 'resolved' | 'already' | 'refused';
  /** What the person who pressed is told: plain text, as they or Vigil wrote it. */
  reply: string;
  /** Once resolved or already closed: what the finding was, and who closed it, when and how, for the message to show in place of its button. */
  closed?: { title: string; summary: string };
}

/** A prompt someone still has to answer, as channels list it; attestation and subject tell repeats of one question apart. */
export type PendingItem = Pick<Prompt, 'id' | 'question' | 'status' | 'answerKind' | 'checklist' | 'closesAt' | 'attestationId' | 'subjectKind' | 'subjectId'>;

/** A person's home view (Slack's App Home): what they owe, what they answered lately, and status if they manage people. */
export interface HomeContent {
  owe: string[];
  recent: string[];
  statusText?: string;
}

/** How a channel keeps the references it needs to reach people and conversations on its platform. */
export interface ConversationRefs {
  byKey(key: string): Promise<StoredRef | undefined>;
  ofPerson(personId: string): Promise<StoredRef | undefined>;
  /** The latest reference whose key starts with `prefix`. */
  latestWithPrefix(prefix: string): Promise<StoredRef | undefined>;
  save(key: string, personId: string | null, reference: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Forgets the person's other references on this platform, keeping `keep`. */
  deleteOthersOfPerson(personId: string, keep: string): Promise<void>;
}

/** A stored reference: the platform's key for it, whose it is and the platform's own data. */
export type StoredRef = ConversationRef;

/** Which of the workspace's people a platform user is, from what the platform says of them. */
export interface PlatformUser {
  slackId?: string | undefined;
  teamsAadObjectId?: string | undefined;
  /** Email addresses or sign-in names the platform reports (matched without regard to case). */
  emails?: (string | undefined)[];
}

/**
 * The use-case port: everything a channel (Slack, Teams, the terminal) may ask of Vigil. A channel
 * translates between its platform and this port, and nothing more: it never reads the store, the
 * engine or the config itself. Each channel has its own port, which records answers under its name.
 */
export interface ChatPort {
  /** The channel's name, recorded with each answer: shell, slack, teams. */
  readonly channel: string;
  /** Handles one event from one person and returns the replies to show them. */
  handle(event: InboundEvent): Promise<OutboundMessage[]>;
  /** Records an answer; a refusal or an invalid answer comes back as the reply. */
  answer(event: AnswerEvent): Promise<AnswerResult>;
  /** What someone Vigil does not know is told: who to ask to be added. */
  strangerReply(): string;
  /** A person's unanswered prompts, oldest first. */
  pending(personId: string): Promise<PendingItem[]>;
  /** A person's home view. */
  home(personId: string): Promise<HomeContent>;
  /**
   * Before asking why (a No or N/A modal): the prompt's question, or why this person may not
   * answer it; undefined when there is no such prompt.
   */
  beforeReason(personId: string, promptId: string): Promise<{ question: string } | { refusal: string } | undefined>;
  /**
   * Before asking for a note (a Resolve… modal or card): what the finding is, or why this person
   * may not resolve it, or that it is closed already; undefined when there is no such finding.
   */
  beforeResolve(personId: string, findingId: string): Promise<{ title: string } | { refusal: string } | undefined>;
  /**
   * Resolves a finding with a note (what was done), as a manager of its assignee or the
   * compliance lead: the same use case and check as the terminal's `resolve`. The assignee and
   * their manager are told; the finding keeps who, when, how and the note.
   */
  resolveFinding(personId: string, findingId: string, note: string): Promise<ResolveResult>;
  /**
   * Where one item of an escalation digest stands now (its button): who owes it, what it is for,
   * and whether it was answered, is still open or was missed; for the assignee, a delegate, a
   * manager of the assignee or the compliance lead, else why not. Plain text; it records nothing.
   */
  openItem(personId: string, promptId: string): Promise<string>;
  /**
   * The person's chat status changed: a leave status with an end records them away until then;
   * one that no longer says leave ends what a status recorded. Nothing is returned: what they
   * are told goes through the outbox.
   */
  statusChanged(personId: string, status: ChatStatus): Promise<void>;
  /** The items of a prompt's checklist (none when it has none or is gone). */
  checklistOf(promptId: string): Promise<string[]>;
  /** The refusal a person reads when a typed field is over its limit, or undefined. */
  lengthRefusal(field: 'reason' | 'text' | 'question' | 'resolution', value: string): string | undefined;
  /** False when this platform event was handled before (a platform's retry); marks it handled. */
  firstDelivery(eventId: string): Promise<boolean>;
  /** A person in the config in force, by id. */
  person(personId: string): Person | undefined;
  /** The person a platform user is, by their platform id, else by email; undefined for a stranger. */
  identify(user: PlatformUser): string | undefined;
  /** The compliance channel on this platform, as vigil.yaml names it, if set. */
  complianceChannel(): string | undefined;
  /** The references this channel keeps on its platform. */
  readonly refs: ConversationRefs;
  /** The person removed Vigil from their chat on this platform: they are unreachable from now on, and their manager is told. */
  removedByPerson(key: string, personId: string): Promise<void>;
  /** Why a person cannot be reached on this platform (never installed, or removed at `removedAt`). */
  unreachableReason(personId: string, removedAt?: Date): string;
}
