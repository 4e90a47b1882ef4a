import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '@shared/importers/dates';
import { withHeadlineAsTitle } from '@shared/importers/headline';
import { parsePlainText } from '@shared/importers/plain-text';
import { projectText } from '@shared/text/projection';
import { FIXTURES, seedFixture, seedText } from '../../helpers/fixtures';

describe('plain-text import', () => {
  it('reads the seed header as metadata and each following line as a paragraph', () => {
    const parsed = parsePlainText(seedText());
    const expected = seedFixture().expectedMetadata;
    expect(parsed.meta).toMatchObject({ title: expected.title, published: expected.published, byline: expected.byline, dir: 'ltr' });
    const text = projectText(parsed.content);
    expect(text.startsWith('The US occupation forces in Syria are once again')).toBe(true);
    expect(text).not.toContain('Today 12:59');
    expect(text).not.toContain('By Al Mayadeen');
    const rawBodyLines = seedText().trim().split('\n').slice(3);
    expect(parsed.content.content).toHaveLength(rawBodyLines.length);
  });

  it('keeps every seed claim quote, with its context, in the text', () => {
    const text = projectText(parsePlainText(seedText()).content);
    for (const claim of seedFixture().claims) {
      const at = text.indexOf(claim.exact);
      expect(at, claim.exact).toBeGreaterThanOrEqual(0);
      expect(text.slice(at - claim.prefix.length, at)).toBe(claim.prefix);
      expect(text.slice(claim.exact.length + at, at + claim.exact.length + claim.suffix.length)).toBe(claim.suffix);
    }
  });

  it('joins hard-wrapped lines in a blank-line layout and reads a leading dateline', () => {
    const parsed = parsePlainText('Thursday, August 15, 2019 \n\n\nFirst paragraph\nwraps here.\n\n\nSecond one.\n');
    expect(parsed.meta.published).toBe('2019-08-15');
    expect(projectText(parsed.content)).toBe('First paragraph wraps here.\nSecond one.');
  });

  it('keeps one paragraph per line in a block whose lines are longer than a hand-wrapped line', () => {
    const long = (n: number) => `Paragraph ${n} is long enough that nobody would have wrapped a line of it by hand at any usual width, so it stands alone.`;
    const parsed = parsePlainText(`First report\n\n${long(1)}\n${long(2)}\nShort last one.\n\nWrapped lines\nare joined.\n`);
    expect(parsed.meta.title).toBe('First report');
    expect(projectText(parsed.content)).toBe(`${long(1)}\n${long(2)}\nShort last one.\nWrapped lines are joined.`);
  });

  it('joins a wrapped paragraph with a long web address on a line, or wrapped wider than usual', () => {
    const address = `https://example.org/reports/${'a'.repeat(90)}`;
    const wide = 'This paragraph was wrapped at a hundred and twenty columns by a program that knows no better, so its lines';
    const parsed = parsePlainText(`A report\n\nThe full text is at\n${address}\nfor anyone who asks.\n\n${wide}\nrun on well past the usual width.\n`);
    expect(projectText(parsed.content)).toBe(`The full text is at ${address} for anyone who asks.\n${wide} run on well past the usual width.`);
  });

  it('normalises line ends, strips a byte-order mark and control characters', () => {
    const parsed = parsePlainText('\uFEFFOne.\r\nTwo\u0007\rThree');
    expect(projectText(parsed.content)).toBe('One.\nTwo\nThree');
  });

  it('marks a right-to-left article and each of its paragraphs', () => {
    const parsed = parsePlainText('قالت مصادر مطلعة\nإن القوات تعرضت لهجوم');
    expect(parsed.meta.dir).toBe('rtl');
    expect(parsed.content.content.every((b) => b.type === 'paragraph' && b.attrs?.dir === 'rtl')).toBe(true);
  });
});

