// Evidence typed in the inspector is saved as the user leaves each field, whatever the address:
// a bare web address gets its https://, one that cannot be kept stays in its field with the reason.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Evidence } from '@shared/domain/claim';
import { EvidenceField } from '../../../../renderer/components/inspector/EvidenceField';

afterEach(cleanup);

const blank: Evidence = { id: '7d1f0c52-4f43-4d1c-9f1e-3b8f1d7f0a11', url: '', title: '', stance: 'context', note: '', accessedAt: '2026-01-01' };

/** The field over a store that keeps what it saves, as the claim in the library does. */
function setup(initial: Evidence[] = [blank]) {
  const saved: Evidence[][] = [];
  function Stored() {
    const [evidence, setEvidence] = useState(initial);
    return (
      <EvidenceField
        evidence={evidence}
        onChange={(next) => {
          saved.push(next);
          setEvidence(next);
        }}
        onOpenLink={vi.fn()}
      />
    );
  }
  return { saved, ...render(<Stored />) };
}

function typeInto(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe('evidence field', () => {
  it('adds https:// to an address typed without a scheme and saves every field', () => {
    const { saved } = setup();
    typeInto('Evidence URL', 'www.lrs.lt/budget-2027');
    typeInto('Evidence title', 'Draft budget 2027');
    typeInto('Evidence note', 'Defence spending on page 4');
    expect(saved.at(-1)).toEqual([{ ...blank, url: 'https://www.lrs.lt/budget-2027', title: 'Draft budget 2027', note: 'Defence spending on page 4' }]);
    expect(screen.getByLabelText<HTMLInputElement>('Evidence URL').value).toBe('https://www.lrs.lt/budget-2027');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps an address that cannot be kept in its field, says why, and saves the other fields', () => {
    const { saved, unmount } = setup();
    typeInto('Evidence URL', 'budget report 2027');
    typeInto('Evidence title', 'Draft budget 2027');
    typeInto('Evidence note', 'Defence spending on page 4');
    expect(saved.at(-1)).toEqual([{ ...blank, title: 'Draft budget 2027', note: 'Defence spending on page 4' }]);
    expect(screen.getByRole('alert').textContent).toBe(
      'Address not saved: “budget report 2027” is not a web address such as https://example.org/page. The title and note are saved.',
    );
    expect(screen.getByLabelText('Evidence URL').getAttribute('aria-invalid')).toBe('true');

    // another claim, then back: the typed address is still there, with its reason
    unmount();
    setup(saved.at(-1));
    expect(screen.getByLabelText<HTMLInputElement>('Evidence URL').value).toBe('budget report 2027');
    expect(screen.getByLabelText<HTMLInputElement>('Evidence title').value).toBe('Draft budget 2027');
    expect(screen.getByRole('alert').textContent).toMatch(/^Address not saved/);
  });

  it('leaves a saved address as it was when it is changed to one that cannot be kept', () => {
    const linked = { ...blank, id: '0b5c2a4e-9f0d-4a8e-8d6f-2c1e7b9a3f55', url: 'https://www.lrs.lt/' };
    const { saved } = setup([linked]);
    typeInto('Evidence URL', 'javascript:alert(1)');
    typeInto('Evidence title', 'Seimas');
    expect(saved.at(-1)).toEqual([{ ...linked, title: 'Seimas' }]);
    expect(screen.getByRole('alert').textContent).toContain('“javascript:” links are not kept, only https, http and mailto');
    expect(screen.getByRole('alert').textContent).toContain('The title and note are saved, with the address saved before: https://www.lrs.lt/');
  });

  it('shows the saved item when it changes under the fields (Undo), and does not save the old values back', () => {
    const item: Evidence = { ...blank, url: 'https://a.example/new', title: 'New title' };
    const onChange = vi.fn();
    const { rerender } = render(<EvidenceField evidence={[item]} onChange={onChange} onOpenLink={vi.fn()} />);
    expect(screen.getByLabelText<HTMLInputElement>('Evidence title').value).toBe('New title');
    // an Undo puts back the earlier record
    rerender(<EvidenceField evidence={[{ ...item, url: 'https://a.example/old', title: 'Old title' }]} onChange={onChange} onOpenLink={vi.fn()} />);
    expect(screen.getByLabelText<HTMLInputElement>('Evidence title').value).toBe('Old title');
    fireEvent.blur(screen.getByLabelText('Evidence title'));
    expect(onChange).not.toHaveBeenCalled();
  });
});
