import { describe, expect, it } from 'vitest';
import { distinctName } from '../../../../src/app/lib/distinct-name.ts';

describe('distinctName', () => {
  it('should keep a name nobody else uses', () => {
    expect(distinctName('Class 3B', ['Class 3A'])).toBe('Class 3B');
  });
  it('should number a name already taken, past the numbers taken too', () => {
    expect(distinctName('Class 3B', ['Class 3B'])).toBe('Class 3B (2)');
    expect(distinctName('Class 3B', ['Class 3B', 'Class 3B (2)'])).toBe('Class 3B (3)');
    expect(distinctName('Class 3B (2)', ['Class 3B (2)'])).toBe('Class 3B (3)');
  });
});
