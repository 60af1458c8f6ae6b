import { describe, expect, it } from 'vitest';
import { statusMeansLeave } from '../../src/app/status-away.ts';

describe('a chat status that means leave', () => {
  it("reads Slack's leave presets by emoji alone and leave by its words", () => {
    for (const [text, emoji] of [['', ':palm_tree:'], ['Vacationing', ':palm_tree:'], ['Out sick', ':face_with_thermometer:'], ['OOO until Monday', ''], ['on annual leave', ':calendar:'], ['Parental leave', ':baby_bottle:'], ['Out of the office', '']]) {
      expect(statusMeansLeave({ text: text!, emoji: emoji! })).toBe(true);
    }
  });

  it('leaves every other status alone', () => {
    for (const [text, emoji] of [['In a meeting', ':spiral_calendar_pad:'], ['Working remotely', ':house_with_garden:'], ['Commuting', ':bus:'], ['', ''], ['leaving at 4', '']]) {
      expect(statusMeansLeave({ text: text!, emoji: emoji! })).toBe(false);
    }
  });
});
