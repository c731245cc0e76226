import type { exportsText as es } from '../es/exports';
import type { Shape } from '../shape';

export const exportsText: Shape<typeof es> = {
  title: 'Exports',
  placeholder: 'Approval PDFs and exports to other tools will live here.',
};
