import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { maskReporterIdentity, type ReporterIdentity } from '@hotline/intake-domain';
import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';

export interface IdentityViewer {
  officerId: string;
  unitCode: string;
  purpose: string;
}

/**
 * Reporter identities, kept apart from reports and encrypted with AES-256-GCM (H8). Events only
 * carry the reference. Contact details are also kept as keyed digests, so a citizen can look
 * up a report by phone or e-mail without anyone being able to read them back from the digest.
 */
export class IdentityVault {
  private readonly s: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly key: Buffer,
    schema = 'intake',
  ) {
    if (key.length !== 32) throw new Error('The identity key must be 32 bytes');
    this.s = sqlIdentifier(schema);
  }

  async migrate(): Promise<void> {
    await this.sql.exec(`
      create schema if not exists ${this.s};
      create table if not exists ${this.s}.reporter_identities (
        identity_ref text primary key,
        report_id text not null unique,
        sealed text not null,
        legal_basis text not null,
        retain_until timestamptz not null,
        created_at timestamptz not null default now()
      );
      create table if not exists ${this.s}.report_contacts (
        report_id text not null,
        digest text not null,
        primary key (report_id, digest)
      );
      create index if not exists report_contacts_digest on ${this.s}.report_contacts (digest);
      create table if not exists ${this.s}.identity_views (
        identity_ref text not null,
        viewed_at timestamptz not null default now(),
        officer_id text not null,
        unit_code text not null,
        purpose text not null
      );`);
  }

  /** Seals an identity for a report; returns null when the reporter gave nothing identifying. */
  async seal(tx: SqlExecutor, reportId: string, identity: ReporterIdentity, retainUntil: Date): Promise<string | null> {
    const digests = [identity.phone, identity.email?.toLowerCase()].filter((v): v is string => !!v).map((v) => this.digest(v));
    for (const digest of digests) {
      await tx.query(`insert into ${this.s}.report_contacts (report_id, digest) values ($1, $2) on conflict do nothing`, [reportId, digest]);
    }
    if (!identity.fullName && !identity.phone && !identity.email && !identity.address) return null;
    const ref = randomUUID();
    await tx.query(
      `insert into ${this.s}.reporter_identities (identity_ref, report_id, sealed, legal_basis, retain_until) values ($1, $2, $3, $4, $5)`,
      [ref, reportId, this.encrypt(JSON.stringify(identity), ref), 'Law 91/2025 Art. 19: handling a citizen report (public task)', retainUntil.toISOString()],
    );
    return ref;
  }

  /** Undoes `seal` when the report itself could not be recorded. */
  async discard(reportId: string): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query(`delete from ${this.s}.reporter_identities where report_id = $1`, [reportId]);
      await tx.query(`delete from ${this.s}.report_contacts where report_id = $1`, [reportId]);
    });
  }

  /** Opens an identity for an officer whose role allows it; the caller records the view as an event. */
  async reveal(identityRef: string, viewer: IdentityViewer): Promise<ReporterIdentity | null> {
    const rows = await this.sql.query<{ sealed: string }>(`select sealed from ${this.s}.reporter_identities where identity_ref = $1`, [identityRef]);
    if (rows.length === 0) return null;
    await this.sql.query(`insert into ${this.s}.identity_views (identity_ref, officer_id, unit_code, purpose) values ($1, $2, $3, $4)`, [
      identityRef,
      viewer.officerId,
      viewer.unitCode,
      viewer.purpose,
    ]);
    return JSON.parse(this.decrypt(rows[0].sealed, identityRef)) as ReporterIdentity;
  }

  /** The identity masked inside the vault (H8): what leaves it identifies nobody, so no view is recorded. */
  async masked(identityRef: string): Promise<ReporterIdentity | null> {
    const rows = await this.sql.query<{ sealed: string }>(`select sealed from ${this.s}.reporter_identities where identity_ref = $1`, [identityRef]);
    if (rows.length === 0) return null;
    return maskReporterIdentity(JSON.parse(this.decrypt(rows[0].sealed, identityRef)) as ReporterIdentity);
  }

  digest(contact: string): string {
    return createHmac('sha256', this.key).update(`contact:${contact}`).digest('hex');
  }

  private encrypt(plain: string, ref: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    // The reference is authenticated data: a sealed identity copied to another row will not open.
    cipher.setAAD(Buffer.from(ref));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
  }

  private decrypt(sealed: string, ref: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1') throw new Error(`Unknown identity seal version ${version}`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(ref));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}
