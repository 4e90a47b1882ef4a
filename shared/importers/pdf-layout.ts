// Rebuilds an article's paragraphs from the positioned text of a PDF's pages: lines from text
// runs, running headers, footers and page numbers dropped where they repeat, paragraphs joined
// across line and page breaks, words hyphenated at line ends joined, larger lines as headings.
// A right-to-left line (Arabic, Hebrew) is read from its right edge, with the left-to-right words
// and numbers in it read left to right, and its margins measured from the right; Arabic letters a
// PDF holds in their display shapes (U+FExx) become the letters they are.
import { isUnderTitleLine } from './headline';

export interface PdfTextRun {
  text: string;
  /** left edge, from the page's left */
  x: number;
  /** baseline, from the page's top */
  y: number;
  width: number;
  /** font size */
  size: number;
  /** whether the PDF marks the run right to left */
  rtl?: boolean;
}

export interface PdfPageText {
  width: number;
  height: number;
  runs: PdfTextRun[];
}

export interface PdfBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

interface Line {
  text: string;
  /** where the line starts and ends, from the page's left edge (its right edge for a right-to-left line) */
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Arabic presentation forms (the letters' display shapes), which some PDFs hold instead of the letters. */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g;
const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
/** a run read left to right inside a right-to-left line: Latin (or other left-to-right) letters, or digits */
const STRONG_LTR = /[\p{L}\p{N}]/u;

const isRightToLeft = (run: PdfTextRun) => run.rtl === true || STRONG_RTL.test(run.text);
const isLeftToRight = (run: PdfTextRun) => !isRightToLeft(run) && STRONG_LTR.test(run.text);

/** Brackets and quotation marks a right-to-left line shows mirrored: the PDF holds the shape drawn, the text the mark meant. */
const MIRRORED: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '\u00AB': '\u00BB', '\u00BB': '\u00AB', '\u2039': '\u203A', '\u203A': '\u2039' };
/** A piece read in right-to-left text, its brackets and quotation marks turned the way the text means them. */
const inRightToLeft = (piece: PdfTextRun): PdfTextRun => ({ ...piece, text: piece.text.replace(/[()[\]{}<>\u00AB\u00BB\u2039\u203A]/g, (mark) => MIRRORED[mark] ?? mark) });

/**
 * A line's pieces (runs, and spaces between them) in reading order, from their visual order (left
 * to right): as they are in a left-to-right line; in a right-to-left one, from the right, each
 * stretch of left-to-right words and numbers kept left to right with the spaces and punctuation
 * inside it ("Dr. Smith", "14,000"), those at its ends left to the right-to-left text around it,
 * whose brackets and quotation marks are turned back.
 */
function readingOrder(pieces: readonly PdfTextRun[], rightToLeft: boolean): PdfTextRun[] {
  if (!rightToLeft) return [...pieces];
  const ordered: PdfTextRun[] = [];
  let stretch: PdfTextRun[] = [];
  const endStretch = () => {
    const trailing: PdfTextRun[] = [];
    while (stretch.length > 0 && !isLeftToRight(stretch[stretch.length - 1]!)) trailing.unshift(stretch.pop()!);
    ordered.unshift(...stretch);
    for (const piece of trailing) ordered.unshift(inRightToLeft(piece));
    stretch = [];
  };
  for (const piece of pieces) {
    if (isLeftToRight(piece) || (stretch.length > 0 && !isRightToLeft(piece))) stretch.push(piece);
    else {
      endStretch();
      ordered.unshift(inRightToLeft(piece));
    }
  }
  endStretch();
  return ordered;
}

/** A run of combining marks only, perhaps with a space drawn with them (an Arabic vowel or shadda drawn as a glyph of its own). */
const isMarksOnly = (run: PdfTextRun) => /^\s*\p{M}+\s*$/u.test(run.text);

/**
 * The line's runs, left to right, with each run of combining marks put after the letters of the
 * run whose left edge is nearest its own (a mark follows its letter in the text; PDF writers draw
 * it at or just before that edge, inside the letter before when the text is right to left).
 */
function withMarksOnTheirLetters(runs: readonly PdfTextRun[]): PdfTextRun[] {
  const letters = runs.filter((run) => !isMarksOnly(run)).map((run) => ({ ...run }));
  const bases = letters.filter((run) => run.text.trim() !== '');
  for (const mark of runs.filter(isMarksOnly)) {
    const base = bases.reduce<PdfTextRun | undefined>((best, run) => (best === undefined || Math.abs(run.x - mark.x) < Math.abs(best.x - mark.x) ? run : best), undefined);
    if (base) base.text += mark.text.trim();
  }
  return letters;
}

/** Groups a page's runs into lines, top to bottom, each in reading order. */
function linesOf(page: PdfPageText, pageIndex: number): Line[] {
  // (a space drawn with no width is no gap: a browser's PDF puts one inside Arabic words it draws with marks)
  const runs = page.runs.filter((r) => r.text !== '' && !(r.text.trim() === '' && r.width < r.size * 0.1)).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  let current: PdfTextRun[] = [];
  const flush = () => {
    if (current.length === 0) return;
    current = withMarksOnTheirLetters(current).sort((a, b) => a.x - b.x);
    // the pieces left to right: the runs, with a space where they stand apart
    const SPACE: PdfTextRun = { text: ' ', x: 0, y: 0, width: 0, size: 0 };
    const pieces: PdfTextRun[] = [];
    let end = -Infinity;
    for (const run of current) {
      const gap = run.x - end;
      if (pieces.length > 0 && gap > run.size * 0.15 && !pieces[pieces.length - 1]!.text.endsWith(' ') && !run.text.startsWith(' ')) pieces.push(SPACE);
      pieces.push(run);
      end = Math.max(end, run.x + run.width);
    }
    const rtlLetters = current.filter(isRightToLeft).reduce((sum, run) => sum + run.text.length, 0);
    const ltrLetters = current.filter(isLeftToRight).reduce((sum, run) => sum + run.text.length, 0);
    const rightToLeft = rtlLetters > ltrLetters;
    const text = readingOrder(pieces, rightToLeft)
      .map((piece) => piece.text)
      .join('')
      .replace(PRESENTATION_FORMS, (shape) => shape.normalize('NFKC'));
    const normalized = text.replace(/\s+/g, ' ').trim();
    if (normalized !== '') {
      const [left, right] = [current[0]!.x, end];
      lines.push({ text: normalized, x: rightToLeft ? page.width - right : left, right: rightToLeft ? page.width - left : right, y: median(current.map((r) => r.y)), size: Math.max(...current.map((r) => r.size)), page: pageIndex });
    }
    current = [];
  };
  for (const run of runs) {
    const lineY = current.length ? current[0]!.y : run.y;
    if (current.length && Math.abs(run.y - lineY) > Math.max(run.size, current[0]!.size) * 0.5) flush();
    current.push(run);
  }
  flush();
  return lines;
}

const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** Drops page numbers and the running headers and footers that repeat from page to page. */
function withoutRunningLines(pages: Line[][], pageHeights: number[]): Line[][] {
  const zone = (lines: Line[]) => [...lines.slice(0, 3), ...lines.slice(-3)];
  const counts = new Map<string, number>();
  for (const lines of pages) for (const key of new Set(zone(lines).map((l) => shape(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (line: Line) => pages.length >= 2 && (counts.get(shape(line.text)) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((lines, p) => {
    const edge = new Set(zone(lines));
    const height = pageHeights[p] ?? 0;
    return lines.filter((line) => {
      if (!edge.has(line)) return true;
      const nearEdge = height === 0 || line.y < height * 0.12 || line.y > height * 0.88;
      if (nearEdge && PAGE_NUMBER.test(line.text)) return false;
      return !repeated(line);
    });
  });
}

/** Joins a line to the paragraph so far, mending a word hyphenated at the line end. */
function join(paragraph: string, next: string): string {
  if (/\p{L}[-\u00ad]$/u.test(paragraph) && /^\p{Ll}/u.test(next)) return paragraph.slice(0, -1) + next;
  return `${paragraph} ${next}`;
}

const ENDS_SENTENCE = /[.!?:;"”’»)\]]$/;

/** Rebuilds the blocks (paragraphs and headings) of a PDF's text. */
export function rebuildBlocks(pages: readonly PdfPageText[]): PdfBlock[] {
  const lines = withoutRunningLines(
    pages.map((page, i) => linesOf(page, i)),
    pages.map((p) => p.height),
  ).flat();
  if (lines.length === 0) return [];
  const bodySize = median(lines.flatMap((l) => Array(Math.min(l.text.length, 200)).fill(l.size) as number[]));
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < bodySize * 0.1);
  const leftMargin = median(body.map((l) => Math.round(l.x)));
  const rightEdge = Math.max(...body.map((l) => l.right));
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) if (body[i]!.page === body[i - 1]!.page && body[i]!.y > body[i - 1]!.y) gaps.push(body[i]!.y - body[i - 1]!.y);
  const spacing = median(gaps) || bodySize * 1.2;

  const blocks: PdfBlock[] = [];
  let previous: Line | null = null;
  let previousStandsAlone = false;
  for (const line of lines) {
    const heading = line.size > bodySize * 1.15;
    const last = blocks.at(-1);
    // a byline or a date line stands alone, for the header reader to find ("By Jane Doe", "Published 3 March 2024")
    const standsAlone = isUnderTitleLine(line.text);
    let startsBlock = !last || !previous || standsAlone || previousStandsAlone;
    if (!startsBlock && previous) {
      const previousHeading = last!.kind === 'heading';
      if (heading !== previousHeading) startsBlock = true;
      else if (heading) startsBlock = line.page !== previous.page || line.y - previous.y > line.size * 2;
      else {
        const samePage = line.page === previous.page;
        const bigGap = samePage && line.y - previous.y > spacing * 1.4;
        const indented = line.x > leftMargin + bodySize * 0.8;
        const shortEnd = previous.right < rightEdge - bodySize * 3 && ENDS_SENTENCE.test(previous.text);
        startsBlock = bigGap || indented || shortEnd;
      }
    }
    if (startsBlock) blocks.push({ kind: heading ? 'heading' : 'paragraph', text: line.text });
    else last!.text = join(last!.text, line.text);
    previous = line;
    previousStandsAlone = standsAlone;
  }
  return blocks;
}
