/**
 * Presenter view's keyboard control. A key means something only with no
 * modifier held (so the browser's own shortcuts still work), never while
 * someone is typing or using a form control, and Space and Enter keep their
 * usual meaning on buttons and links.
 */
import type { SessionAction } from './session';

export type KeyCommand =
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'PICK'; index: number }
  | { type: 'MOVE'; by: 1 | -1 };

/** Where the key was pressed: a field that takes typing or arrows, a button or link, or elsewhere. */
export type KeyTarget = 'field' | 'control' | 'other';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function commandFor(press: KeyPress, target: KeyTarget): KeyCommand | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey || press.shiftKey) return undefined;
  if (target === 'field') return undefined;
  const { key } = press;
  if (/^[1-9]$/.test(key)) return { type: 'PICK', index: Number(key) - 1 };
  switch (key) {
    case 'ArrowRight':
      return { type: 'NEXT' };
    case 'ArrowLeft':
      return { type: 'BACK' };
    case 'ArrowDown':
      return { type: 'MOVE', by: 1 };
    case 'ArrowUp':
      return { type: 'MOVE', by: -1 };
    case ' ':
    case 'Enter':
      return target === 'control' ? undefined : { type: 'NEXT' };
    default:
      return undefined;
  }
}

/** What a key does to the play, given the answers on screen (undefined: nothing). */
export function actionFor(command: KeyCommand, answers: string[]): SessionAction | undefined {
  if (command.type === 'MOVE') return { ...command, answers };
  if (command.type !== 'PICK') return command;
  const answer = answers[command.index];
  return answer ? { type: 'CHOOSE', answer } : undefined;
}

const CONTROLS = new Set(['BUTTON', 'A', 'SUMMARY']);
const FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return 'other';
  if (FIELDS.has(target.tagName) || target.isContentEditable) return 'field';
  if (CONTROLS.has(target.tagName)) return 'control';
  return 'other';
}
