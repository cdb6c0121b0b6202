import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Permission } from '@tradeway/shared/contracts';
import { activeMembership, hasPermission } from './portal-access';
import { useSession } from './session';

/** A page for those holding `permission` in the active company; others are told they lack it. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSession();
  if (hasPermission(me, permission)) return children;
  return (
    <Result
      status="403"
      title={t('gate.noPermission.title')}
      subTitle={t('gate.noPermission.hint', { company: activeMembership(me)?.companyName ?? '' })}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
