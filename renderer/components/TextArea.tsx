// A textarea whose typing the browser's own Undo (Ctrl+Z in the field) takes back in runs, as in
// any text field. React's controlled <textarea> rewrites the field's default value (its text
// content) at every keystroke, and Chromium's Undo then takes back one character at a time. This
// one leaves the field to the browser and writes the value given only when it differs from what
// the field holds: on mount, and after a change made elsewhere (an Undo of the app, a new claim).
import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange'> & {
  value: string;
  onValueChange: (value: string) => void;
};

export function TextArea({ value, onValueChange, ...attributes }: TextAreaProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = field.current;
    if (element && element.value !== value) element.value = value;
  }, [value]);
  return <textarea {...attributes} ref={field} onChange={(event) => onValueChange(event.target.value)} />;
}
