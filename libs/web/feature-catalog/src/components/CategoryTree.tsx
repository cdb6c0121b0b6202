import { Tree, Typography, type TreeDataNode } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { CategoryView } from '../data/types';
import { ancestorIds, categoryTree, type CategoryNode, subtreeProductCount } from '../utils/category-tree';

const ALL = '__all__';

/** The category tree with product counts (a category's subtree included); choosing a category again, or "all", clears the choice. */
export function CategoryTree({
  categories,
  selectedId,
  onSelect,
}: {
  categories: CategoryView[];
  selectedId: string | undefined;
  onSelect: (categoryId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const treeData = useMemo<TreeDataNode[]>(() => {
    const toNode = (n: CategoryNode): TreeDataNode => ({
      key: n.category.id,
      title: (
        <span data-testid="category-node">
          {language === 'en' ? n.category.nameEn : n.category.nameZh}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            ({subtreeProductCount(n)})
          </Typography.Text>
        </span>
      ),
      children: n.children.map(toNode),
    });
    return [{ key: ALL, title: t('catalog.browse.allCategories') }, ...categoryTree(categories).map(toNode)];
  }, [categories, language, t]);
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const opened = expanded ?? ancestorIds(categories, selectedId);

  return (
    <Tree
      blockNode
      data-testid="category-tree"
      treeData={treeData}
      selectedKeys={[selectedId ?? ALL]}
      expandedKeys={opened}
      onExpand={(keys) => setExpanded(keys)}
      onSelect={(keys) => {
        const key = keys[0];
        onSelect(key === undefined || key === ALL ? undefined : String(key));
      }}
    />
  );
}
