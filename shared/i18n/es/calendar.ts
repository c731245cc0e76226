export const calendar = {
  title: 'Calendario editorial',
  placeholder: 'Aquí vivirá el calendario de publicaciones: planificación semanal, borradores por red y ritmo de publicación.',
} as const;
