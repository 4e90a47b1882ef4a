// A field's problem, shown beside it in plain words; the field it belongs to is marked invalid and
// described by the message, so a screen reader reads the two together.
import type { ReactNode } from 'react';

/** The attributes that mark a control as invalid and tie it to its problem's message. */
export function problemAttributes(problemId: string, problem: string | null | undefined) {
  return problem ? { 'aria-invalid': true as const, 'aria-describedby': problemId } : {};
}

export function FieldProblem({ id, problem }: { id: string; problem: string | null | undefined }) {
  if (!problem) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {problem}
    </p>
  );
}

interface LabelledFieldProps {
  id: string;
  label: string;
  problem?: string | null | undefined;
  /** draws the control, given its id and the attributes that tie it to its problem */
  children: (control: { id: string } & ReturnType<typeof problemAttributes>) => ReactNode;
}

/** A label, its control, and the control's problem under it. */
export function LabelledField({ id, label, problem, children }: LabelledFieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, ...problemAttributes(`${id}-problem`, problem) })}
      <FieldProblem id={`${id}-problem`} problem={problem} />
    </div>
  );
}
