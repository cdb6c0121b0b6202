import { LogoutOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '@tradeway/shared/contracts';
import type { PortalKind } from '../portal';
import { AuthLayout } from './AuthLayout';
import { activeMembership, fittingMemberships } from './portal-access';
import { useSignOutAndLeave } from './use-sign-out';
import { useSwitchTo } from './use-switch-to';

/**
 * Signed in, but acting for a company this portal is not for (a seller in the buyer
 * portal): says so, offers the user's companies that fit, and sign-out.
 */
export function WrongCompanyPage({ kind, me }: { kind: PortalKind; me: Me }) {
  const { t } = useTranslation();
  const { leave, pending: leaving } = useSignOutAndLeave();
  const { switchTo, pending: switching, target } = useSwitchTo();
  const fits = fittingMemberships(me, kind);
  const company = activeMembership(me)?.companyName ?? '';

  return (
    <AuthLayout kind={kind} width={560}>
      <Result
        status="warning"
        title={
          <span data-testid="wrong-company">
            {t('gate.wrongCompany.title', { company, portal: t(`app.portal.${kind}`) })}
          </span>
        }
        subTitle={
          <>
            {t(`gate.wrongCompany.reason.${kind}`)}{' '}
            {t('gate.wrongCompany.signedInAs', { user: me.user.displayName, email: me.user.email })}
          </>
        }
        extra={
          <Flex vertical gap={12} align="center">
            <Typography.Text>
              {t(fits.length ? 'gate.wrongCompany.switchHint' : 'gate.wrongCompany.noneHint')}
            </Typography.Text>
            {fits.map((m) => (
              <Button
                key={m.companyId}
                type="primary"
                icon={<SwapOutlined />}
                loading={switching && target === m.companyId}
                onClick={() => void switchTo(me, m.companyId, { toDashboard: false })}
              >
                {m.companyName}
              </Button>
            ))}
            <Button icon={<LogoutOutlined />} loading={leaving} onClick={() => void leave()}>
              {t('account.signOut')}
            </Button>
          </Flex>
        }
      />
    </AuthLayout>
  );
}
