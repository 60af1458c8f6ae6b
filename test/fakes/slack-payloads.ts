import { createHmac } from 'node:crypto';

/** Slack's request signature over `v0:timestamp:body`. */
export function sign(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

/** An interactivity request: `payload=<json>`, form-encoded, as Slack sends it. */
export function interactive(payload: unknown): { body: string; contentType: string } {
  return { body: `payload=${encodeURIComponent(JSON.stringify(payload))}`, contentType: 'application/x-www-form-urlencoded' };
}

/** The fields every interactivity payload carries: the workspace, the user, the app. */
function interactionFrom(userId: string) {
  return {
    team: { id: 'T0001', domain: 'acme' },
    user: { id: userId, username: userId.toLowerCase(), team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
  };
}

/** A `block_actions` payload for a button click on a message in a DM. */
export function buttonClick(o: { userId: string; channel: string; messageTs: string; actionId: string; value: string; actionTs?: string; checked?: { value: string }[] }) {
  return {
    type: 'block_actions',
    ...interactionFrom(o.userId),
    container: { type: 'message', message_ts: o.messageTs, channel_id: o.channel, is_ephemeral: false },
    trigger_id: `trigger-${o.actionTs ?? '1'}`,
    channel: { id: o.channel, name: 'directmessage' },
    message: { type: 'message', ts: o.messageTs, text: 'prompt', user: 'UVIGIL' },
    state: { values: o.checked ? { checklist: { 'checklist:items': { type: 'checkboxes', selected_options: o.checked } } } : {} },
    response_url: 'http://127.0.0.1:1/response/unused',
    actions: [{ type: 'button', action_id: o.actionId, block_id: 'answer', text: { type: 'plain_text', text: 'x' }, value: o.value, action_ts: o.actionTs ?? '1700000000.000001' }],
  };
}

/** A `view_submission` payload for the reason modal (or, with `callbackId` and `field`, another one-box modal: the Resolve… note). */
export function viewSubmission(o: { userId: string; privateMetadata: string; reason: string; viewId?: string; callbackId?: string; field?: string }) {
  const field = o.field ?? 'reason';
  return {
    type: 'view_submission',
    ...interactionFrom(o.userId),
    trigger_id: 'trigger-view',
    view: {
      id: o.viewId ?? 'V0001', team_id: 'T0001', type: 'modal', callback_id: o.callbackId ?? 'answer-reason', private_metadata: o.privateMetadata, hash: 'h1',
      blocks: [], title: { type: 'plain_text', text: 'Answer No' }, app_id: 'A0001', bot_id: 'BVIGIL', root_view_id: o.viewId ?? 'V0001',
      state: { values: { [field]: { [field]: { type: 'plain_text_input', value: o.reason } } } },
    },
    response_urls: [],
  };
}

/** A slash command, form-encoded as Slack sends it. */
export function slashCommand(o: { userId: string; text: string; responseUrl: string }): { body: string; contentType: string } {
  const params = new URLSearchParams({
    token: 'legacy-verification-token', team_id: 'T0001', team_domain: 'acme', channel_id: `D${o.userId}`, channel_name: 'directmessage',
    user_id: o.userId, user_name: o.userId.toLowerCase(), command: '/vigil', text: o.text, api_app_id: 'A0001',
    response_url: o.responseUrl, trigger_id: 'trigger-cmd',
  });
  return { body: params.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** An Events API callback. */
export function eventCallback(event: Record<string, unknown>, eventId = `Ev${Math.random().toString(36).slice(2)}`): { body: string; contentType: string } {
  return {
    body: JSON.stringify({ token: 'legacy', team_id: 'T0001', api_app_id: 'A0001', event, type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: 'T0001', user_id: 'UVIGIL', is_bot: true }] }),
    contentType: 'application/json',
  };
}
