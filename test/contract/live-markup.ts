// Whether user text reached a platform as live markup, by each platform's documented rules.
// The channel drivers apply these to everything a platform received.

/** Tokens Slack acts on in mrkdwn: <!channel>, <@U…>, <#C…>, <!subteam^…>, <http…|label>. */
const SLACK_CONTROL = /<[!@#][^>]*>|<(?:https?|mailto):[^>]*>/g;

/**
 * Where user text is live in what Slack received. Slack parses a message's top-level `text`
 * and every `mrkdwn` text object for the control sequences above; a copy of one of the user's
 * own sequences there, unescaped, would ping the channel, mention someone or hide a link. A
 * mrkdwn object carrying user text must also be `verbatim`, or Slack turns bare URLs, #channel
 * and @name words into live links and mentions.
 */
export function slackLiveMarkup(userText: string, sent: { where: string; args: Record<string, unknown> }[]): string[] {
  const tokens = userText.match(SLACK_CONTROL) ?? [];
  const marker = userText.split(/\s/)[0]!; // its first word, which escaping leaves alone
  const problems: string[] = [];
  const check = (where: string, text: unknown, verbatim: boolean | undefined, isObject: boolean) => {
    if (typeof text !== 'string') return;
    for (const token of tokens) if (text.includes(token)) problems.push(`${where}: ${token} live`);
    if (isObject && text.includes(marker) && verbatim !== true) problems.push(`${where}: mrkdwn with user text is not verbatim`);
  };
  for (const { where, args } of sent) {
    check(`${where} text`, args.text, undefined, false);
    walk(args.blocks ?? (args.view as { blocks?: unknown } | undefined)?.blocks, (node) => {
      if (node.type === 'mrkdwn') check(`${where} blocks`, node.text, node.verbatim as boolean | undefined, true);
    });
  }
  return problems;
}

/** Markdown Teams renders in a TextBlock or a fact: emphasis, links, headings, lists. */
const TEAMS_MARKDOWN = /\*\*?[^*\s][^*]*\*|\[[^\]]*\]\([^)]*\)|_[^_\s][^_]*_|^#{1,6}\s|^\s*[-*+]\s|^\s*\d+\.\s/m;

/**
 * Where user text is live in what Teams received. Plain places show it as typed: an activity's
 * `text` with `textFormat: plain`, its `summary`, and a card's `TextRun` (the schema: "Markdown
 * is not supported"). Anywhere else (a TextBlock, a fact, a markdown or xml `text`) a copy of the
 * user's own markdown, as typed, would render as formatting or a link.
 */
export function teamsLiveMarkup(userText: string, sent: { where: string; activity: Record<string, unknown> }[]): string[] {
  const lives = [...userText.matchAll(new RegExp(TEAMS_MARKDOWN.source, 'gm'))].map((m) => m[0]);
  if (!lives.length) throw new Error('the user text has no markdown to check');
  const problems: string[] = [];
  for (const { where, activity } of sent) {
    for (const live of lives) {
      if (typeof activity.text === 'string' && activity.text.includes(live) && activity.textFormat !== 'plain') problems.push(`${where} text (${String(activity.textFormat ?? 'markdown')}): ${live}`);
    }
    walk(activity.attachments, (node) => {
      if (node.type === 'TextRun') return;
      for (const key of ['text', 'title', 'value'] as const) {
        const text = node[key];
        if (typeof text === 'string') for (const live of lives) if (text.includes(live)) problems.push(`${where} ${String(node.type ?? 'fact')}.${key}: ${live}`);
      }
    });
  }
  return problems;
}

/** Calls `visit` on every object inside `value`. */
function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const child of Object.values(value)) walk(child, visit);
  }
}
