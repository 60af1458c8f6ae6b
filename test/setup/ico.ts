// Rows in the columns of the ICO's record of processing activities template, for the import tests.

/** The ICO record of processing activities template's columns (controller sheet), as a firm fills them in. */
export const ICO_HEADERS = [
  'Business function', 'Purpose of processing', 'Name and contact details of joint controller (if applicable)', 'Categories of individuals',
  'Categories of personal data', 'Categories of recipients', 'Link to contract with processor',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  'Retention schedule (if possible)', 'General description of technical and organisational security measures (if possible)',
  'Name and contact details of processor', 'Rights available to individuals', 'Data Protection Impact Assessment required?',
];

export function icoRow(name: string, over: Partial<Record<string, string>> = {}): string[] {
  const row: Record<string, string> = {
    'Business function': 'Finance', 'Purpose of processing': `${name} for the firm's work`, 'Categories of individuals': 'clients; employees',
    'Categories of personal data': 'names; email addresses; bank details', 'Categories of recipients': 'HMRC',
    'Link to contract with processor': `https://${name.toLowerCase().replace(/\W+/g, '')}.example/dpa`,
    'Names of third countries or international organisations that personal data are transferred to (if applicable)': 'US',
    'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)': 'UK IDTA',
    'Retention schedule (if possible)': '6 years', 'General description of technical and organisational security measures (if possible)': 'TLS in transit; encrypted at rest; SOC 2 audited',
    'Name and contact details of processor': `${name} Ltd, privacy@${name.toLowerCase().replace(/\W+/g, '')}.example`,
    'Rights available to individuals': 'access, erasure', 'Data Protection Impact Assessment required?': 'No',
    ...over,
  };
  return ICO_HEADERS.map((h) => row[h] ?? '');
}
