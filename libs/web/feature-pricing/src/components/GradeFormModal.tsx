import { Alert, App, Flex, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useCreateGrade, useUpdateGrade } from '../data/pricing.queries';
import type { GradeView } from '../data/types';
import { codeRules, textRules } from './form-rules';
import { useFormErrors } from './use-form-errors';

interface GradeFormValues {
  code: string;
  nameZh: string;
  nameEn: string;
  rank: string;
  description: string;
}
const FIELDS = ['code', 'nameZh', 'nameEn', 'rank', 'description'];
const toName = (path: string) => (FIELDS.includes(path) ? [path] : null);

/** Defines a customer grade (`grade` null) or changes one: code, names, rank (1 = most privileged), description. */
export function GradeFormModal({
  open,
  grade,
  onClose,
}: {
  open: boolean;
  grade: GradeView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<GradeFormValues>();
  const create = useCreateGrade();
  const update = useUpdateGrade();
  const errors = useFormErrors(form, toName);
  const close = () => {
    errors.clear();
    onClose();
  };

  const handleFinish = async (v: GradeFormValues) => {
    errors.clear();
    const input = {
      code: v.code.trim(),
      nameZh: v.nameZh.trim(),
      nameEn: v.nameEn.trim(),
      rank: Number(v.rank.trim()),
      description: v.description.trim(),
    };
    try {
      if (grade) await update.mutateAsync({ gradeId: grade.id, ...input });
      else await create.mutateAsync(input);
      void message.success(
        t('pricing.grades.saved', { name: language === 'en' ? input.nameEn : input.nameZh }),
      );
      close();
    } catch (error) {
      errors.report(error);
    }
  };

  return (
    <Modal
      open={open}
      title={
        grade
          ? t('pricing.grades.editTitle', { name: language === 'en' ? grade.nameEn : grade.nameZh })
          : t('pricing.grades.newTitle')
      }
      okText={grade ? t('pricing.common.save') : t('pricing.common.create')}
      cancelText={t('pricing.common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={560}
    >
      {errors.alert && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="form-error"
          title={errors.alert.title}
          description={errors.alert.details.length ? errors.alert.details.join('\n') : undefined}
        />
      )}
      <Form<GradeFormValues>
        form={form}
        layout="vertical"
        data-testid="grade-form"
        initialValues={{
          code: grade?.code ?? '',
          nameZh: grade?.nameZh ?? '',
          nameEn: grade?.nameEn ?? '',
          rank: grade ? String(grade.rank) : '',
          description: grade?.description ?? '',
        }}
        onFinish={handleFinish}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="code"
            label={t('pricing.grades.code')}
            rules={codeRules(t, 30)}
            style={{ flex: '1 1 160px' }}
          >
            <Input maxLength={36} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Form.Item
            name="rank"
            label={t('pricing.grades.rank')}
            extra={t('pricing.grades.rankHint')}
            style={{ flex: '1 1 160px' }}
            rules={[
              {
                validator: (_, v: string | undefined) =>
                  /^\d{1,3}$/.test((v ?? '').trim()) && Number(v) >= 1 && Number(v) <= 100
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('pricing.validation.rank'))),
              },
            ]}
          >
            <Input inputMode="numeric" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item
            name="nameZh"
            label={t('pricing.grades.nameZh')}
            rules={textRules(t, 60)}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={70} />
          </Form.Item>
          <Form.Item
            name="nameEn"
            label={t('pricing.grades.nameEn')}
            rules={textRules(t, 60)}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={70} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="description"
          label={t('pricing.grades.description')}
          rules={textRules(t, 500, false)}
        >
          <Input.TextArea rows={3} maxLength={520} placeholder={t('pricing.grades.descriptionPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
