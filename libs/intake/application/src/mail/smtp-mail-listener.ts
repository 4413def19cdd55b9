import type { AddressInfo } from 'node:net';
import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { asciiReplyText, type HotlineMail } from '@hotline/intake-domain';
import type { Logger } from '@hotline/platform-runtime';
import type { EvidenceOffer } from '../evidence/evidence-reception';
import type { HotlineMailIntake } from './hotline-mail-intake';

export interface MailListenerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  maxMessageBytes: number;
  /** Recipient domains the listener takes mail for; null takes any. */
  hotlineDomains: readonly string[] | null;
  logger: Logger;
}

export interface MailListener {
  host: string;
  port: number;
  close(): Promise<void>;
}

// Parts that sign or decorate a mail rather than carry evidence.
const SIGNATURE_TYPES = new Set(['application/pkcs7-signature', 'application/x-pkcs7-signature', 'application/pgp-signature']);

const reply = (code: number, vi: string, en: string) => Object.assign(new Error(asciiReplyText(`${vi} / ${en}`)), { responseCode: code });

/**
 * The SMTP listener of the hotline addresses (smtp-server, MIME parsed by mailparser). It takes
 * mail for the hotline domains only, refuses a mail over the size limit, and answers 250 with
 * the tracking code only after the report is recorded. TLS is left to the mail server in front
 * of it (the listener offers no STARTTLS), and so is sender authentication.
 */
export async function startMailListener(intake: HotlineMailIntake, options: MailListenerOptions): Promise<MailListener> {
  const domains = options.hotlineDomains?.map((d) => d.toLowerCase()) ?? null;
  const server = new SMTPServer({
    banner: asciiReplyText('Đường dây nóng ô nhiễm môi trường / Environmental pollution hotline'),
    size: options.maxMessageBytes,
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    maxClients: 100,
    maxRecipients: 50,
    socketTimeout: 60_000,
    closeTimeout: 10_000,
    onMailFrom(address, _session, callback) {
      // A null sender is a bounce: no citizen sent it, and nobody could follow the report.
      if (address.address === '') return callback(reply(550, 'Không nhận thư không có người gửi', 'Mail without a sender is not accepted'));
      callback();
    },
    onRcptTo(address, _session, callback) {
      const domain = address.address.slice(address.address.lastIndexOf('@') + 1).toLowerCase();
      if (domains && !domains.includes(domain)) return callback(reply(550, 'Địa chỉ nhận không phải đường dây nóng', 'No such hotline address'));
      callback();
    },
    onData(stream, session, callback) {
      receive(stream, session, intake, options)
        .then((message) => callback(null, message))
        .catch((error: Error & { responseCode?: number }) => {
          if (!error.responseCode) {
            options.logger.error('mail intake failed', { error: error.stack ?? String(error) });
            return callback(reply(451, 'Lỗi tạm thời, thư chưa được lưu; hãy gửi lại sau', 'Temporary error, nothing was stored; please try again later'));
          }
          callback(error);
        });
    },
  });
  server.on('error', (error) => options.logger.warn('mail listener error', { error: String(error) }));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    host: address.address,
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function receive(stream: SMTPServerDataStream, session: SMTPServerSession, intake: HotlineMailIntake, options: MailListenerOptions): Promise<string> {
  const raw = await readWithin(stream, options.maxMessageBytes);
  if (raw === null) {
    const mb = Math.round(options.maxMessageBytes / (1024 * 1024));
    throw reply(552, `Thư lớn hơn ${mb} MB, không lưu gì`, `Message larger than ${mb} MB, nothing stored`);
  }
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true, checksumAlgo: false });
  } catch {
    throw reply(550, 'Thư không đúng định dạng MIME, không lưu gì', 'Malformed MIME message, nothing stored');
  }
  const verdict = await intake.take(hotlineMailOf(parsed, session), evidenceOffers(parsed.attachments, intake));
  if (!verdict.accepted) throw Object.assign(new Error(verdict.reply), { responseCode: verdict.code });
  options.logger.info('mail report recorded', { reportId: verdict.reportId, trackingCode: verdict.trackingCode });
  return verdict.reply;
}

/** The whole message, or null once it passes the limit (the rest is read and dropped, as SMTP requires). */
function readWithin(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    stream.on('end', () => resolve(size > maxBytes || stream.sizeExceeded ? null : Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function hotlineMailOf(parsed: ParsedMail, session: SMTPServerSession): HotlineMail {
  const sender = parsed.from?.value[0];
  const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
  return {
    from: { address: sender?.address || envelopeFrom, name: sender?.name || null },
    recipients: session.envelope.rcptTo.map((r) => r.address),
    subject: parsed.subject ?? null,
    text: parsed.text ?? null,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    sentAt: parsed.date ?? null,
  };
}

/**
 * Every attachment is evidence, checked like an upload. Signatures are not evidence, and neither
 * is an image the HTML body embeds for its layout (a logo) when it is of no accepted type.
 */
function evidenceOffers(attachments: readonly Attachment[], intake: HotlineMailIntake): EvidenceOffer[] {
  return attachments
    .filter((a) => !SIGNATURE_TYPES.has(a.contentType.toLowerCase()))
    .map((a) => ({ offer: { fileName: a.filename ?? 'tep-dinh-kem', declaredMediaType: a.contentType, content: a.content }, related: a.related === true }))
    .filter(({ offer, related }) => !related || !intake.isDecoration(offer))
    .map(({ offer }) => offer);
}
