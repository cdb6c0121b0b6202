import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Title, one line on what the page is for, and the page's main actions on the right. */
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
    <Flex justify="space-between" align="flex-start" gap={16} wrap>
      <div style={{ minWidth: 0, flex: '1 1 420px' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {hint && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0, maxWidth: 860 }}>
            {hint}
          </Typography.Paragraph>
        )}
      </div>
      {extra && <Flex gap={8}>{extra}</Flex>}
    </Flex>
  );
}
