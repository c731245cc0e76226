export const accounts = {
  title: 'Cuentas',
  placeholder: 'Aquí vivirá el inventario de cuentas: quién lleva cada una, para qué sirve, su estado y su marca.',
} as const;
