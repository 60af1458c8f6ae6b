import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/register/english-words.ts';
import { WELL_KNOWN_TOOLS, WELL_KNOWN_TOOL_NAMES, makerOf, toolsNamedWhenAsked, toolsSaidIn } from '../../src/register/well-known-tools.ts';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

const named = (text: string) => [...text.matchAll(WELL_KNOWN_TOOLS)].map((m) => m[1]!.toLowerCase());

describe('the list of well-known tools', () => {
  it('finds a name wherever it sits, in any case, the longest name first', () => {
    expect(named('can i send the contract with Dropbox Sign?')).toEqual(['dropbox sign']);
    expect(named('put the rota on TRELLO and the files on dropbox')).toEqual(['trello', 'dropbox']);
    expect(named('we could get a Ring Doorbell for the back door')).toEqual(['ring doorbell']);
    expect(named('is booking.com ok for the cottages')).toEqual(['booking.com']);
  });

  it('finds no everyday word: a name of one word is no English word but for a few said of nothing else', () => {
    const english = WELL_KNOWN_TOOL_NAMES.filter((name) => !name.includes(' ') && isEnglishWord(name));
    expect(english.sort()).toEqual(['asana', 'booksy', 'discord', 'gumtree', 'miro', 'semble', 'vinted']);
    expect(named('ring the office, then slack off; the nest is in the square and the zoom lens is ready')).toEqual([]);
    expect(named('can i just eat at my desk, and is that workable?')).toEqual([]);
  });

  it('says where each name sits, a framed name only in its frame, so that the words around it can be read', () => {
    const q = 'can we list the cottage on airbnb, or is vrbo ok? dropbox for the photos';
    const said = toolsSaidIn(q);
    expect(said.map(({ name }) => name.toLowerCase()).sort()).toEqual(['airbnb', 'dropbox', 'vrbo']);
    for (const { name, at, end } of said) expect(q.slice(at, end)).toBe(name);
    expect(toolsSaidIn("i'm staying in an airbnb for the trade show")).toEqual([]);
  });

  it('names a tool in a question surely after one wherever it is said, but for a place one stays', () => {
    expect(toolsNamedWhenAsked("i'm staying in an airbnb for the trade show, can i work on their wifi")).toEqual([]);
    // Accepted beside refused: the same name asked after as a tool, framed or not.
    expect(toolsNamedWhenAsked('can we list the van on airbnb experiences?').map(({ name }) => name)).toEqual(['airbnb']);
    expect(toolsNamedWhenAsked('is airbnb any good for the cottage').map(({ name }) => name)).toEqual(['airbnb']);
  });

  it("gives the maker's name of a product said with what it is", () => {
    expect(makerOf('ring doorbell')).toBe('ring');
    expect(makerOf('Otter  AI')).toBe('otter');
    expect(makerOf('dropbox')).toBe('dropbox');
  });
});

/**
 * A tool the register does not hold, named by a name everyone knows, is a tool we do not use: not in the register, with
 * whom to ask and the firm's rule on new tools. A firm that holds it, or its maker, answers from the entry.
 */
const cases = devCasesOn(
  exampleFirms({
    ices: 'tutti-ice-cream',
    osteo: 'alder-osteopathy',
    vans: 'cobalt-van-hire',
    kennels: 'thistledown-kennels',
    pottery: 'kilnworks-pottery',
    marquees: 'canopy-marquee-hire',
    park: 'heronsfield-holiday-park',
    fishery: 'millrace-fishery',
    tennis: 'baseline-tennis-club',
    garage: 'forgeworks-classics',
  }),
);

