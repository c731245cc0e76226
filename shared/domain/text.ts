/**
 * C0 control characters except tab and line breaks, and DEL. RFC 5545 TEXT
 * forbids them, spreadsheets and mail clients show them as boxes or cut the
 * text at them, and nobody means to send them: every export drops them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const stripControls = (s: string): string => s.replace(CONTROLS, '');

/**
 * Text from data for a Markdown document: no raw HTML (every `<` becomes an
 * entity, so no tag or autolink can open), no link or image (brackets
 * escaped), no emphasis or code marks, and no entity the text did not spell.
 * A reader sees the text as it was typed.
 */
export const markdownText = (s: string): string =>
  stripControls(s)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    // A line that would start a heading, quote, list or rule.
    .replace(/^([ \t]*)([#>+=-]|\d+[.)])/gm, '$1\\$2');
