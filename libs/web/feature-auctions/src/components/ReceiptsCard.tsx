import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { NUMERIC, useFigures } from '@tradeway/web/ui';
import type { AuctionView, KeptReceipt } from '../data/types';
import { receiptsFilename, saveJson } from '../utils/download';
import { shortHash } from '../utils/receipts';
import { useReceiptMessage } from './BidForm';

/**
 * "My receipts": every bid sent from this browser with the server's answer — its sequence
 * number, when it was received, accepted or the refusal's reason, my rank then, and the log
 * entry's hash (shortened, copied whole) — and the download of them all as JSON, the anchors
 * `npm run verify:bid-log -- log.json receipts.json` checks the bid log against.
 */
export function ReceiptsCard({ auction, receipts }: { auction: AuctionView; receipts: KeptReceipt[] }) {
  const { t } = useTranslation();
  const f = useFigures('auction');
  const receiptMessage = useReceiptMessage();
  const columns: TableColumnsType<KeptReceipt> = [
    {
      title: t('auction.receipts.seq'),
      dataIndex: 'seq',
      width: 70,
      align: 'right',
      render: (n: number) => <span style={NUMERIC}>{n}</span>,
    },
    {
      title: t('auction.receipts.time'),
      dataIndex: 'receivedAt',
      width: 170,
      render: (at: string) => <span style={NUMERIC}>{dayjs(at).format('YYYY-MM-DD HH:mm:ss')}</span>,
    },
    {
      title: t('auction.receipts.price'),
      dataIndex: 'price',
      width: 150,
      align: 'right',
      render: (p: string) => <span style={NUMERIC}>{f.price(p, auction.currency)}</span>,
    },
    {
      title: t('auction.receipts.outcome'),
      key: 'outcome',
      render: (_, r) => (
        <Flex vertical gap={2} data-testid="auction-receipt-outcome">
          <span>
            <Tag color={r.accepted ? 'green' : 'red'} style={{ marginInlineEnd: 4 }}>
              {r.accepted ? t('auction.receipts.accepted') : t('auction.receipts.refused')}
            </Tag>
            {r.extended && <Tag color="orange">{t('auction.receipts.extended')}</Tag>}
          </span>
          {!r.accepted && (
            <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="auction-receipt-message">
              {receiptMessage(r)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('auction.receipts.rank'),
      dataIndex: 'myRank',
      width: 70,
      align: 'right',
      render: (n: number | null) => <span style={NUMERIC}>{n ?? t('auction.common.none')}</span>,
    },
    {
      title: t('auction.receipts.hash'),
      dataIndex: 'hash',
      width: 190,
      render: (h: string) => (
        <Typography.Text
          code
          copyable={{ text: h }}
          style={{ whiteSpace: 'nowrap' }}
          data-testid="auction-receipt-hash"
        >
          {shortHash(h)}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Card
      title={t('auction.receipts.title')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          disabled={receipts.length === 0}
          onClick={() => saveJson(receiptsFilename(auction.number), receipts)}
          data-testid="auction-receipts-download"
        >
          {t('auction.receipts.download')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('auction.receipts.hint')}</Typography.Text>
        <Table<KeptReceipt>
          data-testid="auction-receipts"
          rowKey="seq"
          size="small"
          tableLayout="fixed"
          scroll={{ x: 820 }}
          pagination={false}
          columns={columns}
          dataSource={[...receipts].reverse()}
          locale={{ emptyText: t('auction.receipts.empty') }}
          onRow={(r) => ({
            className: r.accepted ? 'auction-receipt-accepted' : 'auction-receipt-refused',
            'data-testid': 'auction-receipt',
            'data-accepted': r.accepted ? 'yes' : 'no',
          })}
        />
      </Flex>
    </Card>
  );
}
