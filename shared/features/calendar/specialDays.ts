import { addDays, dayToUtc } from '../../domain/time';

export type SpecialRule =
  | { kind: 'fixed'; month: number; day: number }
  /** nth weekday of a month; n = -1 is the last one. Weekday 0 = Sunday ... 6 = Saturday. */
  | { kind: 'nth'; month: number; weekday: number; n: number }
  /** Days after (or before, negative) Easter Sunday. */
  | { kind: 'easter'; offset: number };

export interface SpecialDayDef {
  key: string;
  kind: 'international' | 'awareness' | 'holiday' | 'regional' | 'celebration';
  es: string;
  en: string;
  rule: SpecialRule;
}

const fixed = (month: number, day: number): SpecialRule => ({ kind: 'fixed', month, day });
const nth = (n: number, weekday: number, month: number): SpecialRule => ({ kind: 'nth', month, weekday, n });
const easter = (offset: number): SpecialRule => ({ kind: 'easter', offset });

/** Shipped data set: Spanish national holidays and international and awareness days a town hall usually marks. */
export const specialDayData: readonly SpecialDayDef[] = [
  // Spanish national holidays; Jueves Santo is set by each region (most keep it, Catalonia and Valencia do not).
  { key: 'new-year', kind: 'holiday', es: 'Año Nuevo', en: "New Year's Day", rule: fixed(1, 1) },
  { key: 'epiphany', kind: 'holiday', es: 'Epifanía del Señor (Reyes)', en: 'Epiphany', rule: fixed(1, 6) },
  { key: 'maundy-thursday', kind: 'regional', es: 'Jueves Santo', en: 'Maundy Thursday', rule: easter(-3) },
  { key: 'good-friday', kind: 'holiday', es: 'Viernes Santo', en: 'Good Friday', rule: easter(-2) },
  { key: 'easter-sunday', kind: 'holiday', es: 'Domingo de Resurrección', en: 'Easter Sunday', rule: easter(0) },
  { key: 'labour-day', kind: 'holiday', es: 'Fiesta del Trabajo', en: 'Labour Day', rule: fixed(5, 1) },
  { key: 'assumption', kind: 'holiday', es: 'Asunción de la Virgen', en: 'Assumption Day', rule: fixed(8, 15) },
  { key: 'national-day', kind: 'holiday', es: 'Fiesta Nacional de España', en: 'National Day of Spain', rule: fixed(10, 12) },
  { key: 'all-saints', kind: 'holiday', es: 'Todos los Santos', en: "All Saints' Day", rule: fixed(11, 1) },
  { key: 'constitution', kind: 'holiday', es: 'Día de la Constitución', en: 'Constitution Day', rule: fixed(12, 6) },
  { key: 'immaculate', kind: 'holiday', es: 'Inmaculada Concepción', en: 'Immaculate Conception', rule: fixed(12, 8) },
  { key: 'christmas', kind: 'holiday', es: 'Navidad', en: 'Christmas Day', rule: fixed(12, 25) },
  // International days (United Nations and others).
  { key: 'holocaust', kind: 'international', es: 'Día Internacional de Conmemoración de las Víctimas del Holocausto', en: 'International Holocaust Remembrance Day', rule: fixed(1, 27) },
  { key: 'cancer', kind: 'awareness', es: 'Día Mundial contra el Cáncer', en: 'World Cancer Day', rule: fixed(2, 4) },
  { key: 'women-science', kind: 'international', es: 'Día Internacional de la Mujer y la Niña en la Ciencia', en: 'International Day of Women and Girls in Science', rule: fixed(2, 11) },
  { key: 'women', kind: 'international', es: 'Día Internacional de la Mujer', en: "International Women's Day", rule: fixed(3, 8) },
  { key: 'fathers-day', kind: 'celebration', es: 'Día del Padre', en: "Father's Day (Spain)", rule: fixed(3, 19) },
  { key: 'down-syndrome', kind: 'awareness', es: 'Día Mundial del Síndrome de Down', en: 'World Down Syndrome Day', rule: fixed(3, 21) },
  { key: 'forests', kind: 'international', es: 'Día Internacional de los Bosques', en: 'International Day of Forests', rule: fixed(3, 21) },
  { key: 'water', kind: 'international', es: 'Día Mundial del Agua', en: 'World Water Day', rule: fixed(3, 22) },
  { key: 'autism', kind: 'awareness', es: 'Día Mundial de Concienciación sobre el Autismo', en: 'World Autism Awareness Day', rule: fixed(4, 2) },
  { key: 'health', kind: 'international', es: 'Día Mundial de la Salud', en: 'World Health Day', rule: fixed(4, 7) },
  { key: 'book', kind: 'international', es: 'Día Internacional del Libro', en: 'World Book Day', rule: fixed(4, 23) },
  { key: 'mothers-day', kind: 'celebration', es: 'Día de la Madre', en: "Mother's Day (Spain)", rule: nth(1, 0, 5) },
  { key: 'europe', kind: 'international', es: 'Día de Europa', en: 'Europe Day', rule: fixed(5, 9) },
  { key: 'families', kind: 'international', es: 'Día Internacional de las Familias', en: 'International Day of Families', rule: fixed(5, 15) },
  { key: 'lgbtiphobia', kind: 'awareness', es: 'Día Internacional contra la LGTBIfobia', en: 'International Day against LGBTIphobia', rule: fixed(5, 17) },
  { key: 'no-tobacco', kind: 'awareness', es: 'Día Mundial sin Tabaco', en: 'World No Tobacco Day', rule: fixed(5, 31) },
  { key: 'environment', kind: 'international', es: 'Día Mundial del Medio Ambiente', en: 'World Environment Day', rule: fixed(6, 5) },
  { key: 'blood-donor', kind: 'awareness', es: 'Día Mundial del Donante de Sangre', en: 'World Blood Donor Day', rule: fixed(6, 14) },
  { key: 'pride', kind: 'international', es: 'Día Internacional del Orgullo LGTBI', en: 'LGBTI Pride Day', rule: fixed(6, 28) },
  { key: 'youth', kind: 'international', es: 'Día Internacional de la Juventud', en: 'International Youth Day', rule: fixed(8, 12) },
  { key: 'alzheimer', kind: 'awareness', es: 'Día Mundial del Alzheimer', en: "World Alzheimer's Day", rule: fixed(9, 21) },
  { key: 'rivers', kind: 'awareness', es: 'Día Mundial de los Ríos', en: 'World Rivers Day', rule: nth(4, 0, 9) },
  { key: 'tourism', kind: 'international', es: 'Día Mundial del Turismo', en: 'World Tourism Day', rule: fixed(9, 27) },
  { key: 'older-persons', kind: 'international', es: 'Día Internacional de las Personas Mayores', en: 'International Day of Older Persons', rule: fixed(10, 1) },
  { key: 'sight', kind: 'awareness', es: 'Día Mundial de la Visión', en: 'World Sight Day', rule: nth(2, 4, 10) },
  { key: 'mental-health', kind: 'awareness', es: 'Día Mundial de la Salud Mental', en: 'World Mental Health Day', rule: fixed(10, 10) },
  { key: 'breast-cancer', kind: 'awareness', es: 'Día Mundial contra el Cáncer de Mama', en: 'World Breast Cancer Day', rule: fixed(10, 19) },
  { key: 'diabetes', kind: 'awareness', es: 'Día Mundial de la Diabetes', en: 'World Diabetes Day', rule: fixed(11, 14) },
  { key: 'road-victims', kind: 'awareness', es: 'Día Mundial en Recuerdo de las Víctimas de Accidentes de Tráfico', en: 'World Day of Remembrance for Road Traffic Victims', rule: nth(3, 0, 11) },
  { key: 'children', kind: 'international', es: 'Día Universal del Niño', en: "World Children's Day", rule: fixed(11, 20) },
  { key: 'violence-women', kind: 'international', es: 'Día Internacional de la Eliminación de la Violencia contra la Mujer', en: 'International Day for the Elimination of Violence against Women', rule: fixed(11, 25) },
  { key: 'disabilities', kind: 'international', es: 'Día Internacional de las Personas con Discapacidad', en: 'International Day of Persons with Disabilities', rule: fixed(12, 3) },
  { key: 'volunteers', kind: 'international', es: 'Día Internacional del Voluntariado', en: 'International Volunteer Day', rule: fixed(12, 5) },
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** Easter Sunday (Gregorian calendar, the anonymous algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The day a rule falls on in a year, or null (29 February in a common year). */
export function dayOfRule(rule: SpecialRule, year: number): string | null {
  if (rule.kind === 'fixed') {
    const day = `${year}-${pad(rule.month)}-${pad(rule.day)}`;
    return dayToUtc(day).getUTCMonth() + 1 === rule.month ? day : null;
  }
  if (rule.kind === 'easter') return addDays(easterSunday(year), rule.offset);
  if (rule.n > 0) {
    const first = `${year}-${pad(rule.month)}-01`;
    const shift = (rule.weekday - dayToUtc(first).getUTCDay() + 7) % 7;
    return addDays(first, shift + (rule.n - 1) * 7);
  }
  const nextMonth = rule.month === 12 ? `${year + 1}-01-01` : `${year}-${pad(rule.month + 1)}-01`;
  const last = addDays(nextMonth, -1);
  const back = (dayToUtc(last).getUTCDay() - rule.weekday + 7) % 7;
  return addDays(last, -back);
}

/** Shipped special days between two days (inclusive), in date order. */
export function builtinSpecialDays(from: string, to: string): { def: SpecialDayDef; day: string }[] {
  const out: { def: SpecialDayDef; day: string }[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const def of specialDayData) {
      const day = dayOfRule(def.rule, year);
      if (day && day >= from && day <= to) out.push({ def, day });
    }
  }
  return out.sort((a, b) => a.day.localeCompare(b.day));
}
