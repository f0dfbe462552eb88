/**
 * `--fail-below`: the gate on the assessed stage. A run that leaves the stage
 * unsettled (a quick, partial or --only run) gates on what every completion would
 * give: met by all of them passes, by none fails (exit 3); when some would and some
 * would not, the gate cannot be decided (exit 1) unless --allow-partial says to gate
 * on the lower bound.
 */
import { isAtOrAfter } from '../../contracts/ladder.ts';
import type { Report } from '../../contracts/report.ts';
import type { RubricSet } from '../../contracts/rubric.ts';
import { DataError, GateNotMet } from '../../errors.ts';

export function checkGate(set: RubricSet, report: Report, gateIndex: number, allowPartial: boolean): void {
  const gate = set.stages[gateIndex]!;
  const indexOf = (id: string) => set.stages.findIndex((stage) => stage.id === id);
  // The gate is met at the gate's stage or any stage on a path after it (with both top paths met, either counts).
  const passes = (stage: { id: string; met: boolean }) => stage.met && isAtOrAfter(set.stages, indexOf(stage.id), gateIndex);
  const { bounds } = report.stage;
  const flag = `--fail-below ${gate.id}`;
  if (!bounds.certain) {
    const possible = bounds.possible ?? [bounds.low, bounds.high];
    const passing = possible.filter(passes).length;
    if (passing === possible.length) return;
    const range = `${bounds.low.met ? bounds.low.title : `below ${bounds.low.title}`} to ${bounds.high.title}`;
    if (passing > 0 && !allowPartial) {
      throw new DataError({
        message: `${flag}: the gate cannot be decided, the stage is not settled (${range}; ${bounds.open} question${bounds.open === 1 ? '' : 's'} unanswered)`,
        hint: 'answer them (a full run, or --adaptive, which asks only what can settle it), or pass --allow-partial to gate on the lower bound',
      });
    }
    throw new GateNotMet(`the lower bound of the stage, "${bounds.low.met ? bounds.low.title : `below ${bounds.low.title}`}", is not "${gate.title}" or a stage after it (${flag}; the stage is not settled: ${range})`);
  }
  const atIds = [report.stage, ...report.stage.alsoMet.map((other) => ({ ...other, met: true }))];
  if (!atIds.some((stage) => passes({ id: stage.id, met: report.stage.met }))) {
    throw new GateNotMet(`assessed stage "${report.stage.title}" is not "${gate.title}" or a stage after it (${flag})`);
  }
}
