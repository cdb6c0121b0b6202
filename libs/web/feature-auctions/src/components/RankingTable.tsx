import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NUMERIC, useFigures } from '@tradeway/web/ui';
import type { AuctionRankRow, AuctionView } from '../data/types';
import { SuspendModal } from './SuspendModal';
import { useBidderName } from './use-bidder-name';

/**
 * The owner's ranking: rank, alias, the company behind it (the owner's eyes only), the price
 * where it may be seen, the sequence number and time of the bid. While the auction takes bids,
 * the owner may suspend a participant or reinstate it, with a reason.
 */
export function RankingTable({ auction, canManage }: { auction: AuctionView; canManage: boolean }) {
  const { t } = useTranslation();
  const f = useFigures('auction');
  const bidderName = useBidderName();
  const [acting, setActing] = useState<{ row: AuctionRankRow; status: 'suspended' | 'invited' } | null>(null);
  // what this page did: the API does not list participants' standing, so the last action shows
  const [suspended, setSuspended] = useState<ReadonlySet<string>>(() => new Set());
  const manage = canManage && (auction.status === 'scheduled' || auction.status === 'running');

  const columns: TableColumnsType<AuctionRankRow> = [
    {
      title: t('auction.ranking.rank'),
      dataIndex: 'rank',
      width: 56,
      align: 'right',
      render: (n: number) => (
        <span
          style={{ ...NUMERIC, fontWeight: n === 1 ? 600 : undefined }}
          data-testid="auction-ranking-rank"
        >
          {n}
        </span>
      ),
    },
    {
      // the company (the owner's eyes only) over the alias the bidders know it by
      title: t('auction.ranking.bidder'),
      key: 'company',
      render: (_, r) => {
        const name = bidderName(r) ?? t('auction.common.none');
        return (
          <Flex vertical gap={0} style={{ minWidth: 0 }}>
            <Flex gap={6} align="center" style={{ minWidth: 0 }}>
              <Typography.Text ellipsis={{ tooltip: name }} data-testid="auction-ranking-company">
                {name}
              </Typography.Text>
              {r.companyId && suspended.has(r.companyId) && (
                <Tag color="red">{t('auction.ranking.suspendedTag')}</Tag>
              )}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="auction-ranking-alias">
              {r.alias}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      title: t('auction.ranking.price'),
      dataIndex: 'price',
      width: 130,
      align: 'right',
      render: (p: string | null) => (
        <span style={NUMERIC} data-testid="auction-ranking-price">
          {p === null ? t('auction.common.none') : f.price(p, auction.currency)}
        </span>
      ),
    },
    {
      title: t('auction.ranking.seq'),
      dataIndex: 'seq',
      width: 60,
      align: 'right',
      render: (n: number) => <span style={NUMERIC}>{n}</span>,
    },
    {
      title: t('auction.ranking.time'),
      dataIndex: 'at',
      width: 90,
      render: (at: string) => <span style={NUMERIC}>{dayjs(at).format('HH:mm:ss')}</span>,
    },
    ...(manage
      ? [
          {
            title: t('auction.ranking.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, r: AuctionRankRow) =>
              r.companyId === null ? null : suspended.has(r.companyId) ? (
                <Button
                  size="small"
                  onClick={() => setActing({ row: r, status: 'invited' })}
                  data-testid="auction-reinstate"
                >
                  {t('auction.ranking.reinstate')}
                </Button>
              ) : (
                <Button
                  size="small"
                  danger
                  onClick={() => setActing({ row: r, status: 'suspended' })}
                  data-testid="auction-suspend"
                >
                  {t('auction.ranking.suspend')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Table<AuctionRankRow>
        data-testid="auction-ranking"
        rowKey={(r) => `${r.rank}:${r.alias}`}
        size="small"
        tableLayout="fixed"
        scroll={{ x: 620 }}
        pagination={false}
        columns={columns}
        dataSource={auction.ranking}
        locale={{
          emptyText: (
            <Typography.Text type="secondary">
              {auction.visibility === 'sealed' &&
              (auction.status === 'scheduled' || auction.status === 'running')
                ? t('auction.monitor.sealed')
                : t('auction.ranking.empty')}
            </Typography.Text>
          ),
        }}
        onRow={(r) => ({ className: `auction-rank-${r.rank}`, 'data-testid': 'auction-ranking-row' })}
      />
      {acting && (
        <SuspendModal
          auction={auction}
          row={acting.row}
          status={acting.status}
          onClose={() => setActing(null)}
          onDone={(companyId, status) =>
            setSuspended((prev) => {
              const next = new Set(prev);
              if (status === 'suspended') next.add(companyId);
              else next.delete(companyId);
              return next;
            })
          }
        />
      )}
    </>
  );
}
