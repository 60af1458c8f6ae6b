import { describe, expect, it } from 'vitest';
import { QUESTION_KINDS, QuestionKinds } from '../../src/register/question-kinds.ts';
import { accountTakenOverAnswer, sentToWrongPersonAnswer } from '../../src/register/situations/breaches.ts';
import { youngDmedAnswer } from '../../src/register/situations/children.ts';
import { tightestAgeRuleAnswer } from '../../src/register/situations/ages.ts';
import { collectingWithoutProofAnswer, injuryPaperworkAnswer, privateTripTrackedAnswer } from '../../src/register/situations/daily-work.ts';
import { controlKeptSecretAnswer } from '../../src/register/situations/harm-told.ts';
import { slipHiddenAnswer } from '../../src/register/situations/hosts-and-members.ts';
import { deviceLentAnswer, strangerAboutAnswer } from '../../src/register/situations/house-rules.ts';
import { erasureAnswer } from '../../src/register/situations/requests.ts';
import { aloneWithChildrenAnswer, filmingOthersChildrenAnswer, passwordSeenAnswer } from '../../src/register/situations/watched-and-alone.ts';
import { endingLifeToldAnswer } from '../../src/register/situations/welfare.ts';
import { contextOf, devCasesOn, devQa, devQaOf, exampleFirms, tinyFirmContext, TINY_SUPPLIER } from './dev-questions.ts';

