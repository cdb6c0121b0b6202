import { Injectable } from '@nestjs/common';
import { IdentityRepository } from '@tradeway/server/identity/data-access';

/** Use cases of the identity context; controllers stay thin and call one method here. */
@Injectable()
export class IdentityService {
  constructor(private readonly repository: IdentityRepository) {}

  databaseTime(): Promise<Date> {
    return this.repository.databaseTime();
  }
}
