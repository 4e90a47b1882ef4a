// Finds the taxonomy entries an imported set names (by id, else by label) and adds the ones this
// library lacks, so nothing an import carries is dropped. Ids stay stable: an entry the file
// defines keeps its id; a bare label gets an id made from it.
import { AppFailure } from '@shared/bridge/result';
import type { Taxonomy, TaxonomyEntry, TaxonomyName } from '@shared/domain/taxonomy';
import type { IncomingTerm } from './incoming-set';

const PALETTE = ['#0e7490', '#9333ea', '#b45309', '#be123c', '#4d7c0f', '#1d4ed8', '#a21caf', '#0f766e'];
const MAX_ENTRIES = 40;
const NAMES: Record<TaxonomyName, string> = { statuses: 'status', attributionTypes: 'attribution type', sourceKinds: 'source kind' };

function idFrom(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 36)
    .replace(/-+$/, '');
  return slug === '' ? 'imported' : slug;
}

export class TaxonomyTerms {
  readonly taxonomy: Taxonomy;
  /** what was added, as "status “Misleading”", for the report */
  readonly added: string[] = [];

  constructor(ours: Taxonomy, carried: Taxonomy | null) {
    this.taxonomy = { statuses: [...ours.statuses], attributionTypes: [...ours.attributionTypes], sourceKinds: [...ours.sourceKinds] };
    if (!carried) return;
    for (const name of Object.keys(NAMES) as TaxonomyName[]) {
      for (const entry of carried[name]) if (!this.has(name, entry.id)) this.add(name, entry);
    }
  }

  has(name: TaxonomyName, id: string): boolean {
    return this.taxonomy[name].some((e) => e.id === id);
  }

  private keyTaken(key: string): boolean {
    return [...this.taxonomy.statuses, ...this.taxonomy.attributionTypes].some((e) => e.key === key);
  }

  private add(name: TaxonomyName, entry: TaxonomyEntry): void {
    const list = this.taxonomy[name];
    if (list.length >= MAX_ENTRIES) {
      throw new AppFailure('invalid-argument', `The file needs more than ${MAX_ENTRIES} of this library's ${NAMES[name]} entries; merge some in Settings first.`);
    }
    const key = entry.key !== '' && name !== 'sourceKinds' && !this.keyTaken(entry.key) ? entry.key : '';
    list.push({ ...entry, key: name === 'sourceKinds' ? '' : key });
    this.added.push(`${NAMES[name]} “${entry.label}”`);
  }

  /** The id of the entry a term names; an entry is added when none matches. */
  resolve(name: TaxonomyName, term: IncomingTerm, fileName: string): string {
    const list = this.taxonomy[name];
    const byId = list.find((e) => e.id === term.value);
    if (byId) return byId.id;
    const wanted = [term.value, term.label].filter((l): l is string => l !== null).map((l) => l.trim().toLocaleLowerCase());
    const byLabel = list.find((e) => wanted.includes(e.label.toLocaleLowerCase()) || wanted.includes(e.id.replaceAll('-', ' ')));
    if (byLabel) return byLabel.id;
    const label = (term.label ?? term.value).trim().slice(0, 60) || term.value;
    let id = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(term.value) && term.value.length <= 40 ? term.value : idFrom(label);
    for (let n = 2; list.some((e) => e.id === id); n++) id = `${idFrom(label)}-${n}`;
    this.add(name, { id, label, color: PALETTE[list.length % PALETTE.length]!, description: `Added by importing ${fileName}.`, key: '' });
    return id;
  }
}
