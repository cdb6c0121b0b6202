import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@tradeway/shared/contracts';
import { useCreateApiKey } from '../data';
import { rules } from '../utils/validation';
import { PermissionPicker } from './PermissionPicker';
import { useFormErrors } from './use-form-errors';

interface KeyValues {
  name: string;
  permissions: Permission[];
}
const FIELDS = ['name', 'permissions'] as const;

/** Names a new key and chooses its permissions (among the creator's); hands back its secret. */
export function CreateApiKeyModal({
  open,
  options,
  onClose,
  onCreated,
}: {
  open: boolean;
  options: readonly Permission[];
  onClose: () => void;
  onCreated: (created: { name: string; secret: string }) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<KeyValues>();
  const create = useCreateApiKey();
  const errors = useFormErrors(form, FIELDS);
  const close = () => {
    errors.clear();
    create.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('admin.apiKeys.createTitle')}
      okText={t('admin.common.create')}
      cancelText={t('admin.common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={960}
    >
      {errors.alert && <Alert type="error" showIcon title={errors.alert} style={{ marginBottom: 16 }} />}
      <Form<KeyValues>
        form={form}
        layout="vertical"
        data-testid="api-key-form"
        initialValues={{ name: '', permissions: [] }}
        onFinish={(values) => {
          errors.clear();
          create.mutate(
            { name: values.name.trim(), permissions: values.permissions },
            {
              onSuccess: ({ apiKey, secret }) => {
                close();
                onCreated({ name: apiKey.name, secret });
              },
              onError: errors.report,
            },
          );
        }}
      >
        <Form.Item name="name" label={t('admin.apiKeys.name')} rules={rules.apiKeyName(t)}>
          <Input maxLength={100} placeholder={t('admin.apiKeys.namePlaceholder')} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t('admin.apiKeys.permissions')}
          rules={rules.apiKeyPermissions(t)}
          extra={<Typography.Text type="secondary">{t('admin.apiKeys.permissionsHint')}</Typography.Text>}
        >
          <PermissionPicker options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
