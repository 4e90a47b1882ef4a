// Converts an HTML tree (already sanitised) into document content in the schema of DESIGN.md
// section 4. This is the second allow-list: only the elements and marks of the schema survive,
// and a link survives only with an http, https or mailto URL.
import type { BlockNode, DocNode, InlineNode, ListItemNode, Mark } from '@shared/domain/content';
import { safeLinkUrl } from '@shared/domain/safe-url';
import { guessDirection } from '@shared/text/direction';

/** What the converter needs of a DOM node (linkedom's, or any other). */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const MARKS: Record<string, Mark['type']> = { EM: 'em', I: 'em', CITE: 'em', STRONG: 'strong', B: 'strong', CODE: 'code', KBD: 'code', SAMP: 'code', SUB: 'sub', SUP: 'sup' };
const HEADINGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const PARAGRAPHS = new Set(['P', 'FIGCAPTION', 'DT', 'DD', 'ADDRESS', 'CAPTION', 'SUMMARY', 'TR']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FIGURE', 'BODY', 'HTML', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'DETAILS', 'CENTER', 'HGROUP', 'ASIDE']);
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK', 'NAV']);

type Direction = 'ltr' | 'rtl' | 'auto' | null;

function dirOf(node: HtmlNode, inherited: Direction): Direction {
  const dir = node.getAttribute?.('dir')?.toLowerCase();
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : inherited;
}

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** Collects a paragraph's inline content: collapses white space as a browser does, merges runs. */
class InlineRun {
  readonly items: InlineNode[] = [];
  private lastWasSpace = true;

  text(raw: string, marks: readonly Mark[], preformatted: boolean): void {
    const lines = preformatted ? raw.replace(/\r\n?/g, '\n').split('\n') : [raw];
    lines.forEach((line, index) => {
      if (index > 0) this.hardBreak();
      let text = preformatted ? line.replace(/\t/g, '    ') : line.replace(/[\s\u00a0]+/g, (m) => (m.includes('\u00a0') ? '\u00a0' : ' '));
      if (!preformatted && this.lastWasSpace) text = text.replace(/^ /, '');
      if (text === '') return;
      this.lastWasSpace = text.endsWith(' ');
      const last = this.items.at(-1);
      if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text += text;
      else this.items.push(marks.length ? { type: 'text', text, marks: [...marks] } : { type: 'text', text });
    });
  }

  hardBreak(): void {
    this.trimEnd();
    this.items.push({ type: 'hard_break' });
    this.lastWasSpace = true;
  }

  private trimEnd(): void {
    const last = this.items.at(-1);
    if (last?.type === 'text') {
      last.text = last.text.replace(/[ \u00a0]+$/, '');
      if (last.text === '') this.items.pop();
    }
  }

  /** The finished content, or null when it holds no visible text. */
  take(): InlineNode[] | null {
    this.trimEnd();
    while (this.items.at(-1)?.type === 'hard_break') this.items.pop();
    while (this.items[0]?.type === 'hard_break') this.items.shift();
    const first = this.items[0];
    if (first?.type === 'text') {
      first.text = first.text.replace(/^[ \u00a0]+/, '');
      if (first.text === '') this.items.shift();
    }
    const hasText = this.items.some((i) => i.type === 'text' && i.text.trim() !== '');
    return hasText ? this.items : null;
  }
}

class Converter {
  constructor(private readonly documentDir: 'ltr' | 'rtl') {}

  private blockDir(explicit: Direction, content: readonly InlineNode[]): Direction {
    if (explicit) return explicit;
    const text = content.map((i) => (i.type === 'text' ? i.text : ' ')).join('');
    const guessed = guessDirection(text);
    return guessed === this.documentDir ? (this.documentDir === 'rtl' ? 'rtl' : null) : guessed;
  }

  private paragraph(content: InlineNode[], dir: Direction): BlockNode {
    const resolved = this.blockDir(dir, content);
    return resolved ? { type: 'paragraph', attrs: { dir: resolved }, content } : { type: 'paragraph', content };
  }

  /** Converts the children of a block container into blocks. */
  blocks(parent: HtmlNode, dir: Direction): BlockNode[] {
    const out: BlockNode[] = [];
    let run = new InlineRun();
    const flush = () => {
      const content = run.take();
      if (content) out.push(this.paragraph(content, dir));
      run = new InlineRun();
    };
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        run.text(child.nodeValue ?? '', [], false);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = child.nodeName.toUpperCase();
      if (DROPPED.has(name)) continue;
      if (this.isBlock(name)) {
        flush();
        out.push(...this.block(child, name, dirOf(child, dir)));
      } else {
        this.inline(child, run, [], false);
      }
    }
    flush();
    return out;
  }

  private isBlock(name: string): boolean {
    return PARAGRAPHS.has(name) || CONTAINERS.has(name) || name in HEADINGS || ['BLOCKQUOTE', 'UL', 'OL', 'LI', 'PRE', 'HR'].includes(name);
  }

  private block(node: HtmlNode, name: string, dir: Direction): BlockNode[] {
    if (name === 'HR') return [{ type: 'horizontal_rule' }];
    if (name in HEADINGS || PARAGRAPHS.has(name) || name === 'PRE') {
      const run = new InlineRun();
      if (name === 'TR') this.tableRow(node, run);
      else this.inlineChildren(node, run, [], name === 'PRE');
      const content = run.take();
      if (!content) return this.blocks(node, dir);
      if (name in HEADINGS) {
        const resolved = this.blockDir(dir, content);
        return [{ type: 'heading', attrs: resolved ? { level: HEADINGS[name]!, dir: resolved } : { level: HEADINGS[name]! }, content }];
      }
      return [this.paragraph(content, dir)];
    }
    if (name === 'BLOCKQUOTE') {
      const inner = this.blocks(node, dir);
      return inner.length ? [{ type: 'blockquote', content: inner }] : [];
    }
    if (name === 'UL' || name === 'OL') {
      const items = this.listItems(node, dir);
      if (items.length === 0) return [];
      if (name === 'UL') return [{ type: 'bullet_list', content: items }];
      const start = Number.parseInt(node.getAttribute?.('start') ?? '1', 10);
      return [{ type: 'ordered_list', attrs: { order: Number.isFinite(start) && start >= 0 ? start : 1 }, content: items }];
    }
    if (name === 'LI') {
      const inner = this.blocks(node, dir);
      return inner.length ? [{ type: 'bullet_list', content: [{ type: 'list_item', content: inner }] }] : [];
    }
    return this.blocks(node, dir);
  }

  private listItems(list: HtmlNode, dir: Direction): ListItemNode[] {
    const items: ListItemNode[] = [];
    for (const child of Array.from(list.childNodes)) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = child.nodeName.toUpperCase();
      if (name === 'LI') {
        const inner = this.blocks(child, dirOf(child, dir));
        if (inner.length) items.push({ type: 'list_item', content: inner });
      } else if (!DROPPED.has(name)) {
        const inner = this.block(child, name, dirOf(child, dir));
        if (inner.length) items.push({ type: 'list_item', content: inner });
      }
    }
    return items;
  }

  private tableRow(row: HtmlNode, run: InlineRun): void {
    let first = true;
    for (const cell of Array.from(row.childNodes)) {
      if (cell.nodeType !== ELEMENT_NODE) continue;
      if (!first) run.text(' · ', [], false);
      this.inlineChildren(cell, run, [], false);
      first = false;
    }
  }

  private inlineChildren(node: HtmlNode, run: InlineRun, marks: readonly Mark[], preformatted: boolean): void {
    for (const child of Array.from(node.childNodes)) this.inline(child, run, marks, preformatted);
  }

  private inline(node: HtmlNode, run: InlineRun, marks: readonly Mark[], preformatted: boolean): void {
    if (node.nodeType === TEXT_NODE) return run.text(node.nodeValue ?? '', marks, preformatted);
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (DROPPED.has(name)) return;
    if (name === 'BR') return run.hardBreak();
    let next = marks;
    const mark = MARKS[name];
    if (mark && !marks.some((m) => m.type === mark)) next = [...marks, { type: mark } as Mark];
    if (name === 'A') {
      const href = safeLinkUrl(node.getAttribute?.('href') ?? '');
      const title = node.getAttribute?.('title')?.slice(0, 1000) ?? null;
      if (href && !marks.some((m) => m.type === 'link')) next = [...next, { type: 'link', attrs: { href, title } }];
    }
    if (this.isBlock(name)) {
      // a block inside inline content (a <p> in a <span>): keep its text on its own line
      run.hardBreak();
      this.inlineChildren(node, run, next, preformatted || name === 'PRE');
      run.hardBreak();
      return;
    }
    this.inlineChildren(node, run, next, preformatted);
  }
}

/** Converts a sanitised HTML tree into document content. */
export function htmlToContent(root: HtmlNode, documentDir: 'ltr' | 'rtl'): DocNode {
  const blocks = new Converter(documentDir).blocks(root, null);
  return { type: 'doc', content: blocks.length ? blocks : [{ type: 'paragraph' }] };
}
