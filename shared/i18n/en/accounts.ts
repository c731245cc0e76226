import type { accounts as es } from '../es/accounts';
import type { Shape } from '../shape';

export const accounts: Shape<typeof es> = {
  title: 'Accounts',
  placeholder: 'The accounts inventory will live here: who runs each one, what it is for, its status and branding.',
};
