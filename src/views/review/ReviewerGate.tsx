// The reviewer's name, asked once and kept in the workspace (meta "reviewer"): every correction
// records it.
import { useState } from "react";
import { reviewText } from "../../text/review";

export function ReviewerGate({ onSave, error }: { onSave: (name: string) => void; error: string | null }) {
  const [name, setName] = useState("");
  return (
    <section className="rv-empty-view" data-testid="view-review">
      <form
        className="rv-gate"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onSave(name);
        }}
      >
        <label>
          <span>{reviewText.view.reviewerPrompt}</span>
          <input
            value={name}
            maxLength={40}
            onChange={(e) => setName(e.target.value)}
            data-testid="review-reviewer"
            autoFocus
          />
        </label>
        <button type="submit" disabled={!name.trim()} data-testid="review-reviewer-save">
          {reviewText.view.reviewerSave}
        </button>
        {error && <p className="rv-error">{error}</p>}
      </form>
    </section>
  );
}
