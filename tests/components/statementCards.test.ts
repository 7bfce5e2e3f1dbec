import {expect, test} from "vitest";
import {statementCards} from "../../docs/components/statementCards.ts";
import {fixtures, newDocument} from "./fixtures.ts";

test("statement cards show whether an editor reviewed each statement, and what a correction changed", () => {
  const [machine, corrected] = fixtures.statements.slice(0, 2);
  const cards = statementCards(
    [
      machine,
      {
        ...corrected,
        review_status: "corrected",
        reviewer: "A. Editor",
        review_date: "2025-01-15",
        review_note: "the article says privately",
        machine_channel: "public",
        machine_stance: "2",
        channel: "private"
      }
    ],
    {documents: fixtures.documents, document: newDocument()}
  );
  const badges = [...cards.querySelectorAll(".badge-review")] as HTMLElement[];
  expect(badges.map((b) => b.textContent)).toEqual(["machine-coded", "corrected by an editor"]);
  expect(badges[0].style.boxShadow).toBe("");
  expect(badges[1].style.boxShadow).toContain("1.5px");
  expect(badges[1].title).toBe(
    "A. Editor, 2025-01-15\nCorrected: channel public → private; stance +2 → +1\nthe article says privately"
  );
});
