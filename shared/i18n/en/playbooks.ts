import type { playbooks as es } from '../es/playbooks';
import type { Shape } from '../shape';

export const playbooks: Shape<typeof es> = {
  title: 'Crisis playbooks',
  placeholder: 'Crisis playbooks, contacts and incident mode will live here.',
};
