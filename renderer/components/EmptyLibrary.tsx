// What a new user sees: how to bring in a first article, or open the bundled sample.
import { useActions } from '../state/app-context';

interface EmptyLibraryProps {
  onImport: () => void;
}

export function EmptyLibrary({ onImport }: EmptyLibraryProps) {
  const actions = useActions();
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title">Your library is empty</h1>
      <p>Import an article to start marking its claims: who says what, how the text attributes it, and how far it has been checked.</p>
      <div className="empty-state__actions">
        <button type="button" className="button button--primary" onClick={onImport}>
          Import a file…
        </button>
        <button type="button" className="button" onClick={() => void actions.openSample()}>
          Open a sample article
        </button>
      </div>
      <p className="empty-state__hint">
        Text, Markdown, web pages (.html), Word (.docx) and PDF. You can also drop files anywhere in this window, or paste an article with <kbd>Ctrl</kbd>+<kbd>V</kbd>.
      </p>
      <p className="empty-state__credit">The sample is a Wikinews report on Ebola treatments (CC BY 2.5).</p>
    </section>
  );
}
