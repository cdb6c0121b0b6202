import { Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@tradeway/shared/contracts';
import { areaState, groupPermissions, sortPermissions, toggleArea } from '../utils/permissions';
import { useAdminTexts } from './texts';

/**
 * Chooses permissions, grouped by area (`rfq:*`, `order:*` …): a checkbox per area chooses
 * or clears all of it. A form control (`value`/`onChange`), for custom roles and API keys.
 */
export function PermissionPicker({
  value = [],
  onChange,
  options,
  disabled,
  id,
}: {
  value?: Permission[];
  onChange?: (value: Permission[]) => void;
  /** The permissions offered. */
  options: readonly Permission[];
  disabled?: boolean;
  id?: string;
}) {
  const { t } = useTranslation();
  const texts = useAdminTexts();
  const groups = groupPermissions(options);
  const chosen = value.filter((p) => options.includes(p));
  const set = (next: Permission[]) => onChange?.(sortPermissions(next));

  return (
    <Flex vertical gap={8} id={id} data-testid="permission-picker">
      <Typography.Text type="secondary" data-testid="permission-count">
        {t('admin.permissionPicker.selected', { count: chosen.length, total: options.length })}
      </Typography.Text>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))',
          gap: 10,
        }}
      >
        {groups.map(({ area, permissions }) => {
          const state = areaState(value, permissions);
          const areaId = `permission-area-${area}`;
          return (
            <fieldset
              key={area}
              aria-labelledby={areaId}
              data-testid={areaId}
              style={{
                border: '1px solid #e8ecf1',
                borderRadius: 8,
                padding: '8px 12px 10px',
                margin: 0,
                background: state === 'none' ? undefined : '#f6f9ff',
              }}
            >
              <Checkbox
                id={areaId}
                checked={state === 'all'}
                indeterminate={state === 'some'}
                disabled={disabled}
                onChange={(e) => set(toggleArea(value, permissions, e.target.checked))}
              >
                <Typography.Text strong>{texts.area(area)}</Typography.Text>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {area}:*
                </Typography.Text>
              </Checkbox>
              <Flex vertical gap={2} style={{ marginTop: 6, paddingInlineStart: 24 }}>
                {permissions.map((p) => (
                  <Checkbox
                    key={p}
                    value={p}
                    data-permission={p}
                    checked={value.includes(p)}
                    disabled={disabled}
                    onChange={(e) => set(e.target.checked ? [...value, p] : value.filter((x) => x !== p))}
                  >
                    {texts.permission(p)}
                  </Checkbox>
                ))}
              </Flex>
            </fieldset>
          );
        })}
      </div>
    </Flex>
  );
}
