// The fake Slack in a process of its own, so the benchmark's Slack does not share the event loop
// of the app being measured (real Slack does not). Prints its URL, then serves until killed.
import { FakeSlack } from '../test/fakes/fake-slack.ts';

const slack = new FakeSlack([]);
await slack.start();
process.stdout.write(`${slack.url}\n`);
