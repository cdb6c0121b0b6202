import { Alert, App, Button, Drawer, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomRole, Department, Member } from '@tradeway/shared/contracts';
import { useUpdateMember } from '../data';
import { rules } from '../utils/validation';
import { INVITABLE_ROLES, type InviteValues } from './InviteMemberModal';
import { MemberAssignmentFields } from './MemberAssignmentFields';
import { useAdminTexts } from './texts';
import { useFormErrors } from './use-form-errors';

interface EditValues {
  role: InviteValues['role'] | 'owner';
  customRoleIds: string[];
  departmentId: string | null;
}
const FIELDS = ['role', 'customRoleIds', 'departmentId'] as const;

/** Changes a member's built-in role (not the owner's), custom roles and department. */
export function EditMemberDrawer({
  member,
  roles,
  departments,
  onClose,
}: {
  member: Member | null;
  roles: CustomRole[];
  departments: Department[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const texts = useAdminTexts();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateMember();
  const errors = useFormErrors(form, FIELDS, [
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
    errors.clear();
    update.reset();
    onClose();
  };

  return (
    <Drawer
      open={!!member}
      title={member ? t('admin.members.editTitle', { name: member.displayName }) : null}
      size={480}
      onClose={close}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('admin.common.cancel')}</Button>
          <Button
            type="primary"
            loading={update.isPending}
            onClick={() => form.submit()}
            data-testid="member-save"
          >
            {t('admin.common.save')}
          </Button>
        </Flex>
      }
    >
      {member && (
        <>
          <Typography.Paragraph type="secondary">{member.email}</Typography.Paragraph>
          {member.isOwner && (
            <Alert
              type="info"
              showIcon
              title={t('admin.members.ownerRoleFixed')}
              style={{ marginBottom: 16 }}
            />
          )}
          {errors.alert && <Alert type="error" showIcon title={errors.alert} style={{ marginBottom: 16 }} />}
          <Form<EditValues>
            form={form}
            layout="vertical"
            data-testid="edit-member-form"
            initialValues={{
              role: member.role,
              customRoleIds: member.customRoleIds,
              departmentId: member.departmentId,
            }}
            onFinish={(values) => {
              errors.clear();
              update.mutate(
                {
                  membershipId: member.membershipId,
                  ...(member.isOwner || values.role === 'owner' ? {} : { role: values.role }),
                  customRoleIds: values.customRoleIds ?? [],
                  departmentId: values.departmentId ?? null,
                },
                {
                  onSuccess: () => {
                    void message.success(t('admin.members.saved'));
                    close();
                  },
                  onError: errors.report,
                },
              );
            }}
          >
            <Form.Item name="role" label={t('admin.members.form.role')} rules={rules.memberRole(t)}>
              <Select
                disabled={member.isOwner}
                options={(member.isOwner ? (['owner'] as const) : INVITABLE_ROLES).map((r) => ({
                  value: r,
                  label: texts.role(r),
                }))}
              />
            </Form.Item>
            <MemberAssignmentFields roles={roles} departments={departments} />
          </Form>
        </>
      )}
    </Drawer>
  );
}
