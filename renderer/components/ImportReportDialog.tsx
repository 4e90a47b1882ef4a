// What importing an annotation set or an archive did: the counts, what the library gained
// (documents, sources, statuses...), and each claim worth a look (updated, skipped, or placed as
// an orphan) with the reason.
import type { ImportReport } from '@shared/formats/import-report';
import { summarizeImport } from '@shared/formats/import-report';
import { useActions } from '../state/app-context';
import { Modal } from './Modal';

const KINDS: Record<ImportReport['kind'], string> = {
  corroborate: 'Corroborate annotation set (JSON-LD)',
  'web-annotation': 'W3C Web Annotations',
  hypothesis: 'Hypothesis annotations',
  archive: 'Corroborate library archive',
};

function Gained({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <p className="import-report__gained">
      <strong>{title}:</strong> {items.join(', ')}
    </p>
  );
}

export function ImportReportDialog({ report }: { report: ImportReport }) {
  const actions = useActions();
  return (
    <Modal title={`Imported ${report.fileName}`} className="import-report" onClose={() => actions.closeImportReport()}>
      <header className="dialog__header">
        <h2 className="dialog__title">Imported {report.fileName}</h2>
        <button type="button" className="button button--small" onClick={() => actions.closeImportReport()}>
          Close
        </button>
      </header>
      <p className="dialog__hint">
        {KINDS[report.kind]}. <span role="status">{summarizeImport(report)}.</span>
      </p>
      <Gained title="Documents added" items={report.documentsAdded.map((d) => d.title)} />
      <Gained title="Sources added" items={report.sourcesAdded} />
      <Gained title="Added to the taxonomy" items={report.termsAdded} />
      <Gained title="Not imported" items={report.ignored} />
      {report.items.length > 0 ? (
        <table className="import-report__items">
          <caption className="visually-hidden">Claims worth a look</caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {report.items.map((item, index) => (
              <tr key={index} className={`import-report__item import-report__item--${item.outcome}`}>
                <td>
                  <q className="import-report__quote">{item.quote}</q>
                  <span className="import-report__where">
                    {item.document} · {item.where}
                  </span>
                </td>
                <td>
                  <span className="import-report__outcome">{item.outcome}</span> {item.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report.itemsLeftOut > 0 ? <p className="dialog__hint">And {report.itemsLeftOut} more not listed.</p> : null}
    </Modal>
  );
}
