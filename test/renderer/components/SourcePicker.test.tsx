import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Source } from '@shared/domain/source';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { SourcePicker } from '../../../renderer/components/SourcePicker';

afterEach(cleanup);

const at = '2026-01-01T00:00:00.000Z';
const source = (id: string, name: string, aliases: string[] = []): Source => ({ id, name, kind: 'person', aliases, description: '', createdAt: at, updatedAt: at });
const sources = [source('a', 'Abu Alaa al-Walai', ['al-Walai']), source('b', 'Al Mayadeen correspondent')];

function setup(selectedIds: string[] = []) {
  const onChange = vi.fn();
  const onCreate = vi.fn(async (name: string, kind: string) => ({ ...source('new', name), kind }));
  render(<SourcePicker sources={sources} selectedIds={selectedIds} taxonomy={defaultTaxonomy()} onChange={onChange} onCreate={onCreate} inputId="src" />);
  return { onChange, onCreate, input: screen.getByRole('combobox') };
}

describe('source picker', () => {
  it('autocompletes registry names and aliases, case-insensitively, and picks with Enter', () => {
    const { onChange, input } = setup();
    fireEvent.change(input, { target: { value: 'WALAI' } });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    // one word that is a registry person's surname is guessed a person (alone, it reads as an organisation's name)
    expect(options.map((o) => o.textContent)).toEqual(['Abu Alaa al-Walai Person', 'Create source “WALAI” as Person']);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith(['a']);
    fireEvent.change(input, { target: { value: 'Pentagon' } });
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Create source “Pentagon” as Organisation']);
  });

  it('finds a person typed with a title the registry’s name lacks (“Mr Walai”), first, for Enter to pick', () => {
    const { onChange, input } = setup();
    fireEvent.change(input, { target: { value: 'Mr Walai' } });
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)[0]).toBe('Abu Alaa al-Walai Person');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith(['a']);
    // in other languages too, whatever the accents typed ("Mme", "Herr", "Sra.")
    for (const typed of ['Mme Walai', 'Herr Walaï', 'Sra. walai', 'ABU ALAA AL-WALAÏ']) {
      fireEvent.change(input, { target: { value: typed } });
      expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)[0]).toBe('Abu Alaa al-Walai Person');
    }
    // not an organisation's name, and not a title alone
    fireEvent.change(input, { target: { value: 'Dr Mayadeen' } });
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)[0]).toMatch(/^Create source/);
  });

  it('offers to create a new source with the chosen kind when nothing matches', async () => {
    const { onChange, onCreate, input } = setup();
    fireEvent.change(input, { target: { value: 'informed sources' } });
    fireEvent.change(screen.getByLabelText('New source kind'), { target: { value: 'anonymous' } });
    expect(within(screen.getByRole('listbox')).getByRole('option').textContent).toBe('Create source “informed sources” as Anonymous');
    fireEvent.keyDown(input, { key: 'Enter' });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(['new']));
    expect(onCreate).toHaveBeenCalledWith('informed sources', 'anonymous');
  });

  it('guesses a new source’s kind from its name, and offers a source whose every name word was typed after Create', async () => {
    const { onCreate, input } = setup();
    fireEvent.change(input, { target: { value: 'Teresa Walai' } });
    const options = () => within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent);
    expect(options()).toEqual(['Create source “Teresa Walai” as Person', 'Abu Alaa al-Walai Person · the same one?']);
    fireEvent.change(input, { target: { value: 'a senior diplomat' } });
    expect(options()).toEqual(['Create source “a senior diplomat” as Anonymous']);
    fireEvent.keyDown(input, { key: 'Enter' });
    await vi.waitFor(() => expect(onCreate).toHaveBeenCalledWith('a senior diplomat', 'anonymous'));
  });

  it('keeps the suggestions open when the field is left and entered again at once (Tab to the kind, Shift+Tab back)', () => {
    vi.useFakeTimers();
    try {
      const { input } = setup();
      fireEvent.focus(input);
      fireEvent.change(input, { target: { value: 'Ministry of' } });
      fireEvent.blur(input);
      fireEvent.focus(input);
      act(() => vi.advanceTimersByTime(500));
      expect(screen.queryByRole('listbox')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('removes a chosen source with its button or with Backspace in the empty field', () => {
    const { onChange, input } = setup(['a', 'b']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Abu Alaa al-Walai' }));
    expect(onChange).toHaveBeenLastCalledWith(['b']);
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(onChange).toHaveBeenLastCalledWith(['a']);
  });
});
