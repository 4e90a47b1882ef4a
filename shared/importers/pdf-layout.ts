// Rebuilds an article's paragraphs from the positioned text of a PDF's pages: lines from text
// runs, running headers, footers and page numbers dropped where they repeat, paragraphs joined
// across line and page breaks, words hyphenated at line ends joined, larger lines as headings.

export interface PdfTextRun {
  text: string;
  /** left edge, from the page's left */
  x: number;
  /** baseline, from the page's top */
  y: number;
  width: number;
  /** font size */
  size: number;
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

/** Groups a page's runs into lines, top to bottom, each read left to right. */
function linesOf(page: PdfPageText, pageIndex: number): Line[] {
  const runs = page.runs.filter((r) => r.text !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  let current: PdfTextRun[] = [];
  const flush = () => {
    if (current.length === 0) return;
    current.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of current) {
      const gap = run.x - end;
      if (text !== '' && gap > run.size * 0.15 && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    const normalized = text.replace(/\s+/g, ' ').trim();
    if (normalized !== '') {
      lines.push({ text: normalized, x: current[0]!.x, right: end, y: median(current.map((r) => r.y)), size: Math.max(...current.map((r) => r.size)), page: pageIndex });
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
  for (const line of lines) {
    const heading = line.size > bodySize * 1.15;
    const last = blocks.at(-1);
    let startsBlock = !last || !previous;
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
  }
  return blocks;
}
