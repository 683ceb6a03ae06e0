"use client";

import { useEffect, useRef } from "react";

type Props = {
  heading: string;
  message: string;
  /** Field errors as [input id, translated message], linked so a keyboard user can jump to each. */
  fields: [string, string][];
  /** Changes with every submission, so that focus moves here again after each failed try. */
  stamp: number;
};

export function AdminFormErrors({ heading, message, fields, stamp }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [stamp]);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="mt-6 rounded border-4 border-red-800 bg-paper p-4">
      <h2 className="text-xl">{heading}</h2>
      <p className="mt-2">{message}</p>
      {fields.length > 0 ? (
        <ul className="mt-2 list-disc ps-6">
          {fields.map(([id, text]) => (
            <li key={id}>
              <a href={`#${id}`} className="inline-block min-h-11 py-2">
                {text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
