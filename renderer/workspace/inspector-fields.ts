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

/** Moves the focus to one of the inspector's fields; for evidence, the address of a new (or still blank) item. */
export function focusInspectorField(field: InspectorField): boolean {
  const element = document.getElementById(INSPECTOR_FIELDS[field]);
  element?.focus();
  // E starts an item of evidence at once: the Add button adds one (or goes to the blank one there is) and focuses its address
  if (field === 'evidence') element?.click();
  return element !== null;
}
