import { MessageOutlined } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NUMERIC, useFigures } from '@tradeway/web/ui';
import type { RfqRoundView, RfqView } from '../data/types';
import { Deadline } from './Deadline';

/**
 * The buyer's open counter-offers (议价) to my company, in front: the message, the target
 * price per item where one is set, and until when I may answer with a new version.
 */
export function OpenRounds({ rfq, rounds }: { rfq: RfqView; rounds: RfqRoundView[] }) {
  const { t } = useTranslation();
  const f = useFigures('rfq');
  if (rounds.length === 0) return null;
  return (
    <Flex vertical gap={12}>
      {rounds.map((r) => (
        <Alert
          key={r.roundNo}
          type="warning"
          showIcon
          icon={<MessageOutlined />}
          title={t('rfq.rounds.title', { round: r.roundNo })}
          data-testid="open-round"
          description={
            <Flex vertical gap={6}>
              <Typography.Paragraph
                style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}
                data-testid="round-message"
              >
                {r.message}
              </Typography.Paragraph>
              {r.targets.length > 0 && (
                <Flex vertical gap={2} data-testid="round-targets">
                  <Typography.Text strong>{t('rfq.rounds.targets')}</Typography.Text>
                  {r.targets.map((target) => {
                    const item = rfq.items.find((i) => i.itemNo === target.itemNo);
                    return (
                      <span key={target.itemNo} style={NUMERIC} data-testid="round-target">
                        {t('rfq.rounds.target', {
                          no: target.itemNo,
                          description: item?.description ?? '',
                          price: f.perUnit(target.targetUnitPrice, item?.unit ?? ''),
                        })}
                      </span>
                    );
                  })}
                </Flex>
              )}
              <Flex gap={8} align="baseline" wrap>
                <Typography.Text strong>{t('rfq.rounds.closesAt')}</Typography.Text>
                <Deadline deadline={r.closesAt} inline />
              </Flex>
            </Flex>
          }
        />
      ))}
    </Flex>
  );
}
