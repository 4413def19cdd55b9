import { z } from 'zod';

/** Who caused a state change. Every event names one (audit trail, DESIGN §3). */
export const ActorSchema = z.object({
  kind: z.enum(['officer', 'citizen', 'integrator', 'system']),
  id: z.string().min(1).max(200),
  unitCode: z.string().max(50).optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const systemActor = (id: string): Actor => ({ kind: 'system', id });
