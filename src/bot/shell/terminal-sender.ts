import type { UseCases } from '../../app/use-cases.ts';
import type { Clock } from '../../clock.ts';
import type { Channel, Delivery } from '../dispatcher.ts';
import { clean, oneLine, renderMessage, type Style } from './render.ts';

/** What the terminal sender asks of the use cases: the time and names as people read them. */
type Names = Pick<UseCases, 'whenText' | 'recipientName'>;

const LABELS: Record<Delivery['payload']['kind'], string> = { prompt: 'asks', reminder: 'reminds', escalation: 'escalates to', 'no-answer': 'tells', 'finding-closed': 'tells' };

/**
 * The terminal chat's way of sending: it prints. It is delivered by the same dispatcher as Slack
 * and Teams, so the outbox's rules (a reminder answered before it went out is skipped, a reply
 * waits for its prompt) are the same on every channel. The person being acted as sees their
 * messages in full; everyone else's show as one line.
 */
export class TerminalSender implements Channel {
  readonly platform = 'shell';
  private shownTime = '';

  private readonly deps: { app: Names; clock: Clock; style: Style; say: (text: string) => void; me: () => string };
  constructor(deps: { app: Names; clock: Clock; style: Style; say: (text: string) => void; me: () => string }) {
    this.deps = deps;
  }

  async send(delivery: Delivery): Promise<unknown> {
    const { app, style, say } = this.deps;
    const when = app.whenText(this.deps.clock.now());
    if (when !== this.shownTime) {
      say(style.dim(`── ${when} ──`));
      this.shownTime = when;
    }
    const { recipient } = delivery.message;
    // A name is the config's words, not Vigil's: made harmless like anything typed.
    const to = clean(app.recipientName(recipient));
    const label = LABELS[delivery.payload.kind];
    const forMe = recipient.kind === 'person' && recipient.id === this.deps.me();
    if (forMe) say(`${style.accent('→')} Vigil ${label} ${to}:\n${indent(renderMessage(delivery.rendered, style))}`);
    else say(`${style.accent('→')} Vigil ${label} ${to}: ${clean(oneLine(delivery.rendered))}`);
    return { channel: 'shell' };
  }
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n');
}
