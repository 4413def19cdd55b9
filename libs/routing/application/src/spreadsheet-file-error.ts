import { RuleViolation, type BilingualText, type RefusalKinds } from '@hotline/shared-contact';

export type SpreadsheetFileErrorCode =
  | 'empty_file'
  | 'file_too_large'
  | 'not_base64'
  | 'unsupported_format'
  | 'legacy_or_encrypted'
  | 'corrupt_file'
  | 'too_many_rows'
  | 'not_utf8';

const MESSAGES: Record<SpreadsheetFileErrorCode, BilingualText> = {
  empty_file: { vi: 'Tệp rỗng.', en: 'The file is empty.' },
  file_too_large: { vi: 'Tệp quá lớn.', en: 'The file is too large.' },
  not_base64: { vi: 'Nội dung tệp không phải base64 hợp lệ.', en: 'The file content is not valid base64.' },
  unsupported_format: { vi: 'Chỉ nhận tệp .csv hoặc .xlsx.', en: 'Only .csv and .xlsx files are accepted.' },
  legacy_or_encrypted: {
    vi: 'Đây là tệp Excel 97–2003 (.xls) hoặc tệp có mật khẩu; hãy lưu lại dưới dạng “Excel Workbook (.xlsx)” không đặt mật khẩu.',
    en: 'This is an Excel 97–2003 (.xls) file or a password-protected workbook; save it as “Excel Workbook (.xlsx)” without a password.',
  },
  corrupt_file: { vi: 'Không đọc được tệp .xlsx: tệp hỏng hoặc không đúng định dạng.', en: 'The .xlsx file cannot be read: it is damaged or not a workbook.' },
  too_many_rows: { vi: 'Tệp có quá nhiều dòng.', en: 'The file has too many rows.' },
  not_utf8: {
    vi: 'Tệp CSV không ở mã UTF-8; trong Excel chọn “CSV UTF-8 (Comma delimited)” khi lưu.',
    en: 'The CSV file is not UTF-8; in Excel, save it as “CSV UTF-8 (Comma delimited)”.',
  },
};

/** Every one is the upload's to correct. */
const KINDS: RefusalKinds<SpreadsheetFileErrorCode> = {
  empty_file: 'INVALID_INPUT',
  file_too_large: 'INVALID_INPUT',
  not_base64: 'INVALID_INPUT',
  unsupported_format: 'INVALID_INPUT',
  legacy_or_encrypted: 'INVALID_INPUT',
  corrupt_file: 'INVALID_INPUT',
  too_many_rows: 'INVALID_INPUT',
  not_utf8: 'INVALID_INPUT',
};

/** An uploaded spreadsheet that cannot be read at all: nothing in it was imported. `field` names the upload's argument to fix. */
export class SpreadsheetFileError extends RuleViolation<SpreadsheetFileErrorCode> {
  readonly field: 'fileName' | 'contentBase64';

  constructor(code: SpreadsheetFileErrorCode, detail?: BilingualText) {
    super(code, MESSAGES, detail, KINDS);
    this.field = code === 'unsupported_format' ? 'fileName' : 'contentBase64';
  }
}
