export { api, apiClient } from './api';
export {
  isMeQuery,
  ME_QUERY_KEY,
  meQueryOptions,
  nullWhenUnauthorized,
  startSession,
  useChangePassword,
  useMe,
  useRequestPasswordReset,
  useResetPassword,
  useSignIn,
  useSignOut,
  useSwitchCompany,
} from './auth.queries';
export {
  type ApiProblem,
  apiProblem,
  errorMessage,
  fieldErrors,
  type FormFieldError,
  isUnauthorized,
  toFieldName,
  unplacedFields,
} from './errors';
export { HEALTH_REFRESH_MS, useHealth } from './health.queries';
export { idempotentApi, idempotentClient, type IdempotentContext, newIdempotencyKey } from './idempotent';
export { MAILBOX_REFRESH_MS, useMailbox } from './mailbox.queries';
export { createQueryClient, shouldRetry } from './query-client';
export { type Upload, uploadFile } from './upload';
