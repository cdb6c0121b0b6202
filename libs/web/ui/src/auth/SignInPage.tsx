import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe, useSignIn, useSwitchCompany } from '@tradeway/web/data-access';
import type { PortalKind } from '../portal';
import { AuthLayout } from './AuthLayout';
import { emailRules, revalidateChanged } from './form-rules';
import {
  activeMembership,
  FORGOT_PASSWORD_PATH,
  fitsPortal,
  fittingMemberships,
  safeNext,
} from './portal-access';
import { useServerErrors } from './use-server-errors';

export interface SignInValues {
  email: string;
  password: string;
}

const FIELDS = ['email', 'password'] as const;

/**
 * Email and password, checked on blur and on submit. What the API refuses shows on its
 * field, or above the form (wrong credentials; too many attempts, with the wait in minutes).
 */
export function SignInForm({ onSubmit }: { onSubmit: (values: SignInValues) => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInValues>();
  const email = Form.useWatch('email', form);
  const { alert, report, clear } = useServerErrors(form, FIELDS);
  const [pending, setPending] = useState(false);

  const handleFinish = async (values: SignInValues) => {
    clear();
    setPending(true);
    try {
      await onSubmit({ email: values.email.trim(), password: values.password });
    } catch (error) {
      report(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Form<SignInValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      validateTrigger="onBlur"
      onValuesChange={(changed) => revalidateChanged(form, changed)}
      onFinish={handleFinish}
      data-testid="sign-in-form"
    >
      {alert && (
        <Alert
          type={alert.type}
          showIcon
          title={alert.text}
          style={{ marginBottom: 16 }}
          data-testid="sign-in-error"
        />
      )}
      <Form.Item name="email" label={t('auth.signIn.email')} rules={emailRules(t)}>
        <Input
          prefix={<MailOutlined />}
          inputMode="email"
          autoComplete="username"
          placeholder={t('auth.signIn.emailPlaceholder')}
          autoFocus
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.signIn.password')}
        rules={[{ required: true, message: t('auth.validation.passwordRequired') }]}
        style={{ marginBottom: 8 }}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Flex justify="end" style={{ marginBottom: 16 }}>
        <Link to={FORGOT_PASSWORD_PATH} state={{ email }} data-testid="forgot-password-link">
          {t('auth.signIn.forgot')}
        </Link>
      </Flex>
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={pending}
        data-testid="sign-in-submit"
      >
        {t('auth.signIn.submit')}
      </Button>
    </Form>
  );
}

/**
 * `/sign-in?next=…`: signs in, then goes back to the page asked for. When the user's
 * default company does not fit the portal but another of theirs does, it switches to it.
 */
export function SignInPage({ kind }: { kind: PortalKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const signIn = useSignIn();
  const switchCompany = useSwitchCompany();

  // Already signed in (another tab, the back button): nothing to do here.
  if (me.data && signIn.isIdle) return <Navigate to={next} replace />;

  const handleSubmit = async (values: SignInValues) => {
    const signedIn = await signIn.mutateAsync(values);
    const active = activeMembership(signedIn);
    const fit = fittingMemberships(signedIn, kind)[0];
    if ((!active || !fitsPortal(active, kind)) && fit) {
      // If this fails, the portal's gate offers the switch again.
      await switchCompany.mutateAsync({ companyId: fit.companyId }).catch(() => undefined);
    }
    await navigate(next, { replace: true });
  };

  return (
    <AuthLayout kind={kind} title={t('auth.signIn.title')}>
      <SignInForm onSubmit={handleSubmit} />
    </AuthLayout>
  );
}
