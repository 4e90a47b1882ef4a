import { describe, expect, it } from 'vitest';
import { guessDirection } from '@shared/text/direction';

describe('writing direction', () => {
  it('reads Arabic, Hebrew and Persian as right to left, and Latin text as left to right', () => {
    expect(guessDirection('قالت مصادر مطلعة للميادين إن القوات الأمريكية تعرضت لهجوم')).toBe('rtl');
    expect(guessDirection('דובר הצבא אמר כי')).toBe('rtl');
    expect(guessDirection('منابع آگاه گفتند')).toBe('rtl');
    expect(guessDirection('Informed sources told Al Mayadeen (الميادين) on Friday.')).toBe('ltr');
  });
});
