// Every format a researcher imports, into clean documents with their metadata.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import { DocContentSchema, type BlockNode, type DocNode } from '@shared/domain/content';
import { projectText } from '@shared/text/projection';
import { parseFile, parsePasted } from '../../../../main/core/documents/parse-file';
import { articleDocx } from '../../../helpers/make-docx';
import { articlePdf, imageOnlyPdf } from '../../../helpers/make-pdf';
import { FIXTURES } from '../../../helpers/fixtures';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'import', name));
const blocksOf = (doc: DocNode) => doc.content.map((b) => [b.type, projectText({ type: 'doc', content: [b] })]);
const allText = (doc: DocNode) => projectText(doc);

function marksIn(doc: DocNode): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    const n = node as { marks?: Array<{ type: string; attrs?: { href?: string } }>; content?: unknown[] };
    for (const mark of n.marks ?? []) found.push(mark.type === 'link' ? `link:${mark.attrs?.href}` : mark.type);
    n.content?.forEach(visit);
  };
  visit(doc);
  return found;
}

describe('plain text', () => {
  it('reads UTF-16 with a byte-order mark, little and big endian', async () => {
    const text = 'Première ligne.\nDeuxième ligne — “citée”.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, Buffer.concat([Buffer.from([0xfe, 0xff]), be.subarray(2)])]) {
      expect(allText((await parseFile('a.txt', bytes)).content)).toBe(text);
    }
  });

  it('detects a Windows-1252 file and decodes its accents and curly quotes', async () => {
    const bytes = Buffer.from('Le caf\xe9 est ferm\xe9, a d\xe9clar\xe9 le ministre \x93sans d\xe9lai\x94. Les \xe9l\xe8ves sont rentr\xe9s \xe0 la maison.', 'latin1');
    const parsed = await parseFile('lettre.txt', bytes);
    expect(allText(parsed.content)).toBe('Le café est fermé, a déclaré le ministre “sans délai”. Les élèves sont rentrés à la maison.');
  });

  it('reads the seed with its header conventions, as before', async () => {
    const parsed = await parseFile('seed.txt', readFileSync(join(FIXTURES, 'seed', '000_94a0439cd798dd65.txt')));
    expect(parsed.meta).toMatchObject({ title: 'US Occupation Forces Attacked in Northeast Syria', published: '2023-11-11', byline: 'Al Mayadeen English' });
    expect(parsed.format).toBe('text');
  });
});

