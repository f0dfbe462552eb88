/**
 * Privacy in the team view: no number may describe fewer than `minGroup` people.
 * Per-person rows, the stage distribution and the track mix need the whole team to be that large;
 * a competency's statistics need that many people assessed in it; a shared gap that
 * many people below. What is held back is said in `withheld`. Pure.
 */
import type { Team } from '../contracts/team.ts';

export const DEFAULT_MIN_GROUP = 3;

export function withholdSmallGroups(team: Team, minGroup: number): Team {
  const small = (count: number) => count < minGroup;
  const teamTooSmall = small(team.size);
  const heldCompetencies = team.competencies.filter((competency) => small(competency.assessed)).map((competency) => competency.id);
  const held = new Set(heldCompetencies);
  const sharedGaps = team.sharedGaps.filter((gap) => !small(gap.people) && !held.has(gap.id));
  return {
    ...team,
    stages: teamTooSmall ? [] : team.stages,
    // Who fits a track best names people: held back with the per-person rows.
    tracks: teamTooSmall ? [] : team.tracks,
    unclearFit: teamTooSmall ? 0 : team.unclearFit,
    competencies: team.competencies.map((competency) =>
      held.has(competency.id) ? { ...competency, median: null, min: null, max: null, belowNext: 0 } : competency,
    ),
    sharedGaps,
    people: teamTooSmall ? [] : team.people,
    withheld: {
      minGroup,
      people: teamTooSmall ? team.people.length : 0,
      stages: teamTooSmall,
      competencies: heldCompetencies,
      sharedGaps: team.sharedGaps.length - sharedGaps.length,
    },
  };
}