describe('a headline on the first line', () => {
  it('becomes the title, and the body is the text after it, paragraph for paragraph', () => {
    const raw = readFileSync(join(FIXTURES, 'attribution-corpus', 'articles', 'n001.txt'), 'utf8');
    const headline = raw.slice(0, raw.indexOf('\n'));
    const parsed = parsePlainText(raw);
    expect(parsed.meta.title).toBe('Lithuanian lawmakers pass tight budget after all-night session as unions threaten strike');
    expect(parsed.meta.title).toBe(headline);
    // the body is the rest of the file as it was: the corpus's offsets shift by the headline's line, no more
    expect(projectText(parsed.content)).toBe(raw.slice(headline.length + 1).trim());
  });

  it('takes a "By NAME" line and a dateline under it as the byline and date', () => {
    const parsed = parsePlainText('Bridge closed after flood damage\nBy Jane Reporter\nMarch 14, 2024\nOfficials said the bridge was closed on Tuesday.\nIt may reopen in May.');
    expect(parsed.meta).toMatchObject({ title: 'Bridge closed after flood damage', byline: 'Jane Reporter', published: '2024-03-14' });
    expect(projectText(parsed.content)).toBe('Officials said the bridge was closed on Tuesday.\nIt may reopen in May.');
  });

  it('in a blank-line layout, is the first block, up to its byline; the paragraphs keep their layout', () => {
    const parsed = parsePlainText('\nMinister: "We will not resign"\nBy Jane Reporter\n\nFirst paragraph\nwraps here.\n\nSecond one.\n');
    expect(parsed.meta).toMatchObject({ title: 'Minister: "We will not resign"', byline: 'Jane Reporter' });
    expect(projectText(parsed.content)).toBe('First paragraph wraps here.\nSecond one.');
  });

  it('is not taken from a sentence, a wrapped first paragraph, or a text with nothing after it', () => {
    const kept = (raw: string, text: string) => {
      const parsed = parsePlainText(raw);
      expect(parsed.meta.title, raw).toBeUndefined();
      expect(projectText(parsed.content), raw).toBe(text);
    };
    kept('Officials said the bridge was closed.\nIt may reopen in May.', 'Officials said the bridge was closed.\nIt may reopen in May.');
    kept('The bridge was closed on Tuesday as\nthe river rose.\n\nIt may reopen in May.', 'The bridge was closed on Tuesday as the river rose.\nIt may reopen in May.');
    kept('"We will not resign."\nThe minister said so.', '"We will not resign."\nThe minister said so.');
    kept('https://news.example.org/bridge\nOfficials said so.', 'https://news.example.org/bridge\nOfficials said so.');
    kept('Bridge closed\nBy Jane Reporter', 'Bridge closed\nBy Jane Reporter');
    kept('Bridge closed', 'Bridge closed');
  });

  it('leaves a "By ..." sentence in the body', () => {
    const parsed = parsePlainText('Bridge closed\nBy the time the police came, the water had risen.\nIt may reopen in May.');
    expect(parsed.meta).toMatchObject({ title: 'Bridge closed' });
    expect(parsed.meta.byline).toBeUndefined();
    expect(projectText(parsed.content)).toBe('By the time the police came, the water had risen.\nIt may reopen in May.');
  });
});

describe('a first line with a date and a headline', () => {
  it('gives the date and the title, and the body after the byline; a dated sentence stays text', () => {
    const parsed = parsePlainText('2024-03-14 Port Workers Threaten Strike as Talks Stall\nBy Mara Lindqvist\nDockworkers could walk out next week, according to two people familiar with the talks.\nThe port authority declined to comment.');
    expect(parsed.meta).toMatchObject({ title: 'Port Workers Threaten Strike as Talks Stall', published: '2024-03-14', byline: 'Mara Lindqvist' });
    expect(projectText(parsed.content)).toBe('Dockworkers could walk out next week, according to two people familiar with the talks.\nThe port authority declined to comment.');
    for (const line of ['2024-03-14 12:59 CET', '2024-03-14 at 12:59', '2024-03-14 12:59 p.m.']) {
      const timed = parsePlainText(`${line}\nDockworkers said they would strike.\nThe port authority declined to comment.`);
      expect([timed.meta.published, timed.meta.title], line).toEqual(['2024-03-14', undefined]);
    }
    const sentence = parsePlainText('2024-03-14 Dockworkers said they would strike.\nThe port authority declined to comment.');
    expect(sentence.meta.published).toBeUndefined();
    expect(projectText(sentence.content)).toBe('2024-03-14 Dockworkers said they would strike.\nThe port authority declined to comment.');
  });
});

