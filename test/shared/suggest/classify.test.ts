// The kind of source a name reads as: unnamed people stay unnamed when a describing word opens the
// name capitalised (a registry name, or a sentence's first word), and names stay names.
import { describe, expect, it } from 'vitest';
import { sourceKindOf } from '@shared/suggest/classify';
import { english } from '@shared/suggest/lexicon/english';

describe('sourceKindOf', () => {
  it('reads unnamed people as anonymous, with a capitalised describing word first', () => {
    for (const name of ['Former commissioners', 'former commissioners', 'Senior officials', 'Two diplomats', 'Local residents']) expect(sourceKindOf(name, english), name).toBe('anonymous');
  });

  it('keeps people, organisations and governments named', () => {
    expect(sourceKindOf('Former President Barack Obama', english)).toBe('person');
    expect(sourceKindOf('Joan Okafor', english)).toBe('person');
    expect(sourceKindOf('the Ministry of Health', english)).toBe('government');
    expect(sourceKindOf('the Easthaven Dockworkers Union', english)).toBe('organization');
  });
});
