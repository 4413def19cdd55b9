import { POLLUTION_TYPES, type PollutionType } from '../report/report-submission';
import { headerKey } from './call-log-column';

// Operators type the words they use on the phone; the codes are accepted too.
const POLLUTION_TYPE_WORDS: Record<PollutionType, readonly string[]> = {
  wastewater: ['nước thải', 'xả thải', 'wastewater', 'waste water', 'sewage'],
  emissions: ['khí thải', 'khói', 'bụi', 'mùi', 'mùi hôi', 'khói bụi', 'emissions', 'smoke', 'dust', 'odour', 'odor'],
  solid_waste: ['chất thải rắn', 'rác', 'rác thải', 'solid waste', 'solid_waste', 'garbage'],
  noise: ['tiếng ồn', 'ồn', 'độ rung', 'tiếng ồn, độ rung', 'noise', 'vibration'],
  other: ['khác', 'ô nhiễm khác', 'other'],
};

const NATURE_WORDS: Record<'sudden' | 'continuous', readonly string[]> = {
  sudden: ['đột xuất', 'sự cố', 'đột ngột', 'sudden', 'incident'],
  continuous: ['kéo dài', 'liên tục', 'thường xuyên', 'lặp lại', 'continuous', 'recurring'],
};

const byKey = <T extends string>(words: Record<T, readonly string[]>): ReadonlyMap<string, T> =>
  new Map((Object.entries(words) as [T, readonly string[]][]).flatMap(([value, list]) => [value, ...list].map((w) => [headerKey(w), value] as const)));

const POLLUTION_TYPE_BY_KEY = byKey(POLLUTION_TYPE_WORDS);
const NATURE_BY_KEY = byKey(NATURE_WORDS);

/** A pollution type as written in a call log, with or without tone marks; null when it names none. */
export function writtenPollutionType(text: string): PollutionType | null {
  return POLLUTION_TYPE_BY_KEY.get(headerKey(text)) ?? null;
}

export function writtenNature(text: string): 'sudden' | 'continuous' | null {
  return NATURE_BY_KEY.get(headerKey(text)) ?? null;
}

export const WRITTEN_POLLUTION_TYPES_HINT = {
  vi: `nước thải, khí thải, chất thải rắn, tiếng ồn, khác (hoặc ${POLLUTION_TYPES.join(', ')})`,
  en: `wastewater, emissions, solid waste, noise, other`,
};
