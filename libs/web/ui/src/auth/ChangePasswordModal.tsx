import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '@tradeway/web/data-access';
import { confirmPasswordRules, newPasswordRules, revalidateChanged } from './form-rules';
import { useServerErrors } from './use-server-errors';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** The current password, and the new one twice. The other sessions of the user end. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangePasswordValues>();
  const change = useChangePassword();
  const { alert, report, clear } = useServerErrors(form, FIELDS);

  const handleSubmit = async () => {
    let values: ChangePasswordValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the fields show what is wrong
    }
    clear();
    try {
      await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      void message.success(t('account.passwordChanged'));
      onClose();
    } catch (error) {
      report(error);
    }
  };

  return (
    <Modal
      open={open}
      title={t('account.changePassword')}
      okText={t('account.save')}
      cancelText={t('account.cancel')}
      confirmLoading={change.isPending}
      onOk={() => void handleSubmit()}
      onCancel={onClose}
      forceRender
      afterClose={() => {
        form.resetFields();
        clear();
      }}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        validateTrigger="onBlur"
        onValuesChange={(changed) => revalidateChanged(form, changed)}
        onFinish={() => void handleSubmit()}
        data-testid="change-password-form"
        style={{ marginTop: 16 }}
      >
        {alert && <Alert type={alert.type} showIcon title={alert.text} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="currentPassword"
          label={t('account.currentPassword')}
          rules={[{ required: true, message: t('auth.validation.currentRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.reset.newPassword')}
          extra={t('auth.reset.hint')}
          rules={newPasswordRules(t)}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.reset.confirm')}
          dependencies={['newPassword']}
          rules={confirmPasswordRules(t, 'newPassword')}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
