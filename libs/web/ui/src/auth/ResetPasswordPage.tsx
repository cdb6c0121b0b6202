import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiProblem, useResetPassword } from '@tradeway/web/data-access';
import type { PortalKind } from '../portal';
import { AuthLayout } from './AuthLayout';
import { confirmPasswordRules, newPasswordRules, revalidateChanged } from './form-rules';
import { FORGOT_PASSWORD_PATH, SIGN_IN_PATH } from './portal-access';
import { useServerErrors } from './use-server-errors';

interface ResetValues {
  newPassword: string;
  confirm: string;
}

const FIELDS = ['newPassword'] as const;
/** The API takes tokens of 20 to 200 characters; anything else is not a link it mailed. */
const isPlausibleToken = (token: string | null): token is string =>
  !!token && token.length >= 20 && token.length <= 200;

/** `/reset-password?token=…`, the page the mailed link opens: a new password, twice. */
export function ResetPasswordPage({ kind }: { kind: PortalKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [form] = Form.useForm<ResetValues>();
  const reset = useResetPassword();
  const { alert, report, clear } = useServerErrors(form, FIELDS);
  const [linkRefused, setLinkRefused] = useState(false);

  if (!isPlausibleToken(token)) {
    return (
      <AuthLayout kind={kind}>
        <Result
          status="warning"
          title={t('auth.reset.title')}
          subTitle={t('auth.reset.missingToken')}
          extra={<Link to={FORGOT_PASSWORD_PATH}>{t('auth.reset.requestNew')}</Link>}
        />
      </AuthLayout>
    );
  }

  if (reset.isSuccess) {
    return (
      <AuthLayout kind={kind}>
        <Result
          status="success"
          title={<span data-testid="password-reset-done">{t('auth.reset.doneTitle')}</span>}
          subTitle={t('auth.reset.done')}
          extra={
            <Button type="primary" onClick={() => void navigate(SIGN_IN_PATH)}>
              {t('auth.reset.signIn')}
            </Button>
          }
        />
      </AuthLayout>
    );
  }

  const handleFinish = async ({ newPassword }: ResetValues) => {
    clear();
    setLinkRefused(false);
    try {
      await reset.mutateAsync({ token, newPassword });
    } catch (error) {
      report(error);
      setLinkRefused(apiProblem(error).fields.some((f) => f.path === 'token'));
    }
  };

  return (
    <AuthLayout kind={kind} title={t('auth.reset.title')}>
      <Typography.Paragraph type="secondary">{t('auth.reset.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        validateTrigger="onBlur"
        onValuesChange={(changed) => revalidateChanged(form, changed)}
        onFinish={handleFinish}
      >
        {alert && (
          <Alert
            type={alert.type}
            showIcon
            title={alert.text}
            description={linkRefused && <Link to={FORGOT_PASSWORD_PATH}>{t('auth.reset.requestNew')}</Link>}
            style={{ marginBottom: 16 }}
            data-testid="reset-error"
          />
        )}
        <Form.Item name="newPassword" label={t('auth.reset.newPassword')} rules={newPasswordRules(t)}>
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.reset.confirm')}
          dependencies={['newPassword']}
          rules={confirmPasswordRules(t, 'newPassword')}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={reset.isPending}>
          {t('auth.reset.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
