/**
 * The stable names of PLAYBOOK.md's vocabulary, defined once in lib/model and re-exported here for
 * the engine. The order of SUGGESTED_KINDS is meaningful: it breaks ties between suggestions due on
 * the same day with the same priority.
 */
import { STAGES, SUGGESTED_KINDS } from '../model/vocabulary';

export {
  AMBITIONS,
  type Ambition,
  COMMITMENTS,
  type Commitment,
  DIRECTIONS,
  type Direction,
  LOGGED_KINDS,
  ROLES,
  type Role,
  STAGES,
  type Stage,
  SUGGESTED_KINDS,
  type SuggestedKind,
  TOUCH_KINDS,
  type TouchKind,
  WIN_KINDS,
  type WinKind,
} from '../model/vocabulary';

export function kindOrder(kind: string): number {
  const i = (SUGGESTED_KINDS as readonly string[]).indexOf(kind);
  return i === -1 ? SUGGESTED_KINDS.length : i;
}

export function stageRank(stage: string): number {
  const i = (STAGES as readonly string[]).indexOf(stage);
  return i === -1 ? 0 : i;
}
