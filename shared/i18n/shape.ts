/** The same keys as the Spanish catalog, any string values: English must have every key, and no extra one. */
export type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
