import { DatePicker, type DatePickerProps, Input, type InputProps } from 'antd';

/** A form rule from a check that gives the message to show, or nothing when the value is fine. */
export function checkedBy<V>(check: (value: V) => string | null | undefined) {
  return {
    validator: (_rule: unknown, value: V) => {
      const message = check(value);
      return message ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  };
}

/** A figure typed (quantity, price, percentage): the decimal keyboard, no autofill, aligned right. */
export function DecimalInput(props: InputProps) {
  return (
    <Input inputMode="decimal" autoComplete="off" {...props} style={{ textAlign: 'right', ...props.style }} />
  );
}

/** A moment picked to the minute (the lock time, the deadline). */
export function MinutePicker(props: DatePickerProps) {
  return <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" {...props} />;
}
