// A file that is not valid JSON is refused with where it goes wrong, as a line and column, and a
// file cut off short is said to be so.
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../../main/core/store/read-json-file';

const reason = (text: string) => {
  const parsed = parseJsonText(text);
  return parsed.ok ? null : parsed.reason;
};

describe('JSON text', () => {
  it('says at which line and column it is not valid', () => {
    expect(reason('{\n  "a": 1,\n  "b" 2\n}')).toBe('the file is not valid JSON (Unexpected number at line 3, column 7)');
    expect(reason('{"a": 1} x')).toMatch(/line 1, column 10/);
  });

  it('says a file that ends before its JSON does was cut off', () => {
    expect(reason('{\n  "a": [1, 2')).toMatch(/at line 2, column 13; it ends before the JSON does, as a file cut off would\)/);
    expect(reason('{"a": 1,')).toMatch(/line 1, column 9; it ends before the JSON does/);
  });

  it('reads valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });
});
