import { describe, expect, it } from 'vitest';
import { markdownText, stripControls } from './text';

describe('stripControls', () => {
  it('drops NUL, BEL, VT, FF, ESC and DEL, and keeps tab and line breaks', () => {
    expect(stripControls('a\u0000b\u0007c\u000Bd\u000Ce\u001Bf\u007Fg\th\r\ni\nj')).toBe('abcdefg\th\r\ni\nj');
  });
});

describe('markdownText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['[clic aquí](javascript:alert(1))', '\\[clic aquí\\](javascript:alert(1))'],
    ['![](https://rastreo.example/p.gif)', '!\\[\\](https://rastreo.example/p.gif)'],
    ['<https://rastreo.example>', '&lt;https://rastreo.example>'],
    ['&lt;b&gt; y R&D', '&amp;lt;b&amp;gt; y R&D'],
    ['# Titular falso\n- lista\n1. uno', '\\# Titular falso\n\\- lista\n\\1. uno'],
    ['*negrita* y _cursiva_ y `código`', '\\*negrita\\* y \\_cursiva\\_ y \\`código\\`'],
    ['Corte de agua en Soto, 10:00-14:00.', 'Corte de agua en Soto, 10:00-14:00.'],
  ])('%s', (input, output) => {
    expect(markdownText(input)).toBe(output);
  });
});
