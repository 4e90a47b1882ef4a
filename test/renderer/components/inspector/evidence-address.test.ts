// What a typed evidence address becomes: a link (with https:// or mailto: added to a bare address),
// or the reason it cannot be kept.
import { describe, expect, it } from 'vitest';
import { typedAddress } from '../../../../renderer/components/inspector/evidence-address';

const url = (typed: string) => {
  const address = typedAddress(typed);
  return address.ok ? address.url : null;
};

describe('typed evidence address', () => {
  it('keeps full links and an empty field as they are (normalised)', () => {
    expect(url('')).toBe('');
    expect(url(' https://www.lrs.lt/budget-2027 ')).toBe('https://www.lrs.lt/budget-2027');
    expect(url('mailto:press@lrs.lt')).toBe('mailto:press@lrs.lt');
  });

  it('adds https:// to a bare web address, and mailto: to an email address', () => {
    expect(url('www.lrs.lt/budget-2027')).toBe('https://www.lrs.lt/budget-2027');
    expect(url('lrs.lt')).toBe('https://lrs.lt/');
    expect(url('www.lrs.lt:8080/a?b=1#c')).toBe('https://www.lrs.lt:8080/a?b=1#c');
    expect(url('//example.org/report')).toBe('https://example.org/report');
    expect(url('press@lrs.lt')).toBe('mailto:press@lrs.lt');
  });

  it('says why anything else cannot be kept', () => {
    expect(typedAddress('budget report')).toEqual({ ok: false, problem: '“budget report” is not a web address such as https://example.org/page' });
    expect(typedAddress('report.pdf')).toMatchObject({ ok: false, problem: expect.stringContaining('is not a web address') });
    expect(typedAddress('localhost:3000')).toMatchObject({ ok: false, problem: expect.stringContaining('is not a web address') });
    expect(typedAddress('javascript:alert(1)')).toMatchObject({ ok: false, problem: expect.stringContaining('“javascript:” links are not kept') });
    expect(typedAddress('file:///home/me/report.pdf')).toMatchObject({ ok: false, problem: expect.stringContaining('“file:”') });
  });
});
