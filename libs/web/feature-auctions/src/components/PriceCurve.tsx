import { Empty, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFigures } from '@tradeway/web/ui';
import type { CurvePoint } from '../utils/curve';

/**
 * The price curve: the best price as a step line over time and, after the close, each accepted
 * bid as a dot. Values on the axes are for drawing only; every figure shown is formatted from
 * the decimal text.
 */
export function PriceCurve({
  points,
  currency,
  sealed,
  height = 280,
}: {
  points: CurvePoint[];
  currency: string;
  sealed: boolean;
  height?: number;
}) {
  const { t } = useTranslation();
  const f = useFigures('auction');
  if (sealed) {
    return (
      <Typography.Text type="secondary" data-testid="auction-curve" data-points={0}>
        {t('auction.curve.sealed')}
      </Typography.Text>
    );
  }
  if (points.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('auction.curve.empty')}
        data-testid="auction-curve"
        data-points={0}
      />
    );
  }
  const hasBids = points.some((p) => p.priceText !== undefined);
  return (
    <div style={{ width: '100%', height }} data-testid="auction-curve" data-points={points.length}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(ms: number) => dayjs(ms).format('HH:mm:ss')}
          />
          <YAxis
            domain={['auto', 'auto']}
            width={90}
            tickFormatter={(v: number) => f.price(String(v), currency)}
          />
          <Tooltip
            labelFormatter={(ms) => dayjs(Number(ms)).format('YYYY-MM-DD HH:mm:ss')}
            formatter={(_value, name, item) => {
              const p = item.payload as CurvePoint;
              const text = name === 'best' ? p.bestText : (p.priceText ?? '');
              return [
                `${f.price(text, currency)}${name === 'price' && p.alias ? ` · ${p.alias}` : ''}`,
                t(name === 'best' ? 'auction.curve.best' : 'auction.curve.bid'),
              ];
            }}
          />
          <Legend formatter={(name) => t(name === 'best' ? 'auction.curve.best' : 'auction.curve.bid')} />
          <Line
            type="stepAfter"
            dataKey="best"
            stroke="#1677ff"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {hasBids && (
            <Line
              dataKey="price"
              stroke="#fa8c16"
              strokeWidth={0}
              dot={{ r: 3 }}
              activeDot={{ r: 5 }}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
