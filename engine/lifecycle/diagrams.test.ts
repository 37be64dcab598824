import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { stateDiagram, withDiagrams } from './diagrams.ts';

describe('lifecycle diagrams', () => {
  it('engine/README.md shows the machines as they are defined (npm run diagrams redraws them)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withDiagrams(readme));
  });

  it('draws nested and parallel states, guards, and final states', () => {
    const machine = createMachine({
      id: 'door',
      initial: 'closed',
      states: {
        closed: { on: { open: { target: 'opened', guard: 'unlocked' } } },
        opened: {
          type: 'parallel',
          states: {
            light: { initial: 'on', states: { on: { on: { dim: 'off' } }, off: {} } },
            alarm: { initial: 'quiet', states: { quiet: {} } },
          },
          on: { shut: 'gone' },
        },
        gone: { type: 'final' },
      },
    });
    expect(stateDiagram(machine).split('\n')).toEqual([
      'stateDiagram-v2',
      '  [*] --> closed',
      '  state opened {',
      '    state light {',
      '      [*] --> on',
      '      on --> off: dim',
      '    }',
      '    --',
      '    state alarm {',
      '      [*] --> quiet',
      '    }',
      '  }',
      '  gone --> [*]',
      '  closed --> opened: open [unlocked]',
      '  opened --> gone: shut',
    ]);
  });
});
