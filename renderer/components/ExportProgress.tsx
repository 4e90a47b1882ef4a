// The progress of a long export: documents done out of all, with Cancel. Shown only once an
// export has run for a moment, so a quick one does not flash a panel.
import { useEffect, useState } from 'react';
import type { AppState } from '../state/app-store';
import { useActions } from '../state/app-context';

const SHOW_AFTER_MS = 300;

export function ExportProgress({ job }: { job: NonNullable<AppState['exportJob']> }) {
  const actions = useActions();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [job.jobId]);
  if (!shown) return null;
  return (
    <section className="import-progress" aria-label="Export">
      <header className="import-progress__header">
        <h2 className="pane-title" role="status">
          Exporting {job.label}: {job.done} of {job.total} {job.total === 1 ? 'document' : 'documents'}
        </h2>
        <button type="button" className="button button--small" onClick={() => actions.cancelExport()}>
          Cancel
        </button>
      </header>
      <progress className="import-progress__bar" max={Math.max(1, job.total)} value={job.done} aria-label="Export progress" />
    </section>
  );
}
