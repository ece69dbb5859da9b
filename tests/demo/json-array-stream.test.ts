// @vitest-environment node
// The streamed answer is, byte for byte, the text JSON.stringify writes for the same array.
import { describe, expect, it } from 'vitest';
import { jsonArrayStream } from '../../mocks/api-handlers';

const textOf = (items: readonly unknown[]) => new Response(jsonArrayStream(items)).text();

describe(jsonArrayStream, () => {
  it.each([0, 1, 499, 500, 501, 1000, 1234])(
    'writes %i items as JSON.stringify does',
    async (n) => {
      const items = Array.from({ length: n }, (_, i) => ({
        id: `模拟-${i}`,
        value: i / 7,
        quote: '模拟数据（simulated）："8000"',
      }));
      expect(await textOf(items)).toBe(JSON.stringify(items));
    },
  );

  it('writes an item without a JSON form as null, like JSON.stringify', async () => {
    const items = [1, undefined, () => 0, 'x'];
    expect(await textOf(items)).toBe(JSON.stringify(items));
  });

  it('comes in pieces of 500 items', async () => {
    const reader = jsonArrayStream(Array.from({ length: 1200 }, (_, i) => i)).getReader();
    const pieces: string[] = [];
    for (let part = await reader.read(); !part.done; part = await reader.read())
      pieces.push(new TextDecoder().decode(part.value));
    expect(pieces).toHaveLength(3);
    expect(pieces[0]!.startsWith('[0,1,')).toBe(true);
    expect(pieces[2]!.endsWith(',1199]')).toBe(true);
  });
});
