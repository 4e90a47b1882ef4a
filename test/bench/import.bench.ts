// npm run bench:import — a 10 MB web page saved from a browser (scripts, styles, inline SVG and
// images, navigation, ads, 1,500 comments around a 2,500-word article) and a 300-page PDF,
// each imported through the worker-thread parser as the app does (warm, and the first import
// cold); and peak memory.
/// <reference types="electron-vite/node" />
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Core } from '../../main/core/core';
import { createWorkerFileParser } from '../../main/core/documents/worker-file-parser';
import { peakRssMb, round, timed } from './measure';

const ROOT = process.env.CORROBORATE_ROOT ?? join(import.meta.dirname, '..', '..');

function sampleParagraphs(): string[] {
  return readFileSync(join(ROOT, 'main', 'core', 'samples', 'wikinews-2019-08-15-ebola-treatments.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 80);
}

/** A saved news page of about 10 MB, most of it the page around the article. */
function bigWebPage(): Buffer {
  const paragraphs = sampleParagraphs();
  const article = Array.from({ length: 60 }, (_, i) => `<p>${paragraphs[i % paragraphs.length]}</p>${i % 6 === 0 ? `<figure><img src="data:image/jpeg;base64,${'/9j/4AAQ'.repeat(20000)}"><figcaption>Photo ${i}</figcaption></figure>` : ''}`).join('');
  const icon = `<svg viewBox="0 0 24 24"><path d="${'M12 2L2 7l10 5 10-5-10-5z '.repeat(30)}"/></svg>`;
  const head = `<title>Scientists report two life-saving treatments | Example News</title><meta property="og:site_name" content="Example News"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Scientists report two life-saving treatments","datePublished":"2019-08-15","author":{"name":"Jane Doe"}}</script><style>${'.a{margin:0 auto;padding:4px;color:#333}\n'.repeat(30000)}</style><script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 15000 }, (_, i) => ({ id: i, title: `Item ${i}` })) })}</script>`;
  const nav = `<header><nav>${Array.from({ length: 400 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>${icon}`).join('')}</nav></header>`;
  const comments = `<section id="comments">${Array.from({ length: 1500 }, (_, i) => `<div class="comment"><p class="author">Reader ${i}</p><p>Comment ${i}: the trial results look promising but the sample is small.</p><button>Reply</button></div>`).join('')}</section>`;
  const ads = Array.from({ length: 80 }, () => '<div class="ad"><iframe src="https://ads.example/x"></iframe><script>track()</script></div>').join('');
  let html = `<!doctype html><html lang="en"><head>${head}</head><body>${nav}<main><article><h1>Scientists report two life-saving treatments</h1>${article}</article>${ads}</main>${comments}<footer>${'<a href="/x">Footer</a>'.repeat(500)}</footer></body></html>`;
  while (html.length < 10 * 1024 * 1024) html = html.replace('</body>', `<script>${'var x = 1;'.repeat(20000)}</script></body>`);
  return Buffer.from(html);
}

/** A 300-page report: a running header, page numbers, 40 lines of text a page. */
async function bigPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const words = sampleParagraphs().join(' ').split(/\s+/);
  let w = 0;
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText('Annual report on outbreak response', { x: 60, y: 800, size: 9, font });
    for (let line = 0; line < 40; line++) {
      let text = '';
      while (font.widthOfTextAtSize(`${text} ${words[w % words.length]}`, 11) < 470) text += `${text ? ' ' : ''}${words[w++ % words.length]}`;
      page.drawText(text, { x: 60 + (line % 8 === 0 ? 18 : 0), y: 760 - line * 17, size: 11, font });
    }
    page.drawText(`${p + 1}`, { x: 290, y: 30, size: 9, font });
  }
  return doc.save();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-import-'));
  try {
    const html = bigWebPage();
    const pdf = await bigPdf(300);
    // Cold: the very first import, which starts the worker and loads the readers.
    const cold = await Core.open(join(dir, 'cold'), { parser: createWorkerFileParser(), backupIntervalMs: 0 });
    const htmlColdMs = await timed(() => cold.imports.importBytes('big-page.html', html));
    await cold.close();
    // Warm: as in the running app, which readies a worker after start-up.
    const parser = createWorkerFileParser();
    await parser.prewarm!();
    const core = await Core.open(dir, { parser, backupIntervalMs: 0 });
    let htmlParagraphs = 0;
    const htmlMs = await timed(async () => {
      const outcome = await core.imports.importBytes('big-page.html', html);
      htmlParagraphs = (await core.store.getDocument(outcome.document.id)).content.content.length;
    });
    let pdfParagraphs = 0;
    const pdfMs = await timed(async () => {
      const outcome = await core.imports.importBytes('report.pdf', pdf);
      pdfParagraphs = (await core.store.getDocument(outcome.document.id)).content.content.length;
    });
    await core.close();
    const figures = {
      benchmark: 'import',
      html_mb: round(html.length / 1024 / 1024, 1),
      html_10mb_ms: round(htmlMs, 0),
      html_10mb_cold_ms: round(htmlColdMs, 0),
      html_blocks: htmlParagraphs,
      pdf_pages: 300,
      pdf_mb: round(pdf.length / 1024 / 1024, 1),
      pdf_300_pages_ms: round(pdfMs, 0),
      pdf_blocks: pdfParagraphs,
      peak_rss_mb: peakRssMb(),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
