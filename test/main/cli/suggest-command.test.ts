// `corroborate suggest`: one JSON line per suggestion with offsets into the file's text as read (or
// the parsed page's text for HTML), readable lines without --json, and per-file errors with exit 1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FILE, seedText } from '../../helpers/fixtures';
import { runCli } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const KEYS = ['file', 'start', 'end', 'quote', 'source', 'source_start', 'source_end', 'cue', 'cue_start', 'cue_end', 'attribution', 'confidence'];

const run = runCli;

describe('corroborate suggest', () => {
  it('prints one JSON line per suggestion, with offsets into the file as read', async () => {
    const result = await run(['suggest', SEED_FILE, '--json']);
    expect(result.code).toBe(0);
    const lines = result.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThanOrEqual(9);
    const text = seedText();
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(KEYS);
      expect(text.slice(line.start as number, line.end as number)).toBe(line.quote);
      if (line.cue_start !== null) expect(text.slice(line.cue_start as number, line.cue_end as number)).toBe(line.cue);
    }
    expect(lines).toContainEqual(expect.objectContaining({ quote: 'caused 56 casualties among US forces in 46 operations carried out since October 17', cue: 'according to', attribution: 'data-or-document' }));
  });

  it('reads a web page as the text of its parsed document, and prints readable lines without --json', async () => {
    const page = join(tempDir(), 'page.html');
    writeFileSync(page, '<html><head><title>Port closes</title></head><body><article><h1>Port closes</h1><p>The port will close on <b>Monday</b>, officials said.</p><p>"We have no choice," the mayor said.</p></article></body></html>');
    const json = await run(['suggest', page, '--json']);
    expect(json.code).toBe(0);
    const lines = json.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.quote, l.attribution])).toEqual([
      ['The port will close on Monday', 'anonymous-source'],
      ['"We have no choice,"', 'direct-quote'],
    ]);
    const readable = await run(['suggest', page]);
    expect(readable.out[1]).toMatch(/page\.html:\d+-\d+ {2}direct-quote {2}\d\.\d\d {2}mayor \(said\): "We have no choice,"/);
  });

  it('reports a file it cannot read on standard error, goes on with the others, and exits 1', async () => {
    const missing = join(tempDir(), 'missing.txt');
    const result = await run(['suggest', missing, SEED_FILE, '--json']);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`corroborate suggest: ${missing}: ${missing} does not exist.`]);
    expect(result.out.length).toBeGreaterThan(0);
    expect((await run(['suggest'])).code).toBe(2);
  });
});
