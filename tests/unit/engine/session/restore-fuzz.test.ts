import { describe, it } from 'vitest';
import { restoreProperties } from './restore-fuzz.ts';

describe('restoring mutated sessions and links', () => {
  it('should answer every mutated file and link with a session or a message, never throwing or hanging', () => {
    restoreProperties(150, 15);
  }, 120_000);
});
