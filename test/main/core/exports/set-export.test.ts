// Exports of a saved set or a filter: only the claims it selects, in the documents that hold them,
// from the app's channels and from the command line's --set; the archive still takes everything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/main';
import { annotatedLibrary } from '../../../helpers/annotated-library';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const quiet = { out: () => undefined, err: () => undefined };

describe('exports of a saved set or a filter', () => {
  it('hold only the selected claims, named after the set', async () => {
    const { core } = await annotatedLibrary(tempDir());
    const set = await core.sets.create('Casualties', { query: 'tag:casualties', facets: {} });
    const selection = await core.exportSelection('csv', { setId: set.id });
    const csv = await core.renderExport('csv', [], selection);
    expect(csv.fileName).toBe('casualties-claims.csv');
    const rows = Papa.parse<Record<string, string>>(csv.content, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => /casualties/.test(Object.values(r).join(' ')))).toBe(true);

    const byFilter = await core.renderExport('jsonld', [], await core.exportSelection('jsonld', { filter: { query: 'attribution:direct-quote', facets: {} } }));
    expect(JSON.parse(byFilter.content).total).toBe(3);
    // a filter's export is named after its documents, as a whole-library export is, and marked as filtered unless the filter is empty
    expect(byFilter.fileName).toBe('us-occupation-forces-attacked-in-northeast-syria-filtered-claims.jsonld');
    expect(JSON.parse(byFilter.content).label).toBe('Claims in US Occupation Forces Attacked in Northeast Syria (filtered)');
    const everything = await core.renderExport('md', [], await core.exportSelection('md', { filter: { query: '', facets: {} } }));
    expect(everything.fileName).toBe('us-occupation-forces-attacked-in-northeast-syria-report.md');
    expect(everything.content).toMatch(/^# Claims in US Occupation Forces Attacked in Northeast Syria$/m);
    expect(await core.exportSelection('archive', { setId: set.id })).toBeUndefined();
    await expect(core.exportSelection('csv', { filter: { query: 'tag:nothing-has-this', facets: {} } }).then((s) => core.renderExport('csv', [], s))).rejects.toThrow('No claim matches, so there is nothing to export.');
    await core.close();
  });

  it('come from the command line with --set NAME, and an unknown set is named in the error', async () => {
    const dir = tempDir();
    const { core } = await annotatedLibrary(dir);
    await core.sets.create('Casualties', { query: 'tag:casualties', facets: {} });
    await core.close();
    const out = join(tempDir(), 'set.csv');
    expect(await main(['export', '--format', 'csv', '--set', 'casualties', '--out', out, '--library', dir], quiet)).toBe(0);
    expect(Papa.parse(readFileSync(out, 'utf8'), { header: true, skipEmptyLines: true }).data).toHaveLength(3);
    const errors: string[] = [];
    expect(await main(['export', '--format', 'csv', '--set', 'nope', '--out', out, '--library', dir], { out: () => undefined, err: (l) => errors.push(l) })).toBe(1);
    expect(errors.join('\n')).toMatch(/There is no saved set named "nope"\. Sets: Casualties\./);
  });
});
