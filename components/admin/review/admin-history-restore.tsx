import { getTranslations } from "next-intl/server";

type Props = {
  entryId: string;
  offerId: string;
  version: number;
  locale: string;
  /** When the entry was written, so that each button's name is unique in the table. */
  when: string;
  sides: readonly ("before" | "after")[];
  action: (form: FormData) => Promise<void>;
  /** Restoring becomes a pending revision for a PROVIDER_EDITOR: the button says so. */
  reviewed: boolean;
};

export async function AdminHistoryRestore({ entryId, offerId, version, locale, when, sides, action, reviewed }: Props) {
  const t = await getTranslations("AdminHistory");
  return (
    <div className="flex flex-col gap-2">
      {sides.map((side) => (
        <form key={side} action={action}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="offerId" value={offerId} />
          <input type="hidden" name="entryId" value={entryId} />
          <input type="hidden" name="side" value={side} />
          <input type="hidden" name="version" value={version} />
          <button
            type="submit"
            aria-label={t(reviewed ? `submitLabel.${side}` : `restoreLabel.${side}`, { when })}
            className="min-h-11 rounded border-2 border-brand px-3 text-start font-bold text-brand"
          >
            {t(reviewed ? `submit.${side}` : `restore.${side}`)}
          </button>
        </form>
      ))}
    </div>
  );
}
