// A small segmented control (radio group) for two to four choices, like PowerPoint's toggle buttons.
import { radioKeys } from "./radioKeys";
export interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  testId?: string;
  /** CSS class of the group; the header's data-set switch has its own look. */
  className?: string;
  /** A test id per option, e.g. (v) => `dataset-${v}`. */
  optionTestId?: (v: T) => string;
}

export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
  className = "segmented",
  optionTestId,
}: SegmentedProps<T>) {
  return (
    <div
      className={className}
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
          data-testid={optionTestId?.(o.value)}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
