import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** A PDF's text as pdftotext reads it (one page when `page` is given), line breaks and runs of spaces made single spaces. */
export function pdfText(pdf: string, page?: number): string {
  if (process.env.KEEP_PDF) fs.copyFileSync(pdf, path.join(process.env.KEEP_PDF, path.basename(pdf)));
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Pages of a PDF as pdfinfo counts them. */
export const pagesOf = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

/** Image lines of `pdfimages -list`: one per picture embedded in the PDF (after the two header lines). */
export const imagesIn = (pdf: string): string[] => execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
