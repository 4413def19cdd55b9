import { readAddress } from './address-reading';
import type { AdministrativeGazetteer } from './administrative-gazetteer';
import { unitRef, type AdministrativeUnitRef } from './administrative-unit';
import {
  outcomesOfLegacyCode,
  outcomesOfReading,
  sharedLegacy,
  type LegacyLocation,
  type LocationOutcome,
} from './location-outcome';
import { resolutionWording, type BilingualText, type CandidatePlace } from './resolution-wording';

export interface ResolvedLocation {
  readonly kind: 'resolved';
  readonly province: AdministrativeUnitRef;
  /** null when the text identifies only the province (or a legacy district that went to several communes). */
  readonly commune: AdministrativeUnitRef | null;
  /** `legacy` when a pre-2025-07-01 name or code was mapped to the current structure. */
  readonly via: 'current' | 'legacy';
  readonly legacy?: LegacyLocation;
}

export type AmbiguityCause = 'legacy_commune_split' | 'same_name_in_several_places';

/** The caller (an officer, or the reporter) must choose; the resolver never guesses. */
export interface AmbiguousLocation {
  readonly kind: 'ambiguous';
  readonly cause: AmbiguityCause;
  readonly reason: BilingualText;
  readonly candidates: readonly CandidatePlace[];
}

export interface UnknownLocation {
  readonly kind: 'not_found';
  readonly reason: BilingualText;
}

export type LocationResolution = ResolvedLocation | AmbiguousLocation | UnknownLocation;

/** Longer text is not an address (a pasted report, or an attack), and is not read. */
export const maximumAddressLength = 1000;

/**
 * Resolves a free-text Vietnamese address ("Phường Trúc Bạch, Quận Ba Đình, Hà Nội",
 * "xa tan lap, huyen dan phuong, ha noi") to a current province and commune. Never throws on text.
 */
export function resolveAddress(gazetteer: AdministrativeGazetteer, freeText: string): LocationResolution {
  if (typeof freeText !== 'string' || freeText.trim() === '') return notFound(resolutionWording.emptyAddress);
  if (freeText.length > maximumAddressLength) return notFound(resolutionWording.addressTooLong(maximumAddressLength));
  return settle(outcomesOfReading(gazetteer, readAddress(gazetteer, freeText)));
}

/**
 * Resolves a commune code. A code of the current structure wins unless `structure` says the code is
 * legacy: new communes often kept the code of one of the old communes they absorbed.
 */
export function resolveCommuneCode(
  gazetteer: AdministrativeGazetteer,
  code: string,
  structure: 'current' | 'legacy' | 'either' = 'either',
): LocationResolution {
  const trimmed = typeof code === 'string' ? code.trim() : '';
  if (!/^(?:[0-9]{3}|[0-9]{5})$/.test(trimmed)) return notFound(resolutionWording.malformedCode);
  const commune = structure === 'legacy' ? undefined : gazetteer.currentCommune(trimmed);
  const province = commune && gazetteer.currentProvince(commune.provinceCode);
  if (commune && province) return settle([{ province, commune, legacy: null }]);
  const outcomes = structure === 'current' ? [] : outcomesOfLegacyCode(gazetteer, trimmed);
  return outcomes.length > 0 ? settle(outcomes) : notFound(resolutionWording.unknownCode);
}

function settle(outcomes: readonly LocationOutcome[]): LocationResolution {
  const places = groupByPlace(outcomes);
  if (places.length === 0) return notFound(resolutionWording.nothingRecognised);
  if (places.length === 1) return resolved(places[0]);
  const candidates = places.map(([first]) => candidateOf(first));
  const legacy = sharedLegacy(outcomes);
  // Every candidate comes from one legacy commune: it was split, not misnamed.
  if (legacy?.commune) {
    const reason = resolutionWording.legacyCommuneSplit({ ...legacy, commune: legacy.commune }, candidates);
    return { kind: 'ambiguous', cause: 'legacy_commune_split', reason, candidates };
  }
  return { kind: 'ambiguous', cause: 'same_name_in_several_places', reason: resolutionWording.sameNameInSeveralPlaces(candidates), candidates };
}

/** Outcomes naming the same place, places in code order. */
function groupByPlace(outcomes: readonly LocationOutcome[]): LocationOutcome[][] {
  const places = new Map<string, LocationOutcome[]>();
  for (const o of outcomes) {
    const key = `${o.province.code}:${o.commune?.code ?? ''}`;
    places.set(key, [...(places.get(key) ?? []), o]);
  }
  return [...places.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group);
}

function resolved(outcomes: readonly LocationOutcome[]): ResolvedLocation {
  const { province, commune } = candidateOf(outcomes[0]);
  const legacy = sharedLegacy(outcomes);
  return legacy ? { kind: 'resolved', province, commune, via: 'legacy', legacy } : { kind: 'resolved', province, commune, via: 'current' };
}

function candidateOf(outcome: LocationOutcome): CandidatePlace {
  return { province: unitRef(outcome.province), commune: outcome.commune && unitRef(outcome.commune) };
}

function notFound(reason: BilingualText): UnknownLocation {
  return { kind: 'not_found', reason };
}
