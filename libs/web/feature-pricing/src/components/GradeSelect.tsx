import { App, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import { useAssignGrade } from '../data/pricing.queries';
import type { CustomerView, GradeView } from '../data/types';
import { customerName } from './CustomerPicker';

const NONE = '__none__';

/**
 * A customer's grade, changed in place: the new grade is sent at once (`assignGrade`), the
 * select is disabled while it saves, and the list shows it once the API confirms.
 */
export function GradeSelect({
  customer,
  grades,
  canManage,
}: {
  customer: CustomerView;
  grades: readonly GradeView[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const assign = useAssignGrade();
  const [saving, setSaving] = useState(false);
  const gradeName = (g: GradeView) => (language === 'en' ? g.nameEn : g.nameZh);

  const handleChange = async (value: string) => {
    const gradeId = value === NONE ? null : value;
    setSaving(true);
    try {
      await assign.mutateAsync({ buyerId: customer.buyerId, gradeId });
      const grade = grades.find((g) => g.id === gradeId);
      void message.success(
        t('pricing.customers.assigned', {
          name: customerName(customer, language),
          grade: grade ? gradeName(grade) : t('pricing.customers.ungraded'),
        }),
      );
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Select<string>
      size="small"
      style={{ width: '100%' }}
      value={customer.gradeId ?? NONE}
      disabled={!canManage || saving}
      loading={saving}
      aria-label={t('pricing.customers.gradeOf', { name: customerName(customer, language) })}
      data-testid="grade-select"
      onChange={(v) => void handleChange(v)}
      options={[
        { value: NONE, label: t('pricing.customers.ungraded') },
        ...[...grades].sort((a, b) => a.rank - b.rank).map((g) => ({ value: g.id, label: gradeName(g) })),
      ]}
    />
  );
}
