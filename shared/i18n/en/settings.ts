import type { settings as es } from '../es/settings';
import type { Shape } from '../shape';

export const settings: Shape<typeof es> = {
  title: 'Settings',
  intro: 'Office details and app preferences.',
  officeName: 'Office name',
  officeNameHint: 'Printed on approval PDFs.',
  timeZoneSearch: 'Search time zones',
  officeZone: '{{zone}} (the office’s)',
  zonesShown_one: '1 zone in the list.',
  zonesShown_other: '{{count}} zones in the list.',
  timeZone: 'Office time zone',
  weekStart: 'Week starts on',
  weekStarts: { monday: 'Monday', sunday: 'Sunday' },
  locale: 'App language',
  dormantAfterDays: 'Days without posting before an account looks dormant',
  data: 'Data',
  dataPath: 'Data file',
  schemaVersion: 'Schema version',
  version: 'App version',
};
