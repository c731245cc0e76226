export const playbooks = {
  title: 'Protocolos de crisis',
  placeholder: 'Aquí vivirán los protocolos de crisis, los contactos y el modo incidente.',
} as const;
