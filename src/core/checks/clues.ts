/**
 * Evidence added up from clues, none decisive alone (the `screenshot` and `scan_or_copy` checks):
 * each clue found weighs for (or, negative, against), and says what it saw for the detail.
 */
export interface Clue {
  weight: number;
  note: string;
}

/** The clues' total weight, and their notes as an issue's `detail`. */
export function weighClues(clues: readonly Clue[]): { evidence: number; detail: string } {
  return {
    evidence: clues.reduce((sum, clue) => sum + clue.weight, 0),
    detail: clues.map((clue) => clue.note).join('; '),
  };
}
