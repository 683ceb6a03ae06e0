import type { ReactNode } from "react";

// A disclosure that works without JavaScript (<details>): closed, it is one button-sized
// line in the header; open, it takes the whole row and pushes the page down, so
// nothing overlaps and nothing is cut off at any text size.
export function HeaderMenu({ summary, icon, children }: { summary: ReactNode; icon?: ReactNode; children: ReactNode }) {
  return (
    <details className="header-menu no-print open:w-full">
      {/* Fixed pixel sizes for the icon and the arrow: at the largest text size both menus still fit one row. */}
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-[6px] rounded border-2 border-brand px-2 font-bold text-brand hover:bg-accent [&::-webkit-details-marker]:hidden">
        {icon}
        {summary}
        <span aria-hidden="true" className="text-[14px]">
          ▼
        </span>
      </summary>
      <div className="mt-2 rounded border-2 border-line bg-paper p-3">{children}</div>
    </details>
  );
}

/** A globe: the sign for "language" that a reader of any script recognises. */
export function GlobeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-[22px] shrink-0" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="12" cy="12" r="10" />
      <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
    </svg>
  );
}
