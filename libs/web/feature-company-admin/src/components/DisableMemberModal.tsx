import { Alert, Button, Form, Modal, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '@tradeway/shared/contracts';
import { useDisableMember } from '../data';
import { ReassignedList } from './ReassignedList';
import { useFormErrors } from './use-form-errors';

/** Who may take over a leaver's work: active colleagues, the owner first. */
export function successorOptions(members: readonly Member[], leaver: Member): Member[] {
  return members
    .filter((m) => !m.disabledAt && m.membershipId !== leaver.membershipId)
    .sort((a, b) => Number(b.isOwner) - Number(a.isOwner));
}

/**
 * Disables a staff account after the admin chose who takes over its work (the owner by
 * default), then says what was handed over.
 */
export function DisableMemberModal({
  member,
  members,
  onClose,
}: {
  member: Member | null;
  members: Member[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reassignToMembershipId: string }>();
  const disable = useDisableMember();
  const errors = useFormErrors(form, ['reassignToMembershipId']);
  const [result, setResult] = useState<{ heir: string; reassigned: Record<string, number> } | null>(null);
  const options = member ? successorOptions(members, member) : [];
  const owner = options.find((m) => m.isOwner);

  const close = () => {
    setResult(null);
    errors.clear();
    disable.reset();
    onClose();
  };
  const nameOf = (id: string) => members.find((m) => m.membershipId === id)?.displayName ?? id;

  return (
    <Modal
      open={!!member}
      title={member ? t('admin.members.disableTitle', { name: member.displayName }) : null}
      onCancel={close}
      destroyOnHidden
      width={520}
      footer={
        result
          ? [
              <Button key="done" type="primary" onClick={close}>
                {t('admin.members.done')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('admin.common.cancel')}
              </Button>,
              <Button
                key="ok"
                type="primary"
                danger
                loading={disable.isPending}
                onClick={() => form.submit()}
              >
                {t('admin.members.disableSubmit')}
              </Button>,
            ]
      }
    >
      {member && result && (
        <Result
          status="success"
          style={{ padding: '16px 0' }}
          title={t('admin.members.disabledTitle', { name: member.displayName })}
          subTitle={<ReassignedList heir={result.heir} reassigned={result.reassigned} />}
          data-testid="disable-result"
        />
      )}
      {member && !result && (
        <>
          <Typography.Paragraph>{t('admin.members.disableHint')}</Typography.Paragraph>
          {errors.alert && <Alert type="error" showIcon title={errors.alert} style={{ marginBottom: 16 }} />}
          <Form
            form={form}
            layout="vertical"
            data-testid="disable-form"
            initialValues={{ reassignToMembershipId: owner?.membershipId }}
            onFinish={({ reassignToMembershipId }) => {
              errors.clear();
              disable.mutate(
                { membershipId: member.membershipId, reassignToMembershipId },
                {
                  onSuccess: (r) => setResult({ heir: nameOf(r.reassignedTo), reassigned: r.reassigned }),
                  onError: errors.report,
                },
              );
            }}
          >
            <Form.Item
              name="reassignToMembershipId"
              label={t('admin.members.successor')}
              rules={[{ required: true, message: t('admin.members.successorRequired') }]}
            >
              <Select
                data-testid="successor"
                showSearch
                optionFilterProp="label"
                options={options.map((m) => ({
                  value: m.membershipId,
                  label: `${m.displayName} ${m.isOwner ? t('admin.members.ownerSuffix') : ''} · ${m.email}`,
                }))}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
