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

/** A figure typed (quantity, price, step): the decimal keyboard, no autofill, aligned right. */
export function DecimalInput(props: InputProps) {
  return (
    <Input inputMode="decimal" autoComplete="off" {...props} style={{ textAlign: 'right', ...props.style }} />
  );
}

/** A moment picked to the minute (the start, the end, the hard stop). */
export function MinutePicker(props: DatePickerProps) {
  return <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" {...props} />;
}
