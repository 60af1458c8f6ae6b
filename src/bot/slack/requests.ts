/**
 * Checks on a request to `POST /slack/events` made before Bolt sees it: how fresh its timestamp
 * is, and whether its body has the shape of something Vigil handles.
 */

/** How far a request's timestamp may be from local time, either way (Slack's guidance: five minutes). */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * True when `x-slack-request-timestamp` is within five minutes of `nowMs`, before or after.
 * Slack's guidance on verifying requests is to refuse a timestamp more than five minutes from
 * local time; Bolt's own check refuses only old ones, so a signed request dated ahead (a leaked
 * capture, or a skewed sender) would otherwise stay replayable until that time and five minutes
 * more. The system clock, as Bolt's check uses: this is about the wall time of the request.
 * A missing or non-numeric header is not fresh either (Bolt would refuse it with 401 as well).
 */
export function timestampIsFresh(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(Number(header) - Math.floor(nowMs / 1000)) <= MAX_CLOCK_SKEW_SECONDS;
}

/**
 * True when a body is something Vigil handles, in the shape Slack sends it: an Events API
 * callback or URL check (JSON), the `/vigil` command (form), or a button or modal of Vigil's
 * (an answer's reason, a finding's Resolve… note, a digest item's Open: form with a JSON `payload`). Anything else
 * is refused at once with 400, rather than left to wait out Bolt's unhandled-request timeout.
 */
export function slackBodyLooksRight(raw: Buffer, contentType: string): boolean {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const text = (value: unknown) => typeof value === 'string' && value.length > 0;
  try {
    if (contentType.startsWith('application/json')) {
      const body: unknown = JSON.parse(raw.toString('utf8'));
      if (!isObject(body)) return false;
      if (body.type === 'url_verification') return text(body.challenge);
      return body.type === 'event_callback' && isObject(body.event) && text(body.event.type);
    }
    if (!contentType.startsWith('application/x-www-form-urlencoded')) return false;
    const form = new URLSearchParams(raw.toString('utf8'));
    if (form.get('ssl_check') === '1') return true;
    if (form.has('command')) return form.get('command') === '/vigil' && text(form.get('user_id')) && text(form.get('response_url'));
    const payload: unknown = JSON.parse(form.get('payload') ?? 'null');
    if (!isObject(payload) || !isObject(payload.user) || !text(payload.user.id)) return false;
    if (payload.type === 'block_actions') {
      return Array.isArray(payload.actions) && payload.actions.length > 0 && payload.actions.every((a) => isObject(a) && typeof a.action_id === 'string' && /^(answer:|checklist:items$|resolve$|item$)/.test(a.action_id));
    }
    return payload.type === 'view_submission' && isObject(payload.view) && (payload.view.callback_id === 'answer-reason' || payload.view.callback_id === 'finding-resolve') && typeof payload.view.private_metadata === 'string';
  } catch {
    return false;
  }
}
