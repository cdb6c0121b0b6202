import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title of a page, a line saying what it is for, and its main actions on the right. */
export function PageHeader({
  title,
  hint,
  extra,
}: {
  title: ReactNode;
  hint?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="flex-start" gap={24} wrap>
      <div style={{ flex: '1 1 320px', minWidth: 0 }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: hint ? 4 : 0 }}>
          {title}
        </Typography.Title>
        {hint && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {hint}
          </Typography.Paragraph>
        )}
      </div>
      {extra && (
        <Flex gap={8} style={{ flex: 'none' }} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
