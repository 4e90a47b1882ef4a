// The workspace's keyboard: every claim action has a key (DESIGN.md, UX.md). Keys act unless the
// user is typing in a field; Enter acts unless a button, link or other control has focus.
import { useEffect } from 'react';
import { useActions, useStore } from '../state/app-context';
import type { ClaimCommands } from './claim-commands';
import { focusInspectorField, type InspectorField } from './inspector-fields';
import { enterPressesFocusedControl, hasOwnUndo, isTyping, noteTyping } from './key-target';
import { handleSuggestionKey } from './suggestion-keys';

const FIELD_KEYS: Record<string, InspectorField> = { s: 'source', n: 'note', g: 'tags', e: 'evidence' };

export function useWorkspaceKeys(commands: ClaimCommands): void {
  const store = useStore();
  const actions = useActions();
  useEffect(() => {
    const handle = (event: KeyboardEvent): boolean => {
      const state = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'k') {
        actions.toggle('paletteOpen', !state.paletteOpen);
        return true;
      }
      if (state.paletteOpen || state.shortcutsOpen || state.backupsOpen || state.linkToOpen) return false;
      if (mod && !event.altKey && ['z', 'y'].includes(event.key.toLowerCase()) && isTyping(event.target) && !hasOwnUndo(event.target) && !state.correcting) {
        return void (event.key.toLowerCase() === 'y' || event.shiftKey ? actions.claims.redo() : actions.claims.undo()), true;
      }
      if (isTyping(event.target)) {
        if (event.key === 'Escape' && (event.target as HTMLElement).closest('.inspector')) {
          (event.target as HTMLElement).blur();
          commands.backToText();
          return true;
        }
        return false;
      }
      if (state.correcting) return false;
      if (mod && event.key.toLowerCase() === 'z') return void (event.shiftKey ? actions.claims.redo() : actions.claims.undo()), true;
      if (mod && event.key.toLowerCase() === 'y') return void actions.claims.redo(), true;
      if (mod && event.key.toLowerCase() === 'b') {
        // focus in the pane being hidden goes to the toggle, not to the page's body
        const focusInPane = Boolean(window.document.activeElement?.closest('#library-pane'));
        actions.layout.toggleSidebar(window.innerWidth);
        if (focusInPane) window.document.querySelector<HTMLElement>('.top-bar__pane-toggle')?.focus();
        return true;
      }
      if (mod || event.altKey) return false;
      if (event.key === '?') return actions.toggle('shortcutsOpen', true), true;
      // Escape goes back to the text (UX.md): from another screen, to the article still open
      if (event.key === 'Escape' && state.document && state.panel !== 'document' && state.panel !== 'library' && !event.defaultPrevented && !window.document.activeElement?.closest('[role="menu"], dialog')) {
        actions.showPanel('document');
        requestAnimationFrame(() => commands.backToText());
        return true;
      }
      if (!state.document || state.panel !== 'document' || !state.library) return false;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (key === 'Enter' && enterPressesFocusedControl(event.target)) return false;
      if (key === 's' && event.shiftKey) return void actions.suggestions.open(), true;
      if (handleSuggestionKey(event, key, state, actions, commands)) return true;
      switch (key) {
        case 'c':
          return commands.makeClaim();
        case 'Enter':
          return commands.makeClaim() || (state.selectedClaimId !== null && focusInspectorField('source'));
        case 'a':
          return commands.attachCue();
        case 'r':
          return commands.reattach();
        case 'j':
          return commands.move(1);
        case 'k':
          return commands.move(-1);
        case 'ArrowDown':
        case 'ArrowUp':
          return document.activeElement?.hasAttribute('data-claim-item') ? commands.move(key === 'ArrowDown' ? 1 : -1) : false;
        case 'Delete':
        case 'Backspace':
          // with words selected the key is about the text (which cannot be changed), not the claim still selected
          return commands.hasSelectedWords() ? commands.deleteWithWordsSelected() : commands.delete();
        case 'Escape':
          // a menu that closed itself on Escape keeps the focus it gave back to its button
          if (event.defaultPrevented && document.activeElement?.closest('.menu-button, [role="menu"]')) return false;
          // from the inspector (a status, a button), back to the text with the claim still selected, as from its fields
          if (document.activeElement?.closest('.inspector')) return commands.backToText(), true;
          // back to the text: from a claim (unselected), or from anywhere else (a document opened from the sidebar)
          if (state.selectedClaimId) actions.claims.select(null);
          else if (event.defaultPrevented || document.activeElement?.closest('.article-text, [role="menu"], dialog')) return false;
          commands.backToText();
          return true;
      }
      if (FIELD_KEYS[key] && state.selectedClaimId) return focusInspectorField(FIELD_KEYS[key]);
      const status = state.library.taxonomy.statuses.find((s) => s.key === key);
      if (status) return commands.setStatus(status.id);
      const attribution = state.library.taxonomy.attributionTypes.find((t) => t.key === key);
      if (attribution) return commands.setAttribution(attribution.id);
      return false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (handle(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    // (what the user types in a field is the field's to undo; see hasOwnUndo)
    window.addEventListener('input', noteTyping, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('input', noteTyping, true);
    };
  }, [store, actions, commands]);
}
