// A small segmented control (radio group) for two to four choices, like PowerPoint's toggle buttons.
import { radioKeys } from "./radioKeys";
export interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  testId?: string;
}

export function Segmented<T extends string>({ label, value, options, onChange, testId }: SegmentedProps<T>) {
  return (
    <div
      className="segmented"
      role="radiogroup"
      aria-label={label}
      data-testid={testId}
      onKeyDown={(e) =>
        radioKeys(
          e,
          options.map((o) => o.value),
          value,
          onChange,
        )
      }
    >
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          tabIndex={o.value === value ? 0 : -1}
          className={o.value === value ? "on" : ""}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
