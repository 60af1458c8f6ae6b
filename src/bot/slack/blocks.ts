import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
type View = types.View;
import type { Card, OutboundMessage } from '../messages.ts';

/** Escapes text for Slack mrkdwn: users' words are shown, never interpreted as markup or mentions. */
export function mrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const plain = (text: string) => ({ type: 'plain_text' as const, text: text.slice(0, 150), emoji: true });

/** The block id of a prompt's checklist, whose ticked boxes the Submit button reads. */
export const CHECKLIST_BLOCK = 'checklist';
export const CHECKLIST_ACTION = 'checklist:items';

/** A neutral message as Block Kit blocks, plus the notification text. */
export function toBlocks(message: OutboundMessage): { text: string; blocks: KnownBlock[] } {
  if (message.kind === 'text') {
    return { text: message.text.slice(0, 3000), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: mrkdwn(message.text).slice(0, 3000) } }] };
  }
  return { text: message.title, blocks: cardBlocks(message) };
}

function cardBlocks(card: Card): KnownBlock[] {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${mrkdwn(card.title)}*${card.text ? `\n${mrkdwn(card.text)}` : ''}`.slice(0, 3000) },
      ...(card.fields.length ? { fields: card.fields.slice(0, 10).map((f) => ({ type: 'mrkdwn' as const, text: `*${mrkdwn(f.label)}*\n${mrkdwn(f.value)}` })) } : {}),
    },
  ];
  if (card.checklist?.length) {
    blocks.push({
      type: 'actions',
      block_id: CHECKLIST_BLOCK,
      elements: [{ type: 'checkboxes', action_id: CHECKLIST_ACTION, options: card.checklist.slice(0, 10).map((item, i) => ({ text: plain(item), value: String(i) })) }],
    });
  }
  if (card.buttons.length) {
    blocks.push({
      type: 'actions',
      block_id: 'answer',
      elements: card.buttons.map((b) => ({ type: 'button', action_id: b.actionId, text: plain(b.label), value: b.value, ...(b.style ? { style: b.style } : {}) })),
    });
  }
  return blocks;
}

/** The prompt's message once answered: the question, and who answered what, when. */
export function answeredBlocks(question: string, summary: string): { text: string; blocks: KnownBlock[] } {
  return {
    text: `${question}: ${summary}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${mrkdwn(question)}*` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn(summary) }] },
    ],
  };
}

/** The modal that asks why, for a "No" or an "N/A". */
export function reasonModal(metadata: { promptId: string; value: 'no' | 'na'; channel?: string; ts?: string }, question: string): View {
  return {
    type: 'modal',
    callback_id: 'answer-reason',
    private_metadata: JSON.stringify(metadata),
    title: plain(metadata.value === 'no' ? 'Answer No' : 'Answer N/A'),
    submit: plain('Record answer'),
    close: plain('Cancel'),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${mrkdwn(question)}*` } },
      {
        type: 'input',
        block_id: 'reason',
        label: plain(metadata.value === 'no' ? 'What went wrong?' : 'Why does it not apply?'),
        element: { type: 'plain_text_input', action_id: 'reason', multiline: true, max_length: 2000 },
      },
    ],
  };
}

/** App Home: what I owe and my recent answers; for managers and compliance, the status they may see. */
export function homeView(sections: { owe: string[]; recent: string[]; statusText?: string }): View {
  const list = (items: string[], empty: string) => (items.length ? items.map((i) => `• ${mrkdwn(i)}`).join('\n') : empty);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain('What you owe') },
    { type: 'section', text: { type: 'mrkdwn', text: list(sections.owe, 'Nothing: you are up to date.').slice(0, 3000) } },
    { type: 'header', text: plain('Your recent answers') },
    { type: 'section', text: { type: 'mrkdwn', text: list(sections.recent, 'None yet.').slice(0, 3000) } },
  ];
  if (sections.statusText) {
    blocks.push({ type: 'header', text: plain('Your team') }, { type: 'section', text: { type: 'mrkdwn', text: '```' + mrkdwn(sections.statusText).slice(0, 2900) + '```' } });
  }
  return { type: 'home', blocks };
}
