// A Word or PDF file's properties against what its text says: a draft's label or an account name
// is no title or byline, the file's dates are no publication date, and a printed page's title
// gives its headline and site.
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '@shared/domain/content';
import { parseDateline } from '@shared/importers/dates';
import { usableFileAuthor, usableFileTitle, withFileProperties } from '@shared/importers/file-properties';
import { bylineName } from '@shared/importers/headline';
import type { ParsedArticle } from '@shared/importers/parsed-article';
import { projectText } from '@shared/text/projection';

const paragraph = (text: string): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const heading = (text: string): BlockNode => ({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] });
const article = (...blocks: BlockNode[]): ParsedArticle => ({ meta: { dir: 'ltr' }, content: { type: 'doc', content: blocks } });
const BODY = paragraph('An independent audit has found that the health board understated its waiting lists.');

describe('file properties', () => {
  it('are no title when they read as a file name or a draft label, nor a byline when they read as an account', () => {
    expect(usableFileTitle('Microsoft Word - draft3.docx')).toBeNull();
    expect(usableFileTitle('Draft3 FINAL (2)')).toBeNull();
    expect(usableFileTitle('report_v2')).toBeNull();
    expect(usableFileTitle('Untitled document')).toBeNull();
    expect(usableFileTitle('Microsoft Word - Hospital waiting lists understated')).toBe('Hospital waiting lists understated');
    for (const account of ['jdoe', 'IT-Admin', 'comms-team', 'Microsoft Office User', 'j.doe@example.org', 'User 2']) expect(usableFileAuthor(account)).toBeNull();
    expect(usableFileAuthor('Jane Doe')).toBe('Jane Doe');
    expect(usableFileAuthor('Ludwig van Beethoven')).toBe('Ludwig van Beethoven');
  });

  it('give way to the header the text opens with, and never give the publication date', () => {
    const parsed = withFileProperties(article(heading('Audit finds waiting lists understated'), paragraph('By Jane Doe, Health Correspondent'), paragraph('Published 3 March 2024'), BODY), { title: 'Draft3 FINAL (2)', author: 'IT-Admin' });
    expect(parsed.meta).toEqual({ dir: 'ltr', title: 'Audit finds waiting lists understated', byline: 'Jane Doe, Health Correspondent', published: '2024-03-03' });
    expect(projectText(parsed.content)).toBe(projectText({ type: 'doc', content: [BODY] }));
    // a title the file gives that reads as one stays, with its author when the text names none
    const titled = withFileProperties(article(heading('What the audit found'), BODY), { title: 'Hospital waiting lists understated', author: 'Jane Doe', language: 'en-GB' });
    expect(titled.meta).toEqual({ dir: 'ltr', title: 'Hospital waiting lists understated', byline: 'Jane Doe', language: 'en-GB' });
  });

  it('read a page printed to PDF: its headline the title, its site the outlet, the menu before the headline gone', () => {
    const parsed = withFileProperties(article(paragraph('Home News Sport'), paragraph('Port strike talks collapse'), paragraph('By Jane Doe and Tomás Reyes'), BODY), { title: 'Port strike talks collapse | The Daily Ledger' });
    expect(parsed.meta).toEqual({ dir: 'ltr', title: 'Port strike talks collapse', byline: 'Jane Doe and Tomás Reyes', outlet: 'The Daily Ledger' });
    expect(parsed.content.content).toEqual([BODY]);
  });
});

describe('header lines in other languages', () => {
  it('read dates written in French, Spanish, German, Italian, Portuguese and Dutch, after "Published" and its like', () => {
    expect(parseDateline('Publié le 12 juin 2024')).toBe('2024-06-12');
    expect(parseDateline('mardi 12 mars 2024')).toBe('2024-03-12');
    expect(parseDateline('1er mai 2024')).toBe('2024-05-01');
    expect(parseDateline('15 de marzo de 2024')).toBe('2024-03-15');
    expect(parseDateline('Veröffentlicht am 3. März 2024')).toBe('2024-03-03');
    expect(parseDateline('3 ottobre 2023')).toBe('2023-10-03');
    expect(parseDateline('Published 3 March 2024')).toBe('2024-03-03');
    expect(parseDateline('The talks failed on 3 March 2024')).toBeNull();
  });

  it('read bylines after "Par", "Por", "Von", "Di", "Door" and "بقلم", and not sentences that start so', () => {
    expect(bylineName('Par Marie Dupont')).toBe('Marie Dupont');
    expect(bylineName('Por Ana García')).toBe('Ana García');
    expect(bylineName('بقلم سارة حسن')).toBe('سارة حسن');
    expect(bylineName('Por eso dijo que no.')).toBeNull();
    expect(bylineName('Par ailleurs, le ministre a déclaré que les prix baisseraient.')).toBeNull();
    expect(bylineName('By the Associated Press')).toBe('the Associated Press');
  });
});
