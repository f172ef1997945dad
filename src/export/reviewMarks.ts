// The hook the briefing deck (and any other export that writes figures as text) uses to show what
// a person checked in 校对: a mark after the figure, and one legend line for the slide that has any.
// Kept apart from the deck's layout so the deck can be reshaped without losing the marks.
import type { Observation } from "../domain";
import { reviewText } from "../text/review";

/** "70余起" → "70余起 ✎" when a person corrected it; unchanged when nobody looked at it. */
export function withReviewMark(text: string, obs: Pick<Observation, "review"> | undefined): string {
  const state = obs?.review?.state;
  return state && state !== "rejected" ? `${text} ${reviewText.mark[state]}` : text;
}

/** The legend a table of figures carries when any of its figures was checked; "" otherwise. */
export function reviewLegend(observations: readonly (Pick<Observation, "review"> | undefined)[]): string {
  if (!observations.some((o) => o?.review && o.review.state !== "rejected")) return "";
  const m = reviewText.mark;
  return `${m.confirmed}已人工核对，${m.corrected}人工校对（已更正），${m.added}人工补录。`;
}
