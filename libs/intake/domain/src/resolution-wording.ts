import type { AdministrativeUnitRef } from './administrative-unit';

/** A message for officers (Vietnamese first) and integrators. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

export interface CandidatePlace {
  readonly province: AdministrativeUnitRef;
  readonly commune: AdministrativeUnitRef | null;
}

const placeList = (candidates: readonly CandidatePlace[]) =>
  candidates.map((c) => (c.commune ? `${c.commune.name} (${c.province.name})` : c.province.name)).join('; ');

const withinLegacy = (legacy: readonly (AdministrativeUnitRef | undefined)[]) => {
  const names = legacy.flatMap((ref) => (ref ? [ref.name] : []));
  return names.length > 0 ? ` (${names.join(', ')})` : '';
};

// Reasons never quote the caller's text: it may be hostile, and every surface would have to escape it.
export const resolutionWording = {
  emptyAddress: { vi: 'Địa chỉ trống.', en: 'The address is empty.' },
  addressTooLong: (limit: number): BilingualText => ({
    vi: `Địa chỉ dài hơn ${limit} ký tự nên không được đọc.`,
    en: `The address is longer than ${limit} characters and was not read.`,
  }),
  nothingRecognised: {
    vi: 'Không nhận ra tỉnh/thành phố, quận/huyện (cũ) hay xã/phường nào trong địa chỉ.',
    en: 'No province, former district or commune was recognised in the address.',
  },
  malformedCode: {
    vi: 'Mã xã/phường phải gồm 5 chữ số (hoặc 3 chữ số với huyện đảo cũ).',
    en: 'A commune code has 5 digits (or 3 for a former island district).',
  },
  unknownCode: {
    vi: 'Không có xã/phường hiện hành hay cũ nào mang mã này.',
    en: 'No current or former commune has this code.',
  },
  legacyCommuneSplit: (
    legacy: { commune: AdministrativeUnitRef; district?: AdministrativeUnitRef; province?: AdministrativeUnitRef },
    candidates: readonly CandidatePlace[],
  ): BilingualText => {
    const where = `${legacy.commune.name}${withinLegacy([legacy.district, legacy.province])}`;
    return {
      vi: `${where} cũ đã được chia cho ${candidates.length} xã/phường mới từ 01/07/2025; hãy chọn một: ${placeList(candidates)}.`,
      en: `The former ${where} was split between ${candidates.length} new communes on 1 July 2025; choose one of: ${placeList(candidates)}.`,
    };
  },
  sameNameInSeveralPlaces: (candidates: readonly CandidatePlace[]): BilingualText => ({
    vi: `Có ${candidates.length} đơn vị hành chính cùng tên khớp với địa chỉ; hãy ghi rõ tỉnh/thành phố hoặc chọn một: ${placeList(candidates)}.`,
    en: `${candidates.length} administrative units of that name match the address; name the province or choose one of: ${placeList(candidates)}.`,
  }),
} as const;
