// The tag field adds what was typed with Enter, a comma or on leaving the field; Escape drops the
// half-typed tag and leaves. A tag the library has in another case takes the library's spelling.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagsField } from '../../../../renderer/components/inspector/TagsField';

afterEach(cleanup);

function setup() {
  const onChange = vi.fn();
  render(<TagsField tags={['syria']} known={['casualties']} onChange={onChange} />);
  const input = screen.getByPlaceholderText('Add a tag…');
  input.focus();
  return { onChange, input };
}

describe('tags field', () => {
  it('adds the typed tag with Enter, and on leaving the field', () => {
    const { onChange, input } = setup();
    fireEvent.change(input, { target: { value: 'casualties' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(['syria', 'casualties']);
    fireEvent.change(input, { target: { value: 'warfare' } });
    input.blur();
    expect(onChange).toHaveBeenLastCalledWith(['syria', 'warfare']);
  });

  it('adds a tag the library has in another case as the library spells it, and not twice', () => {
    const { onChange, input } = setup();
    fireEvent.change(input, { target: { value: 'Casualties ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(['syria', 'casualties']);
    fireEvent.change(input, { target: { value: 'SYRIA' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('drops the half-typed tag on Escape and leaves the field', () => {
    const { onChange, input } = setup();
    fireEvent.change(input, { target: { value: 'wa' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(document.activeElement).not.toBe(input);
    expect((input as HTMLInputElement).value).toBe('');
    expect(onChange).not.toHaveBeenCalled();
    // back in the field, a new tag is added as usual
    input.focus();
    fireEvent.change(input, { target: { value: 'war' } });
    input.blur();
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['syria', 'war']);
  });
});
