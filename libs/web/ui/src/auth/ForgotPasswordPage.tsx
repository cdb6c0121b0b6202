import { MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useRequestPasswordReset } from '@tradeway/web/data-access';
import type { PortalKind } from '../portal';
import { AuthLayout } from './AuthLayout';
import { emailRules, revalidateChanged } from './form-rules';
import { SIGN_IN_PATH } from './portal-access';
import { useServerErrors } from './use-server-errors';

const FIELDS = ['email'] as const;

/**
 * `/forgot-password`: asks the API to mail a reset link. The answer is the same whether or
 * not the address has an account, so the page never tells which addresses exist.
 */
export function ForgotPasswordPage({ kind }: { kind: PortalKind }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [form] = Form.useForm<{ email: string }>();
  const request = useRequestPasswordReset();
  const { alert, report, clear } = useServerErrors(form, FIELDS);
  const [sent, setSent] = useState(false);
  const typedOnSignIn = (location.state as { email?: unknown } | null)?.email;

  const handleFinish = async ({ email }: { email: string }) => {
    clear();
    try {
      await request.mutateAsync({ email: email.trim(), portal: kind });
      setSent(true);
    } catch (error) {
      report(error);
    }
  };

  if (sent) {
    return (
      <AuthLayout kind={kind}>
        <Result
          status="success"
          title={t('auth.forgot.sentTitle')}
          subTitle={<span data-testid="reset-requested">{t('auth.forgot.sent')}</span>}
          extra={<Link to={SIGN_IN_PATH}>{t('auth.forgot.back')}</Link>}
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout kind={kind} title={t('auth.forgot.title')}>
      <Typography.Paragraph type="secondary">{t('auth.forgot.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        validateTrigger="onBlur"
        initialValues={{ email: typeof typedOnSignIn === 'string' ? typedOnSignIn : '' }}
        onValuesChange={(changed) => revalidateChanged(form, changed)}
        onFinish={handleFinish}
      >
        {alert && <Alert type={alert.type} showIcon title={alert.text} style={{ marginBottom: 16 }} />}
        <Form.Item name="email" label={t('auth.signIn.email')} rules={emailRules(t)}>
          <Input
            prefix={<MailOutlined />}
            inputMode="email"
            autoComplete="username"
            placeholder={t('auth.signIn.emailPlaceholder')}
            autoFocus
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={request.isPending}>
          {t('auth.forgot.submit')}
        </Button>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Link to={SIGN_IN_PATH}>{t('auth.forgot.back')}</Link>
        </div>
      </Form>
    </AuthLayout>
  );
}
