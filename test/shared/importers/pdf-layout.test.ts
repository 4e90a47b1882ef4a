// Reading a PDF's positioned text: right-to-left lines (as Chromium prints an Arabic page: one run
// per glyph, in display shapes, marks drawn as glyphs of their own) come out as the text they are.
import { describe, expect, it } from 'vitest';
import { type PdfTextRun, rebuildBlocks } from '@shared/importers/pdf-layout';

const PAGE = { width: 600, height: 800 };

/** Runs for a line drawn right to left from `right`: each piece's width given, marks (width 0) at the left edge of the glyph before them. */
function drawnRightToLeft(pieces: Array<[string, number]>, right: number, y = 100): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  let x = right;
  for (const [text, width] of pieces) {
    if (width === 0) {
      runs.push({ text, x: x - 1, y, width: 0, size: 12, rtl: false });
      continue;
    }
    x -= width;
    runs.push({ text, x, y, width, size: 12, rtl: /\p{Script=Arabic}/u.test(text) });
  }
  return runs;
}

const textOf = (runs: PdfTextRun[]) => rebuildBlocks([{ ...PAGE, runs }]).map((b) => b.text);

describe('right-to-left PDF lines', () => {
  it('read from the right, in letters rather than display shapes, with marks on their letters', () => {
    // "نُشر اليوم" as drawn: ن (initial form) then its damma, ش (medial), ر (final), a space, ا ل ي و م
    const runs = drawnRightToLeft([['\uFEE7', 4], ['\u064F', 0], ['\uFEB8', 10], ['\uFEAE', 6], [' ', 4], ['\u0627', 3], ['\uFEDF', 4], ['\uFEF4', 4], ['\uFEEE', 5], ['\uFEE1', 8]], 500);
    expect(textOf(runs)).toEqual(['نُشر اليوم']);
  });

  it('keeps a stretch of left-to-right words and numbers left to right, and turns brackets and quotation marks back', () => {
    // "قالت المنظمة «نعم» (WHO 2024) اليوم" as drawn, left to right: the last word first; each
    // bracket and guillemet in the shape shown, the mirror of the one the text holds
    const shown = ['اليوم', ' ', '(', 'WHO', ' ', '2024', ')', ' ', '\u00AB', 'نعم', '\u00BB', ' ', 'المنظمة', ' ', 'قالت'];
    let x = 100;
    const runs = shown.map((text): PdfTextRun => {
      const run = { text, x, y: 100, width: text.length * 6, size: 12, rtl: /\p{Script=Arabic}/u.test(text) };
      x += run.width;
      return run;
    });
    expect(textOf(runs)).toEqual(['قالت المنظمة «نعم» (WHO 2024) اليوم']);
  });

  it('leaves left-to-right lines as they were', () => {
    const runs: PdfTextRun[] = [
      { text: 'The ministry said', x: 60, y: 100, width: 90, size: 12 },
      { text: '(on Monday).', x: 153, y: 100, width: 60, size: 12 },
    ];
    expect(textOf(runs)).toEqual(['The ministry said (on Monday).']);
  });
});
