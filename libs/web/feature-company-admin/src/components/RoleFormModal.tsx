import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomRole, Permission } from '@tradeway/shared/contracts';
import { useCreateRole, useUpdateRole } from '../data';
import { rules } from '../utils/validation';
import { PermissionPicker } from './PermissionPicker';
import { useFormErrors } from './use-form-errors';

interface RoleValues {
  name: string;
  permissions: Permission[];
}
const FIELDS = ['name', 'permissions'] as const;

/** Creates a custom role (`role` null) or changes one: its name and its permissions. */
export function RoleFormModal({
  open,
  role,
  options,
  onClose,
}: {
  open: boolean;
  role: CustomRole | null;
  options: readonly Permission[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoleValues>();
  const create = useCreateRole();
  const update = useUpdateRole();
  const errors = useFormErrors(form, FIELDS, [
    { status: 409, field: 'name', text: t('admin.roles.validation.nameTaken') },
  ]);
  const pending = create.isPending || update.isPending;
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
      title={role ? t('admin.roles.editTitle', { name: role.name }) : t('admin.roles.createTitle')}
      okText={role ? t('admin.common.save') : t('admin.common.create')}
      cancelText={t('admin.common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={960}
    >
      {errors.alert && <Alert type="error" showIcon title={errors.alert} style={{ marginBottom: 16 }} />}
      <Form<RoleValues>
        form={form}
        layout="vertical"
        data-testid="role-form"
        initialValues={{ name: role?.name ?? '', permissions: role?.permissions ?? [] }}
        onFinish={(values) => {
          errors.clear();
          const input = { name: values.name.trim(), permissions: values.permissions };
          if (role) {
            update.mutate(
              { roleId: role.id, ...input },
              { onSuccess: () => done(t('admin.roles.saved')), onError: errors.report },
            );
          } else {
            create.mutate(input, {
              onSuccess: (r) => done(t('admin.roles.created', { name: r.name })),
              onError: errors.report,
            });
          }
        }}
      >
        <Form.Item name="name" label={t('admin.roles.name')} rules={rules.roleName(t)}>
          <Input maxLength={100} placeholder={t('admin.roles.namePlaceholder')} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Form.Item name="permissions" label={t('admin.roles.permissions')} rules={rules.rolePermissions(t)}>
          <PermissionPicker options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
