import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { handBackOnAbort, QUEUES, QueueDriver } from '@tradeway/server/platform';
import { CatalogImportService } from '@tradeway/server/pricing/feature';

/**
 * Spreadsheet imports (DESIGN.md §3): one job per import, job id = the import's id. The
 * service is idempotent (a finished import is left alone; a crashed one applies in one
 * transaction, so it either happened or did not), so a retry is safe.
 */
@Injectable()
export class CatalogImportProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogImportProcessor.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly imports: CatalogImportService,
  ) {}

  onApplicationBootstrap(): void {
    this.queues.worker<{ importId: string }, unknown>(QUEUES.catalogImport, async (job, token, signal) =>
      handBackOnAbort(job, token, signal, async () => {
        await this.imports.run(job.data.importId);
        this.logger.log({ msg: 'catalog import finished', importId: job.data.importId });
        return { importId: job.data.importId };
      }),
    );
  }
}
