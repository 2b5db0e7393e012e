/** The session model's codes in English words: refusals, announcements and the undo button's labels. */
import type { ChangeKind, Notice, Refusal } from '../../../engine/session/index.ts';

const CHANGES: Readonly<Record<ChangeKind, string>> = { play: 'play move', rename: 'rename branch', delete: 'delete branch' };

export function changeText(change: ChangeKind): string {
  return CHANGES[change];
}

export function refusalText(refusal: Refusal): string {
  switch (refusal.code) {
    case 'node.unknown':
      return `There is no point ${refusal.id} in this timeline.`;
    case 'history.classroom':
      return 'In classroom mode the facilitator undoes the last turn, with a reason, from the facilitator panel.';
    case 'classroom.none':
      return 'No classroom session is running: set one up first.';
    case 'engine':
      return refusal.message;
  }
}

export function noticeText(notice: Notice): string {
  switch (notice.code) {
    case 'branch.deleted':
      return 'Branch deleted.';
    case 'history.undone':
      return `Undone: ${changeText(notice.change)}.`;
    case 'history.redone':
      return `Redone: ${changeText(notice.change)}.`;
  }
}
