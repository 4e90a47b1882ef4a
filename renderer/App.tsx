// The application window: top bar, library sidebar, article, claims pane and status bar; plus
// importing by picker, menu or drop, from anywhere.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ArticlePane } from './components/ArticlePane';
import { BackupsDialog } from './components/BackupsDialog';
import { NoticesBanner } from './components/NoticesBanner';
import { TrashPanel } from './components/TrashPanel';
import { ClaimsPane } from './components/ClaimsPane';
import { EmptyLibrary } from './components/EmptyLibrary';
import { ImportProgress } from './components/ImportProgress';
import { LibrarySidebar } from './components/LibrarySidebar';
import { StatusBar } from './components/StatusBar';
import { Toasts } from './components/Toasts';
import { TopBar } from './components/TopBar';
import { useFileDrop } from './components/useFileDrop';
import type { ArticleEditorHandle } from './editor/ArticleEditor';
import { useActions, useAppState } from './state/app-context';
import type { BridgeClient } from './bridge/bridge-client';
import { applyTaxonomyStyles } from './styles/taxonomy-styles';

const IMPORT_ACCEPT = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.docx',
  '.pdf',
  'text/plain',
  'text/markdown',
  'text/html',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

/** True when a paste lands in a field the user is typing in (it belongs to that field). */
function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT'));
}

export function App({ bridge }: { bridge: BridgeClient }) {
  const state = useAppState();
  const actions = useActions();
  const fileInput = useRef<HTMLInputElement>(null);
  const editorRef = useRef<ArticleEditorHandle | null>(null);
  const [scrollRequest, setScrollRequest] = useState<{ claimId: string; nonce: number } | null>(null);
  const { library, document } = state;

  const pickFiles = useCallback(() => {
    if (actions.isDesktop) void actions.importWithDialog();
    else fileInput.current?.click();
  }, [actions]);
  const importDropped = useCallback((files: File[]) => void actions.importFiles(files), [actions]);
  const dragging = useFileDrop(importDropped);

  useEffect(() => void actions.loadLibrary(), [actions]);
  useEffect(() => {
    // Pasting anywhere but in a field imports the clipboard as a new document.
    const paste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || !event.clipboardData) return;
      event.preventDefault();
      void actions.importPasted(event.clipboardData.getData('text/html'), event.clipboardData.getData('text/plain'));
    };
    window.addEventListener('paste', paste);
    return () => window.removeEventListener('paste', paste);
  }, [actions]);
  useEffect(() => {
    if (library) applyTaxonomyStyles(library.taxonomy, library.settings.colorBy === 'attribution' ? 'attribution' : 'status');
  }, [library]);
  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        if (command === 'import') pickFiles();
        else if (command === 'open-sample') void actions.openSample();
        else if (command === 'library-changed') void actions.loadLibrary();
        else if (command === 'restore-backup') actions.openBackups(true);
        else void actions.exportClaims(command === 'export-csv' ? 'csv' : 'jsonld', state.document ? [state.document.id] : []);
      }),
    [bridge, actions, pickFiles, state.document],
  );

  const selectFromList = (claimId: string) => {
    actions.selectClaim(claimId);
    setScrollRequest({ claimId, nonce: Date.now() });
  };

  let main;
  if (state.loadError) main = <p className="load-error" role="alert">{state.loadError}</p>;
  else if (!library) main = <p className="loading">Opening the library…</p>;
  else if (state.panel === 'trash') main = <TrashPanel />;
  else if (library.documents.length === 0) main = <EmptyLibrary onImport={pickFiles} />;
  else if (!document) main = <p className="placeholder">Choose a document in the library, or import one.</p>;
  else if (state.panel === 'document') main = <ArticlePane document={document} selectedClaimId={state.selectedClaimId} scrollRequest={scrollRequest} editorRef={editorRef} />;

  return (
    <div className="app">
      <TopBar onImport={pickFiles} />
      <div className={document && state.panel === 'document' ? 'workspace' : 'workspace workspace--no-document'}>
        {library && (library.documents.length > 0 || library.trashed > 0) ? (
          <LibrarySidebar library={library} openDocumentId={document?.id ?? null} panel={state.panel} onImport={pickFiles} />
        ) : null}
        <main className="article-pane">
          {library ? <NoticesBanner notices={library.notices} /> : null}
          {main}
        </main>
        {library && document && state.panel === 'document' ? <ClaimsPane library={library} document={document} selectedClaimId={state.selectedClaimId} onSelectFromList={selectFromList} /> : null}
      </div>
      <StatusBar />
      {state.importJobs ? <ImportProgress jobs={state.importJobs} /> : null}
      <Toasts />
      {state.backupsOpen ? <BackupsDialog /> : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to import them
        </div>
      ) : null}
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Import files"
        data-testid="import-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) void actions.importFiles(files);
        }}
      />
    </div>
  );
}
