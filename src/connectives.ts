/**
 * Words that join a clause to what came before ("then", "however", "meanwhile"): never part of a name or a subject.
 * Shared by the attribution rules and speaker resolution.
 */
export const connectives: readonly string[] = [
  "then",
  "but",
  "however",
  "and",
  "so",
  "moreover",
  "meanwhile",
  "also",
  "now"
];
