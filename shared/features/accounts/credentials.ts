/**
 * "Where the credentials are kept" must name a place (a password manager, a
 * locked drawer, a shared folder), never the secret itself. This guesses,
 * conservatively, whether a value looks like a password was typed instead.
 * Pure: used by the save rules, the CSV import and the form.
 */

/** Password managers people name in one word; a single token that is one of these is a place. */
const KNOWN_PLACES = new Set([
  '1password',
  'bitwarden',
  'vaultwarden',
  'keepass',
  'keepassxc',
  'keepassx',
  'lastpass',
  'dashlane',
  'passbolt',
  'nordpass',
  'keeper',
  'enpass',
  'roboform',
  'proton pass',
]);

/** Words for "password" in the languages the office uses. */
const SECRET_WORDS = /(?:pass(?:word|wd)?|pwd|contrase(?:ñ|n)a|clave|pin|secret|token)/iu;
/** "pass: xxx", "contraseña = xxx", "clave es xxx". */
const SECRET_LABEL = new RegExp(`${SECRET_WORDS.source}\\s*(?:[:=]|\\bes\\b|\\bis\\b)\\s*\\S`, 'iu');

const isUrl = (t: string) => /^(?:https?:\/\/|www\.)\S+$/iu.test(t);
const isEmail = (t: string) => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/iu.test(t);
/** A path or file name: C:\Comunicación\claves.kdbx, /srv/comun, equipo/drive, claves.xlsx */
const isPathOrFile = (t: string) =>
  /[\\/]/u.test(t) && /\p{L}{3,}/u.test(t) ? true : /^[\p{L}\p{N}_ -]+\.(?:kdbx|kdb|xlsx?|ods|docx?|odt|pdf|txt|csv|1pux)$/iu.test(t);

function classes(token: string): { lower: boolean; upper: boolean; digit: boolean; symbol: boolean; letter: boolean } {
  const lower = /\p{Ll}/u.test(token);
  const upper = /\p{Lu}/u.test(token);
  const digit = /\p{N}/u.test(token);
  const symbol = /[^\p{L}\p{N}\s]/u.test(token);
  return { lower, upper, digit, symbol, letter: lower || upper };
}

/** Shannon entropy in bits per character. */
export function entropy(token: string): number {
  const counts = new Map<string, number>();
  const chars = [...token];
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const isPlaceToken = (t: string) => isUrl(t) || isEmail(t) || isPathOrFile(t) || KNOWN_PLACES.has(t.toLowerCase());

/** A random-looking run: long, varied characters, no vowels-and-words shape. */
function looksRandom(token: string): boolean {
  if (token.length < 12) return false;
  const c = classes(token);
  if (!(c.letter && c.digit)) return false;
  return entropy(token) >= 3.3;
}

/** A token that mixes kinds of characters the way passwords do. */
function looksLikeSecretToken(token: string, alone: boolean): boolean {
  if (isPlaceToken(token)) return false;
  const c = classes(token);
  const kinds = [c.lower, c.upper, c.digit, c.symbol].filter(Boolean).length;
  if (looksRandom(token)) return true;
  if (alone) {
    // The whole value is one token: letters with digits or symbols, e.g. "Ayto2024", "verano!!".
    const mixed = (c.letter && c.digit) || (c.letter && c.symbol) || (c.digit && c.symbol);
    return token.length >= 6 && mixed;
  }
  // Inside a sentence only the strong shapes: "Ayto2024!" or "Xk9$ab12".
  return token.length >= 8 && kinds >= 3 && c.digit;
}

/** True when the value looks like a password (or contains one) rather than the name of a place. */
export function looksLikePassword(value: string): boolean {
  const text = value.normalize('NFC').trim();
  if (text.length === 0) return false;
  if (SECRET_LABEL.test(text)) return true;
  const tokens = text.split(/\s+/u);
  if (tokens.length === 1) {
    const token = tokens[0]!;
    // The bare word "contraseña", "password", "clave" is not a place either.
    if (new RegExp(`^${SECRET_WORDS.source}s?$`, 'iu').test(token)) return true;
    // Only digits: a PIN.
    if (/^\p{N}{4,}$/u.test(token)) return true;
    return looksLikeSecretToken(token, true);
  }
  if (KNOWN_PLACES.has(text.toLowerCase())) return false;
  return tokens.some((t) => looksLikeSecretToken(t.replace(/^[("'«]+|[)"'»,.;:]+$/gu, ''), false));
}
