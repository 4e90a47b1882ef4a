// A document's details (title, byline, outlet, date, URL, language, credit, licence, direction) as
// their form holds them while the user types, what in them cannot be saved yet, in plain words, and
// the changes they make to the stored details.
import { pickEditable, type DocumentMeta, type EditableMeta } from '@shared/domain/document';
import { languageTagOf, unknownLanguageMessage } from '@shared/text/language-tag';
import { typedAddress } from './inspector/evidence-address';
import { rebaseFields } from './rebase-draft';

export type MetaDraft = Required<EditableMeta>;
export type MetaField = keyof MetaDraft;
export type MetaProblems = Partial<Record<keyof typeof META_PROBLEM_NAMES, string>>;

export interface MetaTextField {
  key: Exclude<MetaField, 'dir'>;
  label: string;
  type?: 'date' | 'url';
  /** the longest value the core keeps */
  maxLength?: number;
}

export const META_TEXT_FIELDS: readonly MetaTextField[] = [
  { key: 'title', label: 'Title', maxLength: 1000 },
  { key: 'byline', label: 'Byline', maxLength: 1000 },
  { key: 'outlet', label: 'Outlet', maxLength: 500 },
  { key: 'published', label: 'Published', type: 'date' },
  { key: 'url', label: 'URL', type: 'url', maxLength: 4096 },
  { key: 'language', label: 'Language', maxLength: 35 },
  { key: 'credit', label: 'Credit', maxLength: 2000 },
  { key: 'license', label: 'Licence', maxLength: 500 },
];

export const metaDraft: (meta: DocumentMeta) => MetaDraft = pickEditable;

/** How a sentence names a field that can have a problem: "there is a problem with its web address". */
export const META_PROBLEM_NAMES: Readonly<Record<'title' | 'url' | 'language', string>> = { title: 'title', url: 'web address', language: 'language' };

/** What the core would refuse, or what would leave the document nameless, field by field. */
export function metaProblems(draft: MetaDraft, meta: DocumentMeta): MetaProblems {
  const problems: MetaProblems = {};
  if (draft.title.trim() === '') problems.title = `A document needs a title (it was “${meta.title}”).`;
  const address = typedAddress(draft.url);
  if (!address.ok) problems.url = `${address.problem}. Give the article's web address, or leave it empty.`;
  // (a language stored before, as a file gave it, is kept as it is until it is changed)
  if (draft.language !== meta.language && languageTagOf(draft.language) === null) problems.language = unknownLanguageMessage(draft.language);
  return problems;
}

/** The value the core keeps for what the field holds: a trimmed title, a normalised address (https:// added to a bare one), a language's tag ("English" is "en"). */
function stored(draft: MetaDraft, field: MetaField, meta: DocumentMeta): string {
  if (field === 'title') return draft.title.trim();
  if (field === 'url') {
    // as the evidence field does: "example.org/page" is kept as https://example.org/page
    const address = typedAddress(draft.url);
    return address.ok ? address.url : draft.url;
  }
  if (field === 'language' && draft.language !== meta.language) return languageTagOf(draft.language) ?? draft.language;
  return draft[field];
}

/** The changes to save: every changed field without a problem (a bad address does not hold back a title). */
export function metaChanges(draft: MetaDraft, meta: DocumentMeta, problems: MetaProblems): EditableMeta {
  const changes: Record<string, string> = {};
  for (const field of Object.keys(draft) as MetaField[]) {
    if (field in problems) continue;
    const value = stored(draft, field, meta);
    if (value !== meta[field]) changes[field] = value;
  }
  return changes as EditableMeta;
}

/** The draft once the stored details went from `before` to `after` outside the form (an Undo). */
export function rebaseMetaDraft(draft: MetaDraft, before: DocumentMeta, after: DocumentMeta): MetaDraft {
  return rebaseFields(draft, metaDraft(before), metaDraft(after));
}
