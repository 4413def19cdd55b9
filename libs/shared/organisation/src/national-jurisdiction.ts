import { Jurisdiction } from './jurisdiction';

let national: Jurisdiction | undefined;

/**
 * The jurisdiction of the units in force (reference data), built once per process: every
 * subgraph checks coverage on each request, and building 3,356 units each time would be waste.
 */
export function nationalJurisdiction(): Jurisdiction {
  national ??= Jurisdiction.fromReferenceData();
  return national;
}
