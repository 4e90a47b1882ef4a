// Guesses a text's writing direction from its letters, so Arabic, Hebrew and Persian articles
// read right to left.

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const LETTER = /\p{L}/gu;

/** 'rtl' when most letters belong to right-to-left scripts, else 'ltr'. */
export function guessDirection(text: string): 'ltr' | 'rtl' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  const letters = sample.match(LETTER)?.length ?? 0;
  return rtl > letters - rtl ? 'rtl' : 'ltr';
}
