// Round 5 of the held-out questions: two firms of trades not used before (an IT managed-service
// provider, examples/kittiwake-it, and a furniture maker with a web shop, examples/brackenridge-oak),
// written blind from the README and the firms' own vigil.yaml files, without reading the answerer
// or earlier rounds. Frozen: do not tune on these before they are scored.
import type { HeldOutCase } from './types.ts';

const K = 'kittiwake-it';
const B = 'brackenridge-oak';

export const ROUND5: HeldOutCase[] = [
  // ── Kittiwake IT (managed IT services) ──────────────────────────────────────────────────────
  // where data is stored
  { ws: K, q: 'where is halo data stored', has: ['HaloPSA', 'UK'] },
  { ws: K, q: 'wheres our ninja data kept?', has: ['NinjaOne', 'EU', 'US'] },
  { ws: K, q: 'is it glue hosted in the uk', has: ['IT Glue', 'US'] },
  { ws: K, q: 'a client wants to know where their backups are kept', has: ['Acronis', 'UK'] },
  { ws: K, q: 'where does the antivirus send its data', has: ['Sophos', 'EU'] },
  { ws: K, q: 'where is xeor data stored', has: ['Xero', 'US'] },
  // retention
  { ws: K, q: 'how long do we keep tickets for', has: ['HaloPSA', '6 years'] },
  { ws: K, q: 'how long are client backups kept', has: ['Acronis', '90 days'] },
  { ws: K, q: 'how long do we keep call recordings?', has: ['Gradwell', '3 months'] },
  { ws: K, q: 'how long do we keep staff records after someone leaves', has: ['Breathe HR', '6 years'] },
  { ws: K, q: 'how long do we hang on to direct debit mandates', has: ['GoCardless', '7 years'] },
  // purpose, data, subjects
  { ws: K, q: 'what is pax8 used for', has: ['Pax8', 'licences'] },
  { ws: K, q: 'what do we use loom for?', has: ['Loom', 'how-to videos'] },
  { ws: K, q: 'what data does ninjaone hold', has: ['NinjaOne', 'IP addresses'] },
  { ws: K, q: 'whose data is in halo', has: ['HaloPSA', 'client staff'] },
  { ws: K, q: 'where do we keep client passwords', has: ['IT Glue'] },
  { ws: K, q: 'where do we keep sick notes', has: ['Breathe HR'] },
  { ws: K, q: 'where are the engineers DBS checks stored', has: ['Breathe HR'] },
  { ws: K, q: 'do any of our suppliers hold health data', has: ['Breathe HR', 'Acronis'], not: ['Xero', 'Pax8'] },
  { ws: K, q: 'tell me about gocardless', has: ['GoCardless', 'Direct Debit', '7 years', 'UK', 'EU'] },
  // transfers
  { ws: K, q: 'what safeguard covers it glue sending data to the US', has: ['IT Glue', 'IDTA'] },
  { ws: K, q: 'which suppliers rely on adequacy', has: ['Keeper', 'Sophos', 'GoCardless'], not: ['IT Glue', 'NinjaOne', 'Xero'] },
  // aggregates over locations
  {
    ws: K,
    q: 'which suppliers store data outside the UK?',
    has: ['NinjaOne', 'IT Glue', 'Xero', 'GoCardless', 'Keeper', 'Sophos', 'Pax8'],
    not: ['HaloPSA', 'Acronis', 'Breathe HR', 'Gradwell'],
  },
  {
    ws: K,
    q: 'which of our suppliers keep data only in the uk',
    has: ['HaloPSA', 'Acronis', 'Microsoft 365', 'Breathe HR', 'Gradwell', 'Hiscox', 'Scoresby'],
    not: ['NinjaOne', 'GoCardless', 'Pax8', 'Keeper'],
  },
  { ws: K, q: 'how many suppliers do we have', has: ['15'] },
  { ws: K, q: 'which suppliers are recipients rather than processors', has: ['Pax8', 'Hiscox', 'Scoresby'], not: ['HaloPSA', 'Xero', 'Acronis'] },
  // security
  {
    ws: K,
    q: 'which suppliers dont have 2fa',
    has: ['Gradwell', 'Loom'],
    not: ['HaloPSA', 'NinjaOne', 'IT Glue', 'Keeper', 'Microsoft 365', 'Acronis'],
  },
  { ws: K, q: 'is 2fa enforced on the psa', has: ['HaloPSA', 'enforced'] },
  {
    ws: K,
    q: 'which suppliers are iso 27001 certified',
    has: ['HaloPSA', 'Acronis', 'Microsoft 365', 'GoCardless', 'Keeper', 'Sophos'],
    not: ['NinjaOne', 'IT Glue', 'Gradwell'],
  },
  { ws: K, q: 'which ones have soc 2', has: ['NinjaOne', 'IT Glue', 'Microsoft 365', 'Keeper'], not: ['Acronis', 'HaloPSA', 'Sophos'] },
  { ws: K, q: 'which suppliers dont encrypt data at rest', has: ['Gradwell'], not: ['Acronis', 'Keeper', 'IT Glue', 'HaloPSA'] },
  { ws: K, q: 'can keeper staff see our passwords', has: ['Keeper', 'zero-knowledge'] },
  { ws: K, q: 'can microsoft engineers get into our tenant', has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: K, q: 'will acronis tell us if they get breached', has: ['Acronis', '24 hours'] },
  {
    ws: K,
    q: 'which suppliers will tell us about a breach',
    has: ['HaloPSA', 'NinjaOne', 'IT Glue', 'Acronis', 'Microsoft 365', 'Keeper'],
    not: ['Gradwell', 'Loom', 'Xero'],
  },
  // GDPR statements
  { ws: K, q: "have we got sophos's dpa", has: ['Sophos', 'requested'] },
  { ws: K, q: 'whats the status of gradwells gdpr statement', has: ['Gradwell', 'await'] },
  {
    ws: K,
    q: 'which gdpr statements are we still waiting for',
    has: ['Sophos', 'Gradwell', 'Loom', 'Pax8', 'Scoresby'],
    not: ['HaloPSA', 'Acronis', 'Keeper', 'Xero'],
  },
  { ws: K, q: 'whose gdpr statements are overdue for review', has: ['IT Glue', 'GoCardless'], not: ['HaloPSA', 'Keeper', 'Acronis', 'Xero'] },
  // owners and register gaps
  { ws: K, q: 'who looks after it glue', has: ['IT Glue', 'Priya'] },
  { ws: K, q: 'who owns the xero account', has: ['Xero', 'Marcus'] },
  { ws: K, q: 'what suppliers is dominic responsible for', has: ['HaloPSA', 'NinjaOne', 'Acronis', 'Keeper', 'Sophos'], not: ['Xero', 'Breathe HR', 'IT Glue'] },
  { ws: K, q: 'which suppliers have no owner', has: ['Hiscox'], not: ['HaloPSA', 'Xero'] },
  { ws: K, q: 'which suppliers dont say where the data is stored', has: ['Loom'], not: ['HaloPSA', 'Xero'] },
  { ws: K, q: 'which suppliers have no retention period', has: ['Microsoft 365', 'Loom', 'Hiscox'], not: ['Xero', 'Acronis', 'HaloPSA'] },
  // sharing and lawful basis
  { ws: K, q: 'what do we send to the insurers', has: ['Hiscox', 'incident'] },
  { ws: K, q: 'what lawful basis do we have for giving client details to pax8', has: ['Pax8', 'contract'] },
  { ws: K, q: 'what do we share with our accountants', has: ['Scoresby', 'Xero'] },
  // what to do (policies)
  { ws: K, q: 'i left my laptop on the train what do i do', has: ['Priya', '1 hour'] },
  { ws: K, q: 'a client emailed me their admin password, what should i do with it', has: ['IT Glue', 'change'] },
  { ws: K, q: 'one of a clients staff has asked for all the data we hold on them', has: ['2 working days'] },
  { ws: K, q: 'can i remote onto a client pc without asking them first', has: ['NinjaOne', 'agree'] },
  { ws: K, q: 'client is leaving us, what happens to their data', has: ['30 days'] },
  { ws: K, q: 'how often do we test restoring our own backups', has: ['first Monday'] },
  // the contact, off-topic, suppliers not in the register
  { ws: K, q: 'who should i ask about data protection stuff', has: ['Priya Lowther'] },
  { ws: K, q: 'what time does the christmas party start', has: ['Priya Lowther'], not: ['HaloPSA', 'Xero', 'Microsoft 365'] },
  { ws: K, q: 'is connectwise gdpr compliant', has: ['connectwise', 'Priya'], not: ['HaloPSA', 'NinjaOne'] },
  { ws: K, q: 'where does dropbox keep our files', has: ['dropbox', 'Priya'], not: ['Microsoft 365', 'Acronis'] },

  // ── Brackenridge Oak Furniture (workshop, showroom and web shop) ───────────────────────────
  // where data is stored
  { ws: B, q: 'where does shopify keep our data', has: ['Shopify', 'Canada', 'US'] },
  { ws: B, q: 'wheres klavio data stored', has: ['Klaviyo', 'US'] },
  { ws: B, q: 'where does payroll data live', has: ['PayFit', 'EU'] },
  { ws: B, q: 'where are the bespoke drawings stored online', has: ['Google Workspace'] },
  { ws: B, q: 'where are the shopify backups stored', has: ['Rewind', 'Canada'] },
  // retention
  { ws: B, q: 'how long do we keep online orders', has: ['Shopify', '7 years'] },
  { ws: B, q: 'how long is cctv footage kept', has: ['30 days'] },
  { ws: B, q: 'how long do we keep hearing test results', has: ['Wrekin Occupational Health', '40 years'] },
  { ws: B, q: 'how long do we keep stuff in gorgais', has: ['Gorgias', '3 years'] },
  { ws: B, q: 'how long do we keep newsletter subscribers', has: ['Klaviyo', 'unsubscribe'] },
  { ws: B, q: 'when should paper order forms be shredded', has: ['3 months'] },
  // purpose, data, health data
  { ws: B, q: 'can i see the results of my colleagues hearing test', has: ['Wrekin Occupational Health', 'summary'] },
  { ws: B, q: 'which suppliers hold health data', has: ['Severn Vale Haulage', 'PayFit', 'Wrekin Occupational Health'], not: ['Shopify', 'Klaviyo', 'QuickBooks'] },
  { ws: B, q: 'what data does the delivery company get', has: ['Severn Vale Haulage', 'delivery notes'] },
  { ws: B, q: 'tell me about sumup', has: ['SumUp', 'card', '13 months', 'PCI DSS'] },
  { ws: B, q: 'a customer wants to pay in 3, who gets their details', has: ['Klarna'] },
  { ws: B, q: 'a customer says klarna turned them down, can we tell them why', has: ['Klarna', 'credit check'] },
  // transfers
  { ws: B, q: 'what covers klaviyo sending data to america', has: ['Klaviyo', 'adequacy'] },
  { ws: B, q: 'which suppliers use the idta', has: ['Gorgias', 'QuickBooks Online'], not: ['Shopify', 'Klaviyo', 'PayFit'] },
  // aggregates over locations
  {
    ws: B,
    q: 'which suppliers store data outside the uk',
    has: ['Shopify', 'Rewind', 'PayPal', 'Klarna', 'SumUp', 'Klaviyo', 'Meta Ads', 'Trustpilot', 'Gorgias', 'QuickBooks Online', 'PayFit', 'Google Workspace'],
    not: ['Royal Mail', 'Severn Vale', 'Wrekin', 'Corve Dale'],
  },
  {
    ws: B,
    q: 'which suppliers only keep data in the uk',
    has: ['Royal Mail', 'Severn Vale Haulage', 'Wrekin Occupational Health', 'Corve Dale'],
    not: ['SumUp', 'Shopify', 'PayFit', 'Klaviyo'],
  },
  { ws: B, q: 'do we have anything hosted in canada', has: ['Shopify', 'Rewind'], not: ['Klaviyo', 'PayPal', 'Gorgias'] },
  { ws: B, q: 'how many suppliers are in the register', has: ['17'] },
  // security
  {
    ws: B,
    q: "which suppliers don't have two factor",
    has: ['Severn Vale Haulage', 'Wrekin Occupational Health'],
    not: ['Shopify', 'PayPal', 'QuickBooks', 'Google Workspace', 'PayFit'],
  },
  { ws: B, q: 'which suppliers are pci compliant', has: ['Shopify', 'PayPal', 'SumUp'], not: ['Klarna', 'Klaviyo', 'Gorgias'] },
  { ws: B, q: 'which suppliers dont encrypt data', has: ['Severn Vale Haulage'], not: ['Shopify', 'Rewind', 'PayFit', 'Google Workspace', 'Gorgias'] },
  { ws: B, q: 'what happens if a delivery driver loses their handheld', has: ['Severn Vale Haulage', 'wiped remotely'] },
  { ws: B, q: 'will severn vale tell us about a breach', has: ['Severn Vale Haulage', 'same day'] },
  { ws: B, q: 'can shopify staff see our store', has: ['Shopify', 'collaborator'] },
  // GDPR statements
  {
    ws: B,
    q: 'which gdpr statements are we waiting on',
    has: ['Meta Ads', 'Trustpilot', 'Severn Vale Haulage', 'Hik-Connect'],
    not: ['Shopify', 'Klaviyo', 'PayFit', 'Rewind'],
  },
  { ws: B, q: 'whose gdpr statements are overdue for review', has: ['Klarna', 'Gorgias'], not: ['Shopify', 'PayFit', 'Rewind'] },
  { ws: B, q: 'have we got a dpa from the two man delivery firm', has: ['Severn Vale Haulage', 'requested'] },
  { ws: B, q: 'is the meta pixel gdpr statement on file', has: ['Meta Ads', 'progress'] },
  // roles, sharing, lawful basis
  { ws: B, q: 'what is our lawful basis for the facebook pixel', has: ['Meta Ads', 'consent'] },
  { ws: B, q: "whats the lawful basis for occupational health", has: ['Wrekin Occupational Health', 'COSHH'] },
  { ws: B, q: 'are we joint controllers with anyone', has: ['Meta Ads'], not: ['Shopify', 'Klaviyo'] },
  { ws: B, q: 'which suppliers are recipients', has: ['PayPal', 'Klarna', 'Trustpilot', 'Royal Mail', 'Corve Dale'], not: ['Shopify', 'Gorgias', 'Klaviyo'] },
  { ws: B, q: 'who do we pass customer data on to', has: ['PayPal', 'Klarna', 'Trustpilot', 'Royal Mail'] },
  { ws: B, q: 'who are our accountants and what can they see', has: ['Corve Dale', 'QuickBooks'] },
  // owners and register gaps
  { ws: B, q: 'who looks after the helpdesk', has: ['Gorgias', 'Tomasz'] },
  { ws: B, q: 'what does lydia look after', has: ['Shopify', 'Rewind', 'Klaviyo', 'Meta Ads'], not: ['QuickBooks', 'PayFit', 'Trustpilot', 'Gorgias'] },
  { ws: B, q: 'which suppliers have no owner', has: ['Trustpilot'], not: ['Shopify', 'PayFit'] },
  { ws: B, q: "which suppliers don't say where they store data", has: ['Hik-Connect'], not: ['Shopify', 'PayFit'] },
  { ws: B, q: 'which suppliers have no retention period', has: ['Klarna', 'Trustpilot', 'Google Workspace'], not: ['Shopify', 'PayFit', 'Rewind'] },
  // what to do (policies)
  { ws: B, q: 'a customer replied stop emailing me to the newsletter, what do i do', has: ['Klaviyo', 'unsubscribe'] },
  { ws: B, q: 'customer wants us to delete all their data', has: ['one month', '7 years'] },
  { ws: B, q: 'someone wants the cctv footage of them from the showroom', has: ['Rhiannon', 'subject access'] },
  { ws: B, q: 'the police have asked for a copy of the yard cctv', has: ['CCTV log'] },
  { ws: B, q: 'i lost my work phone what do i do', has: ['Rhiannon', '2 hours'] },
  { ws: B, q: 'the card reader got nicked from our stand at the craft fair', has: ['Rhiannon', '2 hours'] },
  { ws: B, q: 'i emailed a delivery sheet to the wrong customer', has: ['Rhiannon', '72 hours'] },
  { ws: B, q: 'can i leave order forms on the counter overnight', has: ['locked cabinet'] },
  { ws: B, q: 'how often is the shopify store backed up', has: ['Rewind', 'daily'] },
  // the contact, off-topic, suppliers not in the register
  { ws: B, q: 'who should i talk to about gdpr', has: ['Rhiannon Tudor'] },
  { ws: B, q: 'what glue do we use for the dovetail joints', has: ['Rhiannon Tudor'], not: ['Shopify', 'Wrekin Occupational Health'] },
  { ws: B, q: 'whats the weather forecast for the craft fair on saturday', has: ['Rhiannon Tudor'], not: ['SumUp'] },
  { ws: B, q: 'is etsy gdpr compliant', has: ['etsy', 'Rhiannon'], not: ['Shopify'] },
  { ws: B, q: 'where does dpd store our customers addresses', has: ['dpd', 'Rhiannon'], not: ['Royal Mail', 'Severn Vale Haulage'] },
];
