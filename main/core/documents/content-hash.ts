// The content hash that recognises a document already in the library: SHA-256 of its text
// projection with white space collapsed, so re-saving or re-wrapping a file does not defeat it.
import { createHash } from 'node:crypto';
import type { DocNode } from '@shared/domain/content';
import { projectText } from '@shared/text/projection';

export function contentHash(content: DocNode): string {
  const text = projectText(content).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
