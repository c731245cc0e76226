export const exportsText = {
  title: 'Exportar',
  placeholder: 'Aquí vivirán los PDF de aprobación y las exportaciones a otras herramientas.',
} as const;
