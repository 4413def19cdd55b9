// Elements whose content a reader never sees in a mail client.
const INVISIBLE = /<(script|style|head|title|template|noscript|object|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
const LINE_BREAK = /<(br|hr)\b[^>]*>|<\/(p|div|tr|h[1-6]|blockquote|table|ul|ol|pre|address|section|article|header|footer)\s*>/gi;
const LIST_ITEM = /<li\b[^>]*>/gi;
const CELL_END = /<\/t[dh]\s*>/gi;
const TAG = /<\/?[A-Za-z][^>]*>|<![^>]*>|<\?[^>]*>/g;

const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', deg: '°', middot: '·', copy: '©' };
// Latin-1 accented letters (&agrave; &Ecirc; …) as base letter + combining mark.
const ACCENTS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308' };

/**
 * The text a person sees in an HTML mail, for a mail without a plain-text part. Markup is
 * removed, never interpreted: scripts and styles are dropped with their content, block
 * elements become line breaks, character references are decoded once.
 */
export function textOfHtml(html: string): string {
  const flowing = html.replace(COMMENT, ' ').replace(INVISIBLE, ' ').replace(/\s+/g, ' ');
  const text = flowing.replace(LINE_BREAK, '\n').replace(LIST_ITEM, '\n- ').replace(CELL_END, '\t').replace(TAG, '');
  return decodeCharacterReferences(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}

function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // A reference to a surrogate, NUL or beyond Unicode stands for nothing a person could have typed.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
    }
    if (ref in NAMED) return NAMED[ref]!;
    const accented = /^([a-zA-Z])(grave|acute|circ|tilde|uml)$/.exec(ref);
    return accented ? `${accented[1]}${ACCENTS[accented[2]!]}`.normalize('NFC') : whole;
  });
}
