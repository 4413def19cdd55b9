/** Every message an officer or citizen may read exists in Vietnamese first, then English. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}
