// Finding sources by name: the index used for many lookups at once answers as the one-off search
// does (name or alias, case and spacing aside, the first of two sources sharing a name).
import { describe, expect, it } from 'vitest';
import { findSourceByName, SourceNames, type Source } from '@shared/domain/source';

const source = (id: string, name: string, aliases: string[] = []): Source => ({ id, name, kind: 'person', aliases, description: '', createdAt: '2026-12-04T00:00:00.000Z', updatedAt: '2026-12-04T00:00:00.000Z' });

describe('source names', () => {
  const sources = [source('a', 'Priya Sandhu', ['P. Sandhu']), source('b', 'Reuters'), source('c', 'Thomson Reuters', ['reuters'])];

  it('finds by name or alias, whatever the case and spacing, as findSourceByName does', () => {
    const names = new SourceNames(sources);
    for (const asked of ['priya  sandhu', 'P. SANDHU', 'Reuters', ' reuters ', 'Thomson Reuters', 'Nobody']) {
      expect(names.find(asked), asked).toBe(findSourceByName(sources, asked));
    }
    expect(names.find('reuters')?.id).toBe('b');
  });

  it('finds a source added after it was made', () => {
    const names = new SourceNames(sources);
    expect(names.find('Consumer Voice UK')).toBeUndefined();
    names.add(source('d', 'Consumer Voice UK', ['CVUK']));
    expect(names.find('cvuk')?.id).toBe('d');
  });
});
