import type { ReportProgress, ReportStage } from '@hotline/intake-application';

interface BilingualText {
  vi: string;
  en: string;
}

/** A unit as a reporter reads it: its level, then its code (BTNMT, P<province>, C<commune>). */
function unitWording(unitCode: string | null): BilingualText {
  if (unitCode === null) return { vi: 'đơn vị có thẩm quyền', en: 'the competent unit' };
  if (unitCode === 'BTNMT') return { vi: `cơ quan Trung ương (${unitCode})`, en: `the central authority (${unitCode})` };
  if (unitCode.startsWith('P')) return { vi: `đơn vị cấp tỉnh ${unitCode}`, en: `provincial unit ${unitCode}` };
  if (unitCode.startsWith('C')) return { vi: `đơn vị cấp xã ${unitCode}`, en: `commune unit ${unitCode}` };
  return { vi: `đơn vị ${unitCode}`, en: `unit ${unitCode}` };
}

/**
 * What each stage tells the reporter, Vietnamese first. Only the unit and the text written for the
 * reporter (the rejection reason, the feedback message) appear: never an officer or an identity.
 */
export function reportStageWording(progress: Pick<ReportProgress, 'stage' | 'unitCode' | 'detail'>): BilingualText {
  const unit = unitWording(progress.unitCode);
  const detail = progress.detail;
  const wording: Record<ReportStage, () => BilingualText> = {
    received: () => ({ vi: 'Đã tiếp nhận, đang phân loại', en: 'Received, being classified' }),
    entered: () => ({ vi: 'Đã phân loại và vào sổ, đang chuyển đơn vị có thẩm quyền', en: 'Classified and entered; being forwarded to the competent unit' }),
    linked: () => ({
      vi: 'Trùng với một vụ việc đang được xử lý: đã gộp vào vụ việc đó, bạn sẽ nhận được cập nhật của vụ việc',
      en: 'Repeats a case already being handled: linked to it, and you will get its updates',
    }),
    rejected: () =>
      detail === null
        ? { vi: 'Không thuộc phạm vi tiếp nhận', en: 'Outside the hotline’s scope' }
        : { vi: `Không thuộc phạm vi tiếp nhận. Lý do: ${detail}`, en: `Outside the hotline’s scope. Reason (in Vietnamese): ${detail}` },
    forwarded: () => ({ vi: `Đã chuyển ${unit.vi} xử lý`, en: `Forwarded to ${unit.en}` }),
    accepted: () => ({ vi: `${capitalised(unit.vi)} đã nhận xử lý`, en: `${capitalised(unit.en)} has taken the case on` }),
    verified: () => ({ vi: 'Đã kiểm tra, xác minh tại hiện trường', en: 'Verified on site' }),
    handled: () => ({ vi: 'Đã xử lý', en: 'Handled' }),
    fed_back: () =>
      detail === null
        ? { vi: 'Đã phản hồi kết quả xử lý', en: 'The result has been sent' }
        : { vi: `Kết quả xử lý: ${detail}`, en: `Result (in Vietnamese): ${detail}` },
    closed: () => ({ vi: 'Đã xử lý xong và phản hồi; vụ việc đã khép lại', en: 'Handled and answered; the case is closed' }),
    reopened: () => ({ vi: 'Vụ việc được mở lại để xử lý tiếp', en: 'The case was reopened for further handling' }),
  };
  return wording[progress.stage]();
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
