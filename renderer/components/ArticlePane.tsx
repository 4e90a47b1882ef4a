// The article column: metadata, a toolbar to make a claim of the selection, and the text.
import { useEffect, useRef, useState } from 'react';
import type { StoredDocument } from '@shared/domain/document';
import { ArticleEditor, type ArticleEditorHandle } from '../editor/ArticleEditor';
import { useActions, useAppState } from '../state/app-context';
import { DocumentHeader } from './DocumentHeader';

interface ArticlePaneProps {
  document: StoredDocument;
  selectedClaimId: string | null;
  scrollRequest: { claimId: string; nonce: number } | null;
  editorRef: React.RefObject<ArticleEditorHandle | null>;
}

export function ArticlePane({ document, selectedClaimId, scrollRequest, editorRef }: ArticlePaneProps) {
  const actions = useActions();
  const readOnly = useAppState().library?.readOnly ?? false;
  const [hasSelection, setHasSelection] = useState(false);
  const scrollerRef = useRef<HTMLDivElement>(null);

  const makeClaim = () => {
    const range = editorRef.current?.selectedRange();
    if (!range) {
      actions.toast('info', 'Select some words of the article first.');
      return;
    }
    void actions.createClaim(document.id, range.start, range.end).then((claim) => {
      if (!claim) return;
      editorRef.current?.collapseSelection();
      globalThis.document.getElementById('claim-source-input')?.focus();
    });
  };

  useEffect(() => {
    if (scrollRequest) editorRef.current?.scrollToClaim(scrollRequest.claimId);
  }, [scrollRequest, editorRef]);

  useEffect(() => {
    // (a block body: newer Chromium's scrollTo returns a promise, which React would take for a clean-up)
    scrollerRef.current?.scrollTo({ top: 0 });
  }, [document.id]);

  return (
    <div className="article-scroller" ref={scrollerRef}>
      <div className="article-toolbar" role="toolbar" aria-label="Article">
        <button type="button" className="button button--primary" disabled={!hasSelection} onClick={makeClaim} title="Make a claim of the selected words (C or Enter)">
          Make claim <kbd>C</kbd>
        </button>
        <span className="article-toolbar__hint">{hasSelection ? 'Press C or Enter to make a claim of the selection' : 'Select words in the text to make a claim'}</span>
        <button type="button" className="button button--small article-toolbar__end" onClick={() => void actions.trashDocument(document.id)} title="Move this document to the trash">
          Move to trash
        </button>
      </div>
      <article className="article" lang={document.meta.language || undefined} dir={document.meta.dir === 'rtl' ? 'rtl' : undefined}>
        <DocumentHeader documentId={document.id} meta={document.meta} readOnly={readOnly} />
        <ArticleEditor
          ref={editorRef}
          document={document}
          claims={document.claims}
          selectedClaimId={selectedClaimId}
          onSelectClaim={(id) => actions.selectClaim(id)}
          onMakeClaim={makeClaim}
          onSelectionChange={setHasSelection}
        />
      </article>
    </div>
  );
}
