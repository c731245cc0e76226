import fc from 'fast-check';

/**
 * Turn a channel's input JSON Schema (z.toJSONSchema(..., { io: 'input' }))
 * into a fast-check arbitrary of "valid-ish" inputs, and wrap those in
 * mutations that a hostile or buggy renderer could send. Generic over the
 * contract: a new channel is fuzzed the day it is declared.
 */

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | boolean;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

const DAY_MS = 86_400_000;
/** Dates around the years the app cares about, plus a few the schemas must refuse. */
const dateMs = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }) },
  { weight: 1, arbitrary: fc.constantFrom(Date.UTC(1899, 11, 31), Date.UTC(2200, 0, 1), Date.UTC(1900, 0, 1), Date.UTC(2199, 11, 31)) },
);
const isoDay = dateMs.map((ms) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10));
const isoInstant = fc.oneof(
  dateMs.map((ms) => new Date(ms).toISOString()),
  dateMs.map((ms) => new Date(ms).toISOString().replace('Z', '+02:00')),
);

/**
 * Text that attacks the documents the app writes: it closes a <style> or a
 * CSS string, opens HTML or Markdown, carries the controls RFC 5545 forbids,
 * a broken % escape, or a name too long to wrap at a space.
 */
export const DOCUMENT_BREAKERS = [
  '</style><style>*{display:none!important}</style><style>',
  '</style><style>@page{@bottom-left{content:none}}</style>',
  '"; } * { display: none } @page { @bottom-right { content: "',
  '\\"\\a }</STYLE >',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[pulse aquí](javascript:alert(1))',
  '![](https://rastreo.example/p.gif)',
  '# Titular falso\n- lista',
  '&lt;b&gt; R&D',
  'a\u0007b\u000bc\u000cd\u001be\u007f',
  'mailto:%E0@x',
  '%E0%A4%A',
  '{{constructor}} {{__proto__}}',
  `https://www.cangasdeonis.es/ayuntamiento/concejalias/participacion-ciudadana/redes-sociales/${'x'.repeat(22)}`,
] as const;
const documentBreakers = DOCUMENT_BREAKERS;

/** A text with document breakers and control characters woven into ordinary words. */
export const hostileDocText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...DOCUMENT_BREAKERS) },
      { weight: 2, arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(' '));

/** Strings a town hall really types, and the ones that break naive code. */
export const nastyStrings = fc.constantFrom(
  '',
  ' ',
  'Fiestas de San Juan 🎆',
  'Ayuntamiento de Cangas de Onís',
  '\u0000',
  'a\u0000b',
  '\uD800', // lone high surrogate
  'x\uDC00y', // lone low surrogate
  '\u202Eevil\u202C', // RTL override
  'مرحبا بالعالم',
  'עברית',
  '\u200B\u200C\u200D\uFEFF', // zero-width
  '👩‍👩‍👧‍👦', // emoji ZWJ sequence
  '🏳️‍🌈',
  'é'.normalize('NFD'),
  "'; DROP TABLE posts; --",
  '" OR 1=1 --',
  'NEAR(a b)',
  '*',
  '"unterminated',
  'camion AND (',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '..\\..\\windows',
  '%s%n%x',
  '${7*7}',
  '__proto__',
  'constructor',
  // Placeholders named after Object.prototype members, for statements and facts.
  '{{constructor}}',
  'Corte en {{place}}: {{ constructor }} {{toString}} {{__proto__}} {{valueOf}}',
  '2025-02-30',
  '2025-13-01',
  '0000-01-01',
  '9999-12-31T23:59:59Z',
  '-000001-01-01T00:00:00Z',
  '2024-02-29T25:00:00Z',
  'NaN',
  'Infinity',
  '1e309',
  'Europe/Madrid',
  'Atlantic/Canary',
  'Not/AZone',
  ...documentBreakers,
);

/** Single characters that break naive text handling. */
const edgeChars = fc.constantFrom('\u0000', '\uD800', '\uDC00', '\u202E', '\u200B', '\u200D', '\uFEFF', '👩‍👩‍👧‍👦', 'ñ', 'e\u0301', '\n', '\r\n', '\t', '"', "'", '\\', '%', '_', '*');

