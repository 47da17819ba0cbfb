// Where an application stands, in one small object the list, the stored record
// and the CSV export share.

/**
 * Where an application stands, for the list and the CSV: its round, its status in
 * words ("Waiting: check in Mon 7 Dec"), and the date of its next step.
 */
export function summarise(answer, fields, kindWords = () => "") {
  const plan = answer.plan;
  const step = plan?.action ?? plan?.upcoming?.[0];
  const kind = kindWords(fields.interview_kind);
  const round = `Round ${(fields.rounds?.length ?? 0) + 1}${kind ? `: ${kind}` : ""}`;
  return {
    round,
    status: plan?.summary ?? "Not planned yet: fill in the interview",
    next: step ? `${step.title}, ${step.day}` : (plan?.headline ?? ""),
    due: step?.date ?? "",
    last_contact: [...(fields.history ?? [])].map((row) => row.date ?? "").filter(Boolean).sort().at(-1) ?? "",
  };
}
