import type { BilingualText } from '@hotline/shared-contact';

/** H1: since 1 July 2025 there is no district level. */
export const ADMINISTRATIVE_LEVELS = ['central', 'province', 'commune'] as const;
export type AdministrativeLevel = (typeof ADMINISTRATIVE_LEVELS)[number];

const LEVEL_WORDING: Record<AdministrativeLevel, BilingualText> = {
  central: { vi: 'cấp Trung ương', en: 'central level' },
  province: { vi: 'cấp tỉnh', en: 'province level' },
  commune: { vi: 'cấp xã', en: 'commune level' },
};

export function levelWording(level: AdministrativeLevel): BilingualText {
  return LEVEL_WORDING[level];
}
