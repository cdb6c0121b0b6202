import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyLevelView } from '../data/types';
import { isBuiltInRole } from '../utils/policy-form';

type LevelLike = Pick<
  PolicyLevelView,
  'mode' | 'approverRoles' | 'approverUserIds' | 'slaHours' | 'escalation'
>;

/**
 * Words for a level: who approves (`审批人 或 财务`, `财务 和 所有者`, named users), and its rule
 * (any/all, SLA, escalation). Names of custom roles and users come from `names` when known.
 */
export function useLevelText(names: ReadonlyMap<string, string> = new Map()) {
  const { t } = useTranslation();
  const roleName = useCallback(
    (role: string) =>
      isBuiltInRole(role)
        ? t(`approvals.role.${role}`)
        : (names.get(role) ?? t('approvals.common.customRole')),
    [t, names],
  );
  const approvers = useCallback(
    (level: LevelLike) => {
      const who = [
        ...level.approverRoles.map(roleName),
        ...level.approverUserIds.map((id) => names.get(id) ?? t('approvals.common.namedUser')),
      ];
      return who.join(t(level.mode === 'all' ? 'approvals.mode.joinAll' : 'approvals.mode.joinAny'));
    },
    [roleName, names, t],
  );
  const rule = useCallback(
    (level: LevelLike) => {
      const parts = [t(`approvals.mode.${level.mode}`)];
      if (level.slaHours !== null) {
        parts.push(t('approvals.request.sla', { hours: level.slaHours }));
        parts.push(
          level.escalation.kind === 'user'
            ? t('approvals.request.escalateToUser', {
                name: names.get(level.escalation.userId) ?? t('approvals.common.namedUser'),
              })
            : t(`approvals.escalation.${level.escalation.kind}`),
        );
      } else parts.push(t('approvals.request.noSla'));
      return parts.join(' · ');
    },
    [t, names],
  );
  return { roleName, approvers, rule };
}
