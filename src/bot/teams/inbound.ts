import type { ServerResponse } from 'node:http';
import { Activity } from '@microsoft/agents-activity';
import type { WebResponse } from '@microsoft/agents-hosting';

/**
 * Checks on an incoming activity made before the Agents SDK sees it: the SDK parses the body
 * against its schema and throws on a mismatch, which would surface as a 500 (and a log of the
 * whole body) rather than a plain 400 to the sender.
 */

/** The activity fields the Bot Framework schema types as arrays (the SDK's schema throws on anything else). */
const ARRAY_FIELDS = ['membersAdded', 'membersRemoved', 'reactionsAdded', 'reactionsRemoved', 'attachments', 'entities', 'listenFor', 'textHighlights'] as const;

/** Why a body is not an activity Vigil can take, or undefined when it is. */
export function activityShapeProblem(body: Record<string, unknown>): string | undefined {
  const text = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 2048;
  const account = (value: unknown) => typeof value === 'object' && value !== null && text((value as { id?: unknown }).id);
  if (!text(body.type)) return 'an activity needs a type';
  if (!text(body.serviceUrl) || !/^https?:\/\//.test(String(body.serviceUrl))) return 'an activity needs an http(s) serviceUrl';
  if (!text(body.channelId)) return 'an activity needs a channelId';
  if (!account(body.from) || !account(body.conversation) || !account(body.recipient)) return 'an activity needs from.id, recipient.id and conversation.id';
  if (body.text !== undefined && typeof body.text !== 'string') return 'text must be a string';
  for (const field of ARRAY_FIELDS) {
    if (body[field] !== undefined && body[field] !== null && !Array.isArray(body[field])) return `${field} must be an array`;
  }
  // Anything else the SDK's own schema refuses (an array of the wrong things, a number for a
  // string) is refused here too, naming only the path, never the value.
  try {
    Activity.fromObject(body);
  } catch (error) {
    const issue = (error as { issues?: { path?: (string | number)[] }[] }).issues?.[0];
    return `the activity does not fit the Bot Framework schema${issue?.path?.length ? ` at ${issue.path.join('.')}` : ''}`;
  }
  return undefined;
}

/** The tenant an activity says it comes from (`channelData.tenant.id`, as Teams sends it). */
export function tenantOf(body: Record<string, unknown>): string | undefined {
  const channelData = body.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = channelData?.tenant?.id;
  return typeof id === 'string' ? id : undefined;
}

/** The parts of an activity that say where it happened. */
interface Where {
  conversation?: { id: string; conversationType?: string };
  channelData?: unknown;
}

/** True for an activity in a team channel (a post or its thread), not a personal or group chat. */
export function inChannel(activity: Where): boolean {
  return activity.conversation?.conversationType === 'channel';
}

/** A channel's id, without the `;messageid=` that names a thread in it. */
export function channelIdOf(activity: Where): string {
  return (activity.conversation?.id ?? '').split(';')[0]!;
}

/** The team a channel activity belongs to (`channelData.team.id`), else its channel's id. */
export function teamIdOf(activity: Where): string {
  const team = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  return typeof team === 'string' && team ? team : channelIdOf(activity);
}

/** Answers a request with a JSON error. */
export function refuse(res: ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
}

/** The response surface the Agents SDK expects, over Node's ServerResponse. */
export function webResponse(res: ServerResponse): WebResponse {
  const surface = {
    status(code: number) {
      res.statusCode = code;
      return surface;
    },
    setHeader(name: string, value: string) {
      res.setHeader(name, value);
      return surface;
    },
    // Like Express: send ends the response.
    send(body?: unknown) {
      if (res.writableEnded) return surface;
      if (body === undefined) res.end();
      else if (typeof body === 'object' && !Buffer.isBuffer(body)) {
        if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(body));
      } else res.end(body as string);
      return surface;
    },
    end() {
      if (!res.writableEnded) res.end();
      return surface;
    },
    get headersSent() {
      return res.headersSent;
    },
    get writableEnded() {
      return res.writableEnded;
    },
  };
  return surface as WebResponse;
}