describe('a headline in pasted HTML', () => {
  const doc = (...blocks: Array<[string, string]>) => ({
    meta: {},
    content: { type: 'doc' as const, content: blocks.map(([type, text]) => (type === 'heading' ? { type: 'heading' as const, attrs: { level: 2 }, content: [{ type: 'text' as const, text }] } : { type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })) },
  });

  it('a first heading, or a first paragraph that reads as a headline, becomes the title, with the byline under it', () => {
    const fromHeading = withHeadlineAsTitle(doc(['heading', 'Bridge closed after flood'], ['paragraph', 'By Jane Reporter'], ['paragraph', 'Officials said so.']));
    expect(fromHeading.meta).toEqual({ title: 'Bridge closed after flood', byline: 'Jane Reporter' });
    expect(projectText(fromHeading.content)).toBe('Officials said so.');
    const fromParagraph = withHeadlineAsTitle(doc(['paragraph', 'Bridge closed after flood'], ['paragraph', 'Officials said so.']));
    expect(fromParagraph.meta).toEqual({ title: 'Bridge closed after flood' });
    expect(projectText(fromParagraph.content)).toBe('Officials said so.');
  });

  it('splits a headline written after a date into the date and the title', () => {
    const dated = withHeadlineAsTitle(doc(['paragraph', '2024-03-14 Port Workers Threaten Strike as Talks Stall'], ['paragraph', 'By Mara Lindqvist'], ['paragraph', 'Talks broke down, the union said.']));
    expect(dated.meta).toEqual({ title: 'Port Workers Threaten Strike as Talks Stall', published: '2024-03-14', byline: 'Mara Lindqvist' });
    expect(projectText(dated.content)).toBe('Talks broke down, the union said.');
  });

  it('leaves a text that does not start with a headline, or has nothing after it, as it is', () => {
    for (const parsed of [doc(['paragraph', 'Officials said so.'], ['paragraph', 'More.']), doc(['heading', 'Only a heading']), { ...doc(['heading', 'Bridge'], ['paragraph', 'Text.']), meta: { title: 'Known' } }]) {
      expect(withHeadlineAsTitle(parsed)).toBe(parsed);
    }
  });
});

describe('datelines', () => {
  it('reads the usual ways articles write dates', () => {
    expect(parseDateline('2023-11-11')).toBe('2023-11-11');
    expect(parseDateline('Thursday, August 15, 2019')).toBe('2019-08-15');
    expect(parseDateline('15 August 2019')).toBe('2019-08-15');
    expect(parseDateline('Aug. 15, 2019')).toBe('2019-08-15');
    expect(parseDateline('2023-11-11 12:59')).toBe('2023-11-11');
    expect(parseDateline('2023-11-11T12:59:03.120Z')).toBe('2023-11-11');
    expect(parseDateline('2023-11-11 12:59 UTC')).toBe('2023-11-11');
    expect(parseDateline('2024-03-14 12:59 CET')).toBe('2024-03-14');
    expect(parseDateline('2024-03-14 at 12:59')).toBe('2024-03-14');
    expect(parseDateline('2024-03-14 12:59 p.m.')).toBe('2024-03-14');
    expect(parseDateline('2024-03-14 9:05pm EST')).toBe('2024-03-14');
  });

  it('is not a line that only starts with a date: its words are not lost', () => {
    expect(parseDateline('2024-03-14 Port Workers Threaten Strike as Talks Stall')).toBeNull();
    expect(parseDateline('2024-03-14 12:00 and then more words')).toBeNull();
    expect(parseDateline('2024-03-14 12:59 Talks')).toBeNull();
  });

  it('refuses what is not a date', () => {
    expect(parseDateline('2023-02-30')).toBeNull();
    expect(parseDateline('The list goes on.')).toBeNull();
    expect(parseDateline('May 40, 2019')).toBeNull();
  });
});
