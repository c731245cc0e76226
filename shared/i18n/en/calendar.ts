import type { calendar as es } from '../es/calendar';
import type { Shape } from '../shape';

export const calendar: Shape<typeof es> = {
  title: 'Editorial calendar',
  placeholder: 'The posting calendar will live here: weekly planning, drafts per network and cadence.',
};
