import { Empty } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useFigures } from '@tradeway/web/ui';
import type { LadderTier } from '../data/types';
import { type PoolPoint, thresholds } from '../utils/curve';

/**
 * The pooled total over time as a step line, with every tier's start (its price beside it) and
 * the minimum for success as reference lines: the organiser sees when the pool crossed a tier
 * and how far the next one is. Values on the axes are for drawing only; the figures shown are
 * formatted from the decimal text.
 */
export function PoolCurve({
  points,
  ladder,
  minTotal,
  unit,
  currency,
  height = 280,
}: {
  points: PoolPoint[];
  ladder: readonly LadderTier[];
  minTotal: string;
  unit: string;
  currency: string;
  height?: number;
}) {
  const { t } = useTranslation();
  const f = useFigures('groupBuy');
  const lines = thresholds(ladder, minTotal);
  if (points.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('groupBuy.monitor.curveEmpty')}
        data-testid="campaign-curve"
        data-points={0}
        data-thresholds={lines.length}
      />
    );
  }
  const top = Math.max(...points.map((p) => p.total), ...lines.map((l) => l.value));
  // the minimum at (or near) a tier's start, as it often is: its label goes inside the plot, on the
  // left, rather than over the tier's price on the right
  const min = lines.find((l) => l.kind === 'min');
  const crowded = !!min && lines.some((l) => l.kind === 'tier' && Math.abs(l.value - min.value) < top * 0.08);
  return (
    <div
      style={{ width: '100%', height }}
      data-testid="campaign-curve"
      data-points={points.length}
      data-thresholds={lines.length}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 16, right: 96, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(ms: number) => dayjs(ms).format('MM-DD HH:mm')}
          />
          <YAxis
            domain={[0, Math.ceil(top * 1.1)]}
            width={90}
            tickMargin={4}
            tickFormatter={(v: number) => f.quantity(String(v), unit)}
          />
          <Tooltip
            labelFormatter={(ms) => dayjs(Number(ms)).format('YYYY-MM-DD HH:mm:ss')}
            formatter={(_value, _name, item) => [
              f.quantity((item.payload as PoolPoint).totalText, unit),
              t('groupBuy.monitor.curveTotal'),
            ]}
          />
          {lines.map((l) => (
            <ReferenceLine
              key={`${l.kind}-${l.index}`}
              y={l.value}
              stroke={l.kind === 'min' ? '#fa8c16' : '#52c41a'}
              strokeDasharray={l.kind === 'min' ? '6 4' : '3 3'}
              label={
                l.kind === 'min' && crowded
                  ? {
                      value: t('groupBuy.progress.minMark', { quantity: f.quantity(l.quantity, unit) }),
                      position: 'insideTopLeft',
                      fontSize: 12,
                      fill: '#d46b08',
                    }
                  : {
                      value:
                        l.kind === 'min'
                          ? t('groupBuy.progress.minShort')
                          : f.price(l.unitPrice ?? '0', currency),
                      position: 'right',
                      fontSize: 12,
                    }
              }
            />
          ))}
          <Line
            type="stepAfter"
            dataKey="total"
            stroke="#1677ff"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
