/** A session ends after 12 idle hours or 7 days, whichever comes first. */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
/** `lastSeenAt` is written at most once a minute, so reads do not each cost a write. */
export const SESSION_TOUCH_EVERY_MS = 60_000;
/** A password-reset link works once, for 30 minutes. */
export const RESET_TOKEN_MS = 30 * 60_000;

export interface SessionTimes {
  createdAt: Date;
  idleExpiresAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

export function newSessionTimes(now: Date): Omit<SessionTimes, 'revokedAt'> {
  return {
    createdAt: now,
    lastSeenAt: now,
    idleExpiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
  };
}

export function sessionIsLive(s: SessionTimes, now: Date): boolean {
  return s.revokedAt === null && now < s.idleExpiresAt && now < s.expiresAt;
}

/** The new idle deadline when the session is used now, or null when no write is due yet. */
export function touchSession(s: SessionTimes, now: Date): { lastSeenAt: Date; idleExpiresAt: Date } | null {
  if (now.getTime() - s.lastSeenAt.getTime() < SESSION_TOUCH_EVERY_MS) return null;
  const idle = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, s.expiresAt.getTime()));
  return { lastSeenAt: now, idleExpiresAt: idle };
}
