// The application window: top bar, sidebar, the main pane (an article, or the sources, tags,
// settings or trash screen), the claims pane and the status bar; dialogs; importing by picker,
// menu, drop or paste; the workspace's keyboard.
import { useFocusAfterNavigation } from './components/use-focus-after-navigation';
import type { ExportFormat } from '@shared/bridge/contract';
import { exportScopeIds } from '@shared/formats/export-formats';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BridgeClient } from './bridge/bridge-client';
import { ArticlePane } from './components/ArticlePane';
import { BackupsDialog } from './components/BackupsDialog';
import { ClaimsPane } from './components/ClaimsPane';
import { CommandPalette } from './components/CommandPalette';
import { EmptyLibrary } from './components/EmptyLibrary';
import { ExportProgress } from './components/ExportProgress';
import { ImportProgress } from './components/ImportProgress';
import { ImportReportDialog } from './components/ImportReportDialog';
import { LibrarySidebar } from './components/LibrarySidebar';
import { LinkDialog } from './components/LinkDialog';
import { NoticesBanner } from './components/NoticesBanner';
import { SettingsPanel } from './components/SettingsPanel';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { SourcesPanel } from './components/SourcesPanel';
import { StatusBar } from './components/StatusBar';
import { TagsPanel } from './components/TagsPanel';
import { Toasts } from './components/Toasts';
import { TopBar } from './components/TopBar';
import { TrashPanel } from './components/TrashPanel';
import { Workspace } from './components/Workspace';
import { useFileDrop } from './components/useFileDrop';
import { useActions, useAppState, useStore } from './state/app-context';
import type { AppState } from './state/app-store';
import { applyTaxonomyStyles } from './styles/taxonomy-styles';
import { applyTheme } from './styles/theme';
import { ClaimCommands } from './workspace/claim-commands';
import { commandList } from './workspace/command-list';
import { hasLibraryPane } from './workspace/pane-layout';
import { useWorkspaceKeys } from './workspace/use-workspace-keys';
import { shownDocumentId } from './state/shown-document';
import { ClaimsScreen } from './library/ClaimsScreen';
import { DocumentsScreen } from './library/DocumentsScreen';

const IMPORT_ACCEPT = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf', '.json', '.jsonld', '.zip', 'text/plain', 'text/markdown', 'text/html', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'].join(',');

/** True when a paste lands in a field the user is typing in (it belongs to that field). */
function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || (element.isContentEditable && element.closest('.is-correcting'))));
}

