import { Injectable } from '@nestjs/common';
import { ApprovalRepository } from '@tradeway/server/approval/data-access';

/** Use cases of the approval context; controllers stay thin and call one method here. */
@Injectable()
export class ApprovalService {
  constructor(private readonly repository: ApprovalRepository) {}

  databaseTime(): Promise<Date> {
    return this.repository.databaseTime();
  }
}
