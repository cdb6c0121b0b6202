import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useSignOut } from '@tradeway/web/data-access';
import { SIGN_IN_PATH } from './portal-access';
import { useErrorText } from './use-error-text';

/** Signs out and goes to the sign-in page; says why when the API cannot be reached. */
export function useSignOutAndLeave() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const leave = async () => {
    try {
      await signOut.mutateAsync();
      await navigate(SIGN_IN_PATH, { replace: true });
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  return { leave, pending: signOut.isPending };
}
