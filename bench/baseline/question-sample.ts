/**
 * BENCH CODE, NOT PRODUCT. Which CheckNoNewAccess questions the baseline asks: a seeded uniform sample of the
 * engine's questions whose versions parse, decided by a rank fixed before the run (a seeded shuffle of the
 * question ids), so the engine run keeps the texts of at most `size` questions instead of every pair's.
 * The sample is the first `size` questions in rank order that the engine offers; a question the engine does
 * not offer (a version with parse errors) is skipped, as before.
 */
import { seededShuffle } from '../seeded-random.js';
import type { BaselineItem } from './baseline-protocol.js';

interface Kept extends BaselineItem {
  readonly rank: number;
}

export class BaselineQuestionSample {
  private readonly rank = new Map<string, number>();
  private readonly position = new Map<string, number>();
  private kept: Kept[] = []; // ascending rank, at most `size`

  /** `questionIds`: every question the engine may ask, in a fixed order (the report lists the sample in it). */
  constructor(
    questionIds: readonly string[],
    private readonly size: number,
    seed: number,
  ) {
    questionIds.forEach((id, i) => this.position.set(id, i));
    seededShuffle(questionIds, seed).forEach((id, i) => this.rank.set(id, i));
  }

  /** The engine asked this question: keep its texts while it is among the `size` best ranked so far. */
  offer(item: BaselineItem): void {
    const rank = this.rank.get(item.id);
    if (rank === undefined)
      throw new Error(`baseline sample: ${item.id} is not one of the questions it was drawn from`);
    const worst = this.kept[this.kept.length - 1];
    if (this.kept.length >= this.size && (worst === undefined || worst.rank < rank)) return;
    const at = this.kept.findIndex((k) => k.rank > rank);
    this.kept.splice(at === -1 ? this.kept.length : at, 0, { ...item, rank });
    if (this.kept.length > this.size) this.kept.pop();
  }

  /** The sample, in the order of the question ids given to the constructor. */
  items(): BaselineItem[] {
    return [...this.kept]
      .sort((a, b) => (this.position.get(a.id) ?? 0) - (this.position.get(b.id) ?? 0))
      .map(({ id, existingText, updatedText }) => ({ id, existingText, updatedText }));
  }
}
