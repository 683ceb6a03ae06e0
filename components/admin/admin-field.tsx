type Props = {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  /** Already translated. */
  error?: string;
  hint?: string;
  type?: "text" | "email" | "tel" | "url" | "password" | "date";
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  requiredLabel?: string;
  autoComplete?: string;
  maxLength?: number;
  lang?: string;
};

// One labelled input of an admin form with its hint and its (server-side) error,
// tied together for screen readers. No browser validation: the server's translated
// messages are the only ones, with or without JavaScript.
export function AdminField({
  id,
  name,
  label,
  defaultValue,
  error,
  hint,
  type = "text",
  multiline,
  rows = 4,
  required,
  requiredLabel,
  autoComplete,
  maxLength,
  lang,
}: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    defaultValue,
    maxLength,
    lang,
    autoComplete,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": required ? true : undefined,
    className: `mt-1 block w-full max-w-2xl rounded border-2 bg-paper px-3 py-2 ${error ? "border-red-700" : "border-ink"}`,
  } as const;
  return (
    <div className="mt-5">
      <label htmlFor={id} className="block font-bold">
        {label}
        {required && requiredLabel ? <span className="font-normal text-muted"> ({requiredLabel})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-bold text-red-800">
          {error}
        </p>
      ) : null}
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} className={`${common.className} min-h-11`} />}
    </div>
  );
}
