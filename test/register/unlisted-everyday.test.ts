import { describe, expect, it } from 'vitest';
import { unlistedEveryday } from '../../src/register/unknown.ts';

/**
 * Words no English word list holds that are still no product's name: a helping verb's "nt" typed without its apostrophe, and
 * any other word ending in "nt" (a slip, a place, a person) unless it is two English words run together as products are named.
 */
describe('unlistedEveryday: which strange words are never taken for a product we do not hold', () => {
  it.each(['dont', 'cant', 'wont', 'wouldnt', 'havent', 'isnt', 'theyre', 'thursday', 'lol', 'kent', 'trent', 'appointmnt'])(
    '%s is everyday',
    (word) => expect(unlistedEveryday(word)).toBe(true),
  );

  it.each(['freeagent', 'quickbooks', 'cliniko', 'deputy'])('%s may be a product', (word) =>
    expect(unlistedEveryday(word)).toBe(false),
  );
});