/**
 * What the seventy-eighth round mended in the answerer, beside its neighbours. Reading focus set 74 and retraining both models on it made
 * the question-kind model sure (0.956) that "can i put the before and after pics … on our instagram" asks after a tool, and the job photos
 * policy the rules read in it was lost to the rule on new tools alone; and it leant to a story in "a man is using his wife's card", whose
 * till entry a story's policy took over. Then the stories focus sets 74, 79 and 80 taught, each found by what a policy sentence says,
 * the same stories told otherwise or at other firms, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so
 * that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    aquaform: 'aquaform-bathrooms',
    harbourside: 'harbourside-tyres',
    sunwell: 'sunwell-lido',
    kalina: 'kalina-polish-saturday-school',
    ironside: 'ironside-boxing-club',
    pawsfull: 'pawsfull-pet-food-bank',
    bedside: 'bedside-hospital-radio',
    sharebite: 'sharebite-community-fridge',
    lockfast: 'lockfast-caravan-storage',
    tidyshore: 'tidyshore-litter-pickers',
    truewall: 'truewall-plastering',
    broadland: 'broadland-befrienders',
    fairwaygreen: 'fairwaygreen-golf-club',
    baseline: 'baseline-tennis-club',
    pirouette: 'pirouette-dance-academy',
    ridgeway: 'ridgeway-youth-band',
    corefit: 'corefit-pt',
    ashgrove: 'ashgrove-social-club',
    crux: 'crux-climbing',
    charcoal: 'charcoal-life-drawing',
    concretewave: 'concretewave-skatepark',
    checkmate: 'checkmate-chess-club',
    hedgerow: 'hedgerow-home-ed-coop',
    cornexchange: 'cornexchange-market-traders',
    lighthouse: 'lighthouse-planetarium',
    clearwater: 'clearwater-recovery-rehab',
    pressright: 'pressright-dry-cleaners',
    riverside: 'riverside-rovers-fc',
    paydesk: 'paydesk-payroll-bureau',
    greenleaf: 'greenleaf-landscaping',
    stridetogether: 'stridetogether-running',
  }),
);

describe("a story's policy, with the work put through a tool we do not hold, keeps its place however sure the model is of a tool", () => {
  cases([
    { firm: 'aquaform', q: 'can i put the before and after pics from the chapel allerton job on our instagram', has: ['job-photos', "I can't find instagram", 'new-tools'] },
    { firm: 'harbourside', q: 'insurer wants the cctv stills, can i just send them over with wetransfer', has: ['wetransfer', 'Jess Pengelly'] },
    // The policy that writes the tool rules alone.
    { firm: 'aquaform', q: 'can i post the before and after pics from the headingley job on facebook', has: ['job-photos', 'Facebook or Checkatrade only if the customer'], not: ['Before using a new app or tool'] },
  ]);

  // Against models of a known lean, not only the shipped one, whose certainty moves with each retraining: a real model from its bias alone.
  const modelOf = (newTool: number) => new QuestionKinds({ kinds: QUESTION_KINDS, trainedOn: `a tool, by a bias of ${newTool}`, bias: [0, 0, 0, 0, newTool], weights: {} });
  const ask = (kinds: QuestionKinds, q: string) => devQaOf(devQa('../../examples/aquaform-bathrooms/vigil.yaml').config, { kinds }).ask(q);
  const instagram = 'can i put the before and after pics from the chapel allerton job on our instagram';
  it('against a model sure of a tool (0.9998): the word that the tool is not ours, the policy, then the rule on new tools', () => {
    const answer = ask(modelOf(10), instagram);
    expect(answer.sources).toEqual(['policy:job-photos', 'policy:new-tools']);
    expect(answer.answer).toMatch(/^I can't find instagram in our register/);
  });
  it('against a model leaning to a tool (0.65): the policy and the rule on new tools', () => {
    expect(ask(modelOf(2), instagram).sources).toEqual(['policy:job-photos', 'policy:new-tools']);
  });
  it('against a model sure of a tool, a policy that writes the tool answers alone', () => {
    expect(ask(modelOf(10), 'can i post the before and after pics from the headingley job on facebook').sources).toEqual(['policy:job-photos']);
  });
});

describe("a grown-up paying with a spouse's card is the till's matter", () => {
  cases([
    { firm: 'sunwell', q: "a man is using his wife's card to pay for the cafe, fine?", has: ['Square'], not: ['keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "a customer is paying with her husband's card at the cafe, is that ok?", has: ['Square'], not: ['keep the ticket and tell the duty manager'] },
  ]);

  // The shipped model's lean to a story moved with each retraining (0.76 after focus set 74, below 0.6 after focus sets 79 and 80): tried
  // against a real model from its bias alone that leans to a story (0.65), where a story's policy gives way to a till entry only here.
  const leansToStory = new QuestionKinds({ kinds: QUESTION_KINDS, trainedOn: 'a story, by a bias of 2', bias: [0, 0, 2, 0, 0], weights: {} });
  const ask = (q: string) => devQaOf(devQa('../../examples/sunwell-lido/vigil.yaml').config, { kinds: leansToStory }).ask(q).sources;
  it("keeps the till's entry for a spouse's card against a model leaning to a story", () => {
    expect(ask("a man is using his wife's card to pay for the cafe, fine?")).toEqual(['register:square']);
  });
  it("does not keep it for a stranger's card", () => {
    expect(ask("a man is using a card that isn't his to pay for the cafe, fine?")).not.toEqual(['register:square']);
  });
});

describe("focus set 74's stories", () => {
  cases([
    { firm: 'kalina', q: "a man's come to get Antek (he's 7), says he's his uncle but he's not on the form and mum isn't answering. can I let him take him??", has: ['collection-visitors', 'the class teacher phones the parent first'] },
    { firm: 'ironside', q: "a woman's here to get Kai, says she's his aunt but she's not on his form. can she take him?", has: ['Juniors go home only with the adults'] },
    { firm: 'kalina', q: 'one of my year 6 girls asked if she can follow me on insta so I can dm her the reading homework, is that ok or not really', has: ['safeguarding', 'Never message a pupil privately'] },
    { firm: 'kalina', q: 'a year 8 boy wants to dm me on instagram about his homework, can he?', has: ['safeguarding', 'Never message a pupil privately'] },
    { firm: 'pawsfull', q: "a client told me on the doorstep her partner takes all her money and won't let her out, then begged me not to tell anyone. I feel awful, what do I do?", has: ['safeguarding', 'never promise to keep it secret'] },
    { firm: 'pawsfull', q: "a client said her son takes all her benefits and won't let her see anyone, she asked me not to say anything", has: ['safeguarding', 'never promise to keep it secret'], not: ['Deliveries go out on Tuesdays and Fridays'] },
    { firm: 'broadland', q: 'he controls all her money and wont let her see her friends. asked me to keep it between us', has: ['safeguarding-sharing', 'never promise to keep a secret'] },
    { firm: 'kalina', q: 'kubas step dad turned up for him, hes not on the collection sheet', has: ['collection-visitors', 'the class teacher phones the parent first'] },
    { firm: 'fairwaygreen', q: 'one of the juniors wants to dm me on insta', has: ['juniors-and-photos', 'never message a junior directly'] },
    { firm: 'baseline', q: 'a 14 year old asked to message me on whatsapp, can I?', has: ['safeguarding-juniors', 'never message a junior directly'] },
    // A form of consent is not one to collect by: the photo rule stands.
    { firm: 'pirouette', q: "mum came in, her daughter's not on the consent form but she wants her in the show photos", has: ['photos'], not: ['keep the pupil with a teacher'] },
  ]);

  it('reads someone not on a child\'s form come to collect, not a newcomer not on the form yet', () => {
    const ctx = contextOf('kalina-polish-saturday-school');
    expect(collectingWithoutProofAnswer(ctx, "a man's come to get Antek (he's 7), says he's his uncle but he's not on the form")?.sources).toEqual(['policy:collection-visitors']);
    expect(collectingWithoutProofAnswer(ctx, "a lad came in for his first lesson but he's not on the form yet, can he join in?")).toBeUndefined();
    expect(collectingWithoutProofAnswer(contextOf('limelight-youth-theatre'), "a dad turned up here to film the show, his kid's not on the form")).toBeUndefined();
    expect(collectingWithoutProofAnswer(ctx, 'a lad turned up to collect the lost property, never seen him before')).toBeUndefined();
    // Where no rule says whom children go home with, a stranger come for someone's things is read as collecting without the proof.
    expect(collectingWithoutProofAnswer(contextOf('pressright-dry-cleaners'), "a man turned up to collect mrs patel's coat, never seen him before, he hasn't got the ticket")?.sources).toEqual(['policy:collecting-items']);
    expect(collectingWithoutProofAnswer(ctx, 'a woman came for the open day but she isn\'t on the list')).toBeUndefined();
  });
  it('reads a pupil to be messaged privately, not one only followed', () => {
    const ctx = contextOf('kalina-polish-saturday-school');
    expect(youngDmedAnswer(ctx, 'one of my year 6 girls asked if she can follow me on insta so I can dm her the homework')?.sources).toEqual(['policy:safeguarding']);
    expect(youngDmedAnswer(ctx, 'one of my year 6 girls asked if she can follow me on insta, ok?')).toBeUndefined();
  });
  it('reads money taken by a person, not by a bank', () => {
    const ctx = contextOf('pawsfull-pet-food-bank');
    expect(controlKeptSecretAnswer(ctx, "her partner takes all her money and won't let her out, then begged me not to tell anyone")?.sources).toEqual(['policy:safeguarding']);
    expect(controlKeptSecretAnswer(ctx, "she said the bank takes all her money in charges and asked me not to tell anyone she's skint")).toBeUndefined();
  });
  // Each of the two checks on its own, on a firm shaped for it: a policy titled for children alone whose sentence names no child, and one
  // for everyone whose sentence is on what a child tells; beside each, a policy for grown-ups that is the answer.
  it('keeps out a policy titled for children alone, and a sentence on what a child tells, each on its own', () => {
    const ctxOf = (policies: string[]) => tinyFirmContext([TINY_SUPPLIER], policies);
    const story = "her husband takes all her money and won't let her out, she asked me not to tell anyone";
    const adults = "  - { id: clients, title: Worries about clients, text: 'If a client tells you they are being hurt, never promise to keep it secret.' }";
    const titledForChildren = "  - { id: under-16s, title: Under-16s, text: 'Never promise to keep it secret; tell Kiera the same day.' }";
    const childTells = "  - { id: everyone, title: Looking after everyone, text: 'If a child tells you something worrying, never promise to keep it secret.' }";
    expect(controlKeptSecretAnswer(ctxOf([titledForChildren, adults]), story)?.sources).toEqual(['policy:clients']);
    expect(controlKeptSecretAnswer(ctxOf([childTells, adults]), story)?.sources).toEqual(['policy:clients']);
    expect(controlKeptSecretAnswer(ctxOf([titledForChildren]), story)).toBeUndefined();
    expect(controlKeptSecretAnswer(ctxOf([childTells]), story)).toBeUndefined();
  });
  it("gives a grown-up's story no sentence on what a child tells", () => {
    expect(controlKeptSecretAnswer(contextOf('polish-nail-bar'), "client says her boyfriend takes all her wages and won't let her out, asked me not to tell anyone")).toBeUndefined();
    expect(controlKeptSecretAnswer(contextOf('carerslink-centre'), "her husband wont let her see anyone since the stroke, she asked me not to tell anyone")).toBeUndefined();
  });
});

describe("focus sets 79 and 80's stories", () => {
  cases([
    { firm: 'bedside', q: "josh wants to know what we've got on file about him, who does he ask", has: ['volunteer-records', 'ask Ruth for a copy'] },
    { firm: 'bedside', q: "one of the volunteers wants to know what we've got on file about her", has: ['volunteer-records', 'ask Ruth for a copy'] },
    { firm: 'lockfast', q: 'an email meant for mrs fenwick went to some other address so i messaged her sorry and binned the sent one, hope thats ok??', has: ['breach-reporting', 'Do not try to put it right yourself'] },
    { firm: 'sharebite', q: 'accidently sent the rota with everyones numbers to my family group chat!! deleted it but my aunt probably saw', has: ['breach-reporting', 'Tell Joanne Fenwick'] },
    { firm: 'sharebite', q: 'i accidentally posted the volunteer list with everyones numbers in the cookery chat', has: ['breach-reporting', 'Tell Joanne Fenwick'] },
    { firm: 'bedside', q: 'maureen put a pic of a request slip in the volunteers chat by accident, you can read the patients name', has: ['breach-reporting', 'within 24 hours at most'] },
    { firm: 'tidyshore', q: 'got an email saying someone logged into xero from somewhere abroad, wasnt me', has: ['devices-passwords', 'change it at once and tell Tamsin'] },
    { firm: 'tidyshore', q: 'someone signed into our ticket tailor from abroad last night, not me', has: ['devices-passwords', 'change it at once and tell Tamsin'] },
    { firm: 'truewall', q: 'wes wants to borrow my work mobile to ring his missus, his is dead', has: ['phones-passwords', 'never lend it to anyone'] },
    { firm: 'truewall', q: 'dean asked to borrow my work phone for the weekend, his has broken', has: ['phones-passwords', 'never lend it to anyone'] },
    { firm: 'lockfast', q: 'theres a guy i dont recognise walking up and down the back row near the boats, not sure hes one of ours', has: ['visitors', 'ring Graham and do not challenge them'] },
    { firm: 'lockfast', q: 'some bloke wandering round the boat row, never seen him before', has: ['visitors', 'ring Graham and do not challenge them'] },
    { firm: 'ridgeway', q: 'a guy i dont recognise is hanging around by the toilets', has: ['rehearsal-visitors', 'ask them politely who they are'] },
    { firm: 'corefit', q: 'an email meant for mrs fenwick went to some other address, ive deleted it', has: ['breach-reporting'] },
    // A personnel file is no camera's matter, though the camera policy names a subject access request.
    { firm: 'ashgrove', q: 'can i get a copy of my personnel file', has: [], not: ['Never film the monitor with your phone'] },
    // A mum's post is not ours: not the rule on our taking up an app.
    { firm: 'crux', q: 'one of the mums put a photo of the kids on snapchat, is that ok?', has: [], not: ['Do not start using a new app, website or online service'] },
    { firm: 'lockfast', q: "ex customer emailed, sold her van and wants us to wipe everything we've got on her", has: ['retention', 'removes the rest within a month'] },
    { firm: 'truewall', q: 'taking the works van to my mates in leek on sunday, will it show lee where ive been', has: ['van-tracking', 'Private mode is switched on automatically'] },
    { firm: 'tidyshore', q: '13 year old turned up on his own saying his mates mum is coming later, can he start picking', has: ['group-cleans', 'Children under 16 stay with their own adult'] },
  ]);

  it("reads all we've got on someone asked wiped, not asked after", () => {
    const ctx = contextOf('lockfast-caravan-storage');
    expect(erasureAnswer(ctx, "ex customer emailed and wants us to wipe everything we've got on her")?.sources).toEqual(['policy:retention']);
    expect(erasureAnswer(ctx, "ex customer emailed asking what we've got on her")).toBeUndefined();
  });
  it('reads a work van taken to see friends, not to the merchants', () => {
    const ctx = contextOf('truewall-plastering');
    expect(privateTripTrackedAnswer(ctx, 'taking the works van to my mates in leek, will it show lee where ive been')?.sources).toEqual(['policy:van-tracking']);
    expect(privateTripTrackedAnswer(ctx, 'taking the works van to the merchants, will it show lee where ive been')).toBeUndefined();
  });
  it("gives a young one come alone the rule that they stay with an adult, not one come with his dad", () => {
    const ctx = contextOf('tidyshore-litter-pickers');
    expect(tightestAgeRuleAnswer(ctx, '13 year old turned up on his own, can he start picking')?.sources).toEqual(['policy:group-cleans']);
    expect(tightestAgeRuleAnswer(ctx, '13 year old turned up with his dad, can he start picking')).toBeUndefined();
  });

  it('reads something with people\'s details put in a chat by accident, not a wrong time', () => {
    const ctx = contextOf('sharebite-community-fridge');
    expect(sentToWrongPersonAnswer(ctx, 'i accidentally posted the volunteer list with everyones numbers in the cookery chat')?.sources).toEqual(['policy:breach-reporting']);
    expect(sentToWrongPersonAnswer(ctx, 'i accidentally posted the wrong start time in the cookery chat')).toBeUndefined();
    expect(sentToWrongPersonAnswer(contextOf('crux-climbing'), 'i accidentally put a pic of my dinner in the work group chat haha')).toBeUndefined();
  });
  it("reads a slip into one's own family chat, deleted, by a breach policy's sentence never to delete", () => {
    const ctx = contextOf('aquaform-bathrooms');
    expect(slipHiddenAnswer(ctx, "accidently sent the job list with the customers' numbers to my family group chat, deleted it straight away")?.sources).toEqual(['policy:data-breach']);
    expect(slipHiddenAnswer(ctx, 'sent the job list to the family who own the house, is that ok?')).toBeUndefined();
  });
  it("gives a sign-in alert the sentence on alerts, not one's own sign-in from abroad nor a visitor signing in", () => {
    const ctx = contextOf('tidyshore-litter-pickers');
    expect(accountTakenOverAnswer(ctx, 'someone logged into xero from somewhere abroad, wasnt me')?.sources).toEqual(['policy:devices-passwords']);
    expect(accountTakenOverAnswer(ctx, 'email says someone tried to sign into the ticket tailor account from an unfamiliar location')?.sources).toEqual(['policy:devices-passwords']);
    expect(accountTakenOverAnswer(ctx, 'i logged into xero from abroad while on holiday, is that ok?')).toBeUndefined();
    expect(accountTakenOverAnswer(ctx, 'someone signed in today from another group, do they need the safety talk?')).toBeUndefined();
  });
  it('reads a work phone lent to another, not used by oneself', () => {
    const ctx = contextOf('truewall-plastering');
    expect(deviceLentAnswer(ctx, 'wes wants to borrow my work mobile to ring his missus')?.sources).toEqual(['policy:phones-passwords']);
    expect(deviceLentAnswer(ctx, 'can i use my work phone to ring my missus?')).toBeUndefined();
    expect(deviceLentAnswer(ctx, 'i need to use my work phone to take before and after photos in the customers kitchen')).toBeUndefined();
  });
  it("reads someone unknown about the place, by a sentence on someone seen there, not a caller's or an attachment's", () => {
    expect(strangerAboutAnswer(contextOf('lockfast-caravan-storage'), 'theres a guy i dont recognise walking up and down the back row')?.sources).toEqual(['policy:visitors']);
    expect(strangerAboutAnswer(contextOf('strikezone-bowling'), 'theres a bloke i dont recognise hanging round the lanes')).toBeUndefined();
    expect(strangerAboutAnswer(contextOf('lockfast-caravan-storage'), 'a lad i recognise from last week is back on the yard')).toBeUndefined();
    expect(strangerAboutAnswer(contextOf('lockfast-caravan-storage'), 'some guy i dont know keeps ringing asking for the gate code')).toBeUndefined();
    expect(strangerAboutAnswer(contextOf('lockfast-caravan-storage'), "someone we don't know logged into storeganise last night")).toBeUndefined();
  });
});

describe("focus sets 81 and 82's stories", () => {
  cases([
    { firm: 'charcoal', q: 'pretty sure a student was peering over my shoulder while i typed the admin pw at the desk', has: ['passwords-and-accounts', 'change it at once'] },
    { firm: 'tidyshore', q: 'i think someone saw me type the xero password at the school', has: ['devices-passwords', 'change it at once and tell Tamsin'] },
    { firm: 'concretewave', q: 'some grown man is videoing the little ones at mini shredders and none of them are his', has: ['photos-and-filming', 'asked to stop'] },
    { firm: 'checkmate', q: 'priti called in sick so its just me with the kids tonight, is that ok?', has: ['junior-safeguarding', 'at least two DBS-checked adults'] },
    { firm: 'concretewave', q: 'some bloke ive never seen says hes here for maisie from coaching but his name isnt on her form', has: ['kids-sessions-and-collection', 'ask the parent to confirm by phone'] },
    { firm: 'hedgerow', q: "a man i've never seen has turned up to get maisie, says he's her uncle. she seems to know him", has: ['visitors-and-hall', 'phone the parent before letting the child go'] },
    { firm: 'concretewave', q: 'a mum wants to leave her 6 year old at mini shredders while she pops to tesco', has: ['kids-sessions-and-collection', 'stays in the building throughout'] },
    { firm: 'concretewave', q: 'a skater went off to the BRI in an ambulance earlier with a suspected broken wrist', has: ['accidents', 'whether it is reportable'] },
    { firm: 'concretewave', q: 'noticed one of the older regulars has been dm-ing a 13 yr old skater, feels off to me', has: ['safeguarding', 'tell Leanne or Tash the same day'] },
    { firm: 'charcoal', q: 'oh no i just sent saturdays workshop list to every attendee and all the mobile numbers are showing', has: ['breach-reporting', 'Tell Imogen Tate straight away'] },
    { firm: 'checkmate', q: 'emailed all the junior parents about the congress and forgot to hide the addresses, everyone can see each other', has: ['breach-reporting', 'Gareth Holroyd, the club secretary'] },
    { firm: 'cornexchange', q: "a copper's at the office wanting a clip of the fight by the fish stalls, lee's on his own. what does he need off them?", has: ['collar number and crime reference'] },
    // What a review found: the same stories told otherwise, and neighbours that keep their answers.
    { firm: 'greenleaf', q: 'i think someone saw me type the password for the invoicing app at the garden centre', has: ['passwords', 'change it and tell the office'] },
    { firm: 'riverside', q: 'one of the adult players added one of the u14 girls on snapchat', has: ['safeguarding', 'tell Des (club welfare officer) the same day'] },
    { firm: 'crux', q: 'a climber has a suspected fracture in his wrist after falling off the boulder wall', has: ['accident-reporting'] },
    { firm: 'pressright', q: "lad turned up to pick up his dad's suits, don't know him, no ticket", has: ['collecting-items'] },
    { firm: 'paydesk', q: 'all the numbers are showing as zero on the payroll summary', has: [], not: ['Wrong payslips, lost laptops and other breaches'] },
    { firm: 'stridetogether', q: "heavy one last night, one of the blokes was talking about jumping, we sat with him while he rang 111. it's 1am now, do i need to tell anyone or wait till morning?", has: ['crisis-response', 'Craig Robson if Jo does not answer'] },
    { firm: 'stridetogether', q: 'runner went over on his ankle on the steps by the river, got him home fine. anything i need to log?', has: ['run-safety', 'the same evening'] },
    { firm: 'tidyshore', q: 'lady sliced her thumb on a bit of glass at the river clean, plastered up and fine. anything i need to log?', has: ['group-cleans', 'Write any injury in the accident book'] },
    { firm: 'cornexchange', q: 'amira left the found items book open on the front desk all afternoon, people could read names and numbers. should i ring them all to say sorry?', has: ['incidents-and-breaches', 'it right yourself'] },
  ]);

  it('reads talk of jumping as talk of ending a life, not jumping out of a plane', () => {
    expect(endingLifeToldAnswer(contextOf('stridetogether-running'), 'one of the blokes was talking about jumping, do i need to tell anyone?')?.sources).toEqual(['policy:crisis-response']);
    expect(endingLifeToldAnswer(contextOf('hinton-skydive-centre'), 'the new lad was talking about jumping out of the plane on his own next week')).toBeUndefined();
    expect(endingLifeToldAnswer(contextOf('bigtop-circus-school'), 'students were talking about jumping through the hoop, do we need a spotter')).toBeUndefined();
    expect(endingLifeToldAnswer(contextOf('broadland-befrienders'), 'sue was talking about not being here next week, who covers her shifts')).toBeUndefined();
  });
  it('gives an injury, where no policy is titled on accidents, the sentence that injuries are written down; not a race entry', () => {
    const ctx = contextOf('stridetogether-running');
    expect(injuryPaperworkAnswer(ctx, 'runner went over on his ankle by the river, anything i need to log?')?.sources).toEqual(['policy:run-safety']);
    expect(injuryPaperworkAnswer(ctx, 'a runner asked if there is anything i need to log for the race entry')).toBeUndefined();
    // Not a sentence on a card a head injury is noted on, nor a keeping period ("Accident and food incident book: 3 years").
    expect(injuryPaperworkAnswer(contextOf('ironside-boxing-club'), 'a lad twisted his ankle skipping in the warm up, do i need to write it up')).toBeUndefined();
    expect(injuryPaperworkAnswer(contextOf('sharebite-community-fridge'), 'someone slipped on the wet floor by the fridge and hurt their wrist, anything i need to log?')).toBeUndefined();
  });
  it("reads people's details left where others could read them, not a menu's prices", () => {
    const ctx = contextOf('cornexchange-market-traders');
    expect(sentToWrongPersonAnswer(ctx, 'amira left the found items book open on the front desk, people could read names and numbers')?.sources).toEqual(['policy:incidents-and-breaches']);
    expect(sentToWrongPersonAnswer(ctx, 'left the events menu out on the desk, people could see the prices')).toBeUndefined();
    expect(sentToWrongPersonAnswer(contextOf('beanwagon-coffee'), 'left the menu board out front so people can see the details of the specials')).toBeUndefined();
  });

  it('reads a password seen as it was typed, not one asked for', () => {
    const ctx = contextOf('charcoal-life-drawing');
    expect(passwordSeenAnswer(ctx, 'a student was peering over my shoulder while i typed the admin pw')?.sources).toEqual(['policy:passwords-and-accounts']);
    expect(passwordSeenAnswer(ctx, 'a student wants the wifi password, can i give it her?')).toBeUndefined();
  });
  it('reads a grown-up filming children not their own, not a dad filming his own', () => {
    const ctx = contextOf('concretewave-skatepark');
    expect(filmingOthersChildrenAnswer(ctx, 'some grown man is videoing the little ones and none of them are his')?.sources).toEqual(['policy:photos-and-filming']);
    expect(filmingOthersChildrenAnswer(ctx, 'a woman is videoing the little ones at the party, her own daughter is one of them')).toBeUndefined();
  });
  it('reads one adult left with the children, by the rule of two adults, not one child with a parent', () => {
    const ctx = contextOf('checkmate-chess-club');
    expect(aloneWithChildrenAnswer(ctx, 'priti called in sick so its just me with the kids tonight')?.sources).toEqual(['policy:junior-safeguarding']);
    expect(aloneWithChildrenAnswer(ctx, 'just me and my dad at the congress tomorrow, can i get a lift?')).toBeUndefined();
    expect(aloneWithChildrenAnswer(contextOf('charcoal-life-drawing'), "i'm on my own with the class tonight, felix is off")).toBeUndefined();
    expect(aloneWithChildrenAnswer(ctx, "its just me and the group tonight for the adults' league, ok?")).toBeUndefined();
  });
});

// Retraining with focus sets 81 and 82 made the model sure a story is told in "the couple said go for it, can I post the opening hours on
// facebook?" (0.97), and the ranker's policy on filming visitors took the place of "don't know"; and less than sure (0.93) that "my
// daughter's relapsed on the booze … i might need a day off" is small talk, so the rules' entries and a policy on consent to share stood.
describe('what the retraining with focus sets 81 and 82 flipped, mended without the model', () => {
  cases([
    { firm: 'lighthouse', q: 'the couple said go for it, can I post the opening hours on facebook?', has: [], not: ['photos-filming'] },
    { firm: 'clearwater', q: "my daughter's relapsed on the booze, keep it between us but i might need a day off", has: [], not: ['risk to a child'] },
  ]);

  const sureStory = new QuestionKinds({ kinds: QUESTION_KINDS, trainedOn: 'every question a story', bias: [0, 0, 10, 0, 0], weights: {} });
  const ask = (folder: string, q: string) => devQaOf(devQa(`../../examples/${folder}/vigil.yaml`).config, { kinds: sureStory }).ask(q).sources;
  it('keeps "don\'t know" for a notice of ours put up, against a model sure of a story', () => {
    expect(ask('lighthouse-planetarium', 'the couple said go for it, can I post the opening hours on facebook?')).toEqual([]);
  });
  it('gives a story the rules knew nothing of a policy, against the same model', () => {
    expect(ask('lighthouse-planetarium', 'the couple said go for it, can I post the photos of them on facebook?')).not.toEqual([]);
  });
  it("answers one's own time off for one's family \"don't know\" by the rules alone", () => {
    const rulesAlone = devQaOf(devQa('../../examples/clearwater-recovery-rehab/vigil.yaml').config, { kinds: null });
    expect(rulesAlone.ask("my daughter's relapsed on the booze, keep it between us but i might need a day off").sources).toEqual([]);
    expect(rulesAlone.ask("a resident's daughter has relapsed and she might need a day off from visiting, keep it between us").sources).not.toEqual([]);
    expect(rulesAlone.ask("the chef's daughter has relapsed on the booze, keep it between us but i might need a day off").sources).not.toEqual([]);
  });
});
