import { capital } from './format';

/** A labelled select over one of the vocabulary's lists (roles, stages...), shown capitalised. */
export function EnumSelect<T extends string>({
  label,
  values,
  value,
  onChange,
}: {
  label: string;
  values: readonly T[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {capital(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
