import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PlatformModule } from '@tradeway/server/platform';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import { ApprovalModule } from './approval.module';
import { ApprovalService } from './approval.service';

describe('ApprovalModule', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('wires its service to a real database through the platform module', async () => {
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      LOG_LEVEL: 'silent',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot(config, { http: false }), ApprovalModule],
    }).compile();
    try {
      const t = await moduleRef.get(ApprovalService).databaseTime();
      expect(t).toBeInstanceOf(Date);
    } finally {
      await moduleRef.close();
    }
  });
});
