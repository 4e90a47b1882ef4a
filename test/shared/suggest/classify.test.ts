// The kind of source a name reads as: unnamed people stay unnamed when a describing word opens the
// name capitalised (a registry name, or a sentence's first word), and names stay names.
import { describe, expect, it } from 'vitest';
import { attributionOf, isGenericSource, registryName, sourceKindOf } from '@shared/suggest/classify';
import { detectAttributions } from '@shared/suggest/detect-attributions';
import { english } from '@shared/suggest/lexicon/english';

describe('sourceKindOf', () => {
  it('reads unnamed people as anonymous, with a capitalised describing word first', () => {
    for (const name of ['Former commissioners', 'former commissioners', 'Senior officials', 'Two diplomats', 'Local residents']) expect(sourceKindOf(name, english), name).toBe('anonymous');
  });

  it('reads bodies the text named, referred back to by a definite plural, as bodies; unnamed groups stay unnamed people', () => {
    expect(sourceKindOf('The companies', english)).toBe('organization');
    expect(sourceKindOf('the two unions', english)).toBe('organization');
    expect(sourceKindOf('both governments', english)).toBe('government');
    expect(attributionOf('the deal was fair', 'The companies', 'organization', 'say', english)).toBe('official-statement');
    for (const name of ['companies', 'unions', 'rights groups', 'the residents']) expect(sourceKindOf(name, english), name).toBe('anonymous');
  });

  it('keeps people, organisations and governments named', () => {
    expect(sourceKindOf('Former President Barack Obama', english)).toBe('person');
    expect(sourceKindOf('Joan Okafor', english)).toBe('person');
    expect(sourceKindOf('the Ministry of Health', english)).toBe('government');
    expect(sourceKindOf('the Easthaven Dockworkers Union', english)).toBe('organization');
  });

  it('reads a statement as its issuer\'s: of the kind, under the name, and of the attribution of the body that issued it', () => {
    expect(sourceKindOf('a statement from the Angolan presidency', english)).toBe('government');
    expect(registryName('a statement from the Angolan presidency', 'government', english)).toBe('Angolan presidency');
    expect(sourceKindOf('a joint statement issued by the Easthaven Dockworkers Union', english)).toBe('organization');
    expect(attributionOf('the talks will resume', 'a statement from the Angolan presidency', 'government', 'according', english)).toBe('official-statement');
    // not a statement: "a statement" alone, and the statement's words after other words, stay as they read
    expect(sourceKindOf('a witness', english)).toBe('anonymous');
    expect(sourceKindOf('Officials familiar with the statement', english)).toBe('anonymous');
    const [according] = detectAttributions('The talks will resume in Luanda next week, according to a statement from the Angolan presidency.');
    expect(according).toMatchObject({ sourceKind: 'government', sourceName: 'Angolan presidency', attribution: 'official-statement' });
  });
});

describe('isGenericSource', () => {
  it('reads a name of no one in particular, and any unnamed source, as generic', () => {
    for (const name of ['police', 'Police', 'ministry', 'Prosecutors', 'spokesman', 'defence minister', 'Senior officials']) expect(isGenericSource(name, 'other', english), name).toBe(true);
    expect(isGenericSource('US officials', 'anonymous', english)).toBe(true);
    for (const name of ['Reuters', 'Kenyan police', 'Ministry of Health', 'Debra Hollis', 'Mr Hollis', 'Angolan presidency']) expect(isGenericSource(name, 'other', english), name).toBe(false);
  });
});

describe('registryName', () => {
  it('names a body without the words that describe it, and keeps a name whose small words join it', () => {
    expect(registryName('German carmaker Vantara Motors', 'organization', english)).toBe('Vantara Motors');
    expect(registryName('Frankfurt-based brokerage Haller & Co', 'organization', english)).toBe('Haller & Co');
    expect(registryName('the state news agency KUNA', 'media', english)).toBe('KUNA');
    for (const name of ['Ministry of Health', 'Islamic Resistance in Iraq', 'Xinhua news agency', 'Interior Ministry', 'Committee to Protect Journalists', 'Doctors without Borders', 'Médecins sans Frontières']) expect(registryName(name, 'government', english), name).toBe(name);
  });
});
