import { getTranslations } from "next-intl/server";

type Props = { revisionId: string; locale: string; action: (form: FormData) => Promise<void>; canApprove: boolean };

/** A plain POST form: the pressed button says which decision; the comment goes with either. */
export async function AdminReviewDecisionForm({ revisionId, locale, action, canApprove }: Props) {
  const t = await getTranslations("AdminReview");
  return (
    <form action={action} className="mt-8 max-w-3xl">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <label htmlFor="review-comment" className="block font-bold">
        {t("commentLabel")}
      </label>
      <p id="review-comment-hint" className="text-muted">
        {t("commentHint")}
      </p>
      <textarea
        id="review-comment"
        name="comment"
        rows={4}
        maxLength={2000}
        aria-describedby="review-comment-hint"
        className="mt-1 w-full rounded border-2 border-ink bg-paper p-2"
      />
      <div className="mt-4 flex flex-wrap gap-4">
        {canApprove ? (
          <button
            type="submit"
            name="decision"
            value="approve"
            className="min-h-11 rounded bg-brand px-4 font-bold text-white hover:bg-brand-dark"
          >
            {t("approve")}
          </button>
        ) : null}
        <button type="submit" name="decision" value="reject" className="min-h-11 rounded border-2 border-brand px-4 font-bold text-brand">
          {t("reject")}
        </button>
      </div>
    </form>
  );
}
