// The ids of the inspector's fields, so keys and commands can move focus to them.
export const INSPECTOR_FIELDS = {
  source: 'claim-source-input',
  attribution: 'claim-attribution',
  note: 'claim-note',
  tags: 'claim-tags-input',
  evidence: 'claim-evidence-add',
  historyNote: 'claim-history-note',
} as const;

export type InspectorField = keyof typeof INSPECTOR_FIELDS;

export function focusInspectorField(field: InspectorField): boolean {
  const element = document.getElementById(INSPECTOR_FIELDS[field]);
  element?.focus();
  return element !== null;
}
