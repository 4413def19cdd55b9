export * from './administrative-type-word';
export * from './administrative-unit';
export type { AdministrativeReferenceRows, AlternativeSpelling } from './administrative-reference-rows';
export { AdministrativeGazetteer, type GazetteerCounts, type PlaceNameLookup } from './administrative-gazetteer';
export type { PlaceNameEntry } from './place-name-index';
export * from './vietnamese-text';
export type { LegacyLocation } from './location-outcome';
export type { BilingualText, CandidatePlace } from './resolution-wording';
export * from './location-resolution';
