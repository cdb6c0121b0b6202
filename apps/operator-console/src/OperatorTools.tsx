import { ApiOutlined, ExportOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '@tradeway/web/ui';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
export const API_DOCS_PATH = '/api/docs';

/**
 * Links to the tools the API serves for operators: the queue dashboard (for those holding
 * `platform:queues`) and the API reference.
 */
export function OperatorTools() {
  const { t } = useTranslation();
  const me = useSession();
  const tools = [
    ...(me.permissions.includes('platform:queues')
      ? [
          {
            href: QUEUE_DASHBOARD_PATH,
            label: t('nav.queues'),
            icon: <UnorderedListOutlined />,
            testId: 'tool-queues',
          },
        ]
      : []),
    { href: API_DOCS_PATH, label: t('nav.apiDocs'), icon: <ApiOutlined />, testId: 'tool-api-docs' },
  ];
  return (
    <Card
      title={t('dashboard.tools')}
      extra={<Typography.Text type="secondary">{t('dashboard.toolsHint')}</Typography.Text>}
    >
      <Row gutter={16}>
        {tools.map((tool) => (
          <Col key={tool.href} xs={24} md={12}>
            <a href={tool.href} target="_blank" rel="noreferrer" data-testid={tool.testId}>
              <Card hoverable size="small">
                <Typography.Text strong>
                  {tool.icon} {tool.label} <ExportOutlined />
                </Typography.Text>
                <br />
                <Typography.Text type="secondary" code>
                  {tool.href}
                </Typography.Text>
              </Card>
            </a>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
