// The progress list of an import of several files: each file's state, the reason a file failed,
// and Cancel for the files not yet read.
import type { ImportJob } from '../state/app-store';
import { useActions } from '../state/app-context';

const LABELS: Record<ImportJob['state'], string> = {
  waiting: 'waiting',
  reading: 'reading…',
  imported: 'imported',
  duplicate: 'already in the library',
  failed: 'not imported',
  cancelled: 'cancelled',
};

function summary(jobs: readonly ImportJob[]): string {
  const count = (state: ImportJob['state']) => jobs.filter((j) => j.state === state).length;
  const parts = [`${count('imported')} imported`];
  if (count('duplicate')) parts.push(`${count('duplicate')} already in the library`);
  if (count('failed')) parts.push(`${count('failed')} not imported`);
  if (count('cancelled')) parts.push(`${count('cancelled')} cancelled`);
  return `Import finished: ${parts.join(', ')}`;
}

export function ImportProgress({ jobs }: { jobs: readonly ImportJob[] }) {
  const actions = useActions();
  const running = jobs.some((j) => j.state === 'waiting' || j.state === 'reading');
  const done = jobs.filter((j) => j.state !== 'waiting' && j.state !== 'reading').length;
  return (
    <section className="import-progress" aria-label="Imports">
      <header className="import-progress__header">
        <h2 className="pane-title" role="status">
          {running ? `Importing ${Math.min(done + 1, jobs.length)} of ${jobs.length}` : summary(jobs)}
        </h2>
        {running ? (
          <button type="button" className="button button--small" onClick={() => actions.cancelImport()}>
            Cancel
          </button>
        ) : (
          <button type="button" className="button button--small" onClick={() => actions.closeImportList()}>
            Close
          </button>
        )}
      </header>
      <progress className="import-progress__bar" max={jobs.length} value={done} aria-label="Import progress" />
      <ul className="import-progress__list">
        {jobs.map((job, index) => (
          <li key={index} className={`import-job import-job--${job.state}`}>
            <span className="import-job__name">{job.name}</span>
            <span className="import-job__state">{LABELS[job.state]}</span>
            {job.state === 'failed' && job.message ? <span className="import-job__reason">{job.message}</span> : null}
            {job.state === 'imported' && job.note ? <span className="import-job__reason">{job.note}</span> : null}
            {job.state === 'duplicate' && job.message ? <span className="import-job__reason">as “{job.message}”</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
