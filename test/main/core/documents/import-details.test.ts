// Details read from a file as a researcher would read them, from a data-integrity pass: the
// article's own language before its site template's, a <time pubdate>, a web clipper's front
// matter, each paragraph's own direction, and a clear word for an EPUB.
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '@shared/domain/content';
import { parseFile } from '../../../../main/core/documents/parse-file';

const file = (text: string) => new TextEncoder().encode(text);
const BODY = '<p>El ministerio del Interior anunció el lunes que las manifestaciones estarían prohibidas en la capital, según un comunicado publicado al final del día.</p>';

describe('details read from a file', () => {
  it("take the article's JSON-LD language over the site template's lang, and the date of a <time pubdate>", async () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Protestas prohibidas","inLanguage":"es-ES"}</script>';
    const page = await parseFile('es.html', file(`<html lang="en"><head><title>Protestas prohibidas</title>${jsonLd}</head><body><article><h1>Protestas prohibidas</h1><p><time datetime="2023-11-09T08:00:00Z" pubdate>9 de noviembre</time></p>${BODY}</article></body></html>`));
    expect(page.meta).toMatchObject({ language: 'es-ES', published: '2023-11-09' });
  });

  it("read a web clipper's front matter: its source address as the URL, not the outlet, and a wiki-linked author as the name", async () => {
    const markdown = ['---', 'title: "Wildfire smoke reaches capital"', 'source: "https://www.metrotimes.example/environment/wildfire-smoke"', 'author:', '  - "[[Carlos Mendes]]"', 'published: 2024-08-02', '---', 'Health officials urged residents to stay indoors on Friday as smoke pushed air quality to hazardous levels.'].join('\n');
    const parsed = await parseFile('clip.md', file(markdown));
    expect(parsed.meta).toMatchObject({ title: 'Wildfire smoke reaches capital', url: 'https://www.metrotimes.example/environment/wildfire-smoke', byline: 'Carlos Mendes', published: '2024-08-02' });
    expect(parsed.meta.outlet).toBeUndefined();
  });

  it('give each paragraph of a plain text its own direction: an English quotation in an Arabic article reads left to right', async () => {
    const text = ['قال مسؤولون في وزارة الداخلية يوم الاثنين إن المحادثات التي جرت في العاصمة قد فشلت.', '"We need access now, not next month," said a spokesperson in Geneva.', 'وأضاف المتحدث أن الحكومة ستواصل العمل.'].join('\n\n');
    const parsed = await parseFile('ar.txt', file(text));
    expect(parsed.meta.dir).toBe('rtl');
    expect(parsed.content.content.map((block: BlockNode) => (block.type === 'paragraph' ? block.attrs?.dir : null))).toEqual(['rtl', 'ltr', 'rtl']);
  });

  it('names an EPUB book as one, with what to do instead', async () => {
    const epub = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(26).fill(0), ...file('mimetypeapplication/epub+zip')]);
    await expect(parseFile('longread', epub)).rejects.toMatchObject({ code: 'unsupported-file', message: expect.stringMatching(/^longread is an EPUB book; .*Save the chapter you need/) });
  });
});
