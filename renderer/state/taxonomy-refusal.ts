// When a taxonomy save is refused because claims still have a status or attribution type the
// user removed, the refusal offers to show those claims, where they can be changed together.
import type { ClaimFilter } from '@shared/search/claim-filter';
import type { Taxonomy } from '@shared/domain/taxonomy';
import type { ToastAction } from './app-store';

/** The action that shows the claims of the removed status or attribution type `message` names, if it names one claims have. */
export function showUsersOf(message: string, before: Taxonomy, after: Taxonomy, showClaims: (filter: ClaimFilter) => void): ToastAction | undefined {
  if (!/\bclaims? (has|have) it\b/.test(message)) return undefined;
  for (const list of ['statuses', 'attributionTypes'] as const) {
    const kept = new Set(after[list].map((e) => e.id));
    const entry = before[list].find((e) => !kept.has(e.id) && message.includes(`"${e.label}"`));
    if (entry) return { label: 'Show its claims', run: () => showClaims({ query: '', facets: list === 'statuses' ? { statuses: [entry.id] } : { attributions: [entry.id] } }) };
  }
  return undefined;
}