describe('a well-known tool we do not hold is not in the register, with the rule on new tools', () => {
  cases([
    { firm: 'ices', q: 'can we put a ring doorbell on the back door?', has: ["can't find ring doorbell", 'Gina Rossi'], intent: 'unknown-supplier' },
    { firm: 'ices', q: 'my brother has a spare blink camera, ok if i set it up over the till?', has: ["can't find blink camera"], intent: 'unknown-supplier' },
    { firm: 'pottery', q: "should we move the staff pensions over to the people's pension?", has: ["can't find people's pension"], intent: 'unknown-supplier' },
    { firm: 'marquees', q: 'is what3words ok for sending the site location to the crew?', has: ["can't find what3words"], intent: 'unknown-supplier' },
    { firm: 'vans', q: 'can i do the invoices in xero instead?', has: ["can't find xero"], intent: 'unknown-supplier' },
    // A name typed as the words it is made of ("quick books", "go cardless").
    { firm: 'ices', q: 'is quick books ok for the invoices?', has: ["can't find quickbooks"], intent: 'unknown-supplier' },
    { firm: 'ices', q: 'is hub spot ok for the customer emails?', has: ["can't find hubspot"], intent: 'unknown-supplier' },
    // The words as English: going cardless.
    { firm: 'ices', q: 'should we go cardless at the festival and just take cash', has: [], not: ["can't find"] },
    // The words as English: someone who is a free agent.
    { firm: 'ices', q: "is dan a free agent now he's left, can he work the van?", has: [], not: ["can't find freeagent"] },
    // Names that are everyday words, where the model is sure a tool is asked after (the sixtieth round), and one that is none.
    { firm: 'fishery', q: 'my mates fishery uses square for their shop till, can we get that?', has: ["can't find square", 'new-tools'], not: ['Epos Now:'] },
    { firm: 'garage', q: 'my mate at another garage lists all his stock on autotrader, can we do that too?', has: ["can't find autotrader"] },
    { firm: 'vans', q: 'a mate says samsara trackers are cheaper, can we stick them in the two new minibuses', has: ["can't find samsara"] },
    { firm: 'ices', q: 'can i touch up the van photos in facetune before they go on insta?', has: ["can't find facetune"] },
    // The word as English, where no tool is asked after.
    { firm: 'ices', q: 'my yoga teacher keeps going on about samsara lol, anyone know what it means', has: ["don't know"], not: ["can't find samsara"] },
  ]);
});

describe('a well-known tool the firm holds, or whose maker it holds, is answered from its entry', () => {
  cases([
    { firm: 'osteo', q: 'is xero ok for sending invoices?', has: ['Xero'], not: ["can't find"] },
    { firm: 'kennels', q: 'where does the ring camera footage go?', has: ['Ring', 'US'], not: ["can't find"], intent: 'location' },
    { firm: 'tennis', q: 'my mate uses square for her shop till, can we get that?', has: ['Square: The bar till'], not: ["can't find"] },
    // How a guest came to us is a story, not leave asked to use the marketplace.
    { firm: 'park', q: 'a guest who booked on airbnb wants a refund, what do i do', has: [], not: ["can't find"] },
  ]);
});

describe("someone else's tool, a device's recording, a person's name and a service staff use for themselves are no tool asked after", () => {
  cases([
    { firm: 'ices', q: "my neighbour's ring camera covers our car park", has: [], not: ["can't find ring camera"] },
    { firm: 'ices', q: 'the ring doorbell caught a guy trying the door last night, can i post it on facebook', has: [], not: ["can't find ring doorbell"] },
    { firm: 'ices', q: 'teya is off sick today, who covers her shift', has: [], not: ["can't find teya"] },
    { firm: 'ices', q: "i'm staying in an airbnb for the trade show, can i work on their wifi", has: [], not: ["can't find airbnb"] },
    // Neighbour: the same tool asked after as a tool is not ours.
    { firm: 'ices', q: 'can we list the van on airbnb experiences?', has: ["can't find airbnb"] },
    { firm: 'marquees', q: 'the delivery driver needs our what3words for the field', has: [], not: ["can't find what3words"] },
    // Taken on, or asked about as a tool, the same service is one we do not hold.
    { firm: 'park', q: 'can we list the statics on vrbo as well?', has: ["can't find vrbo"], intent: 'unknown-supplier' },
    { firm: 'ices', q: 'shall we post the summer jobs on totaljobs?', has: ["can't find totaljobs"], intent: 'unknown-supplier' },
  ]);
});