export function App({ bridge }: { bridge: BridgeClient }) {
  const state = useAppState();
  const store = useStore();
  const actions = useActions();
  const fileInput = useRef<HTMLInputElement>(null);
  const [scrollRequest, setScrollRequest] = useState<{ claimId: string; nonce: number } | null>(null);
  const commands = useMemo(() => new ClaimCommands(store, actions), [store, actions]);
  const { library, document } = state;

  const pickFiles = useCallback(() => {
    if (actions.isDesktop) void actions.importWithDialog();
    else fileInput.current?.click();
  }, [actions]);
  const paletteCommands = useCallback((current: AppState) => commandList(current, actions, commands, pickFiles), [actions, commands, pickFiles]);
  const importDropped = useCallback((files: File[]) => void actions.importFiles(files), [actions]);
  const dragging = useFileDrop(importDropped);
  useWorkspaceKeys(commands);

  useEffect(() => void actions.loadLibrary(), [actions]);
  // the latest of a click in the claims list and a claim opened from the claims table
  const scrollTo = [scrollRequest, state.revealRequest].reduce((a, b) => (b && (!a || b.nonce > a.nonce) ? b : a), null);
  useEffect(() => {
    if (!library) return;
    applyTaxonomyStyles(library.taxonomy, library.settings.colorBy);
    applyTheme(library.settings.theme);
  }, [library]);
  useEffect(() => {
    // Pasting anywhere but in a field imports the clipboard as a new document; over an open
    // document (a paste meant for a field, most likely) that is offered first, not done
    const paste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || !event.clipboardData) return;
      event.preventDefault();
      const html = event.clipboardData.getData('text/html');
      const text = event.clipboardData.getData('text/plain');
      const { document: open, panel } = store.getState();
      if (open && panel === 'document') actions.offerPasteAsDocument(html, text);
      else void actions.importPasted(html, text);
    };
    window.addEventListener('paste', paste);
    return () => window.removeEventListener('paste', paste);
  }, [actions, store]);
  useEffect(() => {
    // Ctrl/Cmd+O imports files; the desktop app's menu has it as its accelerator already
    if (actions.isDesktop) return;
    const open = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'o') return;
      event.preventDefault();
      pickFiles();
    };
    window.addEventListener('keydown', open);
    return () => window.removeEventListener('keydown', open);
  }, [actions, pickFiles]);
  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        if (command === 'import') pickFiles();
        else if (command === 'open-sample') void actions.openSample();
        else if (command === 'library-changed') void actions.loadLibrary();
        else if (command === 'restore-backup') actions.openBackups(true);
        else {
          const format = command.slice('export-'.length) as ExportFormat;
          void actions.exportClaims(format, exportScopeIds(format, shownDocumentId(store.getState())));
        }
      }),
    [bridge, actions, pickFiles, store],
  );

  const selectFromList = useCallback(
    (claimId: string) => {
      actions.claims.select(claimId);
      setScrollRequest({ claimId, nonce: Date.now() });
    },
    [actions],
  );

  const selectSuggestion = useCallback((key: string) => actions.suggestions.select(key), [actions]);

  useFocusAfterNavigation(`${state.panel}:${document?.id ?? ''}`);

  let main;
  if (state.loadError) main = <p className="load-error" role="alert">{state.loadError}</p>;
  else if (!library) main = <p className="loading">Opening the library…</p>;
  else if (state.panel === 'trash') main = <TrashPanel />;
  else if (state.panel === 'sources') main = <SourcesPanel />;
  else if (state.panel === 'tags') main = <TagsPanel />;
  else if (state.panel === 'settings') main = <SettingsPanel />;
  else if (state.panel === 'claims') main = <ClaimsScreen library={library} />;
  else if (library.documents.length === 0) main = <EmptyLibrary onImport={pickFiles} />;
  else if (!document || state.panel === 'library') main = <DocumentsScreen library={library} />;
  else main = <ArticlePane document={document} selectedClaimId={state.selectedClaimId} scrollRequest={scrollTo} commands={commands} />;
  const showClaims = library && document && state.panel === 'document';

  return (
    <div className="app">
      {/* the first stop of Tab: past the top bar and the library pane, to the article (or the screen shown) */}
      <button type="button" className="skip-link" onClick={() => (window.document.querySelector<HTMLElement>('.article-text') ?? window.document.querySelector<HTMLElement>('main.article-pane'))?.focus()}>
        Skip to the main content
      </button>
      <TopBar onImport={pickFiles} />
      <Workspace
        sidebar={
          library && hasLibraryPane(library, state.panel) ? (
            <LibrarySidebar library={library} openDocumentId={document?.id ?? null} panel={state.panel} onImport={pickFiles} />
          ) : null
        }
        main={
          <main className="article-pane" tabIndex={-1}>
            {library ? <NoticesBanner notices={library.notices} /> : null}
            {main}
            {/* over the main pane's corner, never over the claims pane's buttons */}
            <Toasts />
          </main>
        }
        claims={showClaims ? <ClaimsPane library={library} document={document} selectedClaimId={state.selectedClaimId} onSelectFromList={selectFromList} onSelectSuggestion={selectSuggestion} /> : null}
      />
      <StatusBar />
      {state.importJobs ? <ImportProgress jobs={state.importJobs} /> : null}
      {state.exportJob ? <ExportProgress key={state.exportJob.jobId} job={state.exportJob} /> : null}
      {state.backupsOpen ? <BackupsDialog /> : null}
      {state.importReport ? <ImportReportDialog report={state.importReport} /> : null}
      {state.paletteOpen ? <CommandPalette load={paletteCommands} onClose={() => actions.toggle('paletteOpen', false)} /> : null}
      {state.shortcutsOpen && library ? <ShortcutsDialog taxonomy={library.taxonomy} onClose={() => actions.toggle('shortcutsOpen', false)} /> : null}
      {state.linkToOpen ? <LinkDialog url={state.linkToOpen} /> : null}
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
