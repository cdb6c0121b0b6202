import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { Permission } from '@tradeway/shared/contracts';
import { groupPermissions } from '../utils/permissions';
import { useAdminTexts } from './texts';

/** Permissions in a table cell, grouped by area; the code shows on hover. */
export function PermissionTags({ permissions }: { permissions: readonly Permission[] }) {
  const texts = useAdminTexts();
  return (
    <Flex vertical gap={4}>
      {groupPermissions(permissions).map(({ area, permissions: list }) => (
        <div key={area}>
          <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
            {texts.area(area)}
          </Typography.Text>
          {list.map((p) => (
            <Tooltip key={p} title={p}>
              <Tag style={{ marginBlock: 2 }}>{texts.permission(p)}</Tag>
            </Tooltip>
          ))}
        </div>
      ))}
    </Flex>
  );
}
