/** Sessions delivered and attended, from the `Schedule`'s ticks: dosage per placement and what is left to register. */
export { readRegisteredRows, type RegisteredRow } from './registered';
export {
  attendedShare,
  dosageOf,
  isBelowThreshold,
  NO_DOSAGE,
  placementRows,
  placementSessionTest,
  rowsByPupil,
  thresholdPhrase,
  totalDosage,
  type Dosage,
  type RowsByPupil,
  type SessionRowFacts,
} from './dosage';
export { sessionsToRegister, type ToRegister } from './to-register';
