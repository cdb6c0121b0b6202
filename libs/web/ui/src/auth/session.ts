import { createContext, useContext } from 'react';
import type { Me } from '@tradeway/shared/contracts';

/** The signed-in user, set by the auth gate for every page behind it. */
export const SessionContext = createContext<Me | null>(null);

/** Who is signed in, in which company, with which permissions. Only behind the auth gate. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() is only available behind the auth gate');
  return me;
}
