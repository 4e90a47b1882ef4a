import { describe, expect, it } from 'vitest';
import { parseDateline } from '@shared/importers/dates';
import { parsePlainText } from '@shared/importers/plain-text';
import { projectText } from '@shared/text/projection';
import { seedFixture, seedText } from '../../helpers/fixtures';

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

  it('normalises line ends, strips a byte-order mark and control characters', () => {
    const parsed = parsePlainText('\uFEFFOne\r\nTwo\u0007\rThree');
    expect(projectText(parsed.content)).toBe('One\nTwo\nThree');
  });

  it('marks a right-to-left article and each of its paragraphs', () => {
    const parsed = parsePlainText('قالت مصادر مطلعة\nإن القوات تعرضت لهجوم');
    expect(parsed.meta.dir).toBe('rtl');
    expect(parsed.content.content.every((b) => b.type === 'paragraph' && b.attrs?.dir === 'rtl')).toBe(true);
  });
});

describe('datelines', () => {
  it('reads the usual ways articles write dates', () => {
    expect(parseDateline('2023-11-11')).toBe('2023-11-11');
    expect(parseDateline('Thursday, August 15, 2019')).toBe('2019-08-15');
    expect(parseDateline('15 August 2019')).toBe('2019-08-15');
    expect(parseDateline('Aug. 15, 2019')).toBe('2019-08-15');
  });

  it('refuses what is not a date', () => {
    expect(parseDateline('2023-02-30')).toBeNull();
    expect(parseDateline('The list goes on.')).toBeNull();
    expect(parseDateline('May 40, 2019')).toBeNull();
  });
});
