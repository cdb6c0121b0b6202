import { publicRoute } from './access';
import { z } from 'zod';

export const DependencyCheckSchema = z.object({
  status: z.enum(['up', 'down']),
  latencyMs: z.number().int().nonnegative().nullable(),
  error: z.string().optional(),
});
export type DependencyCheck = z.infer<typeof DependencyCheckSchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']).describe('`ok` when every dependency is up'),
  version: z.string(),
  uptimeSeconds: z.number().int().nonnegative(),
  time: z.iso.datetime(),
  checks: z.object({ database: DependencyCheckSchema, redis: DependencyCheckSchema }),
});
export type Health = z.infer<typeof HealthSchema>;

export const healthContract = {
  check: publicRoute
    .route({
      method: 'GET',
      path: '/api/health',
      summary: 'Health of the API and its dependencies',
      description:
        'Always answers 200 while the process runs; `status` is `degraded` when PostgreSQL or Redis is down.',
      tags: ['platform'],
    })
    .output(HealthSchema),
};
