/** Where intake keeps a report's events: its own stream, and the views of its reporter's identity apart. */
export const reportStreamId = (reportId: string) => `report-${reportId}`;

export const identityViewsStreamId = (reportId: string) => `identity-views-${reportId}`;

/** The report a stream of intake's store belongs to; null for any other stream. */
export function reportIdOfStream(streamId: string): string | null {
  for (const prefix of ['identity-views-', 'report-']) {
    if (streamId.startsWith(prefix) && streamId.length > prefix.length) return streamId.slice(prefix.length);
  }
  return null;
}
