import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BUILT_IN_ROLES,
  type BuiltInRole,
  type CustomRole,
  type Department,
} from '@tradeway/shared/contracts';
import { useInviteMember } from '../data';
import { rules } from '../utils/validation';
import { MemberAssignmentFields } from './MemberAssignmentFields';
import { useAdminTexts } from './texts';
import { useFormErrors } from './use-form-errors';

export interface InviteValues {
  email: string;
  displayName: string;
  role: Exclude<BuiltInRole, 'owner'>;
  customRoleIds: string[];
  departmentId: string | null;
}
const FIELDS = ['email', 'displayName', 'role', 'customRoleIds', 'departmentId'] as const;
/** Every built-in role but owner: a company has one owner, set at onboarding. */
export const INVITABLE_ROLES = BUILT_IN_ROLES.filter((r): r is InviteValues['role'] => r !== 'owner');

/** Adds a staff account; a new user is mailed a link to set a password. */
export function InviteMemberModal({
  open,
  roles,
  departments,
  onClose,
}: {
  open: boolean;
  roles: CustomRole[];
  departments: Department[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const texts = useAdminTexts();
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteValues>();
  const invite = useInviteMember();
  const errors = useFormErrors(form, FIELDS, [
    { status: 409, field: 'email', text: t('admin.members.validation.alreadyMember') },
    {
      status: 422,
      field: 'departmentId',
      text: t('admin.members.validation.unknownDepartment'),
      onlyWhenNamed: true,
    },
    {
      status: 422,
      field: 'customRoleIds',
      text: t('admin.members.validation.unknownRole'),
      onlyWhenNamed: true,
    },
  ]);

  const close = () => {
    form.resetFields();
    errors.clear();
    invite.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('admin.members.inviteTitle')}
      okText={t('admin.members.inviteSubmit')}
      cancelText={t('admin.common.cancel')}
      confirmLoading={invite.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">{t('admin.members.inviteHint')}</Typography.Paragraph>
      {errors.alert && <Alert type="error" showIcon title={errors.alert} style={{ marginBottom: 16 }} />}
      <Form<InviteValues>
        form={form}
        layout="vertical"
        data-testid="invite-form"
        initialValues={{ role: 'purchaser', customRoleIds: [], departmentId: null }}
        onFinish={(values) => {
          errors.clear();
          invite.mutate(
            {
              email: values.email.trim(),
              displayName: values.displayName.trim(),
              role: values.role,
              customRoleIds: values.customRoleIds ?? [],
              departmentId: values.departmentId ?? null,
            },
            {
              onSuccess: (member) => {
                void message.success(t('admin.members.invited', { email: member.email }));
                close();
              },
              onError: errors.report,
            },
          );
        }}
      >
        <Form.Item
          name="email"
          label={t('admin.members.form.email')}
          rules={rules.memberEmail(t)}
          validateTrigger="onBlur"
        >
          <Input type="email" autoComplete="off" placeholder={t('admin.members.form.emailPlaceholder')} />
        </Form.Item>
        <Form.Item name="displayName" label={t('admin.members.form.displayName')} rules={rules.memberName(t)}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label={t('admin.members.form.role')} rules={rules.memberRole(t)}>
          <Select options={INVITABLE_ROLES.map((r) => ({ value: r, label: texts.role(r) }))} />
        </Form.Item>
        <MemberAssignmentFields roles={roles} departments={departments} />
      </Form>
    </Modal>
  );
}
