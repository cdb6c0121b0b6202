import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '@tradeway/shared/contracts';
import { useCreateDepartment, useUpdateDepartment } from '../data';
import { BUDGET_CODE_MAX, rules } from '../utils/validation';
import { useFormErrors } from './use-form-errors';

interface DepartmentValues {
  name: string;
  budgetCode: string;
}
const FIELDS = ['name', 'budgetCode'] as const;

/** Adds a department (`department` null) or renames one and changes its budget code. */
export function DepartmentFormModal({
  open,
  department,
  onClose,
}: {
  open: boolean;
  department: Department | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DepartmentValues>();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  // A budget code is unique in the company; the API answers 409 naming no field.
  const errors = useFormErrors(form, FIELDS, [
    { status: 409, field: 'budgetCode', text: t('admin.departments.validation.budgetCodeTaken') },
  ]);
  const close = () => {
    errors.clear();
    create.reset();
    update.reset();
    onClose();
  };
  const done = (text: string) => {
    void message.success(text);
    close();
  };

  return (
    <Modal
      open={open}
      title={
        department
          ? t('admin.departments.editTitle', { name: department.name })
          : t('admin.departments.createTitle')
      }
      okText={department ? t('admin.common.save') : t('admin.common.create')}
      cancelText={t('admin.common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={480}
    >
      {errors.alert && <Alert type="error" showIcon title={errors.alert} style={{ marginBottom: 16 }} />}
      <Form<DepartmentValues>
        form={form}
        layout="vertical"
        data-testid="department-form"
        initialValues={{ name: department?.name ?? '', budgetCode: department?.budgetCode ?? '' }}
        onFinish={(values) => {
          errors.clear();
          const input = { name: values.name.trim(), budgetCode: values.budgetCode.trim() };
          if (department) {
            update.mutate(
              { departmentId: department.id, ...input },
              { onSuccess: () => done(t('admin.departments.saved')), onError: errors.report },
            );
          } else {
            create.mutate(input, {
              onSuccess: (d) => done(t('admin.departments.created', { name: d.name })),
              onError: errors.report,
            });
          }
        }}
      >
        <Form.Item name="name" label={t('admin.departments.name')} rules={rules.departmentName(t)}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="budgetCode"
          label={t('admin.departments.budgetCode')}
          rules={rules.budgetCode(t)}
          extra={t('admin.departments.budgetCodeHelp')}
        >
          <Input
            maxLength={BUDGET_CODE_MAX + 8}
            placeholder={t('admin.departments.budgetCodePlaceholder')}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
