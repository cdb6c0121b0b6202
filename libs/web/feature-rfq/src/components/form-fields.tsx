import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  DatePicker,
  type DatePickerProps,
  Flex,
  Form,
  type FormItemProps,
  type FormListFieldData,
  type FormListOperation,
  Input,
  type InputProps,
  Switch,
  Table,
  type TableColumnsType,
} from 'antd';
import type { ComponentProps, ReactNode } from 'react';

/** A form rule from a check that gives the message to show, or nothing when the value is fine. */
export function checkedBy<V>(check: (value: V) => string | null | undefined) {
  return {
    validator: (_rule: unknown, value: V) => {
      const message = check(value);
      return message ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  };
}

/** The rule of a form list that needs at least one row. */
export const atLeastOneRow = (message: string) =>
  checkedBy((rows: unknown[] | undefined) => (rows && rows.length > 0 ? null : message));

/** A field in a cell of a form list's table (an item, a quote line, an award row): no space under it. */
export function CellItem(props: FormItemProps) {
  return <Form.Item {...props} style={{ marginBottom: 0, ...props.style }} />;
}

/** A figure typed in a table's cell (quantity, price, rate): the decimal keyboard, no autofill, aligned right. */
export function DecimalInput(props: InputProps) {
  return (
    <Input inputMode="decimal" autoComplete="off" {...props} style={{ textAlign: 'right', ...props.style }} />
  );
}

/** A moment picked to the minute (a deadline, until when a quote or a counter-offer holds). */
export function MinutePicker(props: DatePickerProps) {
  return <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" {...props} />;
}

/** A yes/no setting of a form: a switch with its label and a line that explains it. */
export function SwitchItem({
  name,
  label,
  extra,
  testId,
}: {
  name: string;
  label: string;
  extra: string;
  testId: string;
}) {
  return (
    <Form.Item name={name} label={label} valuePropName="checked" extra={extra}>
      <Switch data-testid={testId} />
    </Form.Item>
  );
}

/**
 * A form list edited as a table (RFQ items, quote lines, award rows): a row per entry with the
 * cells `columns` gives, the list's own errors under it, and `footer` (an "add" button) below.
 */
export function ListTable({
  name,
  rules,
  columns,
  gap,
  scrollX,
  testId,
  footer,
}: {
  name: string;
  rules: ComponentProps<typeof Form.List>['rules'];
  columns: (ops: FormListOperation, count: number) => TableColumnsType<FormListFieldData>;
  gap: number;
  scrollX?: number;
  testId: string;
  footer?: (ops: FormListOperation, count: number) => ReactNode;
}) {
  return (
    <Form.List name={name} rules={rules}>
      {(fields, ops, { errors }) => (
        <Flex vertical gap={gap}>
          <Table<FormListFieldData>
            rowKey="key"
            size="small"
            tableLayout="fixed"
            pagination={false}
            columns={columns(ops, fields.length)}
            dataSource={fields}
            scroll={scrollX === undefined ? undefined : { x: scrollX }}
            data-testid={testId}
          />
          <Form.ErrorList errors={errors} />
          {footer?.(ops, fields.length)}
        </Flex>
      )}
    </Form.List>
  );
}

/** The button under a list table that adds a row (disabled at the list's limit). */
export function AddRowButton({
  disabled,
  onClick,
  testId,
  children,
}: {
  disabled: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Button
      type="dashed"
      icon={<PlusOutlined />}
      disabled={disabled}
      onClick={onClick}
      style={{ width: 'fit-content' }}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
