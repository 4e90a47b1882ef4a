// The palette's order: whole words before word starts before word insides, the shorter name among equals.
import { describe, expect, it } from 'vitest';
import { rankCommands } from '../../../renderer/workspace/command-ranking';

const named = (...labels: string[]) => labels.map((label) => ({ label }));
const labels = (commands: { label: string }[]) => commands.map((c) => c.label);

describe('ranking commands', () => {
  it('shows the direct command first: "sources" goes to the screen before editing a claim’s sources', () => {
    const commands = named('Edit the claim’s sources', 'Colour highlights by kind of source', 'Go to sources', 'Set status: False');
    expect(labels(rankCommands(commands, 'sources'))).toEqual(['Go to sources', 'Edit the claim’s sources']);
    // a word's start counts: "source" finds the three, the whole word first
    expect(labels(rankCommands(commands, 'source'))).toEqual(['Colour highlights by kind of source', 'Go to sources', 'Edit the claim’s sources']);
  });

  it('needs every word typed, ranks a whole word above a start above an inside, and keeps the list order for an empty query', () => {
    const commands = named('Export the library as CSV', 'Move this document to the trash', 'Set status: Partly true', 'Set status: False');
    expect(labels(rankCommands(commands, 'status false'))).toEqual(['Set status: False']);
    expect(labels(rankCommands(commands, 'tr'))).toEqual(['Set status: Partly true', 'Move this document to the trash']);
    expect(labels(rankCommands(commands, 'trash'))).toEqual(['Move this document to the trash']);
    expect(labels(rankCommands(commands, 'rash'))).toEqual(['Move this document to the trash']);
    expect(labels(rankCommands(commands, '  '))).toEqual(labels(commands));
    expect(rankCommands(commands, 'zeppelin')).toEqual([]);
  });

  it('matches a command by its match text when it has one: an article’s own source is not found by the article’s title', () => {
    const commands = [
      { label: 'Show source: police (Floods close roads in Nairobi)', matchText: 'Show source: police' },
      { label: 'Open: Floods close roads in Nairobi' },
    ];
    expect(labels(rankCommands(commands, 'floods nairobi'))).toEqual(['Open: Floods close roads in Nairobi']);
    expect(labels(rankCommands(commands, 'police'))).toEqual(['Show source: police (Floods close roads in Nairobi)']);
  });
});
