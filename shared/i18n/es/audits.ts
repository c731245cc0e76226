export const audits = {
  title: 'Auditorías',
  placeholder: 'Aquí vivirán las auditorías periódicas de la presencia en redes y su comparación en el tiempo.',
} as const;
