// The status history lists each status the claim had; a version an import did not keep is listed
// as such, with its note, not as a status the claim had.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importRecordNote } from '@shared/domain/status-history';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { HistoryField } from '../../../../renderer/components/inspector/HistoryField';

afterEach(cleanup);

describe('status history', () => {
  it('lists an import’s record of a version not kept as such, not as a status change', () => {
    const record = importRecordNote('claims.jsonld', '2026-11-02T10:00:00.000Z', ['status verified', 'attribution direct-quote']);
    const history = [
      { status: 'unverified', at: '2026-11-01T09:00:00.000Z', note: '' },
      { status: 'verified', at: '2026-11-02T10:00:00.000Z', note: record },
    ];
    render(<HistoryField history={history} status="unverified" statuses={defaultTaxonomy().statuses} onNote={vi.fn()} />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Unverified');
    expect(items[1]!.textContent).toContain('Version not kept');
    expect(items[1]!.textContent).toContain(record);
    expect(items[1]!.textContent).not.toContain('Verified');
  });
});
