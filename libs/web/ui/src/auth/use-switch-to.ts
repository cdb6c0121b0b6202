import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '@tradeway/shared/contracts';
import { useSwitchCompany } from '@tradeway/web/data-access';
import { useErrorText } from './use-error-text';

/**
 * Acts in another of the user's companies: the cache of the previous one is dropped (see
 * `startSession`). From the shell the user lands on the dashboard, since the page they
 * were on may show something of the previous company.
 */
export function useSwitchTo() {
  const { t } = useTranslation();
  const switchCompany = useSwitchCompany();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const switchTo = async (me: Me, companyId: string, { toDashboard = true } = {}) => {
    if (companyId === me.activeCompanyId) return;
    try {
      const now = await switchCompany.mutateAsync({ companyId });
      const company = now.memberships.find((m) => m.companyId === now.activeCompanyId)?.companyName ?? '';
      void message.success(t('account.switched', { company }));
      if (toDashboard) await navigate('/');
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  return { switchTo, pending: switchCompany.isPending, target: switchCompany.variables?.companyId };
}
