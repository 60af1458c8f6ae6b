import { formatWhen, type Directory } from '../../attestations/index.ts';
import type { Clock } from '../../clock.ts';
import type { OutboundMessage } from '../../messages.ts';
import type { OutboxPayload } from '../../attestations/render.ts';
import type { Delivery, Sender } from '../dispatcher.ts';
import { clean, recipientName, renderMessage, type Style } from './render.ts';

const LABELS: Record<OutboxPayload['kind'], string> = { prompt: 'asks', reminder: 'reminds', escalation: 'escalates to', 'no-answer': 'tells', 'finding-closed': 'tells' };

/**
 * The terminal chat's way of sending: it prints. It is delivered by the same dispatcher as Slack
 * and Teams, so the outbox's rules (a reminder answered before it went out is skipped, a reply
 * waits for its prompt) are the same on every channel. The person being acted as sees their
 * messages in full; everyone else's show as one line.
 */
export class TerminalSender implements Sender {
  readonly platform = 'shell';
  private shownTime = '';

  private readonly deps: { directory: Directory; clock: Clock; style: Style; say: (text: string) => void; me: () => string };
  constructor(deps: { directory: Directory; clock: Clock; style: Style; say: (text: string) => void; me: () => string }) {
    this.deps = deps;
  }

  async send(delivery: Delivery): Promise<unknown> {
    const { directory, style, say } = this.deps;
    const when = formatWhen(this.deps.clock.now(), directory.config.organisation.timezone);
    if (when !== this.shownTime) {
      say(style.dim(`── ${when} ──`));
      this.shownTime = when;
    }
    const { recipient } = delivery.message;
    const to = recipientName(recipient, directory);
    const label = LABELS[delivery.payload.kind];
    const forMe = recipient.kind === 'person' && recipient.id === this.deps.me();
    if (forMe) say(`${style.accent('→')} Vigil ${label} ${to}:\n${indent(renderMessage(delivery.rendered, style))}`);
    else say(`${style.accent('→')} Vigil ${label} ${to}: ${clean(summary(delivery.rendered))}`);
    return { channel: 'shell' };
  }
}

function summary(message: OutboundMessage): string {
  return message.kind === 'text' ? message.text : message.title;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n');
}
