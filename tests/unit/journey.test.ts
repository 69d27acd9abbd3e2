import { describe, expect, it } from 'vitest';
import { createPathwayMachine, currentNodeId } from '../../src/pathway/machine';
import { eventForHash, loadJourney, saveJourney, urlFor } from '../../src/ui/journey';
import { replay } from '../../src/ui/steps';
import { JOURNEY_KEY, STORAGE_INVENTORY } from '../../src/storage/inventory';
import { content } from '../content/compiled';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('the journey', () => {
  const machine = createPathwayMachine(content);

  it('replays events into one state per history entry', () => {
    const states = replay(machine, {
      input: {},
      events: [
        { type: 'START' },
        { type: 'ANSWER', answer: 'no' },
        { type: 'PAGE', page: 'glossary' },
      ],
    });
    expect(states.map((s) => s.view)).toEqual(['start', 'pathway', 'pathway', 'glossary']);
    expect(currentNodeId(states[2]!.snapshot)).toBe('role');
    // A page keeps the pathway where it was.
    expect(currentNodeId(states[3]!.snapshot)).toBe('role');
  });

  it('is kept in session storage under the key the inventory lists, and rejects junk', () => {
    const storage = new MemoryStorage();
    const journey = { input: { role: 'dsl' }, events: [{ type: 'START' as const }] };
    saveJourney(journey, storage);
    expect(storage.getItem(JOURNEY_KEY)).not.toBeNull();
    expect(STORAGE_INVENTORY.find((e) => e.area === 'session-storage')?.name).toBe(JOURNEY_KEY);
    expect(loadJourney(storage)).toEqual({ ...journey, version: undefined });
    storage.setItem(JOURNEY_KEY, '{"input":{},"events":[{"type":"EVAL"}]}');
    expect(loadJourney(storage)).toBeUndefined();
    storage.setItem(JOURNEY_KEY, 'not json');
    expect(loadJourney(storage)).toBeUndefined();
    saveJourney({ input: {}, events: [] }, storage);
    expect(storage.length).toBe(0);
  });

  it('reads deep links for known topics and pages only', () => {
    expect(eventForHash('#/topic/told', ['told'])).toEqual({
      type: 'START',
      vars: { concern: 'told' },
    });
    expect(eventForHash('#/topic/nope', ['told'])).toBeUndefined();
    expect(eventForHash('#/settings', [])).toEqual({ type: 'PAGE', page: 'settings' });
    expect(eventForHash('#/evil', [])).toBeUndefined();
    expect(urlFor({ type: 'ANSWER', answer: 'no' }, 'role')).toBe('#/step/role');
  });
});