export const hugeString = fc.constantFrom('x'.repeat(100_000), 'ñ'.repeat(60_000), '🎉'.repeat(30_000), `${'a'.repeat(99_999)}\uD800`);

/** Numbers JSON cannot carry; only the in-process router sees them. */
export const nonJsonNumbers = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0);

const edgeNumbers = fc.constantFrom(
  -1,
  0,
  1,
  -0,
  0.5,
  -2147483649,
  2 ** 31,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e308,
);

function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace(/^#\/(\$defs|definitions)\//, '');
  return root.$defs?.[name] ?? {};
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'date') return isoDay;
  if (s.format === 'date-time') return isoInstant;
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'uri' || s.format === 'url') return fc.webUrl();
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 80, 300));
  const plain = fc.string({ minLength: min, maxLength: Math.min(max, 40), unit: 'grapheme' });
  // A real-looking text with one edge character slipped in, where naive code breaks.
  const decorated = fc.tuple(plain, edgeChars, fc.nat()).map(([text, edge, at]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    return `${text.slice(0, i)}${edge}${text.slice(i)}`.slice(0, max);
  });
  return fc.oneof(
    { weight: 3, arbitrary: plain },
    { weight: 3, arbitrary: nastyStrings.filter((x) => x.length >= min && x.length <= max) },
    { weight: 3, arbitrary: decorated.filter((x) => x.length >= min) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'binary' }) },
  );
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : undefined);
  const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : undefined);
  if (integer) {
    const min = Math.max(lo ?? -1000, Number.MIN_SAFE_INTEGER);
    const max = Math.min(hi ?? 1000, Number.MAX_SAFE_INTEGER);
    // Small ids hit rows the run has created; the edges test the limits.
    const small = fc.integer({ min: Math.max(min, Math.min(max, 1)), max: Math.min(max, Math.max(min, 40)) });
    return fc.oneof({ weight: 4, arbitrary: small }, { weight: 2, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(min, max) });
  }
  return fc.double({ min: lo ?? -1e6, max: hi ?? 1e6, noNaN: true, noDefaultInfinity: true });
}

/** A valid-ish value for a schema (it may still break refinements JSON Schema cannot express). */
export function fromSchema(schema: JsonSchema, root: JsonSchema = schema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolveRef(schema, root);
  if (depth > 8) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (alts && alts.length > 0) return fc.oneof(...alts.map((a) => fromSchema(a, root, depth + 1)));
  if (s.allOf && s.allOf.length > 0) return fromSchema(Object.assign({}, ...s.allOf) as JsonSchema, root, depth + 1);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((t) => fromSchema({ ...s, type: t }, root, depth + 1)));
  switch (types[0]) {
    case 'object': {
      const props = s.properties ?? {};
      const keys = Object.keys(props);
      if (keys.length === 0) {
        return s.additionalProperties === false ? fc.constant({}) : fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
      }
      const required = (s.required ?? []).filter((k) => k in props);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const k of keys) model[k] = fromSchema(props[k] ?? {}, root, depth + 1);
      return fc.record(model, { requiredKeys: required });
    }
    case 'array': {
      if (s.prefixItems) return fc.tuple(...s.prefixItems.map((p) => fromSchema(p, root, depth + 1)));
      const item = typeof s.items === 'object' ? fromSchema(s.items, root, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      const min = s.minItems ?? 0;
      return fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? 6, 6)) });
    }
    case 'string':
      return stringArb(s);
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** Nest a value n levels deep, in objects or arrays. */
export function nest(value: unknown, depth: number, asArray: boolean): unknown {
  let v = value;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

/** An object whose own keys include a prototype-polluting one (as JSON.parse would make it). */
export function withPollutingKey(base: unknown, key: '__proto__' | 'constructor' | 'prototype', payload: unknown): unknown {
  const target = base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...(base as object) } : {};
  Object.defineProperty(target, key, { value: payload, enumerable: true, configurable: true, writable: true });
  return target;
}

const pollutionPayload = fc.constantFrom<unknown>({ polluted: true }, { isAdmin: true, toString: 'x' }, [1, 2], 'x', null);

