import type { PlaybookContent } from './model';
import { levels, team as baseTeam } from './starter-helpers';

const team = (informs: string) => baseTeam(informs, "Mayor's office or chief of staff", 'Social media officer');

/** English starter playbooks: staff copy them and adapt them to their town. */
export const startersEn: Record<string, PlaybookContent> = {
  flood: {
    name: 'Flood or severe weather',
    scenario: 'Heavy rain, a river rising, strong wind or snow closes streets, floods ground floors or forces evacuations.',
    criticalTopics: ['Safety of people and evacuations', 'Closed streets and access', 'Schools and services suspended', 'Damage and support'],
    attackers: [
      { who: 'Affected residents', grounds: 'Feel the warning came late or nobody is helping them.' },
      { who: 'Council opposition', grounds: 'Drain cleaning, pending works or lack of planning.' },
    ],
    triggers: ['Orange or red warning from the weather service', 'Calls or messages about flooded streets', 'Municipal emergency plan activated'],
    severities: levels(
      ['Yellow warning or isolated problems with no risk to people', 60, 180],
      ['Orange warning, closed streets or suspended services', 30, 60],
      ['Red warning, evacuations or people in danger', 15, 30],
    ),
    checklist: [
      { fact: 'Areas and streets affected', confirmWith: 'Local police' },
      { fact: 'Whether anyone is injured, trapped or evacuated', confirmWith: 'Civil protection or emergency services' },
      { fact: 'Services suspended (schools, markets, transport)', confirmWith: "Mayor's office" },
      { fact: 'Time of the next official update', confirmWith: 'Chief of staff' },
    ],
    responders: team('Local police and civil protection'),
    steps: [
      'Confirm the facts with local police and civil protection.',
      'Pause scheduled posts that have nothing to do with the storm.',
      'Post the first notice with what is confirmed and the time of the next update.',
      'Share only official warnings (emergency services, weather service) and link to the source.',
      'Answer questions with what is already published; send emergencies to the emergency number.',
      'Update at the promised time even when nothing has changed.',
    ],
    dos: ['Give practical advice: do not cross flooded areas, avoid travel.', 'Always say when the next update will be.', 'Repeat the emergency number.'],
    donts: ['Do not publish damage figures before they are confirmed.', "Do not share residents' photos without permission.", 'Do not blame other authorities.'],
    keywords: ['flood', 'storm', 'rain', 'road closed', 'evacuation', 'warning'],
    statements: [
      {
        key: 'first',
        title: 'First notice',
        text: 'NOTICE | Because of the storm, {{place}} has been affected since {{time}}. {{service}}. Council teams and civil protection are already working. {{advice}}. In an emergency, call 112. We will update you at {{next_update}}.',
        variants: [
          { network: 'x', text: 'NOTICE | Storm: {{place}} affected since {{time}}. {{service}}. Council teams at work. {{advice}}. Emergencies: 112. Next update: {{next_update}}.' },
        ],
      },
      {
        key: 'update',
        title: 'Update',
        text: 'UPDATE {{time}} | Situation in {{place}}: {{detail}}. {{service}}. We remain on site with local police and civil protection. Next update: {{next_update}}.',
        variants: [{ network: 'x', text: 'UPDATE {{time}} | {{place}}: {{detail}}. {{service}}. Next update: {{next_update}}.' }],
      },
    ],
  },
  outage: {
    name: 'Water, power or service outage',
    scenario: 'A basic service (water, street lighting, waste collection, heating in a public building) stops working in an area.',
    criticalTopics: ['How long it will last', 'Vulnerable people and sensitive sites', 'Water quality when supply returns'],
    attackers: [
      { who: 'Affected residents and shops', grounds: 'No advance notice and lost income.' },
      { who: 'Contractor company', grounds: 'Sharing the blame with the council.' },
    ],
    triggers: ['Notice from the utility company', 'Repeated complaints from one area', 'Fault found by council services'],
    severities: levels(
      ['Short or planned outage in a few streets', 60, 240],
      ['Outage with no return time or a whole district', 30, 90],
      ['Town-wide outage or one affecting hospitals, care homes or schools', 15, 60],
    ),
    checklist: [
      { fact: 'Exact service and area affected', confirmWith: 'Utility company' },
      { fact: 'Cause of the fault (if it can be said)', confirmWith: 'Council technical services' },
      { fact: 'Expected time of return', confirmWith: 'Utility company' },
      { fact: 'Alternatives (water tanker, water points)', confirmWith: "Mayor's office" },
    ],
    responders: team('Technical services and utility company'),
    steps: [
      'Confirm area, cause and expected time with the company.',
      'Post the notice with what is known and what is not yet known.',
      'Explain the alternatives and how to ask for help for dependent people.',
      'Update whenever the expected time changes, without waiting for questions.',
      'Announce when the service is back, with any advice that follows.',
    ],
    dos: ['Give an expected time only when the company confirms it.', 'Explain what to do in the meantime.'],
    donts: ['Do not promise deadlines the council does not control.', 'Do not argue about blame in public.'],
    keywords: ['no water', 'water cut', 'power cut', 'blackout', 'outage'],
    statements: [
      {
        key: 'first',
        title: 'Outage notice',
        text: 'NOTICE | Since {{time}} there is a {{service}} outage in {{place}}. We are working with the company to restore it as soon as possible. {{advice}}. We will tell you how it is going at {{next_update}}.',
        variants: [{ network: 'x', text: 'NOTICE | {{service}} outage in {{place}} since {{time}}. We are working with the company to restore it. {{advice}}. More at {{next_update}}.' }],
      },
      {
        key: 'restored',
        title: 'Service restored',
        text: 'RESTORED | {{service}} is working again in {{place}} since {{time}}. {{advice}}. Thank you for your patience.',
        variants: [{ network: 'x', text: 'RESTORED | {{service}} back in {{place}} since {{time}}. {{advice}}. Thank you for your patience.' }],
      },
    ],
  },
  road: {
    name: 'Accident or emergency on a public road',
    scenario: 'A traffic accident, fire, collapse or leak means closing streets and sending people another way.',
    criticalTopics: ['Victims (never personal details)', 'Road closures and diversions', 'Public transport affected'],
    attackers: [
      { who: 'Drivers and residents', grounds: 'Traffic jams, no information about diversions.' },
      { who: 'Onlookers online', grounds: 'Share images of victims or rumours about the cause.' },
    ],
    triggers: ['Call from local police or emergency services', 'Videos or photos circulating online', 'Questions from local media'],
    severities: levels(
      ['Minor incident, short closure', 60, 120],
      ['Long closure or people injured', 20, 60],
      ['Deaths or risk to more people', 15, 30],
    ),
    checklist: [
      { fact: 'Exact place and streets closed', confirmWith: 'Local police' },
      { fact: 'Diversions and other ways through', confirmWith: 'Local police' },
      { fact: 'What may be said about the people affected', confirmWith: "Mayor's office and emergency services" },
    ],
    responders: team('Local police'),
    steps: [
      'Confirm place, closures and diversions with local police.',
      'Post only what helps people get around: what to avoid and which way to go.',
      'Say nothing about victims until the competent authority does.',
      'Ask people not to share images of those affected.',
      'Announce when the road reopens.',
    ],
    dos: ['Stick to practical traffic information.', 'Show respect for the people affected and their families.'],
    donts: ['Do not speculate about the cause.', 'Do not publish names, ages or images of victims.'],
    keywords: ['accident', 'traffic jam', 'road closed', 'fire', 'diversion'],
    statements: [
      {
        key: 'first',
        title: 'Closure and diversions',
        text: 'TRAFFIC | Because of an emergency in {{place}}, the road has been closed since {{time}}. {{advice}}. Local police are on site. Out of respect for those affected, please do not share images. Next update: {{next_update}}.',
        variants: [{ network: 'x', text: 'TRAFFIC | Emergency in {{place}}: road closed since {{time}}. {{advice}}. Please do not share images. Next update: {{next_update}}.' }],
      },
      {
        key: 'reopened',
        title: 'Road reopened',
        text: 'TRAFFIC | {{place}} is open to traffic again since {{time}}. Thank you for your cooperation.',
        variants: [],
      },
    ],
  },
  hoax: {
    name: 'Misinformation or hoax',
    scenario: 'False information about the council, a service or an emergency is spreading on social media or messaging apps.',
    criticalTopics: ['Health and safety', 'Fake grants, fines or procedures', 'Messages pretending to come from the council'],
    attackers: [
      { who: 'Anonymous or interested accounts', grounds: 'Want alarm, clicks or political damage.' },
      { who: 'Well-meaning residents', grounds: 'Forward the hoax thinking they are helping.' },
    ],
    triggers: ['Screenshots of the hoax sent by residents', 'Repeated questions about something untrue', 'Media asking about the rumour'],
    severities: levels(['Little spread and no risk', 120, 480], ['Widely shared or affects a procedure', 60, 240], ['Puts health or safety at risk', 20, 60]),
    checklist: [
      { fact: 'Exactly what the hoax says (keep a screenshot)', confirmWith: 'Social media officer' },
      { fact: 'What the correct information is', confirmWith: 'Responsible council department' },
      { fact: 'Where the official source can be read', confirmWith: 'Responsible council department' },
    ],
    responders: team('Council department concerned'),
    steps: [
      'Keep screenshots of the hoax with date and time.',
      'Confirm the correct information with the responsible department.',
      'Post the correction with the right information, without repeating the hoax in the headline.',
      'Answer anyone who asks with a link to the correction.',
      'Watch for it coming back and warn other authorities involved.',
    ],
    dos: ['Lead with what is true, not with what is false.', 'Link to the official source.'],
    donts: ['Do not repost the hoax image unless it is clearly marked as false.', 'Do not attack whoever shared it.'],
    keywords: ['hoax', 'fake', 'not true', 'chain message', 'fine', 'scam'],
    statements: [
      {
        key: 'first',
        title: 'Correction',
        text: 'OFFICIAL INFORMATION | About {{service}}: {{detail}}. The message going around does not come from the council. Check the official information at {{web}} and do not forward unconfirmed messages.',
        variants: [{ network: 'x', text: 'OFFICIAL INFORMATION | About {{service}}: {{detail}}. The message going around is not ours. Official source: {{web}}.' }],
      },
    ],
  },
  hijack: {
    name: 'Hijacked or impersonated account',
    scenario: 'Someone gets into an official council account, or opens a profile pretending to be it.',
    criticalTopics: ['Posts published without authorisation', 'Residents asked for data or money', 'Getting control of the account back'],
    attackers: [
      { who: 'Fraudsters', grounds: 'Ask for data, payments or clicks on links.' },
      { who: 'Critics of the council', grounds: 'Use it to question security.' },
    ],
    triggers: ['Cannot log in', 'Posts nobody on the team wrote', 'Residents reporting a look-alike profile'],
    severities: levels(['Fake profile with little activity', 120, 480], ['Active fake profile or suspicious access', 30, 120], ['Official account in the hands of others', 15, 60]),
    checklist: [
      { fact: 'Which account is affected and since when', confirmWith: 'Account owner' },
      { fact: 'Whether fraudulent messages were posted or sent', confirmWith: 'Social media officer' },
      { fact: 'Report to the network and, if needed, to the police', confirmWith: 'Legal services' },
    ],
    responders: team('Council IT'),
    steps: [
      'Try to get access back and change passwords; turn on two-step login.',
      'Report the fake profile or the access to the network.',
      'Say from the other official accounts which one is real.',
      'Ask residents not to click links or give any data.',
      'Announce when control is back.',
    ],
    dos: ['Say clearly which account is the official one.', 'Afterwards, review who has access and where passwords are kept.'],
    donts: ['Do not interact with the fake account.', 'Do not delete evidence before reporting it.'],
    keywords: ['fake account', 'hacked', 'impersonation', 'fake profile', 'scam'],
    statements: [
      {
        key: 'first',
        title: 'Impersonation warning',
        text: 'WARNING | Since {{time}}, the account {{account}} is not under our control or is being impersonated. Do not click links or give any data. Our only official accounts are listed at {{web}}. We will tell you when it is solved.',
        variants: [{ network: 'x', text: 'WARNING | The account {{account}} is not under our control since {{time}}. Do not click links or give data. Official accounts: {{web}}.' }],
      },
    ],
  },
  statement: {
    name: "Controversy over an official's statement",
    scenario: 'Words from an elected official draw criticism, are taken out of context or go viral.',
    criticalTopics: ['What exactly was said and in what context', 'Groups who feel offended', 'Correction or apology'],
    attackers: [
      { who: 'Groups referred to', grounds: 'Feel offended or ignored.' },
      { who: 'Opposition and media', grounds: 'Demand explanations or resignations.' },
    ],
    triggers: ['A video or quote being widely shared', 'Calls for a correction', 'Media asking for comment'],
    severities: levels(['Isolated criticism', 240, 1440], ['Wide spread or media coverage', 120, 480], ['Topic of the day with calls to protest', 60, 240]),
    checklist: [
      { fact: 'Word-for-word transcript and full recording', confirmWith: 'Communications office' },
      { fact: 'Official position (clarify, correct or apologise)', confirmWith: "Mayor's office" },
    ],
    responders: [
      { duty: 'approves', role: "Mayor's office", contactId: null },
      { duty: 'informs', role: 'Official who made the statement', contactId: null },
      { duty: 'answers', role: 'Social media officer', contactId: null },
    ],
    steps: [
      'Gather the full recording and the transcript.',
      "Agree the position with the mayor's office before answering anyone.",
      'Post one clear statement; do not answer comment by comment.',
      'Moderate insults according to the published participation rules.',
    ],
    dos: ['Be brief and direct.', 'If an apology is due, make it without conditions.'],
    donts: ['Do not delete legitimate criticism.', 'Do not get into personal arguments.'],
    keywords: ['statement', 'resign', 'shame', 'controversy'],
    statements: [
      {
        key: 'first',
        title: 'Statement',
        text: "About {{official}}'s words on {{service}}: {{detail}}. The council remains committed to every resident. For any question: {{phone}}.",
        variants: [{ network: 'x', text: "About {{official}}'s words on {{service}}: {{detail}}. We remain committed to every resident." }],
      },
    ],
  },
  dataleak: {
    name: 'Personal data leak',
    scenario: "Residents' personal data (lists, case files, emails) is exposed by mistake or by an attack.",
    criticalTopics: ['What data and how many people', 'Duty to notify the data protection authority', 'What affected people should do'],
    attackers: [
      { who: 'Affected people', grounds: 'Fear of fraud and lack of information.' },
      { who: 'Opposition and associations', grounds: 'Question the security of the systems.' },
    ],
    triggers: ['Warning from the data protection officer', 'A document with personal data published', 'Residents receiving suspicious emails'],
    severities: levels(['Few people, low-sensitivity data', 240, 1440], ['Many people or contact details', 60, 480], ['Sensitive data (health, minors, bank details)', 30, 240]),
    checklist: [
      { fact: 'What data was exposed and since when', confirmWith: 'Data protection officer' },
      { fact: 'Whether the exposure has been stopped', confirmWith: 'Council IT' },
      { fact: 'Whether the data protection authority has been notified', confirmWith: 'Council secretary' },
    ],
    responders: team('Data protection officer'),
    steps: [
      'Stop the exposure before communicating.',
      'Agree the message with the data protection officer.',
      'Contact the affected people first where possible.',
      'Post what happened, what has been done and what people should do.',
      'Set up a phone line or email for questions.',
    ],
    dos: ['Explain concrete steps people can take to protect themselves.', 'Acknowledge the mistake if there was one.'],
    donts: ['Do not play the problem down.', 'Never republish any of the exposed data.'],
    keywords: ['personal data', 'leak', 'data protection', 'my data'],
    statements: [
      {
        key: 'first',
        title: 'Public statement',
        text: 'STATEMENT | At {{time}} we found that data of {{affected}} related to {{service}} had been exposed. Access has been cut and the data protection authority informed. {{advice}}. Questions: {{phone}}.',
        variants: [{ network: 'x', text: 'STATEMENT | At {{time}} we found that data of {{affected}} ({{service}}) was exposed. Access cut, authority informed. {{advice}}. Questions: {{phone}}.' }],
      },
    ],
  },
  health: {
    name: 'Public health alert',
    scenario: 'An outbreak, food poisoning, a heatwave or a drinking water problem means warning the public.',
    criticalTopics: ['What people should do', 'People at risk', 'Coordination with the health authority'],
    attackers: [
      { who: 'Worried people', grounds: 'Lack of information or mixed messages.' },
      { who: 'Sellers of false remedies', grounds: 'Take advantage of fear.' },
    ],
    triggers: ['Notice from the health authority', 'Several cases in one place', 'Extreme heat warning'],
    severities: levels(['Preventive advice', 120, 720], ['Mandatory measures in an area', 60, 240], ['Serious and immediate risk', 20, 120]),
    checklist: [
      { fact: 'What the health authority has announced', confirmWith: 'Health centre or regional health service' },
      { fact: 'Area and groups affected', confirmWith: 'Health authority' },
      { fact: 'Exact advice to give', confirmWith: 'Health authority' },
    ],
    responders: team('Health authority'),
    steps: [
      "Confirm the message with the health authority and use its wording.",
      'Post the advice in plain language.',
      'Reach people at risk outside social media too (posters, calls).',
      'Update whenever the measures change.',
    ],
    dos: ['Link to the official health source.', 'Give helpline numbers.'],
    donts: ['Do not give medical advice of your own.', 'Do not point at people or businesses without official confirmation.'],
    keywords: ['outbreak', 'food poisoning', 'heatwave', 'unsafe water', 'health alert'],
    statements: [
      {
        key: 'first',
        title: 'Health notice',
        text: 'HEALTH NOTICE | Following the health authority, in {{place}}: {{advice}}. This affects {{affected}}. If you have symptoms, call your health centre or {{phone}}. Next update: {{next_update}}.',
        variants: [{ network: 'x', text: 'HEALTH NOTICE | {{place}}: {{advice}}. Affects {{affected}}. Symptoms: call {{phone}}. Next update: {{next_update}}.' }],
      },
    ],
  },
};
