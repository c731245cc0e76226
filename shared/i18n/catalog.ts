import type { es } from './es';
import type { Shape } from './shape';

export type Catalog = Shape<typeof es>;
