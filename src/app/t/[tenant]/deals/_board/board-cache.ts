/**
 * The board's optimistic move: the card changes column at once, and both columns' counts and
 * totals follow, computed with decimal.js because the totals are money.
 */
import Decimal from "decimal.js";
import type { DealStage } from "@/generated/prisma/enums";
import type { BoardCard, BoardColumn } from "../_components/types";

const MONEY = ["mrr", "oneOff", "contractValue"] as const;

function shift(column: BoardColumn, card: BoardCard, sign: 1 | -1): BoardColumn {
  const next = { ...column, count: column.count + sign };
  for (const k of MONEY) next[k] = new Decimal(column[k]).plus(new Decimal(card[k]).times(sign)).toFixed(2);
  return next;
}

/** The board's own order: target close date, then id. */
function byCloseDate(a: BoardCard, b: BoardCard) {
  const d = a.targetCloseDate.getTime() - b.targetCloseDate.getTime();
  return d !== 0 ? d : a.id.localeCompare(b.id);
}

export function findCard(board: readonly BoardColumn[], id: string): BoardCard | undefined {
  for (const column of board) {
    const card = column.cards.find((c) => c.id === id);
    if (card) return card;
  }
  return undefined;
}

export function moveCard(board: BoardColumn[], id: string, to: DealStage): BoardColumn[] {
  const card = findCard(board, id);
  if (!card || card.stage === to) return board;
  const moved = { ...card, stage: to };
  return board.map((column) => {
    if (column.stage === card.stage) return shift({ ...column, cards: column.cards.filter((c) => c.id !== id) }, card, -1);
    if (column.stage === to) return shift({ ...column, cards: [...column.cards, moved].sort(byCloseDate) }, card, 1);
    return column;
  });
}
