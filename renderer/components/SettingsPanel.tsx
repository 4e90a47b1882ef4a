// Settings: the theme, how highlights are coloured, the taxonomy (statuses, attribution types,
// source kinds) with their colours, descriptions, order and keys, and the ClaimReview publisher.
// Every change is saved as it is made; a problem (a key used twice) is shown beside its field.
import type { Settings } from '@shared/domain/library';
import { useActions, useAppState } from '../state/app-context';
import { ReviewerSettings } from './ReviewerSettings';
import { TaxonomySettings } from './TaxonomySettings';

export function SettingsPanel() {
  const actions = useActions();
  const { library } = useAppState();
  if (!library) return null;
  const setting = (changes: Partial<Settings>) => void actions.registry.updateSettings(changes);

  return (
    <section className="panel" aria-labelledby="settings-title">
      <header className="panel__header">
        <h1 id="settings-title" className="panel__title">
          Settings
        </h1>
      </header>
      <section className="settings-group" aria-label="Appearance">
        <h2 className="pane-title">Appearance</h2>
        <label className="field field--inline">
          <span className="field__label">Theme</span>
          <select className="select" value={library.settings.theme} onChange={(e) => setting({ theme: e.target.value as Settings['theme'] })}>
            <option value="system">As the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label className="field field--inline">
          <span className="field__label">Colour highlights by</span>
          <select className="select" value={library.settings.colorBy} onChange={(e) => setting({ colorBy: e.target.value as Settings['colorBy'] })}>
            <option value="status">Verification status</option>
            <option value="attribution">Attribution type</option>
            <option value="sourceKind">Kind of source</option>
          </select>
        </label>
      </section>
      <ReviewerSettings saved={library.settings.reviewer} />
      <TaxonomySettings saved={library.taxonomy} />
    </section>
  );
}
