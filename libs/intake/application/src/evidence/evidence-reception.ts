import { checkEvidenceCount, checkEvidenceFile, SIGNATURE_BYTES, type EvidenceCheck } from '@hotline/intake-domain';
import type { FieldError } from '@hotline/shared-contact';
import type { EvidenceStore, StoredEvidence } from './evidence-store';

/** A file as it arrived (upload body, mail attachment): what the sender said it is, and its bytes. */
export interface EvidenceOffer {
  fileName: unknown;
  declaredMediaType: string | null;
  content: Uint8Array;
}

export type EvidenceReceipt = { ok: true; evidence: StoredEvidence[] } | { ok: false; errors: FieldError[] };

/**
 * Takes evidence files in: checks each against the limits (size, count, content type from its
 * magic bytes) and keeps them in the evidence store only when every one passes.
 */
export class EvidenceReception {
  constructor(
    readonly store: EvidenceStore,
    private readonly limits: { maxBytes: number },
  ) {}

  /**
   * The checks alone, writing nothing. Errors name `<field>.<index>.<attribute>`; with field ''
   * (a single upload) just the attribute: "fileName", "mediaType", "sizeBytes".
   */
  check(offers: readonly EvidenceOffer[], field = 'evidence'): FieldError[] {
    const tooMany = checkEvidenceCount(offers.length, field || 'evidence');
    if (tooMany) return [tooMany];
    return offers.flatMap((offer, i) => {
      const check = this.checkOne(offer, field, i);
      return check.ok ? [] : check.errors;
    });
  }

  /** Checks every file, then stores them all, or none: a failed write discards what was written. */
  async receive(offers: readonly EvidenceOffer[], field = 'evidence'): Promise<EvidenceReceipt> {
    const errors = this.check(offers, field);
    if (errors.length > 0) return { ok: false, errors };
    const stored: StoredEvidence[] = [];
    try {
      for (const [i, offer] of offers.entries()) {
        const check = this.checkOne(offer, field, i);
        if (!check.ok) throw new Error('evidence changed between check and store');
        stored.push(await this.store.put({ fileName: check.fileName, mediaType: check.mediaType, content: offer.content }));
      }
    } catch (error) {
      await this.store.discard(stored.map((s) => s.evidenceId));
      throw error;
    }
    return { ok: true, evidence: stored };
  }

  private checkOne(offer: EvidenceOffer, field: string, index: number): EvidenceCheck {
    return checkEvidenceFile(
      { fileName: offer.fileName, declaredMediaType: offer.declaredMediaType, sizeBytes: offer.content.byteLength, head: offer.content.subarray(0, SIGNATURE_BYTES) },
      field === '' ? '' : `${field}.${index}`,
      this.limits.maxBytes,
    );
  }
}
