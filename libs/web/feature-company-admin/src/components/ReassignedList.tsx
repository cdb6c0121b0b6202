import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const KNOWN = ['requisitions', 'approvalTasks', 'customers', 'rfqs', 'quotes'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (k: string): k is Known => (KNOWN as readonly string[]).includes(k);

/** What a disable handed over, the kinds the portal knows first; nothing of a kind, not listed. */
export function reassignedEntries(reassigned: Record<string, number>): Array<{ key: string; count: number }> {
  const rank = (k: string) => (isKnown(k) ? KNOWN.indexOf(k) : KNOWN.length);
  return Object.entries(reassigned)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** The result of a disable: to whom, and how much of what. */
export function ReassignedList({ heir, reassigned }: { heir: string; reassigned: Record<string, number> }) {
  const { t } = useTranslation();
  const entries = reassignedEntries(reassigned);
  if (entries.length === 0) {
    return (
      <Typography.Paragraph data-testid="reassigned">
        {t('admin.members.nothingReassigned')}
      </Typography.Paragraph>
    );
  }
  return (
    <div data-testid="reassigned">
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {t('admin.members.reassignedTo', { name: heir })}
      </Typography.Paragraph>
      <ul style={{ margin: 0 }}>
        {entries.map(({ key, count }) => (
          <li key={key}>
            {isKnown(key)
              ? t(`admin.members.reassigned.${key}`, { count })
              : t('admin.members.reassigned.unknown', { what: key, count })}
          </li>
        ))}
      </ul>
    </div>
  );
}
