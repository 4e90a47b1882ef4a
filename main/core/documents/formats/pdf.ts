// PDFs with a text layer (pdfjs-dist, eval disabled, no fonts, no network): the positioned text of
// each page goes to the layout rebuilder in shared/. A PDF with no text layer is refused with a
// message saying so: Corroborate does no OCR.
import { AppFailure } from '@shared/bridge/result';
import type { BlockNode } from '@shared/domain/content';
import { withFileProperties } from '@shared/importers/file-properties';
import type { ParsedArticle } from '@shared/importers/parsed-article';
import { rebuildBlocks, type PdfPageText } from '@shared/importers/pdf-layout';
import { guessDirection } from '@shared/text/direction';

interface PdfTextItem {
  str?: string;
  dir?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function parsePdf(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    pdf = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new AppFailure('unsupported-file', `${fileName} is protected by a password; open it, save a copy without one, and import that.`);
    throw new AppFailure('file-corrupt', `${fileName} is not a readable PDF (${(error as Error).message}).`);
  }
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const runs = (content.items as PdfTextItem[])
        .filter((item) => typeof item.str === 'string' && item.str !== '' && item.transform)
        .map((item) => {
          const [a, b, , , e, f] = item.transform!;
          return { text: item.str!, x: e!, y: height - f!, width: item.width ?? 0, size: Math.hypot(a!, b!) || item.height || 10, rtl: item.dir === 'rtl' };
        });
      pages.push({ width, height, runs });
      page.cleanup();
    }
    if (pages.every((p) => p.runs.every((r) => r.text.trim() === ''))) {
      throw new AppFailure('unsupported-file', `${fileName} has no text layer (it is probably a scan or a picture of text). Corroborate does not recognise text in images (no OCR): import a PDF with selectable text, or the article's web page.`);
    }
    const blocks = rebuildBlocks(pages);
    const dir = guessDirection(blocks.map((b) => b.text).join('\n').slice(0, 20000));
    const content: BlockNode[] = blocks.map((block) => {
      const attrs = dir === 'rtl' ? { dir: 'rtl' as const } : {};
      const inline = [{ type: 'text' as const, text: block.text }];
      return block.kind === 'heading' ? { type: 'heading', attrs: { level: 2, ...attrs }, content: inline } : { type: 'paragraph', ...(dir === 'rtl' ? { attrs } : {}), content: inline };
    });
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const property = (key: string) => (typeof info[key] === 'string' ? info[key] : undefined);
    const parsed: ParsedArticle = { meta: { dir }, content: { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] } };
    // (the creation and modification dates are the file's: a page printed to PDF today is not published today)
    return withFileProperties(parsed, { title: property('Title'), author: property('Author'), language: property('Language') });
  } finally {
    await pdf.destroy();
  }
}
