import type { audits as es } from '../es/audits';
import type { Shape } from '../shape';

export const audits: Shape<typeof es> = {
  title: 'Audits',
  placeholder: 'Recurring audits of the social presence, compared over time, will live here.',
};
