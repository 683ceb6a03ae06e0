import type { EditChoice } from "@/lib/admin/types";

type Props = {
  name: string;
  legend: string;
  choices: EditChoice[];
  checked: string[];
  error?: string;
  /** German record names are marked as German for screen readers. */
  lang?: string;
};

// A group of checkboxes that posts every ticked value under one name.
export function AdminOfferChoices({ name, legend, choices, checked, error, lang }: Props) {
  const selected = new Set(checked);
  return (
    <fieldset className="mt-6" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-bold">{legend}</legend>
      {error ? (
        <p id={`${name}-error`} className="mt-1 font-bold text-red-800">
          {error}
        </p>
      ) : null}
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {choices.map((choice) => (
          <li key={choice.id}>
            <label className="flex min-h-11 items-center gap-3">
              <input type="checkbox" name={name} value={choice.id} defaultChecked={selected.has(choice.id)} className="size-6 shrink-0" />
              <span lang={lang}>{choice.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
