import { apiProblem } from '@tradeway/web/data-access';

/** The API refused a change made on an outdated version of the list (409). */
export const isConflict = (error: unknown): boolean => apiProblem(error).status === 409;
