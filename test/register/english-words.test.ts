import { describe, expect, it } from 'vitest';
import { isEnglishWord, isNearEnglishWord } from '../../src/register/english-words.ts';

describe('the English word list', () => {
  it('holds everyday words and their forms, and no product names', () => {
    for (const word of ['statement', 'statements', 'invoice', 'a', 'zymurgy', 'rota']) expect(isEnglishWord(word), word).toBe(true);
    for (const word of ['quickbooks', 'xero', 'klaviyo', 'dropbox', '', 'statment']) expect(isEnglishWord(word), word).toBe(false);
  });

  it('finds a word one slip from an English word (left out, added, changed, swapped), and not a name two or more away', () => {
    for (const word of ['statment', 'wher', 'ofice', 'invoicse', 'recieve']) expect(isNearEnglishWord(word), word).toBe(true);
    for (const word of ['quickbooks', 'klaviyo', 'rollerdigital', 'truecoach']) expect(isNearEnglishWord(word), word).toBe(false);
  });

  it('finds the slip at either end, and a figure typed for a letter, however the search is cut short', () => {
    // A letter changed or added at the last place is tried only if some listed word begins with all the letters before it.
    for (const word of ['statemenx', 'xtatement', 'statementz', 'zstatement', 'r0ta', 'rota1']) expect(isNearEnglishWord(word), word).toBe(true);
    // Two characters no listed word has are two slips at the least.
    for (const word of ['r0t4', 'cobalt320', 'statement22']) expect(isNearEnglishWord(word), word).toBe(false);
  });
});
