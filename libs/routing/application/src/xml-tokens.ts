/** One step through an XML document; names lose their namespace prefix ('x:row' → 'row'). */
export type XmlToken =
  | { readonly kind: 'open'; readonly name: string; readonly attributes: Readonly<Record<string, string>>; readonly selfClosing: boolean }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

export class XmlSyntaxError extends Error {
  constructor(what: string, at: number) {
    super(`${what} at offset ${at}`);
    this.name = 'XmlSyntaxError';
  }
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The elements and text of an XML document, enough for the parts of an .xlsx. Only the five
 * predefined entities and character references are expanded: a DOCTYPE is skipped, so entities
 * it declares stay as written and cannot expand into anything (no "billion laughs").
 */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  let at = 0;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    if (open === -1) {
      yield { kind: 'text', text: decodeEntities(xml.slice(at)) };
      return;
    }
    if (open > at) yield { kind: 'text', text: decodeEntities(xml.slice(at, open)) };
    if (xml.startsWith('<![CDATA[', open)) {
      const end = endOf(xml, ']]>', open);
      yield { kind: 'text', text: xml.slice(open + 9, end) };
      at = end + 3;
    } else if (xml.startsWith('<!--', open)) {
      at = endOf(xml, '-->', open) + 3;
    } else if (xml.startsWith('<?', open)) {
      at = endOf(xml, '?>', open) + 2;
    } else if (xml.startsWith('<!', open)) {
      at = declarationEnd(xml, open);
    } else {
      const close = tagEnd(xml, open);
      yield tagToken(xml.slice(open + 1, close));
      at = close + 1;
    }
  }
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (!name.startsWith('#')) return NAMED[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function tagToken(inner: string): XmlToken {
  if (inner.startsWith('/')) return { kind: 'close', name: localName(inner.slice(1).trim()) };
  const selfClosing = inner.endsWith('/');
  const body = selfClosing ? inner.slice(0, -1) : inner;
  const nameEnd = body.search(/[\s]/);
  const name = localName(nameEnd === -1 ? body : body.slice(0, nameEnd));
  const attributes: Record<string, string> = {};
  if (nameEnd !== -1) {
    for (const match of body.slice(nameEnd).matchAll(ATTRIBUTE)) {
      const attribute = match[1];
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
      attributes[localName(attribute)] = decodeEntities(match[2] ?? match[3] ?? '');
    }
  }
  return { kind: 'open', name, attributes, selfClosing };
}

function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(':') + 1);
}

/** The '>' closing a tag, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let at = from + 1; at < xml.length; at++) {
    const c = xml[at];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return at;
    }
  }
  throw new XmlSyntaxError('unterminated tag', from);
}

/** A DOCTYPE may hold an internal subset in brackets, with '>' inside it. */
function declarationEnd(xml: string, from: number): number {
  const bracket = xml.indexOf('[', from);
  const close = xml.indexOf('>', from);
  if (close === -1) throw new XmlSyntaxError('unterminated declaration', from);
  if (bracket === -1 || bracket > close) return close + 1;
  return endOf(xml, '>', endOf(xml, ']', bracket)) + 1;
}

function endOf(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end === -1) throw new XmlSyntaxError(`missing ${marker}`, from);
  return end;
}
