import type { BilingualText } from './bilingual-text';

/** Counting through a year nobody has entered would silently treat its holidays as working days. */
export class CalendarNotMaintainedError extends Error {
  readonly text: BilingualText;

  constructor(
    readonly year: number,
    readonly coverage: { readonly firstYear: number; readonly lastYear: number },
  ) {
    const text = {
      vi: `Lịch ngày làm việc năm ${year} chưa được cập nhật (bảng ngày nghỉ hiện có ${coverage.firstYear}–${coverage.lastYear}); quản trị viên cần nhập ngày nghỉ lễ năm ${year} trước khi tính hạn.`,
      en: `The working-day calendar for ${year} is not maintained (the days-off table covers ${coverage.firstYear}–${coverage.lastYear}); an administrator must enter the ${year} days off before deadlines can be computed.`,
    };
    super(text.en);
    this.name = 'CalendarNotMaintainedError';
    this.text = text;
  }
}