describe('Markdown', () => {
  it('keeps headings, emphasis, links, lists and quotes; inline HTML is sanitised; unsafe links go', async () => {
    const parsed = await parseFile('article.md', fixture('article.md'));
    expect(parsed.format).toBe('markdown');
    expect(parsed.meta).toMatchObject({ title: 'Scientists report two life-saving treatments for Ebola', byline: 'Jane Doe' });
    const types = parsed.content.content.map((b) => b.type);
    expect(types).toEqual(['paragraph', 'heading', 'paragraph', 'blockquote', 'bullet_list', 'ordered_list', 'paragraph']);
    expect(marksIn(parsed.content)).toEqual(expect.arrayContaining(['em', 'strong', 'link:https://en.wikipedia.org/wiki/Democratic_Republic_of_the_Congo']));
    expect(marksIn(parsed.content).some((m) => m.includes('javascript'))).toBe(false);
    expect(allText(parsed.content)).toContain('Inline HTML is read as HTML: kept, dropped, and a [bad link](javascript:alert(1)).');
  });

  it('takes the details from YAML front matter, which is not text, and keeps footnotes as a list at the end', async () => {
    const file = [
      '---',
      'title: "Budget talks stall"',
      'authors: [Sam Lee, Ana Ruiz]',
      'date: 2024-02-10T09:30:00Z',
      'publisher: Riverside Gazette',
      'url: https://example.org/budget',
      'image: !!js/function "function () { return 1 }"',
      '---',
      '',
      'Talks on the city budget stalled on Friday, officials said.[^1]',
      '',
      '[^1]: City hall press release, 9 February 2024.',
    ].join('\n');
    // a value typed for code (js-yaml's unsafe types) makes the block not YAML this reader takes: left as text
    const refused = await parseFile('budget.md', Buffer.from(file));
    expect(refused.meta.title).toBeUndefined();
    const parsed = await parseFile('budget.md', Buffer.from(file.replace(/^image: .*\n/m, '')));
    expect(parsed.meta).toMatchObject({ title: 'Budget talks stall', byline: 'Sam Lee, Ana Ruiz', published: '2024-02-10', outlet: 'Riverside Gazette', url: 'https://example.org/budget' });
    expect(allText(parsed.content)).toBe('Talks on the city budget stalled on Friday, officials said.[1]\nCity hall press release, 9 February 2024.');
    expect(parsed.content.content.map((b) => b.type)).toEqual(['paragraph', 'horizontal_rule', 'ordered_list']);
    // a block that is not a mapping, or a rule and text that only look like one, stay text
    expect(allText((await parseFile('notes.md', Buffer.from('---\njust words\n---\n\nBody.'))).content)).toContain('just words');
    const dateline = '---\nWASHINGTON (Reuters) - The ministry said: figures rose.\n---\n\nBody.';
    expect(allText((await parseFile('wire.md', Buffer.from(dateline))).content)).toContain('The ministry said: figures rose.');
    // aliases nested into a huge value are cut short, not expanded
    const bomb = ['---', 'title: Aliases', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'author: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '---', '', 'Body.'].join('\n');
    expect((await parseFile('bomb.md', Buffer.from(bomb))).meta).toMatchObject({ title: 'Aliases' });
  });
});

describe('web pages', () => {
  it('extracts the article and leaves navigation, ads, cookie banner, related links and comments behind', async () => {
    const parsed = await parseFile('ebola.html', fixture('saved-page.html'));
    const text = allText(parsed.content);
    expect(parsed.format).toBe('html');
    expect(text.startsWith('On Monday morning, Director Anthony Fauci')).toBe(true);
    for (const boilerplate of ['Sport', 'Search', 'cookies', 'Related stories', 'Vaccine trial begins', 'reader42', 'First!', 'Privacy', '© Example News', 'loadAd']) {
      expect(text, boilerplate).not.toContain(boilerplate);
    }
    expect(blocksOf(parsed.content)).toEqual(
      expect.arrayContaining([
        ['heading', 'What the trial found'],
        ['blockquote', expect.stringContaining('What will stop Ebola')],
        ['bullet_list', 'Mortality fell to 29% with REGN-EB3.\nMortality fell to 34% with mAb114.'],
        ['paragraph', "Past outbreak mortality rates averaged around 50% according to WHO's statistics.\nA follow-on study is planned in the same four treatment centres."],
      ]),
    );
    expect(marksIn(parsed.content)).toEqual(expect.arrayContaining(['em', 'strong', 'link:https://www.who.int/']));
  });

  it('counts the images of the article it leaves out (not the page’s logo or footer, nor a tracking pixel), and loads none of them', async () => {
    const page = `<html><head><title>Flood barriers fail in the delta</title></head><body>
      <nav><img src="logo.png" alt="Delta News"></nav>
      <article><h1>Flood barriers fail in the delta</h1>
      <p>The barriers failed on Tuesday, officials said, and water reached the old town within hours of the first breach in the northern wall.</p>
      <figure><img src="https://tracker.example/chart.png" alt="Water levels" onerror="alert(1)"><figcaption>Water levels at the northern gauge, in metres.</figcaption></figure>
      <p>"We warned them for years," said Maria Lind, who heads the residents' association, adding that the council had ignored three engineering reports since 2019.</p>
      <p>According to the water board, the level peaked at 4.2 metres, the highest since records began in 1953. <img src="https://tracker.example/photo.jpg"><img src="https://tracker.example/pixel.gif" width="1" height="1"></p>
      </article><footer><p>Delta News</p><img src="footer.png"></footer></body></html>`;
    const parsed = await parseFile('flood.html', new TextEncoder().encode(page));
    expect(parsed.imagesLeftOut).toBe(2);
    expect(blocksOf(parsed.content)).toContainEqual(['paragraph', 'Water levels at the northern gauge, in metres.']);
    expect(JSON.stringify(parsed.content)).not.toMatch(/tracker|png|gif|onerror/);
    const pasted = await parsePasted({ html: '<p>Officials said it held.</p><p><img src="https://tracker.example/a.png"></p>' }, 'Pasted');
    expect(pasted.imagesLeftOut).toBe(1);
    expect((await parsePasted({ html: '<p>No picture here, officials said.</p>' }, 'Pasted')).imagesLeftOut).toBeUndefined();
  });

  it('reads title, byline, outlet, date, canonical URL and language from <meta>, OpenGraph and JSON-LD', async () => {
    const parsed = await parseFile('ebola.html', fixture('saved-page.html'));
    expect(parsed.meta).toMatchObject({
      title: 'Scientists report two life-saving treatments for Ebola',
      byline: 'Jane Doe, Sam Roe',
      outlet: 'Example News',
      published: '2019-08-15',
      url: 'https://news.example.org/health/ebola-treatments',
      language: 'en-GB',
      dir: 'ltr',
    });
  });

  it('reads a right-to-left article right to left, block by block', async () => {
    const parsed = await parseFile('arabic.html', fixture('arabic-article.html'));
    expect(parsed.meta).toMatchObject({ dir: 'rtl', language: 'ar', outlet: 'صحيفة المثال', published: '2023-11-10' });
    const paragraphs = parsed.content.content.filter((b): b is Extract<BlockNode, { type: 'paragraph' }> => b.type === 'paragraph');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs.every((p) => p.attrs?.dir === 'rtl')).toBe(true);
    expect(allText(parsed.content)).toContain('Reuters');
    expect(allText(parsed.content)).not.toContain('الرئيسية');
  });

  it('reads an HTML file whose extension says text, by its content', async () => {
    const parsed = await parseFile('saved.txt', fixture('saved-page.html'));
    expect(parsed.format).toBe('html');
  });
});

