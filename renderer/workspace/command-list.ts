// Every action by name, for the command palette (Ctrl/Cmd+K): what it does, its key, and whether
// it can run now.
import { articleSuffix, nameWithoutAnyArticle } from '@shared/domain/article-source';
import type { ExportFormat } from '@shared/bridge/contract';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, exportScopeIds } from '@shared/formats/export-formats';
import type { Actions } from '../state/actions';
import type { AppState } from '../state/app-store';
import { confidencePercent, currentReview, DEFAULT_THRESHOLD } from '../state/suggestion-review';
import type { ClaimCommands } from './claim-commands';
import { focusInspectorField } from './inspector-fields';
import { shownDocumentId } from '../state/shown-document';

export interface Command {
  id: string;
  label: string;
  /** what the words typed are matched against, when not the label */
  matchText?: string;
  keys?: string;
  enabled: boolean;
  run: () => void;
}

export function commandList(state: AppState, actions: Actions, commands: ClaimCommands, pickFiles: () => void): Command[] {
  const { library, document, selectedClaimId } = state;
  const inDocument = Boolean(document) && state.panel === 'document';
  const claim = inDocument && selectedClaimId !== null;
  const writable = !library?.readOnly;
  // read as the palette opens: once it closes, the text gets the focus back but shows its caret at
  // the start for a moment, so the selected words and the link at the caret are read now
  const linkAtCaret = inDocument ? (commands.editorView?.linkAtCaret() ?? null) : null;
  const selectedWords = inDocument ? (commands.editorView?.selectedRange() ?? null) : null;
  /** A command on the selected words, which says what it needs when none were selected. */
  const onWords = (run: (words: typeof selectedWords) => boolean, what: string) => () => {
    if (!run(selectedWords)) actions.toast('info', `No words are selected in the text: select ${what} (drag across them, or Shift+arrows), then choose this again.`);
  };
  const list: Command[] = [
    { id: 'import', label: 'Import files…', keys: 'Ctrl+O', enabled: true, run: pickFiles },
    { id: 'sample', label: 'Open the sample article', enabled: true, run: () => void actions.openSample() },
    { id: 'make-claim', label: 'Make a claim of the selected words', keys: 'C', enabled: inDocument, run: onWords((words) => commands.makeClaim(words), 'the words of the claim') },
    { id: 'cue', label: 'Set the selected words as the cue', keys: 'A', enabled: claim, run: onWords((words) => commands.attachCue(words), 'the words that attribute the claim') },
    { id: 'reattach', label: 'Re-attach the claim to the selected words', keys: 'R', enabled: claim, run: onWords((words) => commands.reattach(words), 'the words to attach the claim to') },
    ...suggestionCommands(state, actions, inDocument),
    { id: 'next', label: 'Next claim', keys: 'J', enabled: inDocument, run: () => commands.move(1) },
    { id: 'previous', label: 'Previous claim', keys: 'K', enabled: inDocument, run: () => commands.move(-1) },
    { id: 'source', label: 'Edit the claim’s sources', keys: 'S', enabled: claim, run: () => focusInspectorField('source') },
    { id: 'note', label: 'Edit the claim’s note', keys: 'N', enabled: claim, run: () => focusInspectorField('note') },
    { id: 'tags', label: 'Edit the claim’s tags', keys: 'G', enabled: claim, run: () => focusInspectorField('tags') },
    { id: 'evidence', label: 'Add evidence to the claim', keys: 'E', enabled: claim, run: () => focusInspectorField('evidence') },
    { id: 'delete', label: 'Delete the claim', keys: 'Delete', enabled: claim, run: () => commands.delete() },
    { id: 'undo', label: state.undoLabel ? `Undo: ${state.undoLabel}` : 'Undo', keys: 'Ctrl+Z', enabled: state.undoLabel !== null, run: () => void actions.claims.undo() },
    { id: 'redo', label: state.redoLabel ? `Redo: ${state.redoLabel}` : 'Redo', keys: 'Ctrl+Shift+Z', enabled: state.redoLabel !== null, run: () => void actions.claims.redo() },
    {
      id: 'open-link',
      label: 'Open the link at the caret…',
      enabled: inDocument,
      run: () => {
        if (linkAtCaret) actions.askToOpenLink(linkAtCaret);
        else actions.toast('info', 'The caret is not in a link: put it in the link’s words (click them, or move with the arrows), then open it.');
      },
    },
    { id: 'correct', label: 'Correct the text', enabled: writable && inDocument && !state.correcting, run: () => actions.texts.setCorrecting(true) },
    { id: 'trash-document', label: 'Move this document to the trash', enabled: writable && inDocument, run: () => void actions.trash.move([document!.id]) },
    { id: 'library', label: 'Go to the library', enabled: true, run: () => actions.closeDocument() },
    {
      id: 'all-claims',
      label: 'Go to all claims',
      enabled: true,
      run: () => {
        actions.across.setClaimsView('table');
        actions.across.showClaims({ query: '', facets: {} });
      },
    },
    {
      id: 'charts',
      label: 'Show the charts of the claims',
      enabled: true,
      run: () => {
        actions.across.setClaimsView('charts');
        actions.across.showClaims();
      },
    },
    { id: 'library-pane', label: 'Hide or show the library pane', keys: 'Ctrl+B', enabled: true, run: () => actions.layout.toggleSidebar(window.innerWidth) },
    { id: 'sources', label: 'Go to sources', enabled: true, run: () => actions.showPanel('sources') },
    { id: 'tags-panel', label: 'Go to tags', enabled: true, run: () => actions.showPanel('tags') },
    { id: 'settings', label: 'Go to settings', enabled: true, run: () => actions.showPanel('settings') },
    { id: 'trash', label: 'Go to the trash', enabled: true, run: () => actions.showPanel('trash') },
    { id: 'backups', label: 'Restore from backup…', enabled: true, run: () => actions.openBackups(true) },
    ...EXPORT_FORMAT_IDS.map((format) => ({
      ...exportCommand(format, inDocument),
      enabled: Boolean(library?.documents.length),
      run: () => void actions.exportClaims(format, exportScopeIds(format, shownDocumentId(state))),
    })),
    { id: 'color-status', label: 'Colour highlights by status', enabled: true, run: () => void actions.registry.updateSettings({ colorBy: 'status' }) },
    { id: 'color-attribution', label: 'Colour highlights by attribution type', enabled: true, run: () => void actions.registry.updateSettings({ colorBy: 'attribution' }) },
    { id: 'color-kind', label: 'Colour highlights by kind of source', enabled: true, run: () => void actions.registry.updateSettings({ colorBy: 'sourceKind' }) },
    { id: 'theme-light', label: 'Use the light theme', enabled: true, run: () => void actions.registry.updateSettings({ theme: 'light' }) },
    { id: 'theme-dark', label: 'Use the dark theme', enabled: true, run: () => void actions.registry.updateSettings({ theme: 'dark' }) },
    { id: 'theme-system', label: 'Follow the system theme', enabled: true, run: () => void actions.registry.updateSettings({ theme: 'system' }) },
    { id: 'shortcuts', label: 'Show the keyboard shortcuts', keys: '?', enabled: true, run: () => actions.toggle('shortcutsOpen', true) },
  ];
  for (const status of library?.taxonomy.statuses ?? []) {
    list.push({ id: `status-${status.id}`, label: `Set status: ${status.label}`, keys: status.key.toUpperCase() || undefined, enabled: claim, run: () => commands.setStatus(status.id) });
  }
  for (const type of library?.taxonomy.attributionTypes ?? []) {
    list.push({ id: `attribution-${type.id}`, label: `Set attribution: ${type.label}`, keys: type.key || undefined, enabled: claim, run: () => commands.setAttribution(type.id) });
  }
  // opened from the palette, the article has the keyboard (J/K, C, the arrows), not what had it before the palette
  const openAndRead = (documentId: string) => actions.openDocument(documentId).then(() => requestAnimationFrame(() => window.document.querySelector<HTMLElement>('.article-text')?.focus()));
  for (const doc of library?.documents ?? []) list.push({ id: `open-${doc.id}`, label: `Open: ${doc.title}`, enabled: true, run: () => void openAndRead(doc.id) });
  for (const set of library?.sets ?? []) list.push({ id: `set-${set.id}`, label: `Open set: ${set.name}`, enabled: true, run: () => actions.across.openSet(set) });
  // an article's own source ("police (Floods close roads…)") is found by its name: typing a title finds the article
  const suffixes = new Set((library?.documents ?? []).map((d) => articleSuffix(d.title)));
  for (const source of library?.sources ?? []) {
    const also = source.aliases.length > 0 ? ` (also ${source.aliases.slice(0, 3).join(', ')})` : '';
    const matchText = `Show source: ${nameWithoutAnyArticle(source.name, suffixes)}${also}`;
    list.push({ id: `source-${source.id}`, label: `Show source: ${source.name}${also}`, matchText, enabled: true, run: () => actions.showSource(source.id) });
  }
  return list;
}