/** Replace one property of an object with a hostile value, or the whole input. */
function mutateOne(valid: unknown, hostile: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(hostile, fc.nat()).map(([bad, pick]) => {
    if (valid === null || typeof valid !== 'object' || Array.isArray(valid)) return bad;
    const keys = Object.keys(valid);
    if (keys.length === 0) return { [`k${pick % 3}`]: bad };
    const key = keys[pick % keys.length] as string;
    return { ...(valid as Record<string, unknown>), [key]: bad };
  });
}

const wrongType = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 10 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({}),
  edgeNumbers,
  nastyStrings,
);

export interface FuzzOptions {
  /** Include values JSON cannot carry (NaN, Infinity, undefined, -0); only for in-process calls. */
  nonJson: boolean;
  /** Make a generated value pass the real schema where JSON Schema cannot say how (refinements). */
  repair?: (value: unknown) => unknown;
}

/** Minimal view of a zod object schema: its fields, each able to check a value. */
interface ShapeLike {
  shape?: Record<string, { safeParse(v: unknown): { success: boolean } }>;
}

/**
 * Drop the object fields that fail their own zod check (refinements JSON
 * Schema cannot express, such as a time zone the runtime knows), so a
 * "valid" input is valid and a mutation of it fails on one field only.
 */
export function repairWith(schema: unknown): (value: unknown) => unknown {
  const shape = (schema as ShapeLike).shape;
  return (value) => {
    if (!shape || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const field = shape[k];
      if (!field || field.safeParse(v).success || !field.safeParse(undefined).success) out[k] = v;
    }
    return out;
  };
}

/** Valid-ish inputs and mutations of them, for one channel's input schema. */
export function inputsFor(schema: JsonSchema, options: FuzzOptions): fc.Arbitrary<unknown> {
  const valid = options.repair ? fromSchema(schema).map(options.repair) : fromSchema(schema);
  const hostileLeaf = fc.oneof(
    { weight: 4, arbitrary: wrongType },
    { weight: 2, arbitrary: nastyStrings },
    { weight: 1, arbitrary: hugeString },
    { weight: 2, arbitrary: edgeNumbers },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 33, max: 400 }), fc.boolean()).map(([d, arr]) => nest('deep', d, arr)) },
    { weight: options.nonJson ? 2 : 0, arbitrary: nonJsonNumbers },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: options.nonJson }) },
  );
  const mutated = valid.chain((v) =>
    fc.oneof(
      { weight: 5, arbitrary: mutateOne(v, hostileLeaf) },
      { weight: 1, arbitrary: hostileLeaf },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype') as fc.Arbitrary<'__proto__' | 'constructor' | 'prototype'>, pollutionPayload)
          .map(([key, payload]) => withPollutingKey(v, key, payload)),
      },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }).map((k) => ({ ...(typeof v === 'object' && v ? v : {}), [`x_${k}`]: 1 })) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 33, max: 2000 }), fc.boolean()).map(([d, arr]) => ({ ...(typeof v === 'object' && v ? v : {}), deep: nest(1, d, arr) })) },
    ),
  );
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: mutated });
}

const SWEEP_STRINGS = ['a\u0000b', 'x\uD800y', '\u202Eabc\u200D👩‍👩‍👧‍👦', 'x'.repeat(100_000)];
const SWEEP_NUMBERS = [-1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 1];

/**
 * A systematic sweep beside the random runs: from one valid example, each
 * top-level string field gets each edge string and each number field each
 * edge number, one field at a time, so every channel meets NUL, a lone
 * surrogate, RTL/ZWJ, 100k characters, -1, NaN, Infinity and 2^53+1.
 */
export function edgeSweep(schema: JsonSchema, example: unknown): unknown[] {
  if (example === null || typeof example !== 'object' || Array.isArray(example)) return [];
  const out: unknown[] = [];
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const types = [prop.type, ...(prop.anyOf ?? []).map((a) => a.type)].flat().filter(Boolean);
    const edges = [...(types.includes('string') ? SWEEP_STRINGS : []), ...(types.some((t) => t === 'number' || t === 'integer') ? SWEEP_NUMBERS : [])];
    for (const edge of edges) out.push({ ...(example as Record<string, unknown>), [key]: edge });
  }
  return out;
}