describe('Word documents', () => {
  it('keeps headings, paragraphs, lists, quotes, links and emphasis, with core properties as metadata', async () => {
    const parsed = await parseFile('ebola.docx', await articleDocx());
    expect(parsed.format).toBe('docx');
    expect(parsed.meta).toMatchObject({ title: 'Scientists report two life-saving treatments for Ebola', byline: 'Jane Doe' });
    expect(parsed.content.content.map((b) => b.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph', 'blockquote', 'bullet_list', 'ordered_list']);
    expect(marksIn(parsed.content)).toEqual(expect.arrayContaining(['em', 'strong', 'link:https://en.wikipedia.org/wiki/Democratic_Republic_of_the_Congo']));
    expect(marksIn(parsed.content).some((m) => m.includes('javascript'))).toBe(false);
    expect(allText(parsed.content)).toContain('See also this link.');
  });

  it('refuses a damaged Word file with a clear message', async () => {
    const good = await articleDocx();
    await expect(parseFile('broken.docx', good.subarray(0, good.length / 2))).rejects.toThrow(/broken.docx is not a valid Word document/);
    await expect(parseFile('fake.docx', Buffer.from('just text'))).rejects.toThrow(/fake.docx is not a valid Word document/);
  });
});

describe('PDF', () => {
  it('rebuilds paragraphs across line and page breaks, joins hyphenated words, drops running header and page numbers', async () => {
    const pdf = await articlePdf();
    const parsed = await parseFile('ebola.pdf', pdf.bytes);
    expect(parsed.format).toBe('pdf');
    expect(parsed.meta).toMatchObject({ title: 'Scientists report two life-saving treatments for Ebola', byline: 'Jane Doe' });
    // the file's creation date is not the article's publication date (a page printed to PDF today is not published today)
    expect(parsed.meta.published).toBeUndefined();
    expect(blocksOf(parsed.content)).toEqual([['heading', pdf.heading], ...pdf.paragraphs.map((p) => ['paragraph', p])]);
  });

  it('says so when a PDF has no text layer', async () => {
    await expect(parseFile('scan.pdf', await imageOnlyPdf())).rejects.toThrow(/scan.pdf has no text layer .*\(no OCR\)/);
  });

  it('refuses a damaged PDF with a clear message', async () => {
    const pdf = await articlePdf();
    await expect(parseFile('cut.pdf', pdf.bytes.subarray(0, 400))).rejects.toMatchObject({ code: 'file-corrupt', message: expect.stringMatching(/^cut.pdf is not a readable PDF/) });
    await expect(parseFile('fake.pdf', Buffer.from('hello'))).rejects.toThrow(/fake.pdf is not a readable PDF/);
  });
});

describe('paste', () => {
  it('takes the HTML of the clipboard, sanitised, or its plain text', async () => {
    const html = await parsePasted({ html: '<p>Officials <b>said</b> <a href="javascript:x()">this</a>.</p><script>alert(1)</script>', text: 'Officials said this.' }, 'Pasted');
    expect(allText(html.content)).toBe('Officials said this.');
    expect(marksIn(html.content)).toEqual(['strong']);
    const text = await parsePasted({ text: 'Line one\nLine two' }, 'Pasted');
    expect([text.meta.title, allText(text.content)]).toEqual(['Line one', 'Line two']);
    await expect(parsePasted({ html: '<script>x</script>', text: ' ' }, 'Pasted')).rejects.toThrow(/no text/);
  });
});

describe('unsupported and empty files', () => {
  it.each([
    ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /photo.png: .png files cannot be imported/],
    ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), /old.doc: Word 97-2003 \(.doc\) files cannot be imported: save the file as .docx/],
    ['archive.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), /archive.zip is a zip archive; the zip archives that can be imported are Word documents/],
    ['project.qdpx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), /project.qdpx is a REFI-QDA project: Corroborate writes these .* but does not read them/],
    ['binary.txt', Buffer.from([0x41, 0, 0x42, 0, 1, 2, 3]), /binary.txt is not a text file/],
    ['empty.md', Buffer.alloc(0), /empty.md is empty/],
    ['blank.html', Buffer.from('<html><body><script>x()</script><p> </p></body></html>'), /blank.html holds no text to import/],
  ])('%s gets a clear message', async (name, bytes, message) => {
    const attempt = parseFile(name, bytes);
    await expect(attempt).rejects.toBeInstanceOf(AppFailure);
    await expect(attempt).rejects.toThrow(message);
  });
});

describe('every reader', () => {
  it('produces content that fits the document schema', async () => {
    for (const [name, bytes] of [
      ['a.md', fixture('article.md')],
      ['a.html', fixture('saved-page.html')],
      ['b.html', fixture('arabic-article.html')],
      ['c.html', fixture('hostile.html')],
      ['a.docx', await articleDocx()],
      ['a.pdf', (await articlePdf()).bytes],
    ] as const) {
      expect(DocContentSchema.safeParse((await parseFile(name, bytes)).content).success, name).toBe(true);
    }
  });
});
