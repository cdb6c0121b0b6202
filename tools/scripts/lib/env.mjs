// Defaults shared by the start, test and service scripts. Each can be overridden by the
// environment variable of the same name.
export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/tradeway';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const PORTS = { api: 3000, buyer: 4201, seller: 4202, operator: 4203 };
