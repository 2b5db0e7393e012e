/**
 * The session model's codes in words: refusals, announcements and the undo button's labels. The
 * reducer words what it keeps in the language chosen at that moment (`currentWords()`); a component words a change with its useWords().
 */
import type { ChangeKind, Notice, Refusal } from '../../../engine/session/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { closedMoveText } from '../../lib/words/conditions.ts';
import type { Words } from '../../lib/words/index.ts';

export function changeText(words: Words, change: ChangeKind): string {
  return words.t('session.change', { change });
}

export function refusalText(words: Words, refusal: Refusal, scenario: Scenario): string {
  switch (refusal.code) {
    case 'node.unknown':
      return words.t('session.refusal.unknownNode', { id: String(refusal.id) });
    case 'history.classroom':
      return words.t('session.refusal.classroomHistory');
    case 'classroom.none':
      return words.t('session.refusal.noClassroom');
    case 'move.closed':
      return closedMoveText(words, scenario, refusal.closed);
    case 'engine':
      return refusal.message;
  }
}

export function noticeText(words: Words, notice: Notice): string {
  switch (notice.code) {
    case 'branch.deleted':
      return words.t('session.notice.deleted');
    case 'history.undone':
      return words.t('session.notice.undone', { change: changeText(words, notice.change) });
    case 'history.redone':
      return words.t('session.notice.redone', { change: changeText(words, notice.change) });
  }
}
