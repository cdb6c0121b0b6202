import { Injectable } from '@nestjs/common';
import { PrismaService } from '@tradeway/server/platform';

/**
 * The only code of the identity context that talks to Prisma. Methods are named by
 * intent and scoped to the caller's company where the data is confidential.
 */
@Injectable()
export class IdentityRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Replace with the context's first query. */
  async databaseTime(): Promise<Date> {
    const [row] = await this.prisma.client.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`;
    if (!row) throw new Error('SELECT now() returned no row');
    return row.now;
  }
}
