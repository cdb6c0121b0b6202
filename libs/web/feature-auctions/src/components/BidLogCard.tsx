import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@tradeway/web/ui';
import { useBidLog } from '../data/auctions.queries';
import type { AuctionView } from '../data/types';
import { bidLogFilename, receiptsFilename, saveJson } from '../utils/download';

/**
 * After the end: the hash-chained bid log for download (`<number>-bid-log.json`) and how to
 * verify it anywhere with the platform's command — a bidder with its receipts as anchors too.
 * The verification itself is the command line's, not the browser's.
 */
export function BidLogCard({ auction, withReceipts }: { auction: AuctionView; withReceipts: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const log = useBidLog();
  const [alert, setAlert] = useState<string | null>(null);
  const file = bidLogFilename(auction.number);

  const handleDownload = async () => {
    setAlert(null);
    try {
      saveJson(file, await log.mutateAsync(auction.id));
      void message.success(t('auction.bidLog.downloaded', { file }));
    } catch (error) {
      setAlert(errorText(error));
    }
  };

  return (
    <Card
      title={
        <span>
          <SafetyCertificateOutlined style={{ marginInlineEnd: 8 }} />
          {t('auction.bidLog.title')}
        </span>
      }
      data-testid="auction-bidlog"
    >
      <Flex vertical gap={12}>
        {alert && <Alert type="error" showIcon title={alert} data-testid="auction-bidlog-alert" />}
        <Typography.Text type="secondary">{t('auction.bidLog.hint')}</Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          loading={log.isPending}
          onClick={() => void handleDownload()}
          style={{ width: 'fit-content' }}
          data-testid="auction-bidlog-download"
        >
          {t('auction.bidLog.download')}
        </Button>
        <div data-testid="auction-bidlog-verify">
          <Typography.Text>{t('auction.bidLog.verify')}</Typography.Text>
          <Typography.Paragraph code copyable style={{ marginTop: 4 }}>
            {`npm run verify:bid-log -- ${file}`}
          </Typography.Paragraph>
          {withReceipts && (
            <>
              <Typography.Text>{t('auction.bidLog.verifyReceipts')}</Typography.Text>
              <Typography.Paragraph code copyable style={{ marginTop: 4, marginBottom: 0 }}>
                {`npm run verify:bid-log -- ${file} ${receiptsFilename(auction.number)}`}
              </Typography.Paragraph>
            </>
          )}
        </div>
      </Flex>
    </Card>
  );
}
