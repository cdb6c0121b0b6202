import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomRole, Department } from '@tradeway/shared/contracts';
import { rules } from '../utils/validation';

/** The custom roles and department of a member: the same fields when inviting and when editing. */
export function MemberAssignmentFields({
  roles,
  departments,
}: {
  roles: CustomRole[];
  departments: Department[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="customRoleIds"
        label={t('admin.members.form.customRoles')}
        rules={rules.customRoles(t)}
      >
        <Select
          mode="multiple"
          allowClear
          placeholder={t('admin.members.form.customRolesPlaceholder')}
          options={roles.map((r) => ({ value: r.id, label: r.name }))}
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item name="departmentId" label={t('admin.members.form.department')}>
        <Select
          options={[
            { value: null, label: t('admin.members.form.noDepartment') },
            ...departments.map((d) => ({ value: d.id, label: `${d.name} · ${d.budgetCode}` })),
          ]}
        />
      </Form.Item>
    </>
  );
}