/** The commands of the review of suggested claims. */
function suggestionCommands(state: AppState, actions: Actions, inDocument: boolean): Command[] {
  const review = currentReview(state);
  const current = review?.currentKey ?? null;
  const writable = !state.library?.readOnly;
  return [
    { id: 'suggest', label: 'Suggest claims (find attributions in the article)', keys: 'Shift+S', enabled: inDocument, run: () => void actions.suggestions.open() },
    { id: 'suggest-accept', label: 'Accept the suggested claim', keys: 'Enter', enabled: current !== null && writable, run: () => void actions.suggestions.accept() },
    { id: 'suggest-reject', label: 'Reject the suggested claim', keys: 'Delete', enabled: current !== null && writable, run: () => void actions.suggestions.reject() },
    {
      id: 'suggest-accept-all',
      label: `Accept all suggestions at or above ${confidencePercent(review?.threshold ?? DEFAULT_THRESHOLD)}% confidence`,
      keys: 'Shift+A',
      enabled: review !== null && writable,
      run: () => void actions.suggestions.acceptAbove(),
    },
    { id: 'suggest-next', label: 'Next suggestion', keys: 'J', enabled: review !== null, run: () => void actions.suggestions.move(1) },
    { id: 'suggest-previous', label: 'Previous suggestion', keys: 'K', enabled: review !== null, run: () => void actions.suggestions.move(-1) },
    { id: 'suggest-done', label: 'End the review of suggestions', keys: 'Escape', enabled: review !== null, run: () => actions.suggestions.close() },
  ];
}

/** An export's name in the palette, found by its file's extension too ("qdpx", "md", "jsonld"). */
function exportCommand(format: ExportFormat, inDocument: boolean): Pick<Command, 'id' | 'label' | 'matchText'> {
  const { wholeLibrary, label: formatLabel, extension } = EXPORT_FORMATS[format];
  const label = wholeLibrary ? 'Export the whole library as an archive (zip)' : `Export ${inDocument ? 'this document’s' : 'all'} claims as ${formatLabel}`;
  return { id: `export-${format}`, label, matchText: `${label} .${extension} ${format}` };
}
