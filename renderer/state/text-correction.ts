// Where each claim went when the user corrected the text: its mapped range, or lost.
export type CorrectedClaim = { id: string; start: number; end: number } | { id: string; orphan: true };
