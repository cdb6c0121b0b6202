import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@tradeway/server/platform';
import {
  createTestDatabase,
  createTestRedis,
  factories,
  TEST_PASSWORD,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { buildApi } from '../bootstrap';

export interface HttpHarness {
  db: TestDatabase;
  redis: TestRedis;
  app: NestFastifyApplication;
  make: ReturnType<typeof factories>;
  /** Signs in and returns options that send the session cookie. */
  signIn(email: string, companyId?: string): Promise<{ cookies: Record<string, string> }>;
  close(): Promise<void>;
}

/** The real API on a database and Redis prefix of its own, for HTTP tests through inject(). */
export async function httpHarness(env: Record<string, string> = {}): Promise<HttpHarness> {
  const db = await createTestDatabase();
  const redis = createTestRedis();
  const app = await buildApi(
    loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: redis.prefix,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      ...env,
    }),
    { logs: false },
  );
  let n = 0;
  return {
    db,
    redis,
    app,
    make: factories(db.prisma),
    async signIn(email, companyId) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: TEST_PASSWORD, companyId },
        remoteAddress: `10.1.${Math.floor(n / 250)}.${n++ % 250}`,
      });
      if (res.statusCode !== 200)
        throw new Error(`sign-in of ${email} answered ${res.statusCode}: ${res.body}`);
      const token = res.cookies.find((c) => c.name === 'tw_session')?.value as string;
      return { cookies: { tw_session: token } };
    },
    async close() {
      await app.close();
      await redis.cleanup();
      await db.drop();
    },
  };
}
